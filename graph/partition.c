/* graph/partition.c: sizes and first members, one sort of the parts, then a relabelling. */
#include "graph/partition.h"

#include "graph/collation.h"

typedef struct ordering_context {
    const locnet_network_t *net;
    const locnet_list_t *keys;
    const igraph_vector_int_t *sizes;
    const igraph_vector_int_t *first;
} ordering_context_t;

static int compare_parts(void *data, const void *left, const void *right)
{
    igraph_integer_t a = *(const igraph_integer_t *)left, b = *(const igraph_integer_t *)right;
    const ordering_context_t *ctx = data;
    igraph_integer_t size_a = VECTOR(*ctx->sizes)[a], size_b = VECTOR(*ctx->sizes)[b];
    if (size_a != size_b)
        return size_a > size_b ? -1 : 1;
    return locnet_collation_compare(ctx->net, ctx->keys, VECTOR(*ctx->first)[a],
                                    VECTOR(*ctx->first)[b]);
}

/* Sizes and alphabetically first members of the raw parts. */
static locnet_status_t measure_parts(const locnet_network_t *net, const locnet_list_t *keys,
                                     const igraph_vector_int_t *raw, igraph_integer_t count,
                                     igraph_vector_int_t *sizes, igraph_vector_int_t *first)
{
    if (igraph_vector_int_resize(sizes, count) != IGRAPH_SUCCESS ||
        igraph_vector_int_resize(first, count) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    igraph_vector_int_null(sizes);
    igraph_vector_int_fill(first, -1);
    for (igraph_integer_t v = 0; v < igraph_vector_int_size(raw); v++) {
        igraph_integer_t part = VECTOR(*raw)[v], best = VECTOR(*first)[part];
        VECTOR(*sizes)[part]++;
        if (best < 0 || locnet_collation_compare(net, keys, v, best) < 0)
            VECTOR(*first)[part] = v;
    }
    return LOCNET_OK;
}

locnet_status_t locnet_partition_number(const locnet_network_t *net,
                                        const igraph_vector_int_t *raw, igraph_integer_t count,
                                        igraph_vector_int_t *membership,
                                        igraph_vector_int_t *sizes, igraph_vector_int_t *first)
{
    locnet_list_t keys;
    igraph_vector_int_t raw_sizes, raw_first, order, rank;
    locnet_list_init(&keys);
    igraph_vector_int_init(&raw_sizes, 0);
    igraph_vector_int_init(&raw_first, 0);
    igraph_vector_int_init(&order, 0);
    igraph_vector_int_init(&rank, 0);
    igraph_integer_t vertices = igraph_vector_int_size(raw);
    locnet_status_t status = locnet_collation_keys(net, &keys);
    if (status == LOCNET_OK)
        status = measure_parts(net, &keys, raw, count, &raw_sizes, &raw_first);
    if (status != LOCNET_OK)
        goto cleanup;
    status = LOCNET_ENOMEM;
    if (igraph_vector_int_resize(&order, count) != IGRAPH_SUCCESS ||
        igraph_vector_int_resize(&rank, count) != IGRAPH_SUCCESS ||
        igraph_vector_int_resize(sizes, count) != IGRAPH_SUCCESS ||
        igraph_vector_int_resize(first, count) != IGRAPH_SUCCESS ||
        igraph_vector_int_resize(membership, vertices) != IGRAPH_SUCCESS)
        goto cleanup;
    for (igraph_integer_t c = 0; c < count; c++)
        VECTOR(order)[c] = c;
    ordering_context_t context = {net, &keys, &raw_sizes, &raw_first};
    igraph_qsort_r(VECTOR(order), (size_t)count, sizeof(igraph_integer_t), &context, compare_parts);
    for (igraph_integer_t i = 0; i < count; i++) {
        igraph_integer_t c = VECTOR(order)[i];
        VECTOR(rank)[c] = i;
        VECTOR(*sizes)[i] = VECTOR(raw_sizes)[c];
        VECTOR(*first)[i] = VECTOR(raw_first)[c];
    }
    for (igraph_integer_t v = 0; v < vertices; v++)
        VECTOR(*membership)[v] = VECTOR(rank)[VECTOR(*raw)[v]];
    status = LOCNET_OK;
cleanup:
    locnet_list_destroy(&keys);
    igraph_vector_int_destroy(&raw_sizes);
    igraph_vector_int_destroy(&raw_first);
    igraph_vector_int_destroy(&order);
    igraph_vector_int_destroy(&rank);
    return status;
}

locnet_status_t locnet_partition_members(const locnet_network_t *net,
                                         const igraph_vector_int_t *membership,
                                         const igraph_vector_int_t *sizes, igraph_integer_t count,
                                         igraph_vector_int_t *members)
{
    igraph_vector_int_t next;  /* per part: where its next member goes */
    if (igraph_vector_int_init(&next, count) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    locnet_list_t keys;
    locnet_list_init(&keys);
    igraph_integer_t vertices = locnet_locality_count(net);
    locnet_status_t status = LOCNET_ENOMEM;
    if (igraph_vector_int_resize(members, vertices) != IGRAPH_SUCCESS)
        goto cleanup;
    if ((status = locnet_collation_keys(net, &keys)) != LOCNET_OK)
        goto cleanup;
    for (igraph_integer_t c = 1; c < count; c++)
        VECTOR(next)[c] = VECTOR(next)[c - 1] + VECTOR(*sizes)[c - 1];
    for (igraph_integer_t v = 0; v < vertices; v++)
        VECTOR(*members)[VECTOR(next)[VECTOR(*membership)[v]]++] = v;
    for (igraph_integer_t c = 0, start = 0; c < count; c++) {
        igraph_integer_t size = VECTOR(*sizes)[c];
        locnet_collation_sort(net, &keys, &VECTOR(*members)[start], (size_t)size);
        start += size;
    }
cleanup:
    locnet_list_destroy(&keys);
    igraph_vector_int_destroy(&next);
    return status;
}
