/* graph/timeline.c: one igraph subgraph per year, with components from igraph. */
#include "graph/timeline.h"

#include <math.h>
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

static locnet_status_t measure_year(const locnet_network_t *net, locnet_timeline_year_t *row)
{
    igraph_t subgraph;
    igraph_vector_int_t sizes;
    locnet_status_t status = subgraph_at_year(net, row->year, &subgraph);
    if (status != LOCNET_OK)
        return status;
    igraph_vector_int_init(&sizes, 0);
    if (igraph_connected_components(&subgraph, NULL, &sizes, NULL, IGRAPH_WEAK) != IGRAPH_SUCCESS) {
        status = LOCNET_ENOMEM;
    } else {
        row->partnerships = igraph_ecount(&subgraph);
        row->localities = igraph_vcount(&subgraph);
        row->largest_component = igraph_vector_int_size(&sizes) ? igraph_vector_int_max(&sizes) : 0;
    }
    igraph_vector_int_destroy(&sizes);
    igraph_destroy(&subgraph);
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
    locnet_status_t status = LOCNET_OK;
    for (size_t i = 0; status == LOCNET_OK && i < count; i++)
        status = measure_year(net, &timeline->years[i]);
    if (status != LOCNET_OK)
        locnet_timeline_destroy(timeline);
    return status;
}
