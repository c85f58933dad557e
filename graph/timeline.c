/* graph/timeline.c: one igraph subgraph per year, with components from igraph. */
#include "graph/timeline.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

void locnet_timeline_destroy(locnet_timeline_t *timeline)
{
    if (timeline == NULL)
        return;
    free(timeline->years);
    timeline->years = NULL;
    timeline->count = 0;
}

/* The subgraph of the partnerships signed by the end of year, without other localities. */
static locnet_status_t subgraph_at_year(const locnet_network_t *net, int year, igraph_t *subgraph)
{
    igraph_vector_int_t edges;
    if (igraph_vector_int_init(&edges, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    locnet_status_t status = LOCNET_ENOMEM;
    for (igraph_integer_t e = 0; e < locnet_partnership_count(net); e++) {
        double since = locnet_partnership_number(net, LOCNET_E_SINCE, e);
        if (since <= year && igraph_vector_int_push_back(&edges, e) != IGRAPH_SUCCESS)
            goto cleanup;
    }
    if (igraph_subgraph_edges(&net->graph, subgraph, igraph_ess_vector(&edges), true) == IGRAPH_SUCCESS)
        status = LOCNET_OK;
cleanup:
    igraph_vector_int_destroy(&edges);
    return status;
}

locnet_status_t locnet_network_at_year(const locnet_network_t *net, int year, locnet_network_t *out)
{
    igraph_t subgraph;
    locnet_status_t status = subgraph_at_year(net, year, &subgraph);
    return status == LOCNET_OK ? locnet_network_adopt(out, &subgraph, net) : status;
}

/* Fills the cumulative columns: partnerships are bucketed by year (a counting sort over the
 * per-year counts), added to one bare graph in year order, and its components are recomputed
 * only for the years in which partnerships were signed. */
static locnet_status_t measure_years(const locnet_network_t *net, locnet_timeline_t *timeline)
{
    igraph_integer_t vertices = locnet_locality_count(net), edges = locnet_partnership_count(net);
    igraph_vector_int_t pairs, sizes;
    igraph_t grown;
    bool have_grown = false;
    char *taking_part = calloc((size_t)vertices + 1, 1);
    size_t *start = calloc(timeline->count + 1, sizeof *start);
    igraph_integer_t *bucket = malloc(((size_t)edges + 1) * sizeof *bucket);
    locnet_status_t status = LOCNET_ENOMEM;
    igraph_vector_int_init(&pairs, 0);
    igraph_vector_int_init(&sizes, 0);
    if (taking_part == NULL || start == NULL || bucket == NULL ||
        igraph_empty(&grown, vertices, IGRAPH_UNDIRECTED) != IGRAPH_SUCCESS)
        goto cleanup;
    have_grown = true;
    int first = timeline->years[0].year;
    for (size_t i = 0; i < timeline->count; i++)
        start[i + 1] = start[i] + (size_t)timeline->years[i].new_partnerships;
    for (igraph_integer_t e = 0; e < edges; e++) {
        double since = locnet_partnership_number(net, LOCNET_E_SINCE, e);
        if (!isnan(since))
            bucket[start[(int)since - first]++] = e;
    }
    /* each start[i] now ends year i's bucket: year i is bucket[start[i] - new .. start[i]) */
    igraph_integer_t partnerships = 0, localities = 0, largest = 0;
    for (size_t i = 0; i < timeline->count; i++) {
        locnet_timeline_year_t *row = &timeline->years[i];
        if (row->new_partnerships > 0) {
            igraph_vector_int_clear(&pairs);
            for (size_t k = start[i] - (size_t)row->new_partnerships; k < start[i]; k++) {
                igraph_integer_t ends[2] = {IGRAPH_FROM(&net->graph, bucket[k]), IGRAPH_TO(&net->graph, bucket[k])};
                for (int end = 0; end < 2; end++) {
                    localities += !taking_part[ends[end]];
                    taking_part[ends[end]] = 1;
                    if (igraph_vector_int_push_back(&pairs, ends[end]) != IGRAPH_SUCCESS)
                        goto cleanup;
                }
            }
            if (igraph_add_edges(&grown, &pairs, NULL) != IGRAPH_SUCCESS ||
                igraph_connected_components(&grown, NULL, &sizes, NULL, IGRAPH_WEAK) != IGRAPH_SUCCESS)
                goto cleanup;
            partnerships += row->new_partnerships;
            largest = igraph_vector_int_max(&sizes);
        }
        row->partnerships = partnerships;
        row->localities = localities;
        row->largest_component = largest;
    }
    status = LOCNET_OK;
cleanup:
    if (have_grown)
        igraph_destroy(&grown);
    free(taking_part);
    free(start);
    free(bucket);
    igraph_vector_int_destroy(&pairs);
    igraph_vector_int_destroy(&sizes);
    return status;
}

locnet_status_t locnet_timeline_compute(const locnet_network_t *net, locnet_timeline_t *timeline)
{
    memset(timeline, 0, sizeof *timeline);
    double first = NAN, last = NAN;
    igraph_integer_t edges = locnet_partnership_count(net);
    for (igraph_integer_t e = 0; e < edges; e++) {
        double since = locnet_partnership_number(net, LOCNET_E_SINCE, e);
        if (isnan(since)) {
            timeline->without_year++;
            continue;
        }
        first = isnan(first) || since < first ? since : first;
        last = isnan(last) || since > last ? since : last;
    }
    for (size_t i = 0; i < net->event_count; i++) {
        double year = locnet_event_year(&net->events[i]);
        first = isnan(first) || year < first ? year : first;
        last = isnan(last) || year > last ? year : last;
    }
    if (isnan(first))
        return LOCNET_OK;
    size_t count = (size_t)(last - first) + 1;
    timeline->years = calloc(count, sizeof *timeline->years);
    if (timeline->years == NULL)
        return LOCNET_ENOMEM;
    timeline->count = count;
    for (size_t i = 0; i < count; i++)
        timeline->years[i].year = (int)first + (int)i;
    for (igraph_integer_t e = 0; e < edges; e++) {
        double since = locnet_partnership_number(net, LOCNET_E_SINCE, e);
        if (!isnan(since))
            timeline->years[(size_t)(since - first)].new_partnerships++;
    }
    for (size_t i = 0; i < net->event_count; i++)
        timeline->years[(size_t)(locnet_event_year(&net->events[i]) - first)].events++;
    locnet_status_t status = measure_years(net, timeline);
    if (status != LOCNET_OK)
        locnet_timeline_destroy(timeline);
    return status;
}
