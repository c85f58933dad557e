/* io/read/graphml_types.h: the types a GraphML file declares that the network builder does not
 * keep: whole numbers (attr.type int or long, which it keeps as reals), booleans (which it
 * keeps as the text "true" or "false") and the graph's own attributes (other than the records
 * "sources" and "events", which the reader reads). */
#ifndef LOCNET_GRAPHML_TYPES_H
#define LOCNET_GRAPHML_TYPES_H

#include <stdbool.h>

#include "graph/network.h"
#include "io/read/graphml_parse.h"

/* What text (may be NULL: none) must be to hold a value of type: "a number", "true or false"
 * (io/read/text_values.h reads them), or NULL when it is one, or absent, or of type text. */
const char *locnet_graphml_type_problem(locnet_graphml_type_t type, const char *text);

/* True when key k of document holds a graph attribute that the network keeps: a named key for
 * the graph, not "sources", "events" nor graph/attribute_types.h's own list. */
bool locnet_graphml_is_graph_attribute(const locnet_graphml_document_t *document, size_t k);

/* Gives net (built from document; used[k] true for the keys that hold locnet's fields) back
 * what the builder could not keep: the extra attributes of keys declared boolean become
 * booleans again, those declared int or long are marked whole (graph/attribute_types.h), and
 * the graph's attributes (locnet_graphml_is_graph_attribute) with data or a default are set
 * with their types; a value not of its type is left out (the reader reports it).
 * Returns LOCNET_ENOMEM or LOCNET_OK; net may then hold a part of them. */
locnet_status_t locnet_graphml_restore_types(const locnet_graphml_document_t *document,
                                             const bool *used, locnet_network_t *net);

#endif
