/* analyses/cmd_dot.c: locnet dot [FILE]: a Graphviz diagram of a network, as DOT or drawn. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "analyses/cli.h"
#include "graph/components.h"
#include "analyses/cli_locality.h"
#include "analyses/commands.h"
#include "graph/centrality.h"
#include "graph/communities.h"
#include "graph/subsets.h"
#include "io/dot/dot_render.h"
#include "io/dot/dot_writer.h"

enum {
    OPT_LAYOUT = 1100,
    OPT_CLUSTER,
    OPT_EDGE_LABEL,
    OPT_PALETTE,
    OPT_SHAPES,
    OPT_SIZE_BY,
    OPT_NO_LEGEND,
    OPT_NO_COLUMNS,
    OPT_AROUND,
    OPT_RADIUS,
    OPT_TOP,
    OPT_BY,
    OPT_RENDER,
    OPT_COLOUR_BY
};

typedef struct dot_options {
    locnet_dot_style_t style;
    bool layout_given;
    locnet_list_t palette;
    locnet_list_t shapes;
    bool sized;                    /* --size-by other than none */
    locnet_measure_t size_by;
    const char *around;
    long long radius;
    bool radius_given;
    long long top;                 /* 0: no --top */
    locnet_measure_t by;
    bool by_given;
    const char *render;            /* NULL, "svg" or "png" */
    bool by_community;             /* --colour-by community */
    locnet_list_t community_names; /* per community: its number and most central member */
    igraph_vector_int_t community_of;  /* per locality drawn: its community */
} dot_options_t;

/* The per-locality values computed on the filtered network, cut down with it by the subsets. */
typedef struct per_locality {
    igraph_vector_t sizes;        /* --size-by */
    igraph_vector_t scores;       /* --by, for --top */
    igraph_vector_t communities;  /* --colour-by community */
} per_locality_t;

/* Prints items, comma-separated, indented by indent columns, in lines of at most 80 columns. */
static void print_wrapped(FILE *out, const char *const *items, size_t count, int indent)
{
    int column = 0;
    for (size_t i = 0; i < count; i++) {
        int length = (int)strlen(items[i]) + (i + 1 < count);
        if (column == 0 || column + 1 + length > 80) {
            fprintf(out, "%s%*s", column ? "\n" : "", indent, "");
            column = indent;
        } else {
            fputc(' ', out);
            column++;
        }
        fprintf(out, "%s%s", items[i], i + 1 < count ? "," : "");
        column += length;
    }
    fputc('\n', out);
}

