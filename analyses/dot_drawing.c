/* analyses/dot_drawing.c: measures (graph/centrality), subsets (graph/subsets), partitions
 * (graph/components, graph/communities), the map (graph/projection), then the style
 * that hands them to the DOT writer. */
#include "analyses/dot_drawing.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "analyses/cli_locality.h"
#include "graph/ranking.h"
#include "graph/subsets.h"

#define NOTE_NAMES 10  /* localities named in a note before "and N more" */

void dot_options_init(dot_options_t *options)
{
    memset(options, 0, sizeof *options);
    locnet_dot_style_init(&options->style);
    locnet_list_init(&options->palette);
    locnet_list_init(&options->shapes);
    locnet_list_init(&options->edge_styles);
    options->sized = true;
    options->size_by = LOCNET_MEASURE_DEGREE;
    options->radius = 1;
    options->by = LOCNET_MEASURE_DEGREE;
    options->labels = -1;
}

void dot_options_destroy(dot_options_t *options)
{
    locnet_list_destroy(&options->palette);
    locnet_list_destroy(&options->shapes);
    locnet_list_destroy(&options->edge_styles);
}

void dot_drawing_destroy(dot_drawing_t *drawing)
{
    igraph_vector_destroy(&drawing->sizes);
    igraph_vector_destroy(&drawing->scores);
    igraph_vector_destroy(&drawing->numbers);
    if (drawing->have_components)
        locnet_components_destroy(&drawing->components);
    if (drawing->have_communities)
        locnet_communities_destroy(&drawing->communities);
    locnet_list_destroy(&drawing->part_names);
    if (drawing->have_labelled)
        igraph_vector_bool_destroy(&drawing->labelled);
    if (drawing->have_map)
        locnet_projection_destroy(&drawing->map);
}

/* Prints "locnet dot: " and the message on standard error, unless options->quiet. */
static void say(const dot_options_t *options, const char *format, ...)
    __attribute__((format(printf, 2, 3)));
static void say(const dot_options_t *options, const char *format, ...)
{
    if (options->quiet)
        return;
    va_list arguments;
    va_start(arguments, format);
    fputs("locnet dot: ", stderr);
    vfprintf(stderr, format, arguments);
    va_end(arguments);
}

static int out_of_memory(const dot_options_t *options, locnet_status_t status)
{
    say(options, "%s\n", status == LOCNET_ENOMEM ? "out of memory" : "igraph failed");
    return locnet_cli_exit_code(status);
}

/* Computes the measures --size-by (degree without it: labels and legend names follow it) and
 * --top ask for (graph/centrality.h, default options) on net into sizes and scores, one value
 * per locality (scores 0 without --top). */
