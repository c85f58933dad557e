/* graph/history.c: successions and roll-up as target vectors for graph/contraction.h. */
#include "graph/history.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph/contraction.h"
#include "graph/id_index.h"

/* Indexes locality ids to vertices and makes a target vector of one entry per locality. */
static locnet_status_t prepare_targets(const locnet_network_t *net, locnet_id_index_t *index,
                                       igraph_vector_int_t *target)
{
    locnet_id_index_init(index);
    if (igraph_vector_int_init(target, locnet_locality_count(net)) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    for (igraph_integer_t v = 0; v < locnet_locality_count(net); v++) {
        locnet_status_t status = locnet_id_index_insert(index, locnet_locality_text(net, LOCNET_V_ID, v), v, NULL);
        if (status == LOCNET_ENOMEM)
            return status;
    }
    return LOCNET_OK;
}

/* The vertex named by the id in attribute of v, or -1. */
static igraph_integer_t linked_vertex(const locnet_network_t *net, const locnet_id_index_t *index,
                                      const char *attribute, igraph_integer_t v)
{
    int64_t found;
    const char *id = locnet_locality_text(net, attribute, v);
    return id[0] != '\0' && locnet_id_index_find(index, id, &found) ? (igraph_integer_t)found : -1;
}

/* Follows the links of link[] from every vertex (-1 ends a chain) and writes over link[v] the
 * last vertex of v's chain. Each vertex is walked once: linear time whatever the chains' length.
 * Returns LOCNET_EDATA when the links form a cycle (link[] is then partly rewritten). */
static locnet_status_t follow_chains(igraph_vector_int_t *link)
{
    igraph_integer_t n = igraph_vector_int_size(link);
    char *state = calloc((size_t)n + 1, 1);  /* 0 not seen, 1 on the walk, 2 resolved */
    if (state == NULL)
        return LOCNET_ENOMEM;
    locnet_status_t status = LOCNET_OK;
    for (igraph_integer_t v = 0; v < n && status == LOCNET_OK; v++) {
        igraph_integer_t at = v, last = v;
        while (at >= 0 && state[at] == 0) {
            state[at] = 1;
            last = at;
            at = VECTOR(*link)[at];
        }
        if (at >= 0 && state[at] == 1) {
            status = LOCNET_EDATA;
            break;
        }
        igraph_integer_t end = at >= 0 ? VECTOR(*link)[at] : last;  /* at is resolved */
        for (igraph_integer_t walk = v, next; walk != at; walk = next) {
            next = VECTOR(*link)[walk];
            VECTOR(*link)[walk] = end;
            state[walk] = 2;
        }
    }
    free(state);
    return status;
}

/* The unit that holds v's partnerships after a change on or before date: its successor, or,
 * when it ended, its parent; -1 when v is still in place on date. */
static igraph_integer_t holder_on(const locnet_network_t *net, const locnet_id_index_t *index,
                                  igraph_integer_t v, const char *date)
{
    const char *succeeded_on = locnet_locality_text(net, LOCNET_V_SUCCEEDED_ON, v);
    const char *ended_on = locnet_locality_text(net, LOCNET_V_ENDED_ON, v);
    if (succeeded_on[0] != '\0' && locnet_date_compare(succeeded_on, date) <= 0)
        return linked_vertex(net, index, LOCNET_V_SUCCEEDED_BY, v);
    if (ended_on[0] != '\0' && locnet_date_compare(ended_on, date) <= 0)
        return linked_vertex(net, index, LOCNET_V_PARENT, v);
    return -1;
}

locnet_status_t locnet_history_as_of(locnet_network_t *net, const char *date,
                                     igraph_integer_t *merged)
{
    igraph_integer_t vertices = locnet_locality_count(net), moved = 0;
    igraph_vector_int_t target;
    locnet_id_index_t index;
    locnet_status_t status = prepare_targets(net, &index, &target);
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < vertices; v++)
        VECTOR(target)[v] = holder_on(net, &index, v, date);
    if (status == LOCNET_OK)
        status = follow_chains(&target);
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < vertices; v++)
        moved += VECTOR(target)[v] != v;
    if (status == LOCNET_OK)
        status = locnet_contract(net, &target, NULL);
    if (status == LOCNET_OK && merged != NULL)
        *merged = moved;
    igraph_vector_int_destroy(&target);
    locnet_id_index_destroy(&index);
    return status;
}

