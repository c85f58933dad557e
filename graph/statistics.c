/* graph/statistics.c: one igraph call per statistic on the simple graph; the largest component
 * through graph/components.h and an induced subgraph. */
#include "graph/statistics.h"

#include <math.h>

#include "graph/components.h"
#include "graph/path_lengths.h"
#include "graph/topology.h"

/* The diameter and average path length of the largest component of simple. */
static locnet_status_t measure_paths(const locnet_network_t *net, const igraph_t *simple,
                                     int jobs, locnet_statistics_t *statistics)
{
    locnet_components_t components;
    igraph_vector_int_t members;
    igraph_vector_t histogram;
    igraph_t largest;
    locnet_status_t status = locnet_components_compute(net, &components);
    if (status != LOCNET_OK)
        return status;
    igraph_vector_int_init(&members, 0);
    igraph_vector_init(&histogram, 0);
    if (igraph_vcount(simple) > 0)
        status = locnet_component_vertices(&components, 0, &members);
    statistics->largest = igraph_vector_int_size(&members);
    if (status == LOCNET_OK)
        status = locnet_from_igraph(igraph_induced_subgraph(
            simple, &largest, igraph_vss_vector(&members), IGRAPH_SUBGRAPH_AUTO));
    if (status == LOCNET_OK) {
        status = locnet_path_length_histogram(&largest, jobs, &histogram);
        igraph_destroy(&largest);
    }
    /* histogram[i]: pairs of localities whose shortest chain has i + 1 partnerships */
    igraph_real_t pairs = 0, total = 0;
    for (igraph_integer_t i = 0; status == LOCNET_OK && i < igraph_vector_size(&histogram); i++) {
        pairs += VECTOR(histogram)[i];
        total += (igraph_real_t)(i + 1) * VECTOR(histogram)[i];
    }
    statistics->diameter = igraph_vector_size(&histogram);
    statistics->average_path_length = pairs > 0 ? total / pairs
                                      : statistics->largest > 0 ? 0 : NAN;
    locnet_components_destroy(&components);
    igraph_vector_int_destroy(&members);
    igraph_vector_destroy(&histogram);
    return status;
}

static locnet_status_t count_isolated(const igraph_t *simple, igraph_integer_t *isolated)
{
    igraph_vector_int_t counts;
    *isolated = 0;
    if (igraph_vector_int_init(&counts, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    locnet_status_t status = locnet_from_igraph(
        igraph_degree(simple, &counts, igraph_vss_all(), IGRAPH_ALL, false));
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < igraph_vcount(simple); v++)
        *isolated += VECTOR(counts)[v] == 0;
    igraph_vector_int_destroy(&counts);
    return status;
}

/* Every statistic, the path lengths when jobs > 0. */
static locnet_status_t compute(const locnet_network_t *net, int jobs,
                               locnet_statistics_t *statistics)
{
    igraph_t simple;
    locnet_status_t status = locnet_simple_graph(&net->graph, &simple);
    if (status != LOCNET_OK)
        return status;
    *statistics = (locnet_statistics_t){0, NAN, NAN, 0, 0, NAN, 0};
    status = locnet_from_igraph(igraph_transitivity_undirected(&simple, &statistics->transitivity,
                                                               IGRAPH_TRANSITIVITY_ZERO));
    if (status == LOCNET_OK && igraph_vcount(&simple) > 0)
        status = locnet_from_igraph(igraph_transitivity_avglocal_undirected(
            &simple, &statistics->average_clustering, IGRAPH_TRANSITIVITY_ZERO));
    if (status == LOCNET_OK && igraph_ecount(&simple) > 0)
        status = locnet_from_igraph(
            igraph_assortativity_degree(&simple, &statistics->assortativity, false));
    if (status == LOCNET_OK)
        status = count_isolated(&simple, &statistics->isolated);
    if (status == LOCNET_OK && jobs > 0)
        status = measure_paths(net, &simple, jobs, statistics);
    else if (status == LOCNET_OK)
        statistics->diameter = -1;
    igraph_destroy(&simple);
    return status;
}

locnet_status_t locnet_statistics_compute(const locnet_network_t *net, int jobs,
                                          locnet_statistics_t *statistics)
{
    return compute(net, jobs > 1 ? jobs : 1, statistics);
}

locnet_status_t locnet_statistics_compute_local(const locnet_network_t *net,
                                                locnet_statistics_t *statistics)
{
    return compute(net, 0, statistics);
}

locnet_status_t locnet_degree_distribution(const locnet_network_t *net,
                                           igraph_vector_int_t *counts)
{
    igraph_t simple;
    igraph_vector_int_t degrees;
    locnet_status_t status = locnet_simple_graph(&net->graph, &simple);
    if (status != LOCNET_OK)
        return status;
    igraph_vector_int_init(&degrees, 0);
    status = locnet_from_igraph(igraph_degree(&simple, &degrees, igraph_vss_all(), IGRAPH_ALL, false));
    igraph_integer_t largest = status == LOCNET_OK && igraph_vector_int_size(&degrees) > 0
                                   ? igraph_vector_int_max(&degrees) : -1;
    if (status == LOCNET_OK)
        status = locnet_from_igraph(igraph_vector_int_resize(counts, largest + 1));
    if (status == LOCNET_OK) {
        igraph_vector_int_null(counts);
        for (igraph_integer_t v = 0; v < igraph_vector_int_size(&degrees); v++)
            VECTOR(*counts)[VECTOR(degrees)[v]]++;
    }
    igraph_vector_int_destroy(&degrees);
    igraph_destroy(&simple);
    return status;
}
