/* graph/attribute_types.h: which numeric attributes hold whole numbers.
 *
 * igraph keeps every number as a double. A GraphML file may declare an attribute int or long,
 * and community numbers are whole: the names of such attributes are kept in the network's graph
 * attribute LOCNET_G_INTEGERS, a list (graph/list_codec.h) of "v:NAME", "e:NAME" and "g:NAME"
 * items (of localities, partnerships, the network), which igraph carries through subgraphs and
 * contractions like any graph attribute. Writers that type their values (GraphML, GEXF) write
 * these as integers and leave LOCNET_G_INTEGERS itself out. The schema's years (since, until)
 * are always integers. */
#ifndef LOCNET_ATTRIBUTE_TYPES_H
#define LOCNET_ATTRIBUTE_TYPES_H

#include <stdbool.h>

#include "graph/network.h"

#define LOCNET_G_INTEGERS "locnet_integers"

typedef enum locnet_domain {
    LOCNET_DOMAIN_GRAPH = 'g',
    LOCNET_DOMAIN_VERTEX = 'v',
    LOCNET_DOMAIN_EDGE = 'e'
} locnet_domain_t;

/* True when the numeric attribute name of domain holds whole numbers. */
bool locnet_attribute_is_integer(const locnet_network_t *net, locnet_domain_t domain,
                                 const char *name);

/* Records that the numeric attribute name of domain holds whole numbers. On failure
 * (LOCNET_ENOMEM) nothing changes. */
locnet_status_t locnet_attribute_mark_integer(locnet_network_t *net, locnet_domain_t domain,
                                              const char *name);

#endif