static void print_usage(FILE *out)
{
    fputs("usage: locnet dot [OPTIONS] [FILE]\n"
          "\n"
          "Write the network as a Graphviz DOT diagram, or draw it as SVG or PNG.\n"
          "Every ID is quoted, every label shows the locality's name exactly (quotes,\n"
          "backslashes, line breaks and Graphviz's \\N-style escapes included), charset is UTF-8\n"
          "and no number is written in exponent form.\n"
          "\n",
          out);
    locnet_cli_print_input_help(out);
    fputs("\n"
          "Output:\n"
          "  -o, --output FILE      write to FILE (atomically: nothing is left on failure);\n"
          "                         default: standard output\n"
          "  --render svg|png       draw the diagram through Graphviz's library instead of\n"
          "                         writing DOT (when locnet is built with it; otherwise pipe\n"
          "                         the DOT into Graphviz: locnet dot | dot -Tsvg -o FILE)\n"
          "\n"
          "Style:\n"
          "  --layout ENGINE        dot, neato, fdp, sfdp or circo, written as the graph's\n"
          "                         layout attribute (default: dot up to 1000 localities,\n"
          "                         sfdp above)\n"
          "  --cluster WHAT         none, country, parent (each locality with the localities\n"
          "                         inside it, nested) or component (connected components of\n"
          "                         two or more), written as subgraph \"cluster_...\"\n"
          "                         (default: none)\n"
          "  --edge-label WHAT      none, since (the year signed) or themes (default: none)\n"
          "  --colour-by WHAT       country or community: the communities that 'locnet\n"
          "                         communities' finds by default (Louvain, seed 1) on the\n"
          "                         filtered network, the eight largest in colours, the\n"
          "                         others grey (default: country)\n"
          "  --palette CC=#RGB,...  colours of countries (#rgb or #rrggbb); default: FR blue,\n"
          "                         VN red, then eight other colours in legend order (most\n"
          "                         localities first), grey for the remaining countries\n"
          "  --shapes LEVEL=SHAPE,...  node shapes of levels; default: region and province\n"
          "                         box, department and district hexagon, epci octagon,\n"
          "                         commune, city, town and municipality ellipse, other\n"
          "                         levels diamond, house, ... in legend order; one of\n",
          out);
    print_wrapped(out, locnet_dot_shapes, locnet_dot_shape_count, 25);
    fputs(
          "  --size-by MEASURE      draw nodes (their text) bigger by a measure of 'locnet\n"
          "                         centrality': degree, strength, betweenness, closeness,\n"
          "                         harmonic, eigenvector, pagerank or coreness; or none\n"
          "                         (default: degree)\n"
          "  --no-legend            leave out the legend (colours, shapes, lines, size)\n"
          "  --no-columns           with exactly two countries, partnerships between them and\n"
          "                         the dot engine, the localities of each country form a\n"
          "                         column, left to right in code order; this turns that off\n"
          "Partnership lines: agreement solid, cochair dashed, any other kind dotted.\n"
          "\n"
          "Subsets (after the filters; measures are computed on the filtered network):\n"
          "  --around NAME          only NAME (an id, or a name or alias ignoring case and\n"
          "                         diacritics) and the localities around it, outlined thick\n"
          "  --radius R             how many partnerships away from NAME (default: 1)\n"
          "  --top N                only the N most central localities and the partnerships\n"
          "                         among them (after --around)\n"
          "  --by MEASURE           what --top ranks by, one of the measures of --size-by\n"
          "                         (default: degree); ties by name\n"
          "\n",
          out);
    locnet_cli_print_filter_help(out);
    fputs("\nExit codes: 0 success, 64 usage error (also --render in a build without\n"
          "Graphviz's library), 65 bad input or NAME not found or ambiguous, 66 input missing,\n"
          "70 Graphviz failed, 73/74 cannot write the output.\n",
          out);
}

/* Appends the KEY=VALUE pairs of text to pairs, checking each value with valid. */
static int parse_pairs(locnet_cli_t *cli, const char *option, const char *text,
                       bool (*valid)(const char *), const char *expected, locnet_list_t *pairs)
{
    const char *start = text;
    for (;;) {
        const char *comma = strchr(start, ',');
        size_t length = comma ? (size_t)(comma - start) : strlen(start);
        char *item = strndup(start, length);
        if (item == NULL) {
            fprintf(stderr, "locnet %s: out of memory\n", cli->command);
            return -1;
        }
        char *equals = strchr(item, '=');
        if (equals == NULL || equals == item) {
            locnet_cli_usage_error(cli, "--%s needs KEY=VALUE items, not \"%s\"", option, item);
            free(item);
            return -1;
        }
        *equals = '\0';
        if (!valid(equals + 1)) {
            locnet_cli_usage_error(cli, "--%s: \"%s\" is not %s", option, equals + 1, expected);
            free(item);
            return -1;
        }
        locnet_status_t status = locnet_list_append(pairs, item);
        if (status == LOCNET_OK)
            status = locnet_list_append(pairs, equals + 1);
        free(item);
        if (status != LOCNET_OK) {
            fprintf(stderr, "locnet %s: out of memory\n", cli->command);
            return -1;
        }
        if (comma == NULL)
            return 1;
        start = comma + 1;
    }
}

static int parse_measure(locnet_cli_t *cli, const char *option, const char *text,
                         locnet_measure_t *measure)
{
    if (locnet_measure_parse(text, measure) == LOCNET_OK)
        return 1;
    char names[256];
    locnet_cli_measure_list(names, sizeof names);
    locnet_cli_usage_error(cli, "unknown measure \"%s\" for --%s (use %s%s)", text, option,
                           strcmp(option, "size-by") == 0 ? "none, " : "", names);
    return -1;
}

/* Picks the index of argument in names; -1 when absent. */
static int choice(const char *argument, const char *const *names, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        if (strcmp(argument, names[i]) == 0)
            return (int)i;
    }
    return -1;
}

/* Handles one option of dot's own (context is the dot_options_t): returns 1, 0 for an option
 * that is not dot's own, or -1 after a message. */
