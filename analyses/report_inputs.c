/* analyses/report_inputs.c: the measures, keys, statistics, weak points and timeline of the
 * report; the diagram is drawn by analyses/report_drawing.c. */
#include "analyses/report_inputs.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "analyses/cli_locality.h"
#include "analyses/summary.h"
#include "graph/collation.h"
#include "graph/lookup.h"
#include "graph/partition.h"
#include "graph/ranking.h"

/* True for the measures --samples estimates. */
static bool sampled_measure(locnet_measure_t measure)
{
    return measure == LOCNET_MEASURE_BETWEENNESS || measure == LOCNET_MEASURE_CLOSENESS ||
           measure == LOCNET_MEASURE_HARMONIC;
}

/* How --weight or --distance changed a measure, as its ranking's note (kept in inputs). */
static locnet_status_t weighting_note(const locnet_report_request_t *request,
                                      locnet_measure_t measure, locnet_report_inputs_t *inputs,
                                      locnet_report_ranking_t *ranking)
{
    bool weighted = request->weights != NULL &&
                    (measure == LOCNET_MEASURE_STRENGTH || measure == LOCNET_MEASURE_EIGENVECTOR ||
                     measure == LOCNET_MEASURE_PAGERANK);
    bool chained = request->distances != NULL &&
                   (measure == LOCNET_MEASURE_BETWEENNESS || measure == LOCNET_MEASURE_CLOSENESS ||
                    measure == LOCNET_MEASURE_HARMONIC);
    if (!weighted && !chained)
        return LOCNET_OK;
    char *note = weighted
        ? locnet_cli_format_text("Weighted by the partnerships' %s (--weight).", request->weight_name)
        : locnet_cli_format_text("Along the chains whose partnerships' %s add up to the least "
                                 "(--distance).", request->distance_name);
    if (note == NULL)
        return LOCNET_ENOMEM;
    free(inputs->ranking_notes[measure]);
    inputs->ranking_notes[measure] = note;
    ranking->note = note;
    return LOCNET_OK;
}

/* Computes the measures asked for (and degree, for the diagram's hover), with a note for
 * sampled betweenness and for measures left out. */
/* Notes under ranking that its values are estimated from options' sampled sources. */
static locnet_status_t sampling_note(const locnet_centrality_options_t *options,
                                     locnet_report_inputs_t *inputs,
                                     locnet_report_ranking_t *ranking)
{
    char *note = locnet_cli_format_text(
        "Estimated from %lld source localities drawn at random (seed %llu), as 'locnet "
        "centrality --samples %lld --seed %llu' does: ranks beyond the first few are "
        "approximate.", (long long)options->samples, (unsigned long long)options->seed,
        (long long)options->samples, (unsigned long long)options->seed);
    if (note == NULL)
        return LOCNET_ENOMEM;
    free(inputs->ranking_notes[ranking->measure]);
    inputs->ranking_notes[ranking->measure] = note;
    ranking->note = note;
    return LOCNET_OK;
}

static locnet_status_t compute_measures(const locnet_network_t *net,
                                        const locnet_report_request_t *request,
                                        locnet_report_inputs_t *inputs)
{
    locnet_measure_t measures[LOCNET_MEASURE_COUNT];
    int count = request->measure_count > 0 ? request->measure_count : LOCNET_MEASURE_COUNT;
    for (int m = 0; m < count; m++)
        measures[m] = request->measure_count > 0 ? request->measures[m] : (locnet_measure_t)m;
    igraph_integer_t n = locnet_locality_count(net);
    locnet_centrality_options_t options;
    locnet_centrality_options_init(&options);
    options.wanted[LOCNET_MEASURE_DEGREE] = true;
    for (int i = 0; i < count; i++)
        options.wanted[measures[i]] = true;
    options.samples = request->samples > 0 ? request->samples
                      : n > LOCNET_REPORT_LARGE ? LOCNET_REPORT_SAMPLES : 0;
    if (options.samples >= n)
        options.samples = 0;  /* every locality is a source: exact */
    options.seed = request->seed;
    options.weights = request->weights;
    options.distances = request->distances;
    locnet_status_t status = locnet_centrality_compute(&net->graph, &options, &inputs->centrality);
    if (status != LOCNET_OK)
        return status;
    inputs->have_centrality = true;
    for (int i = 0; i < count && status == LOCNET_OK; i++) {
        locnet_report_ranking_t *ranking = &inputs->rankings[inputs->ranking_count];
        igraph_vector_int_t *order = &inputs->orders[inputs->ranking_count];
        if (igraph_vector_int_init(order, 0) != IGRAPH_SUCCESS)
            return LOCNET_ENOMEM;
        inputs->ranking_count++;
        ranking->measure = measures[i];
        ranking->values = &inputs->centrality.values[measures[i]];
        ranking->reachable = measures[i] == LOCNET_MEASURE_CLOSENESS ? &inputs->centrality.reachable : NULL;
        ranking->order = order;
        status = locnet_rank_localities(net, ranking->values, order);
        if (status == LOCNET_OK)
            status = weighting_note(request, measures[i], inputs, ranking);
        if (status == LOCNET_OK && sampled_measure(measures[i]) && options.samples > 0)
            status = sampling_note(&options, inputs, ranking);
    }
    if (status == LOCNET_OK && options.samples > 0) {
        char *note = locnet_cli_format_text(
            "Betweenness, closeness and harmonic centrality are estimated from %lld source "
            "localities drawn at random (seed %llu): exact values need a shortest-path search "
            "from every locality. 'locnet report --samples K' sets how many.",
            (long long)options.samples, (unsigned long long)options.seed);
        status = note != NULL ? locnet_list_append(&inputs->notes, note) : LOCNET_ENOMEM;
        free(note);
    }
    return status;
}

