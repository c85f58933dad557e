/* analyses/report_drawing.c: the report's diagram: the network or its best-connected part, as
 * DOT in memory, drawn as SVG by Graphviz's library into memory. */
#include "analyses/report_drawing.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyses/cli_locality.h"
#include "graph/subsets.h"
#include "io/dot/dot_render.h"
#include "io/dot/dot_writer.h"
#include "io/write/html_writer.h"

/* Makes *copy a network of its own with net's graph, attributes and sources. */
static locnet_status_t copy_network(const locnet_network_t *net, locnet_network_t *copy)
{
    igraph_t graph;
    if (igraph_copy(&graph, &net->graph) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    return locnet_network_adopt(copy, &graph, net);
}

/* Cuts *shown (a copy of the network) down to its top localities by degree; sizes and numbers
 * (one per locality of the network) are cut with it. */
static locnet_status_t cut_down(locnet_network_t *shown, igraph_integer_t top,
                                igraph_vector_t *sizes, igraph_vector_t *numbers)
{
    igraph_vector_int_t members, kept;
    igraph_vector_int_init(&members, 0);
    igraph_vector_int_init(&kept, 0);
    locnet_status_t status = locnet_subset_top(shown, sizes, top, &members);
    if (status == LOCNET_OK)
        status = locnet_subset_keep(shown, &members, &kept);
    if (status == LOCNET_OK)
        status = locnet_subset_cut(sizes, &kept);
    if (status == LOCNET_OK)
        status = locnet_subset_cut(numbers, &kept);
    igraph_vector_int_destroy(&members);
    igraph_vector_int_destroy(&kept);
    return status;
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

/* Above this many partnerships the diagram is drawn by sfdp: dot's layered layout of a dense
 * network can take minutes (100 localities and 759 partnerships of the twin-town network: 98 s). */
#define DOT_PARTNERSHIP_LIMIT 1000

/* The engine `locnet dot` draws shown with by default. */
static const char *default_engine(const locnet_network_t *shown)
{
    locnet_dot_style_t style;
    locnet_dot_style_init(&style);
    return locnet_dot_default_layout(shown, &style);
}

/* The engine: `locnet dot`'s default for the whole network, sfdp for a part cut out of a big
 * network or for many partnerships. */
static const char *engine_for(const locnet_network_t *net, const locnet_network_t *shown)
{
    if (shown != net || locnet_partnership_count(shown) > DOT_PARTNERSHIP_LIMIT)
        return "sfdp";
    return default_engine(shown);
}

/* Draws shown with engine; its localities are numbered in the network by numbers. */
static locnet_status_t draw(const locnet_network_t *shown, const char *engine,
                            const igraph_vector_t *sizes, const igraph_vector_t *numbers,
                            char **svg, locnet_diagnostics_t *diagnostics)
{
    locnet_list_t ids;
    locnet_list_init(&ids);
    locnet_status_t status = LOCNET_OK;
    char id[32], *dot = NULL;
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < locnet_locality_count(shown); v++) {
        snprintf(id, sizeof id, "v%.0f", VECTOR(*numbers)[v]);
        status = locnet_list_append(&ids, id);
    }
    locnet_dot_style_t style;
    locnet_dot_style_init(&style);
    style.layout = engine;
    style.sizes = sizes;
    style.size_label = "degree";
    style.element_ids = &ids;
    style.legend_below = true;  /* the page's script finds every node by its id */
    if (status == LOCNET_OK)
        status = write_dot_text(shown, &style, &dot);
    if (status == LOCNET_OK)
        status = render_svg(dot, style.layout, svg, diagnostics);
    free(dot);
    locnet_list_destroy(&ids);
    return status;
}

/* What the diagram shows, for the page; isolated: shown has localities without a partnership
 * (which `locnet dot` leaves out unless --keep-isolated). */
static char *describe(const locnet_network_t *net, const locnet_network_t *shown, bool drawn,
                      const char *engine, bool isolated)
{
    char all[48], kept[48], links[48];
    locnet_html_format_count(locnet_locality_count(net), all, sizeof all);
    locnet_html_format_count(locnet_locality_count(shown), kept, sizeof kept);
    locnet_html_format_count(locnet_partnership_count(shown), links, sizeof links);
    if (!locnet_dot_render_available())
        return locnet_cli_format_text("No diagram: this locnet was built without Graphviz's "
                                      "library (libgvc). 'locnet dot | dot -Tsvg' draws one.");
    if (!drawn)
        return locnet_cli_format_text("No diagram: Graphviz could not draw the network.");
    bool chosen = strcmp(engine, default_engine(shown)) != 0;
    if (shown == net)
        return locnet_cli_format_text(
            "The whole network (%s localities, %s partnerships), drawn by Graphviz's %s engine as "
            "'locnet dot%s%s%s' draws it: colour by country, shape by level, size by degree.", all,
            links, engine, isolated ? " --keep-isolated" : "", chosen ? " --layout " : "",
            chosen ? engine : "");
    return locnet_cli_format_text(
        "The %s localities with most partners (of %s) and the %s partnerships among them, drawn "
        "by Graphviz's %s engine as 'locnet dot --top %lld --layout %s' draws them: colour by "
        "country, shape by level, size by degree. The rankings cover every locality.", kept, all,
        links, engine, (long long)locnet_locality_count(shown), engine);
}

locnet_status_t locnet_report_draw(const locnet_network_t *net, const igraph_vector_t *degree,
                                   igraph_integer_t top, char **svg, char **note,
                                   locnet_list_t *notes, locnet_diagnostics_t *diagnostics)
{
    *svg = *note = NULL;
    locnet_network_t copy;
    const locnet_network_t *shown = net;
    bool copied = false;
    igraph_vector_t sizes, numbers;
    igraph_vector_init_copy(&sizes, degree);
    igraph_vector_init_range(&numbers, 0, (igraph_real_t)locnet_locality_count(net));
    locnet_status_t status = LOCNET_OK;
    if (locnet_dot_render_available() && locnet_locality_count(net) > top) {
        if ((status = copy_network(net, &copy)) == LOCNET_OK) {
            copied = true;
            shown = &copy;
            status = cut_down(&copy, top, &sizes, &numbers);
        }
    }
    const char *engine = engine_for(net, shown);
    if (status == LOCNET_OK && locnet_dot_render_available())
        status = draw(shown, engine, &sizes, &numbers, svg, diagnostics);
    bool isolated = igraph_vector_size(&sizes) > 0 && igraph_vector_min(&sizes) == 0;
    if (status == LOCNET_OK &&
        (*note = describe(net, shown, *svg != NULL, engine, isolated)) == NULL)
        status = LOCNET_ENOMEM;
    if (status == LOCNET_OK && shown != net)
        status = locnet_list_append(notes, *note);
    if (copied)
        locnet_network_destroy(&copy);
    igraph_vector_destroy(&sizes);
    igraph_vector_destroy(&numbers);
    return status;
}
