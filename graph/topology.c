/* graph/topology.c: the edge list into a new graph, then igraph_simplify; or the graph itself
 * when igraph finds it simple already. */
#include "graph/topology.h"

locnet_status_t locnet_simple_graph(const igraph_t *graph, igraph_t *simple)
{
    igraph_vector_int_t edges;
    if (igraph_vector_int_init(&edges, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    igraph_error_t error = igraph_get_edgelist(graph, &edges, false);
    if (error == IGRAPH_SUCCESS)
        error = igraph_create(simple, &edges, igraph_vcount(graph), IGRAPH_UNDIRECTED);
    igraph_vector_int_destroy(&edges);
    if (error == IGRAPH_SUCCESS && (error = igraph_simplify(simple, true, true, NULL)) != IGRAPH_SUCCESS)
        igraph_destroy(simple);
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
