/* io/read/graphml_reader.h: a network from GraphML (what igraph, NetworkX, Gephi or locnet write),
 * parsed by libxml2 (graphml_parse.h) and checked by the validator (io/read/validator.h).
 *
 * Nodes are localities and edges partnerships (directed edges all the same). Node and edge
 * attributes named as locnet's fields (graph/network.h) fill those fields; "label" stands for
 * name (Gephi), "latitude" for lat, "lng" and "longitude" for lon, "year" for since. A node's
 * id is its "id" attribute, else its GraphML id; its name its "name", else its "label", else
 * its id. Text attributes hold lists as JSON arrays or items separated by ';'. A graph
 * attribute "sources" holds the sources as a JSON array of source objects, as locnet writes
 * it, and "events" the events likewise. The defaults of the validator for GraphML are country
 * ZZ, level "locality" and kind "agreement". Other attributes are kept as extra attributes with
 * their declared types (io/read/graphml_types.h: text, numbers, whole numbers for int and long,
 * booleans; edges' GraphML ids as "id"), and the graph's own attributes as graph attributes.
 * Problems are reported as
 * "FILE:LINE:COLUMN: node \"ID\": ...", "FILE:LINE:COLUMN: edge N: ..." or, for the sources,
 * "FILE:LINE:COLUMN: source N: ...", at the element or its <data>. */
#ifndef LOCNET_GRAPHML_READER_H
#define LOCNET_GRAPHML_READER_H

#include <stddef.h>

#include "graph/network.h"
#include "io/diagnostics.h"

/* Reads the GraphML file at path ("-" is standard input) into *net (uninitialised on entry).
 * Returns LOCNET_OK with *net made, or LOCNET_ENOINPUT (a missing or unreadable file),
 * LOCNET_EDATA or LOCNET_ENOMEM, with nothing to free. */
locnet_status_t locnet_graphml_read_path(const char *path, locnet_network_t *net,
                                         locnet_diagnostics_t *diagnostics);
/* The same for a text in memory, named name in messages. */
locnet_status_t locnet_graphml_read_text(const char *name, const char *text, size_t length,
                                         locnet_network_t *net,
                                         locnet_diagnostics_t *diagnostics);

#endif