static int dot_option(void *context, locnet_cli_t *cli, int option, const char *argument)
{
    dot_options_t *options = context;
    static const char *const clusters[] = {"none", "country", "parent", "component"};
    static const locnet_dot_cluster_t cluster_values[] = {
        LOCNET_DOT_CLUSTER_NONE, LOCNET_DOT_CLUSTER_COUNTRY, LOCNET_DOT_CLUSTER_PARENT,
        LOCNET_DOT_CLUSTER_COMPONENT};
    static const char *const edge_labels[] = {"none", "since", "themes"};
    static const locnet_dot_edge_label_t edge_label_values[] = {
        LOCNET_DOT_EDGE_LABEL_NONE, LOCNET_DOT_EDGE_LABEL_SINCE, LOCNET_DOT_EDGE_LABEL_THEMES};
    static const char *const renders[] = {"svg", "png"};
    static const char *const colour_bys[] = {"country", "community"};
    locnet_dot_style_t *style = &options->style;
    int index;
    switch (option) {
    case OPT_LAYOUT:
        if (!locnet_dot_layout_valid(argument)) {
            char names[128] = "";
            for (size_t i = 0; i < locnet_dot_layout_count; i++)
                snprintf(names + strlen(names), sizeof names - strlen(names), "%s%s",
                         i == 0 ? "" : i + 1 < locnet_dot_layout_count ? ", " : " or ",
                         locnet_dot_layouts[i]);
            locnet_cli_usage_error(cli, "unknown layout \"%s\" (use %s)", argument, names);
            return -1;
        }
        style->layout = argument;
        options->layout_given = true;
        return 1;
    case OPT_CLUSTER:
        if ((index = choice(argument, clusters, 4)) < 0) {
            locnet_cli_usage_error(cli, "unknown cluster \"%s\" (use none, country, parent or "
                                   "component)", argument);
            return -1;
        }
        style->cluster = cluster_values[index];
        return 1;
    case OPT_EDGE_LABEL:
        if ((index = choice(argument, edge_labels, 3)) < 0) {
            locnet_cli_usage_error(cli, "unknown edge label \"%s\" (use none, since or themes)",
                                   argument);
            return -1;
        }
        style->edge_label = edge_label_values[index];
        return 1;
    case OPT_PALETTE:
        return parse_pairs(cli, "palette", argument, locnet_dot_colour_valid,
                           "a colour #rgb or #rrggbb", &options->palette);
    case OPT_SHAPES:
        return parse_pairs(cli, "shapes", argument, locnet_dot_shape_valid,
                           "a shape listed by 'locnet dot -h'", &options->shapes);
    case OPT_SIZE_BY:
        options->sized = strcmp(argument, "none") != 0;
        return options->sized ? parse_measure(cli, "size-by", argument, &options->size_by) : 1;
    case OPT_NO_LEGEND:
        style->legend = false;
        return 1;
    case OPT_NO_COLUMNS:
        style->columns = false;
        return 1;
    case OPT_AROUND:
        options->around = argument;
        return 1;
    case OPT_RADIUS:
        if (!locnet_cli_parse_whole(argument, 0, LLONG_MAX, &options->radius)) {
            locnet_cli_usage_error(cli, "--radius needs a whole number from 0, not \"%s\"",
                                   argument);
            return -1;
        }
        options->radius_given = true;
        return 1;
    case OPT_TOP:
        if (!locnet_cli_parse_whole(argument, 1, LLONG_MAX, &options->top)) {
            locnet_cli_usage_error(cli, "--top needs a whole number from 1, not \"%s\"", argument);
            return -1;
        }
        return 1;
    case OPT_BY:
        options->by_given = true;
        return parse_measure(cli, "by", argument, &options->by);
    case OPT_COLOUR_BY:
        if ((index = choice(argument, colour_bys, 2)) < 0) {
            locnet_cli_usage_error(cli, "unknown --colour-by \"%s\" (use country or community)",
                                   argument);
            return -1;
        }
        options->by_community = index == 1;
        return 1;
    case OPT_RENDER:
        if (choice(argument, renders, 2) < 0) {
            locnet_cli_usage_error(cli, "unknown render format \"%s\" (use svg or png)", argument);
            return -1;
        }
        options->render = argument;
        return 1;
    default:
        return 0;
    }
}

