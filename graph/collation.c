/* graph/collation.c: name order through the look-up key. */
#include "graph/collation.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "graph/lookup.h"
#include "graph/lookup_keys.h"

/* The sort key of vertex v's name into *key (caller frees). */
static locnet_status_t make_key(const locnet_network_t *net, igraph_integer_t v, char **key)
{
    const char *name = locnet_locality_text(net, LOCNET_V_NAME, v);
    locnet_status_t status = locnet_lookup_key(name, key);
    if (status == LOCNET_EDATA) {  /* names are valid UTF-8 once loaded; be safe anyway */
        *key = strdup(name);
        status = *key != NULL ? LOCNET_OK : LOCNET_ENOMEM;
    }
    return status;
}

locnet_status_t locnet_collation_keys(const locnet_network_t *net, locnet_list_t *keys)
{
    igraph_integer_t count = locnet_locality_count(net);
    locnet_status_t status = LOCNET_OK;
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < count; v++) {
        char *key = NULL;
        if ((status = make_key(net, v, &key)) == LOCNET_OK)
            status = locnet_list_append(keys, key);
        free(key);
    }
    return status;
}

/* Compares a and b whose sort keys are key_a and key_b. */
static int compare_keyed(const locnet_network_t *net, const char *key_a, const char *key_b,
                         igraph_integer_t a, igraph_integer_t b)
{
    int order = strcmp(key_a, key_b);
    if (order == 0)
        order = strcmp(locnet_locality_text(net, LOCNET_V_NAME, a),
                       locnet_locality_text(net, LOCNET_V_NAME, b));
    if (order == 0)
        order = strcmp(locnet_locality_text(net, LOCNET_V_ID, a),
                       locnet_locality_text(net, LOCNET_V_ID, b));
    return order;
}

int locnet_collation_compare(const locnet_network_t *net, const locnet_list_t *keys,
                             igraph_integer_t a, igraph_integer_t b)
{
    return compare_keyed(net, keys->items[a], keys->items[b], a, b);
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

typedef struct keyed_vertex {
    char *key;
    igraph_integer_t vertex;
} keyed_vertex_t;

static int compare_keyed_vertices(void *context, const void *left, const void *right)
{
    const keyed_vertex_t *a = left, *b = right;
    return compare_keyed(context, a->key, b->key, a->vertex, b->vertex);
}

/* The sort keys of the names of vertices[0..count) into keyed[0..count), made on two cores; a
 * name without a key (not UTF-8: names are valid once loaded; be safe anyway) sorts by itself. */
static locnet_status_t key_vertices(const locnet_network_t *net, const igraph_integer_t *vertices,
                                    size_t count, keyed_vertex_t *keyed)
{
    char **keys = calloc(count + 1, sizeof *keys);
    locnet_status_t status = keys != NULL ? locnet_lookup_name_keys(net, vertices, count,
                                                                     locnet_lookup_key, keys)
                                          : LOCNET_ENOMEM;
    bool made = status == LOCNET_OK;
    for (size_t i = 0; made && i < count; i++) {  /* every key handed over, even on failure */
        keyed[i].vertex = vertices[i];
        keyed[i].key = keys[i] != NULL
                           ? keys[i]
                           : strdup(locnet_locality_text(net, LOCNET_V_NAME, vertices[i]));
        if (keyed[i].key == NULL)
            status = LOCNET_ENOMEM;
    }
    free(keys);
    return status;
}

locnet_status_t locnet_collation_sort_few(const locnet_network_t *net,
                                          igraph_integer_t *vertices, size_t count)
{
    keyed_vertex_t *keyed = calloc(count + 1, sizeof *keyed);
    locnet_status_t status = keyed != NULL ? key_vertices(net, vertices, count, keyed) : LOCNET_ENOMEM;
    if (status == LOCNET_OK) {
        igraph_qsort_r(keyed, count, sizeof *keyed, (void *)net, compare_keyed_vertices);
        for (size_t i = 0; i < count; i++)
            vertices[i] = keyed[i].vertex;
    }
    for (size_t i = 0; keyed != NULL && i < count; i++)
        free(keyed[i].key);
    free(keyed);
    return status;
}
