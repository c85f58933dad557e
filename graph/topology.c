/* graph/topology.c: the simple graph made from each locality's sorted neighbours, or the graph
 * itself when igraph finds it simple already. */
#include "graph/topology.h"

/* Appends the pairs (v, u) of distinct neighbours u < v of every vertex v, in the order
 * igraph_simplify gives its edges (by larger end, then smaller): the neighbours come sorted. */
static igraph_error_t simple_pairs(const igraph_t *graph, igraph_vector_int_t *pairs)
{
    igraph_vector_int_t neighbours;
    IGRAPH_CHECK(igraph_vector_int_init(&neighbours, 0));
    igraph_error_t error = igraph_vector_int_reserve(pairs, 2 * igraph_ecount(graph));
    for (igraph_integer_t v = 0; error == IGRAPH_SUCCESS && v < igraph_vcount(graph); v++) {
        error = igraph_neighbors(graph, &neighbours, v, IGRAPH_ALL);
        igraph_integer_t previous = -1;
        for (igraph_integer_t i = 0; error == IGRAPH_SUCCESS &&
                                     i < igraph_vector_int_size(&neighbours); i++) {
            igraph_integer_t u = VECTOR(neighbours)[i];
            if (u >= v)
                break;
            if (u == previous)
                continue;
            previous = u;
            if ((error = igraph_vector_int_push_back(pairs, v)) == IGRAPH_SUCCESS)
                error = igraph_vector_int_push_back(pairs, u);
        }
    }
    igraph_vector_int_destroy(&neighbours);
    return error;
}

locnet_status_t locnet_simple_graph(const igraph_t *graph, igraph_t *simple)
{
    /* as igraph_simplify on a copy of the edges, without making the multigraph first: its
     * index (igraph_create sorting every edge twice) is most of the cost */
    igraph_vector_int_t pairs;
    if (igraph_vector_int_init(&pairs, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    igraph_error_t error = simple_pairs(graph, &pairs);
    if (error == IGRAPH_SUCCESS)
        error = igraph_create(simple, &pairs, igraph_vcount(graph), IGRAPH_UNDIRECTED);
    igraph_vector_int_destroy(&pairs);
    return locnet_from_igraph(error);
}

locnet_status_t locnet_simple_view(const igraph_t *graph, igraph_t *storage,
                                   const igraph_t **simple, bool *made)
{
    igraph_bool_t is_simple = false;
    *made = false;
    *simple = graph;
    locnet_status_t status = locnet_from_igraph(igraph_is_simple(graph, &is_simple));
    if (status != LOCNET_OK || is_simple)
        return status;
    if ((status = locnet_simple_graph(graph, storage)) == LOCNET_OK) {
        *simple = storage;
        *made = true;
    }
    return status;
}

locnet_status_t locnet_from_igraph(igraph_error_t error)
{
    if (error == IGRAPH_SUCCESS)
        return LOCNET_OK;
    return error == IGRAPH_ENOMEM ? LOCNET_ENOMEM : LOCNET_EINTERNAL;
}
