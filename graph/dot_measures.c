/* graph/dot_measures.c: degree, strength, PageRank and betweenness through igraph. */
#include "graph/dot_measures.h"

#include <string.h>

static const char *const measure_names[] = {"degree", "strength", "pagerank", "betweenness"};
const char locnet_dot_measure_names[] = "degree, strength, pagerank or betweenness";

locnet_status_t locnet_dot_measure_parse(const char *name, locnet_dot_measure_t *measure)
{
    for (size_t i = 0; i < sizeof measure_names / sizeof measure_names[0]; i++) {
        if (strcmp(name, measure_names[i]) == 0) {
            *measure = (locnet_dot_measure_t)i;
            return LOCNET_OK;
        }
    }
    return LOCNET_EUSAGE;
}

const char *locnet_dot_measure_name(locnet_dot_measure_t measure)
{
    return measure_names[measure];
}

/* The simple graph of distinct partner pairs: no attributes, no loops, no repeats. */
static locnet_status_t simple_graph(const locnet_network_t *net, igraph_t *simple)
{
    igraph_vector_int_t edges;
    if (igraph_vector_int_init(&edges, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    locnet_status_t status = LOCNET_ENOMEM;
    if (igraph_get_edgelist(&net->graph, &edges, false) != IGRAPH_SUCCESS ||
        igraph_create(simple, &edges, locnet_locality_count(net), IGRAPH_UNDIRECTED) != IGRAPH_SUCCESS)
        goto cleanup;
    if (igraph_simplify(simple, true, true, NULL) != IGRAPH_SUCCESS) {
        igraph_destroy(simple);
        goto cleanup;
    }
    status = LOCNET_OK;
cleanup:
    igraph_vector_int_destroy(&edges);
    return status;
}

/* Copies integer degrees into values. */
static locnet_status_t degrees(const igraph_t *graph, igraph_vector_t *values)
{
    igraph_vector_int_t result;
    if (igraph_vector_int_init(&result, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    locnet_status_t status = LOCNET_ENOMEM;
    if (igraph_degree(graph, &result, igraph_vss_all(), IGRAPH_ALL, true) == IGRAPH_SUCCESS &&
        igraph_vector_resize(values, igraph_vector_int_size(&result)) == IGRAPH_SUCCESS) {
        for (igraph_integer_t v = 0; v < igraph_vector_int_size(&result); v++)
            VECTOR(*values)[v] = (igraph_real_t)VECTOR(result)[v];
        status = LOCNET_OK;
    }
    igraph_vector_int_destroy(&result);
    return status;
}

locnet_status_t locnet_dot_measure_compute(const locnet_network_t *net,
                                           locnet_dot_measure_t measure, igraph_vector_t *values)
{
    if (measure == LOCNET_DOT_MEASURE_STRENGTH)
        return degrees(&net->graph, values);
    igraph_t simple;
    locnet_status_t status = simple_graph(net, &simple);
    if (status != LOCNET_OK)
        return status;
    igraph_integer_t n = igraph_vcount(&simple);
    switch (measure) {
    case LOCNET_DOT_MEASURE_DEGREE:
        status = degrees(&simple, values);
        break;
    case LOCNET_DOT_MEASURE_PAGERANK:
        if (igraph_pagerank(&simple, IGRAPH_PAGERANK_ALGO_PRPACK, values, NULL, igraph_vss_all(),
                            false, 0.85, NULL, NULL) != IGRAPH_SUCCESS)
            status = LOCNET_EINTERNAL;
        break;
    case LOCNET_DOT_MEASURE_BETWEENNESS:
        if (igraph_betweenness(&simple, values, igraph_vss_all(), false, NULL) != IGRAPH_SUCCESS) {
            status = LOCNET_EINTERNAL;
        } else if (n > 2) {
            igraph_vector_scale(values, 2.0 / ((double)(n - 1) * (double)(n - 2)));
        }
        break;
    default:
        status = LOCNET_EUSAGE;
    }
    igraph_destroy(&simple);
    return status;
}