/* Cuts net down to members, cutting the per-locality vectors and the highlight with it. */
static locnet_status_t keep_members(locnet_network_t *net, const igraph_vector_int_t *members,
                                    per_locality_t *values, igraph_integer_t *highlight)
{
    igraph_vector_int_t kept;
    if (igraph_vector_int_init(&kept, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    locnet_status_t status = locnet_subset_keep(net, members, &kept);
    if (status == LOCNET_OK)
        status = locnet_subset_cut(&values->sizes, &kept);
    if (status == LOCNET_OK)
        status = locnet_subset_cut(&values->scores, &kept);
    if (status == LOCNET_OK)
        status = locnet_subset_cut(&values->communities, &kept);
    if (status == LOCNET_OK && *highlight >= 0) {
        igraph_integer_t old = *highlight;
        *highlight = -1;
        for (igraph_integer_t v = 0; v < igraph_vector_int_size(&kept); v++) {
            if (VECTOR(kept)[v] == old)
                *highlight = v;
        }
    }
    igraph_vector_int_destroy(&kept);
    return status;
}

/* --around then --top, on measures computed before either cuts. */
static int select_subset(const locnet_cli_t *cli, const dot_options_t *options,
                         locnet_network_t *net, per_locality_t *values,
                         igraph_integer_t *highlight)
{
    igraph_vector_int_t members;
    if (igraph_vector_int_init(&members, 0) != IGRAPH_SUCCESS)
        return LOCNET_EXIT_SOFTWARE;
    int code = LOCNET_EXIT_OK;
    locnet_status_t status = LOCNET_OK;
    if (options->around != NULL) {
        igraph_integer_t centre = -1;
        if ((code = locnet_cli_find_locality(cli, net, options->around, &centre)) != LOCNET_EXIT_OK)
            goto cleanup;
        *highlight = centre;
        status = locnet_subset_around(net, centre, options->radius, &members);
        if (status == LOCNET_OK)
            status = keep_members(net, &members, values, highlight);
    }
    if (status == LOCNET_OK && options->top > 0) {
        status = locnet_subset_top(net, &values->scores, options->top, &members);
        if (status == LOCNET_OK)
            status = keep_members(net, &members, values, highlight);
    }
    if (status != LOCNET_OK) {
        fprintf(stderr, "locnet dot: out of memory\n");
        code = locnet_cli_exit_code(status);
    }
cleanup:
    igraph_vector_int_destroy(&members);
    return code;
}

typedef struct dot_job {
    const locnet_network_t *net;
    const locnet_dot_style_t *style;
    const char *dot_text;   /* for rendering */
    const char *render;
} dot_job_t;

static locnet_status_t write_dot(const void *data, locnet_format_t format, FILE *out)
{
    (void)format;
    const dot_job_t *job = data;
    return locnet_dot_write(job->net, job->style, out);
}

static locnet_status_t write_rendered(const void *data, locnet_format_t format, FILE *out)
{
    (void)format;
    const dot_job_t *job = data;
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_status_t status =
        locnet_dot_render(job->dot_text, job->style->layout, job->render, out, &diagnostics);
    for (size_t i = 0; i < diagnostics.count; i++)
        fprintf(stderr, "locnet dot: %s\n", diagnostics.items[i].text);
    if (status == LOCNET_EDATA || status == LOCNET_EINTERNAL) {
        fprintf(stderr, "locnet dot: graphviz could not draw the diagram\n");
        status = LOCNET_EINTERNAL;
    }
    locnet_diagnostics_destroy(&diagnostics);
    return status;
}

/* Writes the DOT text into memory, then draws it through locnet_cli_write. */
static int render(const locnet_cli_t *cli, dot_job_t *job)
{
    char *text = NULL;
    size_t length = 0;
    FILE *memory = open_memstream(&text, &length);
    if (memory == NULL) {
        fprintf(stderr, "locnet dot: out of memory\n");
        return LOCNET_EXIT_SOFTWARE;
    }
    locnet_status_t status = locnet_dot_write(job->net, job->style, memory);
    if (fclose(memory) != 0 && status == LOCNET_OK)
        status = LOCNET_ENOMEM;
    int code;
    if (status != LOCNET_OK) {
        fprintf(stderr, "locnet dot: out of memory\n");
        code = locnet_cli_exit_code(status == LOCNET_EWRITE ? LOCNET_ENOMEM : status);
    } else {
        job->dot_text = text;
        code = locnet_cli_write(cli, write_rendered, job);
    }
    free(text);
    return code;
}

/* With --colour-by community, the communities of net (graph/communities.h, default options)
 * into values->communities, one number per locality (0 otherwise), and their legend texts,
 * "N, around its most central member", into options->community_names. */
static locnet_status_t compute_communities(dot_options_t *options, const locnet_network_t *net,
                                           per_locality_t *values)
{
    igraph_integer_t n = locnet_locality_count(net);
    if (igraph_vector_resize(&values->communities, n) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    igraph_vector_null(&values->communities);
    if (!options->by_community)
        return LOCNET_OK;
    locnet_communities_options_t wanted;
    locnet_communities_t result;
    locnet_communities_options_init(&wanted);
    locnet_status_t status = locnet_communities_compute(net, &wanted, &result);
    if (status != LOCNET_OK)
        return status;
    for (igraph_integer_t v = 0; v < n; v++)
        VECTOR(values->communities)[v] = (igraph_real_t)VECTOR(result.membership)[v];
    for (igraph_integer_t c = 0; status == LOCNET_OK && c < result.count; c++) {
        const char *name = locnet_locality_text(net, LOCNET_V_NAME, VECTOR(result.central)[c]);
        size_t size = strlen(name) + 32;
        char *text = malloc(size);
        if (text == NULL) {
            status = LOCNET_ENOMEM;
            break;
        }
        snprintf(text, size, "%lld, around %s", (long long)c + 1, name);
        status = locnet_list_append(&options->community_names, text);
        free(text);
    }
    locnet_communities_destroy(&result);
    return status;
}

/* Computes the measures --size-by and --top ask for (graph/centrality.h, default options) on
 * net into values' sizes and scores, one value per locality (0 where not asked for). */
static locnet_status_t compute_measures(const dot_options_t *options, const locnet_network_t *net,
                                        per_locality_t *values)
{
    igraph_vector_t *sizes = &values->sizes, *scores = &values->scores;
    igraph_integer_t n = locnet_locality_count(net);
    if (igraph_vector_resize(sizes, n) != IGRAPH_SUCCESS ||
        igraph_vector_resize(scores, n) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    igraph_vector_null(sizes);
    igraph_vector_null(scores);
    if (!options->sized && options->top == 0)
        return LOCNET_OK;
    locnet_centrality_options_t wanted;
    locnet_centrality_t result;
    locnet_centrality_options_init(&wanted);
    wanted.wanted[options->size_by] = options->sized;
    wanted.wanted[options->by] |= options->top > 0;
    locnet_status_t status = locnet_centrality_compute(&net->graph, &wanted, &result);
    if (status != LOCNET_OK)
        return status;
    if ((options->sized &&
         igraph_vector_update(sizes, &result.values[options->size_by]) != IGRAPH_SUCCESS) ||
        (options->top > 0 &&
         igraph_vector_update(scores, &result.values[options->by]) != IGRAPH_SUCCESS))
        status = LOCNET_ENOMEM;
    locnet_centrality_destroy(&result);
    return status;
}

static void start(void *context)
{
    dot_options_t *options = context;
    locnet_dot_style_init(&options->style);
    locnet_list_init(&options->palette);
    locnet_list_init(&options->shapes);
    locnet_list_init(&options->community_names);
    igraph_vector_int_init(&options->community_of, 0);
    options->sized = true;
    options->size_by = LOCNET_MEASURE_DEGREE;
    options->radius = 1;
    options->by = LOCNET_MEASURE_DEGREE;
}

static void finish(void *context)
{
    dot_options_t *options = context;
    locnet_list_destroy(&options->palette);
    locnet_list_destroy(&options->shapes);
    locnet_list_destroy(&options->community_names);
    igraph_vector_int_destroy(&options->community_of);
}

/* Options that need each other, and --render on a build without libgvc. */
static int check(locnet_cli_t *cli, void *context, int argc, char **argv)
{
    const dot_options_t *options = context;
    if (options->radius_given && options->around == NULL)
        return locnet_cli_usage_error(cli, "--radius needs --around");
    if (options->by_given && options->top == 0)
        return locnet_cli_usage_error(cli, "--by needs --top");
    if (options->render != NULL && !locnet_dot_render_available()) {
        fprintf(stderr, "locnet dot: --render is not available: this locnet was built without "
                        "Graphviz's library (libgvc)\n"
                        "Pipe the DOT into Graphviz instead, for example:\n"
                        "  locnet dot [OPTIONS] [FILE] | dot -T%s -o FILE.%s\n",
                options->render, options->render);
        return LOCNET_EXIT_USAGE;
    }
    return LOCNET_EXIT_OK;
}

/* Completes the style with the values the writer draws: the engine, the sizes, the communities
 * when colours follow them, and the components when clusters do. */
static locnet_status_t complete_style(dot_options_t *options, const locnet_network_t *net,
                                      const per_locality_t *values, igraph_integer_t highlight,
                                      locnet_components_t *components, bool *have_components)
{
    locnet_dot_style_t *style = &options->style;
    if (!options->layout_given)
        style->layout = locnet_dot_default_layout(locnet_locality_count(net));
    style->palette = &options->palette;
    style->shapes = &options->shapes;
    style->sizes = options->sized ? &values->sizes : NULL;
    style->size_label = locnet_measure_names[options->size_by];
    style->highlight = highlight;
    if (options->by_community) {
        igraph_integer_t n = igraph_vector_size(&values->communities);
        if (igraph_vector_int_resize(&options->community_of, n) != IGRAPH_SUCCESS)
            return LOCNET_ENOMEM;
        for (igraph_integer_t v = 0; v < n; v++)
            VECTOR(options->community_of)[v] = (igraph_integer_t)VECTOR(values->communities)[v];
        style->colour_groups = &options->community_of;
        style->colour_group_names = &options->community_names;
        style->colour_heading = "Community (localities)";
        style->colour_plural = "communities";
    }
    if (style->cluster != LOCNET_DOT_CLUSTER_COMPONENT)
        return LOCNET_OK;
    locnet_status_t status = locnet_components_compute(net, components);
    if (status == LOCNET_OK) {
        *have_components = true;
        style->components = &components->membership;
        style->component_count = components->count;
    }
    return status;
}

static int run(locnet_cli_t *cli, locnet_network_t *net, void *context)
{
    dot_options_t *options = context;
    per_locality_t values;
    locnet_components_t components;
    bool have_components = false;
    int code;
    igraph_vector_init(&values.sizes, 0);
    igraph_vector_init(&values.scores, 0);
    igraph_vector_init(&values.communities, 0);
    locnet_status_t status = compute_measures(options, net, &values);
    if (status == LOCNET_OK)
        status = compute_communities(options, net, &values);
    if (status != LOCNET_OK) {
        fprintf(stderr, "locnet dot: cannot compute the measures: %s\n",
                status == LOCNET_ENOMEM ? "out of memory" : "igraph failed");
        code = locnet_cli_exit_code(status);
        goto cleanup;
    }
    igraph_integer_t highlight = -1;
    if ((code = select_subset(cli, options, net, &values, &highlight)) != LOCNET_EXIT_OK)
        goto cleanup;
    status = complete_style(options, net, &values, highlight, &components, &have_components);
    if (status != LOCNET_OK) {
        fprintf(stderr, "locnet dot: out of memory\n");
        code = locnet_cli_exit_code(status);
        goto cleanup;
    }
    dot_job_t job = {net, &options->style, NULL, options->render};
    code = options->render != NULL ? render(cli, &job) : locnet_cli_write(cli, write_dot, &job);
cleanup:
    if (have_components)
        locnet_components_destroy(&components);
    igraph_vector_destroy(&values.sizes);
    igraph_vector_destroy(&values.scores);
    igraph_vector_destroy(&values.communities);
    return code;
}

static const struct option options[] = {
    {"layout", required_argument, NULL, OPT_LAYOUT},
    {"cluster", required_argument, NULL, OPT_CLUSTER},
    {"edge-label", required_argument, NULL, OPT_EDGE_LABEL},
    {"palette", required_argument, NULL, OPT_PALETTE},
    {"shapes", required_argument, NULL, OPT_SHAPES},
    {"size-by", required_argument, NULL, OPT_SIZE_BY},
    {"no-legend", no_argument, NULL, OPT_NO_LEGEND},
    {"no-columns", no_argument, NULL, OPT_NO_COLUMNS},
    {"around", required_argument, NULL, OPT_AROUND},
    {"radius", required_argument, NULL, OPT_RADIUS},
    {"top", required_argument, NULL, OPT_TOP},
    {"by", required_argument, NULL, OPT_BY},
    {"render", required_argument, NULL, OPT_RENDER},
    {"colour-by", required_argument, NULL, OPT_COLOUR_BY},
    {NULL, 0, NULL, 0}};

const locnet_command_hooks_t cmd_dot = {
    .usage = print_usage, .options = options, .request_size = sizeof(dot_options_t),
    .start = start, .option = dot_option, .prepare = check, .run = run, .finish = finish};