locnet_status_t locnet_history_roll_up(locnet_network_t *net, const char *level,
                                       locnet_list_t *kept, igraph_integer_t *dropped)
{
    igraph_integer_t vertices = locnet_locality_count(net);
    igraph_vector_int_t target;
    locnet_id_index_t index;
    locnet_status_t status = prepare_targets(net, &index, &target);
    /* a chain of parents ends at the level, or where a locality has no parent */
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < vertices; v++) {
        bool at_level = strcmp(locnet_locality_text(net, LOCNET_V_LEVEL, v), level) == 0;
        VECTOR(target)[v] = at_level ? -1 : linked_vertex(net, &index, LOCNET_V_PARENT, v);
    }
    if (status == LOCNET_OK)
        status = follow_chains(&target);
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < vertices; v++) {
        igraph_integer_t at = VECTOR(target)[v];
        if (strcmp(locnet_locality_text(net, LOCNET_V_LEVEL, at), level) == 0)
            continue;
        VECTOR(target)[v] = v;  /* no enclosing unit at the level: stays */
        if (kept != NULL)
            status = locnet_list_append(kept, locnet_locality_text(net, LOCNET_V_NAME, v));
    }
    if (status == LOCNET_OK)
        status = locnet_contract(net, &target, dropped);
    igraph_vector_int_destroy(&target);
    locnet_id_index_destroy(&index);
    return status;
}

static int compare_text(const void *left, const void *right)
{
    return strcmp(*(const char *const *)left, *(const char *const *)right);
}

/* Adds one locality per country code of codes (sorted, distinct) to net. */
static locnet_status_t add_countries(locnet_network_t *net, const locnet_list_t *codes,
                                     locnet_country_namer_t name_of)
{
    igraph_integer_t first = locnet_locality_count(net);
    if (igraph_add_vertices(&net->graph, (igraph_integer_t)codes->count, NULL) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    for (size_t i = 0; i < codes->count; i++) {
        igraph_integer_t v = first + (igraph_integer_t)i;
        const char *code = codes->items[i];
        const char *name = name_of != NULL ? name_of(code) : NULL;
        if (igraph_cattribute_VAS_set(&net->graph, LOCNET_V_ID, v, code) != IGRAPH_SUCCESS ||
            igraph_cattribute_VAS_set(&net->graph, LOCNET_V_NAME, v, name ? name : code) !=
                IGRAPH_SUCCESS ||
            igraph_cattribute_VAS_set(&net->graph, LOCNET_V_COUNTRY, v, code) != IGRAPH_SUCCESS ||
            igraph_cattribute_VAS_set(&net->graph, LOCNET_V_LEVEL, v, LOCNET_LEVEL_COUNTRY) !=
                IGRAPH_SUCCESS)
            return LOCNET_ENOMEM;
    }
    return LOCNET_OK;
}

/* The distinct country codes of net's localities, sorted, into codes (initialised). */
static locnet_status_t list_countries(const locnet_network_t *net, locnet_list_t *codes)
{
    igraph_integer_t n = locnet_locality_count(net);
    const char **all = calloc((size_t)n + 1, sizeof *all);
    if (all == NULL)
        return LOCNET_ENOMEM;
    for (igraph_integer_t v = 0; v < n; v++)
        all[v] = locnet_locality_text(net, LOCNET_V_COUNTRY, v);
    qsort(all, (size_t)n, sizeof *all, compare_text);
    locnet_status_t status = LOCNET_OK;
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < n; v++) {
        if (v == 0 || strcmp(all[v - 1], all[v]) != 0)
            status = locnet_list_append(codes, all[v]);
    }
    free(all);
    return status;
}

locnet_status_t locnet_history_roll_up_countries(locnet_network_t *net,
                                                 locnet_country_namer_t name_of,
                                                 igraph_integer_t *dropped)
{
    igraph_integer_t n = locnet_locality_count(net);
    locnet_list_t codes;
    igraph_vector_int_t target;
    locnet_list_init(&codes);
    if (igraph_vector_int_init(&target, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    locnet_status_t status = list_countries(net, &codes);
    if (status == LOCNET_OK)
        status = add_countries(net, &codes, name_of);
    igraph_integer_t total = n + (igraph_integer_t)codes.count;
    if (status == LOCNET_OK && igraph_vector_int_resize(&target, total) != IGRAPH_SUCCESS)
        status = LOCNET_ENOMEM;
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < total; v++) {
        const char *code = locnet_locality_text(net, LOCNET_V_COUNTRY, v);
        char **at = bsearch(&code, codes.items, codes.count, sizeof *codes.items, compare_text);
        VECTOR(target)[v] = n + (at - codes.items);
    }
    if (status == LOCNET_OK)
        status = locnet_contract(net, &target, dropped);
    igraph_vector_int_destroy(&target);
    locnet_list_destroy(&codes);
    return status;
}
