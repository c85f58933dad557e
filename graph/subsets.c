/* graph/subsets.c: ego networks and top-N selections, cut out with igraph_induced_subgraph_map. */
#include "graph/subsets.h"

#include <math.h>
#include <stdlib.h>

#include "graph/collation.h"

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

typedef struct top_context {
    const locnet_network_t *net;
    const locnet_list_t *keys;
    const igraph_vector_t *scores;
} top_context_t;

static const top_context_t *top_sort_context;  /* qsort has no context argument in C11 */

/* Higher scores first, NaN last, then by name. */
static int compare_scores(const void *left, const void *right)
{
    igraph_integer_t a = *(const igraph_integer_t *)left, b = *(const igraph_integer_t *)right;
    const top_context_t *ctx = top_sort_context;
    double score_a = VECTOR(*ctx->scores)[a], score_b = VECTOR(*ctx->scores)[b];
    if (isnan(score_a) != isnan(score_b))
        return isnan(score_a) ? 1 : -1;
    if (!isnan(score_a) && score_a != score_b)
        return score_a > score_b ? -1 : 1;
    return locnet_collation_compare(ctx->net, ctx->keys, a, b);
}

locnet_status_t locnet_subset_top(const locnet_network_t *net, const igraph_vector_t *scores,
                                  igraph_integer_t count, igraph_vector_int_t *members)
{
    igraph_integer_t n = locnet_locality_count(net);
    if (count > n)
        count = n;
    if (count < 0)
        count = 0;
    locnet_list_t keys;
    locnet_list_init(&keys);
    if (igraph_vector_int_resize(members, n) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    for (igraph_integer_t v = 0; v < n; v++)
        VECTOR(*members)[v] = v;
    locnet_status_t status = locnet_collation_keys(net, &keys);
    if (status == LOCNET_OK) {
        top_context_t context = {net, &keys, scores};
        top_sort_context = &context;
        qsort(VECTOR(*members), (size_t)n, sizeof(igraph_integer_t), compare_scores);
        top_sort_context = NULL;
        igraph_vector_int_resize(members, count);  /* shrinking never fails */
        igraph_vector_int_sort(members);
    }
    locnet_list_destroy(&keys);
    return status;
}
