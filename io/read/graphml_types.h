/* io/read/graphml_types.h: the types a GraphML file declares, which igraph's reader does not
 * keep all of: whole numbers (attr.type int or long, which igraph reads as reals), booleans
 * (which the network builder keeps as text) and the graph's own attributes. */
#ifndef LOCNET_GRAPHML_TYPES_H
#define LOCNET_GRAPHML_TYPES_H

#include <stdio.h>

#include "graph/list_codec.h"
#include "graph/network.h"

/* Appends to integers "g:NAME", "v:NAME" or "e:NAME" for every key of file declared int or
 * long, read with libxml2 from the current position up to the <graph> element; the position
 * is then restored. A stream that cannot seek back is not read (nothing is appended). Returns
 * LOCNET_ENOMEM or LOCNET_OK (malformed XML is left for the GraphML reader to report). */
locnet_status_t locnet_graphml_integer_keys(FILE *file, locnet_list_t *integers);

/* Gives net (built from read, the graph igraph read) back what the builder could not keep:
 * boolean attributes (text "true"/"false" in net) become booleans again, read's graph
 * attributes but "sources" are copied with their types, and the attributes listed in integers
 * are marked whole (graph/attribute_types.h). Returns LOCNET_ENOMEM or LOCNET_OK. */
locnet_status_t locnet_graphml_restore_types(const igraph_t *read, locnet_network_t *net,
                                             const locnet_list_t *integers);

#endif
