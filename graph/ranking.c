/* graph/ranking.c: rank order through igraph_qsort_r. */
#include "graph/ranking.h"

#include <stdio.h>
#include <stdlib.h>

#include "graph/collation.h"

typedef struct ranking_context {
    const locnet_network_t *net;
    const locnet_list_t *keys;
    const double *values;  /* rounded to 12 significant digits */
} ranking_context_t;

static int compare_ranks(void *data, const void *left, const void *right)
{
    const ranking_context_t *context = data;
    igraph_integer_t a = *(const igraph_integer_t *)left, b = *(const igraph_integer_t *)right;
    double value_a = context->values[a], value_b = context->values[b];
    if (value_a != value_b)
        return value_a > value_b ? -1 : 1;
    return locnet_collation_compare(context->net, context->keys, a, b);
}

/* Rounds to 12 significant digits, so that values that differ only by rounding error tie. */
static double tie_value(double value)
{
    char text[64];
    snprintf(text, sizeof text, "%.11e", value);
    return strtod(text, NULL);
}

locnet_status_t locnet_rank_localities(const locnet_network_t *net, const igraph_vector_t *values,
                                       igraph_vector_int_t *order)
{
    igraph_integer_t n = locnet_locality_count(net);
    locnet_list_t keys;
    locnet_list_init(&keys);
    double *rounded = malloc(((size_t)n + 1) * sizeof *rounded);
    locnet_status_t status = LOCNET_ENOMEM;
    if (rounded == NULL || igraph_vector_int_resize(order, n) != IGRAPH_SUCCESS)
        goto cleanup;
    if ((status = locnet_collation_keys(net, &keys)) != LOCNET_OK)
        goto cleanup;
    for (igraph_integer_t v = 0; v < n; v++) {
        rounded[v] = tie_value(VECTOR(*values)[v]);
        VECTOR(*order)[v] = v;
    }
    ranking_context_t context = {net, &keys, rounded};
    igraph_qsort_r(VECTOR(*order), (size_t)n, sizeof(igraph_integer_t), &context, compare_ranks);
cleanup:
    free(rounded);
    locnet_list_destroy(&keys);
    return status;
}
