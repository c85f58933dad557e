/* graph/subsets.c: ego networks and top-N selections, cut out with igraph_induced_subgraph_map. */
#include "graph/subsets.h"

#include "graph/ranking.h"

locnet_status_t locnet_subset_keep(locnet_network_t *net, const igraph_vector_int_t *keep,
                                   igraph_vector_int_t *kept)
{
    igraph_vector_int_t invmap;
    igraph_t subgraph;
    locnet_network_t result;
    if (igraph_vector_int_init(&invmap, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    locnet_status_t status = LOCNET_ENOMEM;
    if (igraph_induced_subgraph_map(&net->graph, &subgraph, igraph_vss_vector(keep),
                                    IGRAPH_SUBGRAPH_CREATE_FROM_SCRATCH, NULL, &invmap) !=
        IGRAPH_SUCCESS)
        goto cleanup;
    if (kept != NULL && igraph_vector_int_update(kept, &invmap) != IGRAPH_SUCCESS) {
        igraph_destroy(&subgraph);
        goto cleanup;
    }
    if ((status = locnet_network_adopt(&result, &subgraph, net)) == LOCNET_OK)
        locnet_network_replace(net, &result);
cleanup:
    igraph_vector_int_destroy(&invmap);
    return status;
}

locnet_status_t locnet_subset_cut(igraph_vector_t *values, const igraph_vector_int_t *kept)
{
    igraph_integer_t count = igraph_vector_int_size(kept);
    igraph_vector_t cut;
    if (igraph_vector_init(&cut, count) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    for (igraph_integer_t i = 0; i < count; i++)
        VECTOR(cut)[i] = VECTOR(*values)[VECTOR(*kept)[i]];
    igraph_vector_swap(values, &cut);
    igraph_vector_destroy(&cut);
    return LOCNET_OK;
}

locnet_status_t locnet_subset_around(const locnet_network_t *net, igraph_integer_t centre,
                                     igraph_integer_t radius, igraph_vector_int_t *members)
{
    igraph_vector_int_list_t neighbourhoods;
    if (igraph_vector_int_list_init(&neighbourhoods, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    locnet_status_t status = LOCNET_ENOMEM;
    if (igraph_neighborhood(&net->graph, &neighbourhoods, igraph_vss_1(centre), radius,
                            IGRAPH_ALL, 0) == IGRAPH_SUCCESS &&
        igraph_vector_int_update(members, igraph_vector_int_list_get_ptr(&neighbourhoods, 0)) ==
            IGRAPH_SUCCESS) {
        igraph_vector_int_sort(members);
        status = LOCNET_OK;
    }
    igraph_vector_int_list_destroy(&neighbourhoods);
    return status;
}

locnet_status_t locnet_subset_top(const locnet_network_t *net, const igraph_vector_t *scores,
                                  igraph_integer_t count, igraph_vector_int_t *members)
{
    igraph_integer_t n = locnet_locality_count(net);
    locnet_status_t status = locnet_rank_localities(net, scores, members);
    if (status != LOCNET_OK)
        return status;
    igraph_vector_int_resize(members, count < 0 ? 0 : count < n ? count : n);  /* shrinks */
    igraph_vector_int_sort(members);
    return LOCNET_OK;
}
