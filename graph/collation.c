/* graph/collation.c: name order through the look-up key. */
#include "graph/collation.h"

#include <stdlib.h>
#include <string.h>

#include "graph/lookup.h"

locnet_status_t locnet_collation_keys(const locnet_network_t *net, locnet_list_t *keys)
{
    igraph_integer_t count = locnet_locality_count(net);
    locnet_status_t status = LOCNET_OK;
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < count; v++) {
        const char *name = locnet_locality_text(net, LOCNET_V_NAME, v);
        char *key = NULL;
        status = locnet_lookup_key(name, &key);
        if (status == LOCNET_EDATA)  /* names are valid UTF-8 once loaded; be safe anyway */
            status = locnet_list_append(keys, name);
        else if (status == LOCNET_OK)
            status = locnet_list_append(keys, key);
        free(key);
    }
    return status;
}

int locnet_collation_compare(const locnet_network_t *net, const locnet_list_t *keys,
                             igraph_integer_t a, igraph_integer_t b)
{
    int order = strcmp(keys->items[a], keys->items[b]);
    if (order == 0)
        order = strcmp(locnet_locality_text(net, LOCNET_V_NAME, a),
                       locnet_locality_text(net, LOCNET_V_NAME, b));
    if (order == 0)
        order = strcmp(locnet_locality_text(net, LOCNET_V_ID, a),
                       locnet_locality_text(net, LOCNET_V_ID, b));
    return order;
}

typedef struct sort_context {
    const locnet_network_t *net;
    const locnet_list_t *keys;
} sort_context_t;

static int compare_vertices(void *context, const void *left, const void *right)
{
    const sort_context_t *ctx = context;
    return locnet_collation_compare(ctx->net, ctx->keys, *(const igraph_integer_t *)left,
                                    *(const igraph_integer_t *)right);
}

void locnet_collation_sort(const locnet_network_t *net, const locnet_list_t *keys,
                           igraph_integer_t *vertices, size_t count)
{
    sort_context_t context = {net, keys};
    igraph_qsort_r(vertices, count, sizeof *vertices, &context, compare_vertices);
}