/* Per locality: the look-up keys of its name and aliases, separated by spaces (which no key
 * holds, so that a search never matches across two names). */
static locnet_status_t make_keys(const locnet_network_t *net, locnet_list_t *keys)
{
    locnet_status_t status = LOCNET_OK;
    locnet_list_t names;
    locnet_list_init(&names);
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < locnet_locality_count(net); v++) {
        locnet_list_destroy(&names);
        status = locnet_list_append(&names, locnet_locality_text(net, LOCNET_V_NAME, v));
        if (status == LOCNET_OK &&
            locnet_list_decode(locnet_locality_text(net, LOCNET_V_ALIASES, v), &names) == LOCNET_ENOMEM)
            status = LOCNET_ENOMEM;
        char *joined = NULL;
        size_t length = 0;
        FILE *text = status == LOCNET_OK ? open_memstream(&joined, &length) : NULL;
        for (size_t i = 0; text != NULL && i < names.count; i++) {
            char *key = NULL;
            if (locnet_lookup_key(names.items[i], &key) == LOCNET_OK)
                fprintf(text, "%s%s", i > 0 ? " " : "", key);
            free(key);
        }
        if (text == NULL || fclose(text) != 0)
            status = LOCNET_ENOMEM;
        if (status == LOCNET_OK)
            status = locnet_list_append(keys, joined);
        free(joined);
    }
    locnet_list_destroy(&names);
    return status;
}

typedef struct weak_order {
    const locnet_network_t *net;
    const locnet_list_t *keys;          /* collation keys */
    const locnet_cut_vertices_t *cut;
    const locnet_bridges_t *bridges;
} weak_order_t;

/* Localities outside the largest part a cut vertex leaves. */
static igraph_integer_t cut_off(const locnet_cut_vertices_t *cut, igraph_integer_t k)
{
    const igraph_vector_int_t *parts = igraph_vector_int_list_get_ptr(&cut->parts, k);
    return igraph_vector_int_sum(parts) - VECTOR(*parts)[0];
}

/* Most cut off first, then most parts, then by name. */
static int compare_cut_vertices(void *data, const void *left, const void *right)
{
    const weak_order_t *order = data;
    igraph_integer_t a = *(const igraph_integer_t *)left, b = *(const igraph_integer_t *)right;
    igraph_integer_t off_a = cut_off(order->cut, a), off_b = cut_off(order->cut, b);
    if (off_a != off_b)
        return off_a > off_b ? -1 : 1;
    igraph_integer_t parts_a = igraph_vector_int_size(igraph_vector_int_list_get_ptr(&order->cut->parts, a));
    igraph_integer_t parts_b = igraph_vector_int_size(igraph_vector_int_list_get_ptr(&order->cut->parts, b));
    if (parts_a != parts_b)
        return parts_a > parts_b ? -1 : 1;
    return locnet_collation_compare(order->net, order->keys, VECTOR(order->cut->vertices)[a],
                                    VECTOR(order->cut->vertices)[b]);
}

static igraph_integer_t smaller(igraph_integer_t a, igraph_integer_t b)
{
    return a < b ? a : b;
}

