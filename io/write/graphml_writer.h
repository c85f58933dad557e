/* io/write/graphml_writer.h: writing a network as GraphML, through igraph's writer. */
#ifndef LOCNET_GRAPHML_WRITER_H
#define LOCNET_GRAPHML_WRITER_H

#include <stdio.h>

#include "graph/network.h"

/* Writes net to out as GraphML: every attribute of the network (locnet's and any other) is a
 * GraphML key named as the attribute (ids "v_name", "e_kind", "g_sources"), lists and maps as
 * their JSON text, unknown numbers left out; the sources are the graph attribute "sources", a
 * JSON array of source objects, and the events (when there are any) the graph attribute
 * "events", a JSON array of event objects as locnet/1 writes them. igraph, NetworkX and Gephi read it. Returns LOCNET_EWRITE when
 * out reports an error, LOCNET_ENOMEM, or LOCNET_EINTERNAL when igraph fails. */
locnet_status_t locnet_graphml_write(const locnet_network_t *net, FILE *out);

#endif
