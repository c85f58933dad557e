/* io/dot/dot_groups.c: the distinct countries, levels, kinds or parts of a diagram, counted and
 * put in legend order. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "graph/id_index.h"
#include "io/dot/dot_internal.h"

void dot_groups_destroy(dot_groups_t *groups)
{
    locnet_list_destroy(&groups->values);
    free(groups->counts);
    free(groups->styles);
    free(groups->colours);
    groups->counts = NULL;
    groups->styles = NULL;
    groups->colours = NULL;
    igraph_vector_int_destroy(&groups->of);
}

/* Counts the items into groups (values, counts, of). */
static locnet_status_t count_groups(dot_groups_t *groups, size_t count, dot_group_text_t text,
                                    const void *context)
{
    locnet_id_index_t index;
    locnet_id_index_init(&index);
    locnet_status_t status = LOCNET_OK;
    size_t capacity = 0;
    for (size_t i = 0; i < count && status == LOCNET_OK; i++) {
        const char *value = text(context, i);
        int64_t found;
        if (!locnet_id_index_find(&index, value, &found)) {
            found = (int64_t)groups->values.count;
            if ((status = locnet_id_index_insert(&index, value, found, NULL)) != LOCNET_OK ||
                (status = locnet_list_append(&groups->values, value)) != LOCNET_OK)
                break;
            if (groups->values.count > capacity) {
                capacity = capacity ? 2 * capacity : 8;
                long *counts = realloc(groups->counts, capacity * sizeof *counts);
                if (counts == NULL) {
                    status = LOCNET_ENOMEM;
                    break;
                }
                groups->counts = counts;
            }
            groups->counts[found] = 0;
        }
        groups->counts[found]++;
        VECTOR(groups->of)[i] = (igraph_integer_t)found;
    }
    locnet_id_index_destroy(&index);
    return status;
}

typedef struct group_sort {
    const dot_groups_t *groups;
    dot_group_order_t order;
} group_sort_t;

static int compare_groups(void *data, const void *left, const void *right)
{
    const group_sort_t *sort = data;
    return sort->order(sort->groups, *(const size_t *)left, *(const size_t *)right);
}

/* Sorts the groups by order, renumbering groups->of. */
static locnet_status_t sort_groups(dot_groups_t *groups, dot_group_order_t order)
{
    size_t n = groups->values.count;
    if (n == 0)
        return LOCNET_OK;
    size_t *permutation = malloc((n + 1) * sizeof *permutation);
    size_t *rank = malloc((n + 1) * sizeof *rank);
    char **values = malloc((n + 1) * sizeof *values);
    long *counts = malloc((n + 1) * sizeof *counts);
    locnet_status_t status = LOCNET_ENOMEM;
    if (permutation == NULL || rank == NULL || values == NULL || counts == NULL)
        goto cleanup;
    for (size_t i = 0; i < n; i++)
        permutation[i] = i;
    group_sort_t sort = {groups, order};
    igraph_qsort_r(permutation, n, sizeof *permutation, &sort, compare_groups);
    for (size_t i = 0; i < n; i++) {
        rank[permutation[i]] = i;
        values[i] = groups->values.items[permutation[i]];
        counts[i] = groups->counts[permutation[i]];
    }
    memcpy(groups->values.items, values, n * sizeof *values);
    memcpy(groups->counts, counts, n * sizeof *counts);
    for (igraph_integer_t i = 0; i < igraph_vector_int_size(&groups->of); i++)
        VECTOR(groups->of)[i] = (igraph_integer_t)rank[VECTOR(groups->of)[i]];
    status = LOCNET_OK;
cleanup:
    free(permutation);
    free(rank);
    free(values);
    free(counts);
    return status;
}

locnet_status_t dot_groups_build(dot_groups_t *groups, size_t count, dot_group_text_t text,
                                 const void *context, dot_group_order_t order)
{
    locnet_list_init(&groups->values);
    groups->counts = NULL;
    groups->styles = NULL;
    groups->colours = NULL;
    if (igraph_vector_int_init(&groups->of, (igraph_integer_t)count) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    locnet_status_t status = count_groups(groups, count, text, context);
    if (status == LOCNET_OK)
        status = sort_groups(groups, order);
    if (status == LOCNET_OK &&
        ((groups->styles = calloc(groups->values.count + 1, sizeof *groups->styles)) == NULL ||
         (groups->colours = calloc(groups->values.count + 1, sizeof *groups->colours)) == NULL))
        status = LOCNET_ENOMEM;
    return status;
}

int dot_groups_by_count(const dot_groups_t *groups, size_t a, size_t b)
{
    if (groups->counts[a] != groups->counts[b])
        return groups->counts[a] > groups->counts[b] ? -1 : 1;
    return strcmp(groups->values.items[a], groups->values.items[b]);
}

int dot_groups_by_level(const dot_groups_t *groups, size_t a, size_t b)
{
    size_t rank_a = locnet_dot_level_rank(groups->values.items[a]);
    size_t rank_b = locnet_dot_level_rank(groups->values.items[b]);
    if (rank_a != rank_b)
        return rank_a < rank_b ? -1 : 1;
    return strcmp(groups->values.items[a], groups->values.items[b]);
}

static const char *country_of(const void *net, size_t v)
{
    return locnet_locality_text(net, LOCNET_V_COUNTRY, (igraph_integer_t)v);
}

locnet_status_t locnet_dot_country_colours(const locnet_network_t *net, const char **colours)
{
    dot_groups_t countries;
    size_t n = (size_t)locnet_locality_count(net);
    locnet_status_t status = dot_groups_build(&countries, n, country_of, net, dot_groups_by_count);
    if (status == LOCNET_OK) {
        locnet_dot_give_colours((const char *const *)countries.values.items,
                                countries.values.count, NULL, true, countries.colours);
        for (size_t v = 0; v < n; v++)
            colours[v] = countries.colours[VECTOR(countries.of)[v]];
    }
    dot_groups_destroy(&countries);
    return status;
}
