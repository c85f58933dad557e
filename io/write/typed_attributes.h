/* io/write/typed_attributes.h: every attribute of a network with the type a typed format
 * (GraphML, GEXF) declares for it: text, real, integer (graph/attribute_types.h) or boolean, in
 * a stable order: the network's, then the localities' (locnet's fields first, then the others
 * as igraph lists them), then the partnerships'. The graph attributes LOCNET_G_INTEGERS,
 * "sources" and "events" (written from the network's records) are not listed. */
#ifndef LOCNET_TYPED_ATTRIBUTES_H
#define LOCNET_TYPED_ATTRIBUTES_H

#include <stdbool.h>
#include <stddef.h>

#include "graph/attribute_types.h"
#include "graph/network.h"

typedef enum locnet_value_type {
    LOCNET_VALUE_TEXT,
    LOCNET_VALUE_REAL,
    LOCNET_VALUE_INTEGER,
    LOCNET_VALUE_BOOLEAN
} locnet_value_type_t;

typedef struct locnet_typed_attribute {
    const char *name;          /* owned by the list */
    locnet_domain_t domain;
    locnet_value_type_t type;
    size_t listed;             /* where igraph listed it */
    bool absent;               /* a schema text attribute the network lacks: every value empty */
} locnet_typed_attribute_t;

typedef struct locnet_typed_attributes {
    locnet_typed_attribute_t *items;
    size_t count;
    igraph_strvector_t names[3];  /* the names igraph listed: graph, vertex, edge */
} locnet_typed_attributes_t;

/* Lists net's attributes into *list (uninitialised on entry). On failure (LOCNET_ENOMEM)
 * nothing needs freeing. */
locnet_status_t locnet_typed_attributes_list(const locnet_network_t *net,
                                             locnet_typed_attributes_t *list);
/* Frees the list; accepts NULL. */
void locnet_typed_attributes_destroy(locnet_typed_attributes_t *list);

/* The value of attribute for element (ignored for the network's attributes) as the text a
 * typed format writes: shortest round-trip decimals, whole numbers without a point, "true" or
 * "false". Returns NULL when the value is unknown (NaN) or empty text. buffer holds at least
 * 400 bytes; the result may point into it or into the network. */
const char *locnet_typed_value(const locnet_network_t *net,
                               const locnet_typed_attribute_t *attribute,
                               igraph_integer_t element, char *buffer, size_t size);

#endif
