/* graph/components.c: igraph_connected_components, then a stable, documented numbering. */
#include "graph/components.h"

#include <stdlib.h>

#include "graph/collation.h"

typedef struct ordering_context {
    const locnet_network_t *net;
    const locnet_list_t *keys;
    const igraph_vector_int_t *sizes;
    const igraph_vector_int_t *first;
} ordering_context_t;

static int compare_components(void *data, const void *left, const void *right)
{
    igraph_integer_t a = *(const igraph_integer_t *)left, b = *(const igraph_integer_t *)right;
    const ordering_context_t *ctx = data;
    igraph_integer_t size_a = VECTOR(*ctx->sizes)[a], size_b = VECTOR(*ctx->sizes)[b];
    if (size_a != size_b)
        return size_a > size_b ? -1 : 1;
    return locnet_collation_compare(ctx->net, ctx->keys, VECTOR(*ctx->first)[a],
                                    VECTOR(*ctx->first)[b]);
}

void locnet_components_destroy(locnet_components_t *components)
{
    if (components == NULL)
        return;
    igraph_vector_int_destroy(&components->membership);
    igraph_vector_int_destroy(&components->sizes);
    igraph_vector_int_destroy(&components->first);
}

/* Per component, its alphabetically first locality (first must have one slot per component). */
static void first_by_name(const locnet_network_t *net, const locnet_list_t *keys,
                          const igraph_vector_int_t *membership, igraph_vector_int_t *first)
{
    igraph_vector_int_fill(first, -1);
    for (igraph_integer_t v = 0; v < igraph_vector_int_size(membership); v++) {
        igraph_integer_t c = VECTOR(*membership)[v];
        igraph_integer_t best = VECTOR(*first)[c];
        if (best < 0 || locnet_collation_compare(net, keys, v, best) < 0)
            VECTOR(*first)[c] = v;
    }
}

locnet_status_t locnet_components_compute(const locnet_network_t *net,
                                          locnet_components_t *components)
{
    locnet_status_t status = LOCNET_ENOMEM;
    locnet_list_t keys;
    igraph_vector_int_t raw_membership, raw_sizes, raw_first, order, rank;
    locnet_list_init(&keys);
    igraph_vector_int_init(&raw_membership, 0);
    igraph_vector_int_init(&raw_sizes, 0);
    igraph_vector_int_init(&raw_first, 0);
    igraph_vector_int_init(&order, 0);
    igraph_vector_int_init(&rank, 0);
    igraph_vector_int_init(&components->membership, 0);
    igraph_vector_int_init(&components->sizes, 0);
    igraph_vector_int_init(&components->first, 0);

    igraph_integer_t count = 0;
    if (igraph_connected_components(&net->graph, &raw_membership, &raw_sizes, &count,
                                    IGRAPH_WEAK) != IGRAPH_SUCCESS)
        goto cleanup;
    if ((status = locnet_collation_keys(net, &keys)) != LOCNET_OK)
        goto cleanup;
    status = LOCNET_ENOMEM;
    if (igraph_vector_int_resize(&raw_first, count) != IGRAPH_SUCCESS ||
        igraph_vector_int_resize(&order, count) != IGRAPH_SUCCESS ||
        igraph_vector_int_resize(&rank, count) != IGRAPH_SUCCESS)
        goto cleanup;
    igraph_integer_t vertices = locnet_locality_count(net);
    first_by_name(net, &keys, &raw_membership, &raw_first);
    for (igraph_integer_t c = 0; c < count; c++)
        VECTOR(order)[c] = c;
    ordering_context_t context = {net, &keys, &raw_sizes, &raw_first};
    igraph_qsort_r(VECTOR(order), (size_t)count, sizeof(igraph_integer_t), &context,
                   compare_components);

    if (igraph_vector_int_resize(&components->sizes, count) != IGRAPH_SUCCESS ||
        igraph_vector_int_resize(&components->first, count) != IGRAPH_SUCCESS ||
        igraph_vector_int_resize(&components->membership, vertices) != IGRAPH_SUCCESS)
        goto cleanup;
    for (igraph_integer_t i = 0; i < count; i++) {
        igraph_integer_t c = VECTOR(order)[i];
        VECTOR(rank)[c] = i;
        VECTOR(components->sizes)[i] = VECTOR(raw_sizes)[c];
        VECTOR(components->first)[i] = VECTOR(raw_first)[c];
    }
    for (igraph_integer_t v = 0; v < vertices; v++)
        VECTOR(components->membership)[v] = VECTOR(rank)[VECTOR(raw_membership)[v]];
    components->count = count;
    status = LOCNET_OK;
cleanup:
    if (status != LOCNET_OK)
        locnet_components_destroy(components);
    locnet_list_destroy(&keys);
    igraph_vector_int_destroy(&raw_membership);
    igraph_vector_int_destroy(&raw_sizes);
    igraph_vector_int_destroy(&raw_first);
    igraph_vector_int_destroy(&order);
    igraph_vector_int_destroy(&rank);
    return status;
}

locnet_status_t locnet_components_members(const locnet_network_t *net,
                                          const locnet_components_t *components,
                                          igraph_vector_int_t *members)
{
    igraph_vector_int_t next;  /* per component: where its next member goes */
    if (igraph_vector_int_init(&next, components->count) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    locnet_list_t keys;
    locnet_list_init(&keys);
    igraph_integer_t vertices = locnet_locality_count(net);
    locnet_status_t status = LOCNET_ENOMEM;
    if (igraph_vector_int_resize(members, vertices) != IGRAPH_SUCCESS)
        goto cleanup;
    if ((status = locnet_collation_keys(net, &keys)) != LOCNET_OK)
        goto cleanup;
    for (igraph_integer_t c = 1; c < components->count; c++)
        VECTOR(next)[c] = VECTOR(next)[c - 1] + VECTOR(components->sizes)[c - 1];
    for (igraph_integer_t v = 0; v < vertices; v++)
        VECTOR(*members)[VECTOR(next)[VECTOR(components->membership)[v]]++] = v;
    for (igraph_integer_t c = 0, start = 0; c < components->count; c++) {
        igraph_integer_t size = VECTOR(components->sizes)[c];
        locnet_collation_sort(net, &keys, &VECTOR(*members)[start], (size_t)size);
        start += size;
    }
cleanup:
    locnet_list_destroy(&keys);
    igraph_vector_int_destroy(&next);
    return status;
}
