/* analyses/report_drawing.c: the report's diagram: what `locnet dot` draws with its defaults
 * (analyses/dot_drawing.c chooses it), as DOT in memory, drawn as SVG by Graphviz's library into
 * memory, with what the page says about it. */
#include "analyses/report_drawing.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyses/cli_locality.h"
#include "analyses/dot_drawing.h"
#include "io/dot/dot_render.h"
#include "io/dot/dot_writer.h"
#include "io/write/html_writer.h"

/* Above this many partnerships the diagram is drawn by sfdp: dot's layered layout of a dense
 * network can take minutes (100 localities and 759 partnerships of the twin-town network: 98 s). */
#define DOT_PARTNERSHIP_LIMIT 1000
/* The localities left out of the diagram are named on the page up to this many. */
#define NAMED_LEFT_OUT 30

/* Makes *copy a network of its own with net's graph, attributes and sources. */
static locnet_status_t copy_network(const locnet_network_t *net, locnet_network_t *copy)
{
    igraph_t graph;
    if (igraph_copy(&graph, &net->graph) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    return locnet_network_adopt(copy, &graph, net);
}

/* `locnet dot`'s options for the page: its defaults; beyond top localities, --top top; sfdp for
 * such a cut or for many partnerships; no message (the page says what is left out). */
static void choose_options(const locnet_network_t *net, igraph_integer_t top,
                           dot_options_t *options)
{
    dot_options_init(options);
    options->quiet = true;
    if (locnet_locality_count(net) > top)
        options->top = top;
    if (options->top > 0 || locnet_partnership_count(net) > DOT_PARTNERSHIP_LIMIT) {
        options->style.layout = "sfdp";
        options->layout_given = true;
    }
}

/* Writes the DOT of shown with style into *dot (caller frees). */
static locnet_status_t write_dot_text(const locnet_network_t *shown, const locnet_dot_style_t *style,
                                      char **dot)
{
    size_t length = 0;
    FILE *memory = open_memstream(dot, &length);
    if (memory == NULL)
        return LOCNET_ENOMEM;
    locnet_status_t status = locnet_dot_write(shown, style, memory);
    if (fclose(memory) != 0 || status == LOCNET_EWRITE)
        status = LOCNET_ENOMEM;
    return status;
}

/* Draws dot with engine into *svg (caller frees; NULL when Graphviz fails). */
static locnet_status_t render_svg(const char *dot, const char *engine, char **svg,
                                  locnet_diagnostics_t *diagnostics)
{
    size_t length = 0;
    FILE *memory = open_memstream(svg, &length);
    if (memory == NULL)
        return LOCNET_ENOMEM;
    locnet_status_t status = locnet_dot_render(dot, engine, "svg", memory, diagnostics);
    if (fclose(memory) != 0 && status == LOCNET_OK)
        status = LOCNET_ENOMEM;
    if (status != LOCNET_OK) {
        free(*svg);
        *svg = NULL;
    }
    return status == LOCNET_ENOMEM ? LOCNET_ENOMEM : LOCNET_OK;
}

/* Draws shown with style, each node's element id "vN" with N its locality number in the network
 * (numbers, one per locality of shown), and the legend under the network: the page's script
 * finds every node by its id. */
static locnet_status_t draw(const locnet_network_t *shown, locnet_dot_style_t *style,
                            const igraph_vector_t *numbers, char **svg,
                            locnet_diagnostics_t *diagnostics)
{
    locnet_list_t ids;
    locnet_list_init(&ids);
    locnet_status_t status = LOCNET_OK;
    char id[32], *dot = NULL;
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < locnet_locality_count(shown); v++) {
        snprintf(id, sizeof id, "v%.0f", VECTOR(*numbers)[v]);
        status = locnet_list_append(&ids, id);
    }
    style->element_ids = &ids;
    style->legend_below = true;
    if (status == LOCNET_OK)
        status = write_dot_text(shown, style, &dot);
    if (status == LOCNET_OK)
        status = render_svg(dot, style->layout, svg, diagnostics);
    style->element_ids = NULL;
    free(dot);
    locnet_list_destroy(&ids);
    return status;
}

/* " --layout ENGINE" when engine is not the one `locnet dot` picks for shown, else "". */
static const char *layout_option(const locnet_network_t *shown, const char *engine,
                                 char *buffer, size_t size)
{
    locnet_dot_style_t style;
    locnet_dot_style_init(&style);
    bool chosen = strcmp(engine, locnet_dot_default_layout(shown, &style)) != 0;
    snprintf(buffer, size, "%s%s", chosen ? " --layout " : "", chosen ? engine : "");
    return buffer;
}

/* What the diagram shows, for the page above it: shown is what options drew of net. */
static char *describe(const locnet_network_t *net, const locnet_network_t *shown,
                      const dot_options_t *options, igraph_integer_t isolated)
{
    char all[48], kept[48], links[48], layout[32];
    const char *engine = options->style.layout;
    locnet_html_format_count(locnet_locality_count(net), all, sizeof all);
    locnet_html_format_count(locnet_locality_count(shown), kept, sizeof kept);
    locnet_html_format_count(locnet_partnership_count(shown), links, sizeof links);
    const char *looks = "colour by country, shape by level, size by degree.";
    if (options->top > 0)
        return locnet_cli_format_text(
            "The %lld localities with most partners (of %s) and the %s partnerships among them, "
            "drawn by Graphviz's %s engine as 'locnet dot --top %lld --layout %s' draws them: %s "
            "The rankings cover every locality.", (long long)options->top, all, links, engine,
            (long long)options->top, engine, looks);
    layout_option(shown, engine, layout, sizeof layout);
    if (isolated == 0)
        return locnet_cli_format_text(
            "The whole network (%s localities, %s partnerships), drawn by Graphviz's %s engine "
            "as 'locnet dot%s' draws it: %s", all, links, engine, layout, looks);
    return locnet_cli_format_text(
        "The %s localities with a partnership (of %s) and their %s partnerships, drawn by "
        "Graphviz's %s engine as 'locnet dot%s' draws them: %s", kept, all, links, engine,
        layout, looks);
}