static locnet_status_t compute_measures(const dot_options_t *options, const locnet_network_t *net,
                                        igraph_vector_t *sizes, igraph_vector_t *scores)
{
    igraph_integer_t n = locnet_locality_count(net);
    if (igraph_vector_resize(sizes, n) != IGRAPH_SUCCESS ||
        igraph_vector_resize(scores, n) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    igraph_vector_null(sizes);
    igraph_vector_null(scores);
    locnet_centrality_options_t wanted;
    locnet_centrality_t result;
    locnet_centrality_options_init(&wanted);
    locnet_measure_t size_by = options->sized ? options->size_by : LOCNET_MEASURE_DEGREE;
    wanted.wanted[size_by] = true;
    wanted.wanted[options->by] |= options->top > 0;
    locnet_status_t status = locnet_centrality_compute(&net->graph, &wanted, &result);
    if (status != LOCNET_OK)
        return status;
    if (igraph_vector_update(sizes, &result.values[size_by]) != IGRAPH_SUCCESS ||
        (options->top > 0 &&
         igraph_vector_update(scores, &result.values[options->by]) != IGRAPH_SUCCESS))
        status = LOCNET_ENOMEM;
    locnet_centrality_destroy(&result);
    return status;
}

/* Cuts net down to members, cutting the per-locality vectors (the localities' numbers among
 * them) and the highlight with it. */
static locnet_status_t keep_members(locnet_network_t *net, const igraph_vector_int_t *members,
                                    dot_drawing_t *drawing)
{
    igraph_vector_int_t kept;
    if (igraph_vector_int_init(&kept, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    locnet_status_t status = locnet_subset_keep(net, members, &kept);
    if (status == LOCNET_OK)
        status = locnet_subset_cut(&drawing->sizes, &kept);
    if (status == LOCNET_OK)
        status = locnet_subset_cut(&drawing->scores, &kept);
    if (status == LOCNET_OK)
        status = locnet_subset_cut(&drawing->numbers, &kept);
    if (status == LOCNET_OK && drawing->highlight >= 0) {
        igraph_integer_t old = drawing->highlight;
        drawing->highlight = -1;
        for (igraph_integer_t v = 0; v < igraph_vector_int_size(&kept); v++) {
            if (VECTOR(kept)[v] == old)
                drawing->highlight = v;
        }
    }
    igraph_vector_int_destroy(&kept);
    return status;
}

/* --around then --top, on measures computed before either cuts. */
static int select_subset(const locnet_cli_t *cli, const dot_options_t *options,
                         locnet_network_t *net, dot_drawing_t *drawing)
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
        drawing->highlight = centre;
        status = locnet_subset_around(net, centre, options->radius, &members);
        if (status == LOCNET_OK)
            status = keep_members(net, &members, drawing);
    }
    if (status == LOCNET_OK && options->top > 0) {
        status = locnet_subset_top(net, &drawing->scores, options->top, &members);
        if (status == LOCNET_OK)
            status = keep_members(net, &members, drawing);
    }
    if (status != LOCNET_OK)
        code = out_of_memory(options, status);
cleanup:
    igraph_vector_int_destroy(&members);
    return code;
}

/* Leaves out the localities without a partnership (unless --keep-isolated), with a note. */
static int drop_isolated(const dot_options_t *options, locnet_network_t *net,
                         dot_drawing_t *drawing)
{
    if (options->keep_isolated)
        return LOCNET_EXIT_OK;
    igraph_vector_int_t degree, members;
    igraph_vector_int_init(&degree, 0);
    igraph_vector_int_init(&members, 0);
    locnet_status_t status = LOCNET_ENOMEM;
    igraph_integer_t n = locnet_locality_count(net);
    if (igraph_degree(&net->graph, &degree, igraph_vss_all(), IGRAPH_ALL, true) != IGRAPH_SUCCESS)
        goto cleanup;
    for (igraph_integer_t v = 0; v < n; v++) {
        if (VECTOR(degree)[v] > 0 && igraph_vector_int_push_back(&members, v) != IGRAPH_SUCCESS)
            goto cleanup;
    }
    igraph_integer_t left_out = n - igraph_vector_int_size(&members);
    status = left_out > 0 ? keep_members(net, &members, drawing) : LOCNET_OK;
    if (status == LOCNET_OK)
        drawing->isolated = left_out;
    if (status == LOCNET_OK && left_out > 0)
        say(options, "%lld localit%s without a partnership left out (--keep-isolated draws "
                     "them)\n", (long long)left_out, left_out == 1 ? "y" : "ies");
cleanup:
    igraph_vector_int_destroy(&degree);
    igraph_vector_int_destroy(&members);
    return status == LOCNET_OK ? LOCNET_EXIT_OK : out_of_memory(options, status);
}

/* The engine: neato with pinned positions for maps, the one given, else the writer's default
 * (io/dot/dot_writer.h). */
static const char *choose_engine(const dot_options_t *options, const locnet_network_t *net)
{
    if (options->geo)
        return "neato";
    if (options->layout_given)
        return options->style.layout;
    return locnet_dot_default_layout(net, &options->style);
}

/* Per part of drawing->parts, "around" its locality with most partners in the diagram. */
static locnet_status_t name_parts(const locnet_network_t *net, dot_drawing_t *drawing)
{
    igraph_vector_int_t order;
    igraph_vector_t degree;
    igraph_vector_int_init(&order, 0);
    igraph_vector_init(&degree, 0);
    igraph_integer_t *best = calloc((size_t)drawing->part_count + 1, sizeof *best);
    locnet_status_t status = best != NULL ? locnet_measure_compute(&net->graph, NULL,
                                                                   LOCNET_MEASURE_DEGREE, &degree)
                                          : LOCNET_ENOMEM;
    if (status == LOCNET_OK)
        status = locnet_rank_localities(net, &degree, &order);
    igraph_vector_destroy(&degree);
    for (igraph_integer_t c = 0; c < drawing->part_count && best != NULL; c++)
        best[c] = -1;
    for (igraph_integer_t i = igraph_vector_int_size(&order) - 1; status == LOCNET_OK && i >= 0; i--)
        best[VECTOR(*drawing->parts)[VECTOR(order)[i]]] = VECTOR(order)[i];
    for (igraph_integer_t c = 0; status == LOCNET_OK && c < drawing->part_count; c++) {
        const char *name = locnet_locality_text(net, LOCNET_V_NAME, best[c]);
        char *text = malloc(strlen(name) + sizeof "around ");
        if (text == NULL) {
            status = LOCNET_ENOMEM;
            break;
        }
        sprintf(text, "around %s", name);
        status = locnet_list_append(&drawing->part_names, text);
        free(text);
    }
    free(best);
    igraph_vector_int_destroy(&order);
    return status;
}

/* Components for --cluster component or --color-by component, communities for --color-by
 * community, with the legend's names for their parts. */
static locnet_status_t compute_partitions(const dot_options_t *options,
                                          const locnet_network_t *net, dot_drawing_t *drawing)
{
    locnet_status_t status = LOCNET_OK;
    if (options->style.cluster == LOCNET_DOT_CLUSTER_COMPONENT ||
        options->colour == DOT_COLOUR_COMPONENT) {
        if ((status = locnet_components_compute(net, &drawing->components)) != LOCNET_OK)
            return status;
        drawing->have_components = true;
    }
    if (options->colour == DOT_COLOUR_COMMUNITY) {
        locnet_communities_options_t defaults;  /* `locnet communities`' default method */
        locnet_communities_options_init(&defaults);
        if ((status = locnet_communities_compute(net, &defaults, &drawing->communities)) !=
            LOCNET_OK)
            return status;
        drawing->have_communities = true;
        snprintf(drawing->method, sizeof drawing->method, "Louvain, best of %lld runs, seed %llu",
                 (long long)defaults.trials, (unsigned long long)defaults.seed);
        drawing->parts = &drawing->communities.membership;
        drawing->part_count = drawing->communities.count;
    } else if (options->colour == DOT_COLOUR_COMPONENT) {
        drawing->parts = &drawing->components.membership;
        drawing->part_count = drawing->components.count;
    }
    return drawing->parts != NULL ? name_parts(net, drawing) : LOCNET_OK;
}

/* Which localities are named: all up to LOCNET_DOT_SMALL localities, else the --labels N (or
 * LOCNET_DOT_DEFAULT_LABELS) first by the size measure. */
static locnet_status_t choose_labels(const dot_options_t *options, const locnet_network_t *net,
                                     dot_drawing_t *drawing)
{
    igraph_integer_t n = locnet_locality_count(net);
    long long wanted = options->labels >= 0 ? options->labels
                       : n <= LOCNET_DOT_SMALL ? n : LOCNET_DOT_DEFAULT_LABELS;
    if (wanted >= n)
        return LOCNET_OK;
    igraph_vector_int_t members;
    if (igraph_vector_int_init(&members, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    locnet_status_t status = LOCNET_ENOMEM;
    if (igraph_vector_bool_init(&drawing->labelled, n) == IGRAPH_SUCCESS) {
        drawing->have_labelled = true;
        status = wanted > 0 ? locnet_subset_top(net, &drawing->sizes, wanted, &members) : LOCNET_OK;
        for (igraph_integer_t i = 0; status == LOCNET_OK && i < igraph_vector_int_size(&members); i++)
            VECTOR(drawing->labelled)[VECTOR(members)[i]] = true;
    }
    igraph_vector_int_destroy(&members);
    return status;
}

/* Prints up to NOTE_NAMES names of localities placed as placement says, after prefix. */
static void note_placed(const locnet_network_t *net, const locnet_projection_t *map,
                        locnet_placement_t placement, const char *prefix)
{
    igraph_integer_t n = locnet_locality_count(net), shown = 0, count = 0;
    for (igraph_integer_t v = 0; v < n; v++) {
        if (VECTOR(map->placement)[v] != (igraph_integer_t)placement)
            continue;
        if (count++ == 0)
            fputs(prefix, stderr);
        if (shown < NOTE_NAMES) {
            fprintf(stderr, "%s%s (%s)", shown ? ", " : "",
                    locnet_locality_text(net, LOCNET_V_NAME, v),
                    locnet_locality_text(net, LOCNET_V_ID, v));
            shown++;
        }
    }
    if (count > shown)
        fprintf(stderr, " and %lld more", (long long)(count - shown));
    if (count > 0)
        fputc('\n', stderr);
}

/* The map of --layout geo, and a note naming the localities without coordinates (unless
 * options->quiet). */
static locnet_status_t compute_map(const dot_options_t *options, const locnet_network_t *net,
                                   dot_drawing_t *drawing)
{
    locnet_projection_options_t spacing;
    locnet_projection_options_init(&spacing);
    if (locnet_locality_count(net) > LOCNET_DOT_SMALL)
        spacing.spacing = 4;
    locnet_status_t status = locnet_projection_compute(net, &spacing, &drawing->map);
    if (status != LOCNET_OK)
        return status;
    drawing->have_map = true;
    if (options->quiet)
        return LOCNET_OK;
    note_placed(net, &drawing->map, LOCNET_PLACED_BESIDE_PARENT,
                "locnet dot: without coordinates, drawn beside their parent: ");
    note_placed(net, &drawing->map, LOCNET_PLACED_IN_MARGIN,
                "locnet dot: without coordinates, drawn in the margin: ");
    return LOCNET_OK;
}

/* Hands the computed values to the writer's style. */
static void complete_style(dot_options_t *options, const locnet_network_t *net,
                           dot_drawing_t *drawing)
{
    locnet_dot_style_t *style = &options->style;
    style->layout = choose_engine(options, net);
    style->palette = &options->palette;
    style->shapes = &options->shapes;
    style->edge_styles = &options->edge_styles;
    style->sizes = options->sized ? &drawing->sizes : NULL;
    style->size_label = options->sized ? locnet_measure_names[options->size_by] : NULL;
    style->highlight = drawing->highlight;
    style->labelled = drawing->have_labelled ? &drawing->labelled : NULL;
    style->map = drawing->have_map ? &drawing->map : NULL;
    style->fast = locnet_locality_count(net) > LOCNET_DOT_SMALL;
    style->colour_by = options->colour == DOT_COLOUR_LEVEL ? LOCNET_DOT_COLOUR_LEVEL
                       : drawing->parts != NULL          ? LOCNET_DOT_COLOUR_PARTITION
                                                         : LOCNET_DOT_COLOUR_COUNTRY;
    if (drawing->have_components) {
        style->components = &drawing->components.membership;
        style->component_count = drawing->components.count;
    }
    if (drawing->parts != NULL) {
        style->partition.membership = drawing->parts;
        style->partition.count = drawing->part_count;
        bool communities = options->colour == DOT_COLOUR_COMMUNITY;
        style->partition.title = communities ? "Community" : "Component";
        style->partition.plural = communities ? "communities" : "components";
        style->partition.method = drawing->method[0] != '\0' ? drawing->method : NULL;
        style->partition.names = &drawing->part_names;
    }
}

int dot_drawing_prepare(const locnet_cli_t *cli, dot_options_t *options, locnet_network_t *net,
                        dot_drawing_t *drawing)
{
    memset(drawing, 0, sizeof *drawing);
    drawing->highlight = -1;
    locnet_list_init(&drawing->part_names);
    igraph_vector_init(&drawing->sizes, 0);
    igraph_vector_init(&drawing->scores, 0);
    locnet_status_t status =
        igraph_vector_init_range(&drawing->numbers, 0, (igraph_real_t)locnet_locality_count(net))
            == IGRAPH_SUCCESS ? compute_measures(options, net, &drawing->sizes, &drawing->scores)
                              : LOCNET_ENOMEM;
    if (status != LOCNET_OK) {
        say(options, "cannot compute the measures: %s\n",
            status == LOCNET_ENOMEM ? "out of memory" : "igraph failed");
        return locnet_cli_exit_code(status);
    }
    int code = select_subset(cli, options, net, drawing);
    if (code == LOCNET_EXIT_OK)
        code = drop_isolated(options, net, drawing);
    if (code != LOCNET_EXIT_OK)
        return code;
    igraph_integer_t n = locnet_locality_count(net);
    if (options->render != NULL && n > LOCNET_DOT_RENDER_LIMIT && !options->force) {
        say(options, "%lld localities are too many to draw readably (the limit is %d); draw a "
                     "part with --top N, --around NAME, --largest or --level country, or give "
                     "--force\n", (long long)n, LOCNET_DOT_RENDER_LIMIT);
        return LOCNET_EXIT_USAGE;
    }
    status = compute_partitions(options, net, drawing);
    if (status == LOCNET_OK)
        status = choose_labels(options, net, drawing);
    if (status == LOCNET_OK && options->geo)
        status = compute_map(options, net, drawing);
    if (status != LOCNET_OK)
        return out_of_memory(options, status);
    complete_style(options, net, drawing);
    return LOCNET_EXIT_OK;
}