/* Biggest smaller side first, then by the names of the two ends. */
static int compare_bridges(void *data, const void *left, const void *right)
{
    const weak_order_t *order = data;
    const locnet_bridges_t *bridges = order->bridges;
    igraph_integer_t a = *(const igraph_integer_t *)left, b = *(const igraph_integer_t *)right;
    igraph_integer_t small_a = smaller(VECTOR(bridges->from_side)[a], VECTOR(bridges->to_side)[a]);
    igraph_integer_t small_b = smaller(VECTOR(bridges->from_side)[b], VECTOR(bridges->to_side)[b]);
    if (small_a != small_b)
        return small_a > small_b ? -1 : 1;
    const igraph_t *graph = &order->net->graph;
    igraph_integer_t edge_a = VECTOR(bridges->edges)[a], edge_b = VECTOR(bridges->edges)[b];
    int by_from = locnet_collation_compare(order->net, order->keys, IGRAPH_FROM(graph, edge_a),
                                           IGRAPH_FROM(graph, edge_b));
    return by_from != 0 ? by_from
                        : locnet_collation_compare(order->net, order->keys,
                                                   IGRAPH_TO(graph, edge_a), IGRAPH_TO(graph, edge_b));
}

/* Fills order (initialised here) with 0..count-1 sorted by compare. */
static locnet_status_t sort_indices(igraph_vector_int_t *order, igraph_integer_t count,
                                    weak_order_t *context,
                                    int (*compare)(void *, const void *, const void *))
{
    if (igraph_vector_int_init_range(order, 0, count) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    igraph_qsort_r(VECTOR(*order), (size_t)count, sizeof(igraph_integer_t), context, compare);
    return LOCNET_OK;
}

static locnet_status_t compute_weak_points(const locnet_network_t *net, locnet_report_inputs_t *inputs)
{
    locnet_list_t keys;
    locnet_list_init(&keys);
    locnet_status_t status = locnet_collation_keys(net, &keys);
    if (status == LOCNET_OK && (status = locnet_cut_vertices_compute(net, &inputs->cut_vertices)) == LOCNET_OK)
        inputs->have_cut_vertices = true;
    if (status == LOCNET_OK && (status = locnet_bridges_compute(net, &inputs->bridges)) == LOCNET_OK)
        inputs->have_bridges = true;
    weak_order_t context = {net, &keys, &inputs->cut_vertices, &inputs->bridges};
    if (status == LOCNET_OK)
        status = sort_indices(&inputs->cut_order, igraph_vector_int_size(&inputs->cut_vertices.vertices),
                              &context, compare_cut_vertices);
    if (status == LOCNET_OK)
        status = sort_indices(&inputs->bridge_order, igraph_vector_int_size(&inputs->bridges.edges),
                              &context, compare_bridges);
    locnet_list_destroy(&keys);
    return status;
}

/* "1st", "2nd", "3rd", "4th", ..., "11th", "12th", "13th", "21st", ... */
static char *ordinal(long long number)
{
    long long last = number % 10, tens = number % 100;
    const char *suffix = tens >= 11 && tens <= 13 ? "th"
                         : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
    return locnet_cli_format_text("%lld%s", number, suffix);
}

/* The events for the timeline: each one's year, its number as a label (or its date when it has
 * none), and its name. */
static locnet_status_t list_events(const locnet_network_t *net, locnet_report_inputs_t *inputs)
{
    size_t count = net->event_count;
    inputs->events = calloc(count + 1, sizeof *inputs->events);
    inputs->event_labels = calloc(count + 1, sizeof *inputs->event_labels);
    if (inputs->events == NULL || inputs->event_labels == NULL)
        return LOCNET_ENOMEM;
    for (size_t i = 0; i < count; i++) {
        const locnet_event_t *event = &net->events[i];
        char *label = isnan(event->number) ? locnet_cli_format_text("%s", event->start)
                                           : ordinal((long long)event->number);
        if (label == NULL)
            return LOCNET_ENOMEM;
        inputs->event_labels[inputs->event_count] = label;
        inputs->events[inputs->event_count++] =
            (locnet_report_event_t){locnet_event_year(event), label, event->name};
    }
    return LOCNET_OK;
}

/* The communities `locnet communities` finds by default (Louvain, seed 1), with the weights. */
static locnet_status_t compute_communities(const locnet_network_t *net,
                                          const locnet_report_request_t *request,
                                          locnet_report_inputs_t *inputs)
{
    locnet_communities_options_t options;
    locnet_communities_options_init(&options);
    options.weights = request->weights;
    locnet_status_t status = locnet_communities_compute(net, &options, &inputs->communities);
    if (status != LOCNET_OK)
        return status;
    inputs->have_communities = true;
    const locnet_communities_t *found = &inputs->communities;
    if (igraph_vector_int_init(&inputs->community_members, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    status = locnet_partition_members(net, &found->membership, &found->sizes, found->count,
                                      &inputs->community_members);
    inputs->community_method = locnet_cli_format_text(
        "Found by %s (igraph), the best of %lld runs from seed %llu%s%s, as 'locnet communities%s%s' "
        "finds them: blocs of localities more tied among themselves than to the rest. A "
        "locality without partnerships is a community of its own.",
        options.method == LOCNET_COMMUNITY_LOUVAIN ? "the Louvain method" : "igraph",
        (long long)options.trials, (unsigned long long)options.seed,
        request->weights != NULL ? ", links weighted by " : "",
        request->weights != NULL ? request->weight_name : "",
        request->weights != NULL ? " --weight " : "", request->weights != NULL ? request->weight_name : "");
    if (status == LOCNET_OK && inputs->community_method == NULL)
        status = LOCNET_ENOMEM;
    inputs->partition = (locnet_report_partition_t){&found->membership, found->count,
                                                    &inputs->community_members, &found->central,
                                                    inputs->community_method, found->modularity};
    return status;
}

locnet_status_t locnet_report_inputs_compute(const locnet_network_t *net,
                                             const locnet_report_request_t *request,
                                             locnet_report_inputs_t *inputs,
                                             locnet_diagnostics_t *diagnostics)
{
    memset(inputs, 0, sizeof *inputs);
    locnet_list_init(&inputs->keys);
    locnet_list_init(&inputs->notes);
    locnet_status_t status = compute_measures(net, request, inputs);
    if (status == LOCNET_OK)
        status = make_keys(net, &inputs->keys);
    bool large = locnet_locality_count(net) > LOCNET_REPORT_LARGE;
    if (status == LOCNET_OK && (status = locnet_summary_rows(net, !large, &inputs->summary)) == LOCNET_OK)
        inputs->have_summary = true;
    if (status == LOCNET_OK && large)
        status = locnet_list_append(&inputs->notes,
            "The diameter and the average path length are left out of the statistics: on a "
            "network this large they need a shortest-path search from every locality of the "
            "largest component (many seconds). 'locnet summary' gives them.");
    if (status == LOCNET_OK)
        status = compute_weak_points(net, inputs);
    if (status == LOCNET_OK && (status = locnet_timeline_compute(net, &inputs->timeline)) == LOCNET_OK)
        inputs->have_timeline = true;
    if (status == LOCNET_OK)
        status = compute_communities(net, request, inputs);
    if (status == LOCNET_OK)
        status = list_events(net, inputs);
    if (status == LOCNET_OK)
        status = locnet_report_draw(net, request->diagram_top, &inputs->diagram, &inputs->notes,
                                    diagnostics);
    return status;
}

void locnet_report_inputs_destroy(locnet_report_inputs_t *inputs)
{
    if (inputs == NULL)
        return;
    for (size_t i = 0; i < inputs->ranking_count; i++)
        igraph_vector_int_destroy(&inputs->orders[i]);
    for (size_t i = 0; i < LOCNET_MEASURE_COUNT; i++)
        free(inputs->ranking_notes[i]);
    if (inputs->have_centrality)
        locnet_centrality_destroy(&inputs->centrality);
    locnet_list_destroy(&inputs->keys);
    locnet_list_destroy(&inputs->notes);
    if (inputs->have_summary)
        locnet_table_destroy(&inputs->summary);
    if (inputs->have_cut_vertices)
        locnet_cut_vertices_destroy(&inputs->cut_vertices);
    if (inputs->have_bridges)
        locnet_bridges_destroy(&inputs->bridges);
    igraph_vector_int_destroy(&inputs->cut_order);     /* zeroed or made: both are safe */
    igraph_vector_int_destroy(&inputs->bridge_order);
    if (inputs->have_timeline)
        locnet_timeline_destroy(&inputs->timeline);
    if (inputs->have_communities)
        locnet_communities_destroy(&inputs->communities);
    igraph_vector_int_destroy(&inputs->community_members);
    free(inputs->community_method);
    for (size_t i = 0; i < inputs->event_count; i++)
        free(inputs->event_labels[i]);
    free(inputs->event_labels);
    free(inputs->events);
    locnet_report_diagram_destroy(&inputs->diagram);
    memset(inputs, 0, sizeof *inputs);
}
