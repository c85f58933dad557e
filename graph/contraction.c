/* graph/contraction.c: permute so each group's target comes first, contract keeping the first
 * vertex's attributes, then drop the loops contraction made. */
#include "graph/contraction.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph/id_index.h"
#include "graph/list_codec.h"

/* Appends "old → new" to the edge's via list for each end that moves. */
static locnet_status_t record_moves(const locnet_network_t *net, const igraph_vector_int_t *target,
                                    igraph_strvector_t *via)
{
    igraph_integer_t edges = locnet_partnership_count(net);
    bool has_via = igraph_cattribute_has_attr(&net->graph, IGRAPH_ATTRIBUTE_EDGE, LOCNET_E_VIA);
    for (igraph_integer_t e = 0; e < edges; e++) {
        locnet_list_t moves;
        locnet_list_init(&moves);
        locnet_status_t status = LOCNET_OK;
        if (has_via)
            status = locnet_list_decode(igraph_cattribute_EAS(&net->graph, LOCNET_E_VIA, e), &moves);
        igraph_integer_t ends[2] = {IGRAPH_FROM(&net->graph, e), IGRAPH_TO(&net->graph, e)};
        for (int i = 0; status == LOCNET_OK && i < 2; i++) {
            igraph_integer_t to = VECTOR(*target)[ends[i]];
            if (to == ends[i])
                continue;
            const char *old_name = locnet_locality_text(net, LOCNET_V_NAME, ends[i]);
            const char *new_name = locnet_locality_text(net, LOCNET_V_NAME, to);
            size_t size = strlen(old_name) + strlen(new_name) + sizeof " \xE2\x86\x92 ";
            char *move = malloc(size);
            if (move == NULL) {
                status = LOCNET_ENOMEM;
                break;
            }
            snprintf(move, size, "%s \xE2\x86\x92 %s", old_name, new_name);
            status = locnet_list_append(&moves, move);
            free(move);
        }
        char *encoded = NULL;
        if (status == LOCNET_OK)
            status = locnet_list_encode(&moves, &encoded);
        if (status == LOCNET_OK && igraph_strvector_set(via, e, encoded) != IGRAPH_SUCCESS)
            status = LOCNET_ENOMEM;
        free(encoded);
        locnet_list_destroy(&moves);
        if (status != LOCNET_OK)
            return status;
    }
    return LOCNET_OK;
}

/* The network before a contraction, for renaming the localities that events name. */
typedef struct before {
    const locnet_network_t *net;
    const igraph_vector_int_t *target;
    locnet_id_index_t ids;  /* locality id -> vertex */
} before_t;

/* The id of the locality that id was merged into, or NULL when it names none. */
static const char *merged_into(void *context, const char *id)
{
    const before_t *before = context;
    int64_t v;
    if (!locnet_id_index_find(&before->ids, id, &v))
        return NULL;
    return locnet_locality_text(before->net, LOCNET_V_ID, VECTOR(*before->target)[v]);
}

/* Moves the places and co-chairs of the events of result (made from net) to their targets. */
static locnet_status_t rename_event_localities(const locnet_network_t *net,
                                              const igraph_vector_int_t *target,
                                              locnet_network_t *result)
{
    if (result->event_count == 0)
        return LOCNET_OK;
    before_t before = {net, target, {0}};
    locnet_id_index_init(&before.ids);
    locnet_status_t status = locnet_id_index_localities(&before.ids, net);
    if (status == LOCNET_OK)
        status = locnet_events_rename(result->events, result->event_count, merged_into, &before);
    locnet_id_index_destroy(&before.ids);
    return status == LOCNET_OK ? locnet_network_name_events(result) : status;
}

/* The new numbering (permutation, of every locality): the targets first, in their order, then
 * the merged localities; mapping gives each new number the new number of its target. */
static void number_targets_first(const igraph_vector_int_t *target,
                                 igraph_vector_int_t *permutation, igraph_vector_int_t *mapping)
{
    igraph_integer_t vertices = igraph_vector_int_size(target), next = 0;
    for (igraph_integer_t v = 0; v < vertices; v++) {
        if (VECTOR(*target)[v] == v)
            VECTOR(*permutation)[v] = next++;
    }
    for (igraph_integer_t v = 0; v < vertices; v++) {
        if (VECTOR(*target)[v] != v)
            VECTOR(*permutation)[v] = next++;
    }
    for (igraph_integer_t v = 0; v < vertices; v++)
        VECTOR(*mapping)[VECTOR(*permutation)[v]] = VECTOR(*permutation)[VECTOR(*target)[v]];
}

/* Deletes graph's loops, listing them (their numbers before the deletion) in loops. */
static igraph_error_t delete_loops(igraph_t *graph, igraph_vector_int_t *loops)
{
    for (igraph_integer_t e = 0; e < igraph_ecount(graph); e++) {
        if (IGRAPH_FROM(graph, e) == IGRAPH_TO(graph, e))
            IGRAPH_CHECK(igraph_vector_int_push_back(loops, e));
    }
    return igraph_delete_edges(graph, igraph_ess_vector(loops));
}

locnet_status_t locnet_contract(locnet_network_t *net, const igraph_vector_int_t *target,
                                igraph_integer_t *dropped)
{
    locnet_status_t status = LOCNET_ENOMEM;
    igraph_integer_t vertices = locnet_locality_count(net);
    igraph_vector_int_t permutation, mapping, loops;
    igraph_strvector_t via;
    igraph_attribute_combination_t combination;
    igraph_t graph;
    bool have_graph = false;
    igraph_vector_int_init(&permutation, vertices);
    igraph_vector_int_init(&mapping, vertices);
    igraph_vector_int_init(&loops, 0);
    igraph_strvector_init(&via, locnet_partnership_count(net));
    igraph_attribute_combination_init(&combination);
    if (dropped != NULL)
        *dropped = 0;

    number_targets_first(target, &permutation, &mapping);
    if ((status = record_moves(net, target, &via)) != LOCNET_OK)
        goto cleanup;
    status = LOCNET_ENOMEM;
    if (igraph_permute_vertices(&net->graph, &graph, &permutation) != IGRAPH_SUCCESS)
        goto cleanup;
    have_graph = true;
    if (igraph_cattribute_EAS_setv(&graph, LOCNET_E_VIA, &via) != IGRAPH_SUCCESS ||
        igraph_attribute_combination_add(&combination, NULL, IGRAPH_ATTRIBUTE_COMBINE_FIRST, NULL) !=
            IGRAPH_SUCCESS ||
        igraph_contract_vertices(&graph, &mapping, &combination) != IGRAPH_SUCCESS)
        goto cleanup;
    if (delete_loops(&graph, &loops) != IGRAPH_SUCCESS)
        goto cleanup;
    if (dropped != NULL)
        *dropped = igraph_vector_int_size(&loops);
    locnet_network_t result;
    status = locnet_network_adopt(&result, &graph, net);
    have_graph = false;
    if (status == LOCNET_OK && (status = rename_event_localities(net, target, &result)) != LOCNET_OK)
        locnet_network_destroy(&result);
    if (status == LOCNET_OK)
        locnet_network_replace(net, &result);
cleanup:
    if (have_graph)
        igraph_destroy(&graph);
    igraph_attribute_combination_destroy(&combination);
    igraph_strvector_destroy(&via);
    igraph_vector_int_destroy(&permutation);
    igraph_vector_int_destroy(&mapping);
    igraph_vector_int_destroy(&loops);
    return status;
}
