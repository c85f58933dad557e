/* io/read/graphml_reader.h: a network from GraphML, read through igraph's GraphML reader, so that what
 * igraph, NetworkX, Gephi or locnet wrote loads with its attributes.
 *
 * Node and edge attributes named as locnet's (network.h) fill those fields; "label" stands for
 * name (Gephi), "latitude" for lat, "lng" and "longitude" for lon, "year" for since. A node's id
 * is its "id" attribute, else its GraphML id. Other attributes are kept as they are (text,
 * numbers; booleans as "true" or "false"). Text attributes hold lists as JSON arrays or items
 * separated by ';'. A graph attribute "sources" holds the sources as a JSON array of source
 * objects, as locnet writes it. Directed edges become partnerships all the same. Localities
 * without a country get ZZ, without a level "locality"; partnerships without a kind
 * "agreement". Edges linking a node to itself are left out with a note. Problems are reported
 * as "FILE: locality \"ID\": ..." or "FILE: partnership N (A - B): ...", and what igraph reports
 * about the XML as "FILE: cannot read GraphML: ...". */
#ifndef LOCNET_GRAPHML_READER_H
#define LOCNET_GRAPHML_READER_H

#include <stddef.h>
#include <stdio.h>

#include "graph/network.h"
#include "io/diagnostics.h"

/* Reads GraphML from file, named name in messages, into *net (uninitialised on entry). Returns
 * LOCNET_OK with *net made, or LOCNET_EDATA or LOCNET_ENOMEM with nothing to free. */
locnet_status_t locnet_graphml_read(FILE *file, const char *name, locnet_network_t *net,
                                    locnet_diagnostics_t *diagnostics);
/* The same for a file path; a missing or unreadable one gives LOCNET_ENOINPUT. */
locnet_status_t locnet_graphml_read_path(const char *path, locnet_network_t *net,
                                         locnet_diagnostics_t *diagnostics);
/* The same for a text in memory. */
locnet_status_t locnet_graphml_read_text(const char *name, const char *text, size_t length,
                                         locnet_network_t *net,
                                         locnet_diagnostics_t *diagnostics);

#endif
