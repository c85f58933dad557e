/* graph/references.c: clearing references to localities a network does not hold. */
#include "graph/references.h"

#include <stdbool.h>
#include <stdlib.h>

#include "graph/id_index.h"
#include "graph/list_codec.h"

/* Clears the vertex attributes names[0..count) of v. */
static locnet_status_t clear_texts(locnet_network_t *net, igraph_integer_t v,
                                   const char *const *names, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        if (igraph_cattribute_VAS_set(&net->graph, names[i], v, "") != IGRAPH_SUCCESS)
            return LOCNET_ENOMEM;
    }
    return LOCNET_OK;
}

/* Parents and successions of the localities. */
static locnet_status_t prune_localities(locnet_network_t *net, const locnet_id_index_t *held,
                                        igraph_integer_t *cleared)
{
    /* a locality that ended hands its partnerships to its parent: without one, no end */
    static const char *const parent[] = {LOCNET_V_PARENT, LOCNET_V_ENDED_ON, LOCNET_V_END_SOURCES};
    static const char *const succession[] = {LOCNET_V_SUCCEEDED_BY, LOCNET_V_SUCCEEDED_ON,
                                             LOCNET_V_SUCCESSION_SOURCES};
    locnet_status_t status = LOCNET_OK;
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < locnet_locality_count(net); v++) {
        const char *id = locnet_locality_text(net, LOCNET_V_PARENT, v);
        if (id[0] != '\0' && !locnet_id_index_find(held, id, NULL)) {
            status = clear_texts(net, v, parent, 3);
            (*cleared)++;
        }
        id = locnet_locality_text(net, LOCNET_V_SUCCEEDED_BY, v);
        if (status == LOCNET_OK && id[0] != '\0' && !locnet_id_index_find(held, id, NULL)) {
            status = clear_texts(net, v, succession, 3);
            (*cleared)++;
        }
    }
    return status;
}

/* Keeps the co-chairs of session (an encoded list, may be NULL) that net holds, and their
 * names beside them. */
static locnet_status_t prune_cochairs(locnet_session_t *session, const locnet_id_index_t *held,
                                      igraph_integer_t *cleared)
{
    locnet_list_t all, names, kept, kept_names;
    locnet_list_init(&all);
    locnet_list_init(&names);
    locnet_list_init(&kept);
    locnet_list_init(&kept_names);
    char *encoded = NULL, *encoded_names = NULL;
    locnet_status_t status = locnet_list_decode(session->cochairs, &all);
    if (status == LOCNET_OK)
        status = locnet_list_decode(session->cochair_names, &names);
    bool named = names.count == all.count;
    for (size_t i = 0; status == LOCNET_OK && i < all.count; i++) {
        if (!locnet_id_index_find(held, all.items[i], NULL))
            continue;
        status = locnet_list_append(&kept, all.items[i]);
        if (status == LOCNET_OK && named)
            status = locnet_list_append(&kept_names, names.items[i]);
    }
    if (status == LOCNET_OK && kept.count < all.count) {
        *cleared += (igraph_integer_t)(all.count - kept.count);
        if (kept.count > 0 && (status = locnet_list_encode(&kept, &encoded)) == LOCNET_OK &&
            named)
            status = locnet_list_encode(&kept_names, &encoded_names);
        if (status == LOCNET_OK) {
            free(session->cochairs);
            session->cochairs = encoded;
            free(session->cochair_names);
            session->cochair_names = encoded_names;
            encoded = encoded_names = NULL;
        }
    }
    free(encoded);
    locnet_list_destroy(&all);
    locnet_list_destroy(&names);
    locnet_list_destroy(&kept);
    locnet_list_destroy(&kept_names);
    return status;
}

/* Places and co-chairs of the events. */
static locnet_status_t prune_events(locnet_network_t *net, const locnet_id_index_t *held,
                                    igraph_integer_t *cleared)
{
    locnet_status_t status = LOCNET_OK;
    for (size_t e = 0; status == LOCNET_OK && e < net->event_count; e++) {
        locnet_event_t *event = &net->events[e];
        if (event->place != NULL && !locnet_id_index_find(held, event->place, NULL)) {
            free(event->place);
            free(event->place_name);
            event->place = event->place_name = NULL;
            (*cleared)++;
        }
        for (size_t s = 0; status == LOCNET_OK && s < event->session_count; s++)
            status = prune_cochairs(&event->sessions[s], held, cleared);
    }
    return status;
}

locnet_status_t locnet_references_prune(locnet_network_t *net, igraph_integer_t *cleared)
{
    igraph_integer_t count = 0;
    locnet_id_index_t held;
    locnet_id_index_init(&held);
    locnet_status_t status = LOCNET_OK;
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < locnet_locality_count(net); v++) {
        status = locnet_id_index_insert(&held, locnet_locality_text(net, LOCNET_V_ID, v), v, NULL);
        if (status == LOCNET_EDATA)  /* ids are unique in a loaded network; keep the first */
            status = LOCNET_OK;
    }
    if (status == LOCNET_OK)
        status = prune_localities(net, &held, &count);
    if (status == LOCNET_OK)
        status = prune_events(net, &held, &count);
    locnet_id_index_destroy(&held);
    if (cleared != NULL)
        *cleared = count;
    return status;
}