/* Writes the names of net's localities not among numbers (in increasing order), ", "-separated. */
static void name_left_out(FILE *out, const locnet_network_t *net, const igraph_vector_t *numbers)
{
    igraph_integer_t drawn = 0, count = igraph_vector_size(numbers);
    const char *separator = "";
    for (igraph_integer_t v = 0; v < locnet_locality_count(net); v++) {
        if (drawn < count && VECTOR(*numbers)[drawn] == (igraph_real_t)v) {
            drawn++;
            continue;
        }
        fprintf(out, "%s%s", separator, locnet_locality_text(net, LOCNET_V_NAME, v));
        separator = ", ";
    }
}

/* What the page says under the diagram about the isolated localities `locnet dot` leaves out
 * (caller frees), or NULL (out of memory). */
static char *describe_left_out(const locnet_network_t *net, const dot_options_t *options,
                               const dot_drawing_t *drawing)
{
    char *text = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&text, &length);
    if (out == NULL)
        return NULL;
    long long count = (long long)drawing->isolated;
    bool one = count == 1;
    if (options->top > 0)
        fprintf(out, "%lld of these %lld localit%s no partnership with another of them and %s "
                     "not drawn ('locnet dot --top' leaves such localities out). ",
                count, (long long)options->top, one ? "y has" : "ies have", one ? "is" : "are");
    else
        fprintf(out, "%lld localit%s no partnership and %s not drawn, as 'locnet dot' leaves "
                     "%s out ('locnet dot --keep-isolated' draws %s)", count,
                one ? "y has" : "ies have", one ? "is" : "are", one ? "it" : "them",
                one ? "it" : "them");
    if (options->top == 0 && count <= NAMED_LEFT_OUT) {
        fputs(": ", out);
        name_left_out(out, net, &drawing->numbers);
    }
    fprintf(out, "%s%s appear%s in the rankings below%s.", options->top > 0 ? "" : ". ",
            one ? "It" : "They", one ? "s" : "", options->top > 0 ? "" : ", with degree 0");
    if (fclose(out) != 0) {
        free(text);
        return NULL;
    }
    return text;
}

/* Draws the copy shown of net as options say; fills what locnet_report_draw fills. */
static locnet_status_t draw_copy(const locnet_network_t *net, locnet_network_t *shown,
                                 dot_options_t *options, locnet_report_diagram_t *diagram,
                                 locnet_diagnostics_t *diagnostics)
{
    dot_drawing_t drawing;
    locnet_status_t status = dot_drawing_prepare(NULL, options, shown, &drawing) == LOCNET_EXIT_OK
                                 ? LOCNET_OK : LOCNET_ENOMEM;
    if (status == LOCNET_OK)
        status = draw(shown, &options->style, &drawing.numbers, &diagram->svg, diagnostics);
    if (status == LOCNET_OK && diagram->svg == NULL)
        diagram->note = locnet_cli_format_text("No diagram: Graphviz could not draw the network.");
    else if (status == LOCNET_OK) {
        diagram->note = describe(net, shown, options, drawing.isolated);
        if (diagram->note != NULL && drawing.isolated > 0)
            diagram->left_out = describe_left_out(net, options, &drawing);
        if (diagram->note == NULL || (drawing.isolated > 0 && diagram->left_out == NULL))
            status = LOCNET_ENOMEM;
    }
    dot_drawing_destroy(&drawing);
    return status;
}

locnet_status_t locnet_report_draw(const locnet_network_t *net, igraph_integer_t top,
                                   locnet_report_diagram_t *diagram, locnet_list_t *notes,
                                   locnet_diagnostics_t *diagnostics)
{
    memset(diagram, 0, sizeof *diagram);
    if (!locnet_dot_render_available()) {
        diagram->note = locnet_cli_format_text("No diagram: this locnet was built without "
                                               "Graphviz's library (libgvc). 'locnet dot | dot "
                                               "-Tsvg' draws one.");
        return diagram->note != NULL ? LOCNET_OK : LOCNET_ENOMEM;
    }
    locnet_network_t shown;
    if (copy_network(net, &shown) != LOCNET_OK)
        return LOCNET_ENOMEM;
    dot_options_t options;
    choose_options(net, top, &options);
    locnet_status_t status = draw_copy(net, &shown, &options, diagram, diagnostics);
    if (status == LOCNET_OK && options.top > 0 && diagram->svg != NULL)
        status = locnet_list_append(notes, diagram->note);
    dot_options_destroy(&options);
    locnet_network_destroy(&shown);
    return status;
}

void locnet_report_diagram_destroy(locnet_report_diagram_t *diagram)
{
    free(diagram->svg);
    free(diagram->note);
    free(diagram->left_out);
    memset(diagram, 0, sizeof *diagram);
}
