/* io/write/graphml_writer.h: writing a network as GraphML, through libxml2's xmlwriter. */
#ifndef LOCNET_GRAPHML_WRITER_H
#define LOCNET_GRAPHML_WRITER_H

#include <stdio.h>

#include "graph/network.h"

/* Writes net to out as GraphML: node ids are the locality ids; every other attribute of the
 * network (locnet's and any other, of the network, its localities and its partnerships) is a
 * GraphML key named as the attribute (ids "g_NAME", "v_NAME", "e_NAME") and typed: string,
 * double, long for whole numbers (years, and graph/attribute_types.h's), boolean; lists and
 * maps are their JSON text (graph/list_codec.h); unknown numbers and empty texts are left out;
 * the sources are the graph attribute "sources", a JSON array of source objects. igraph,
 * NetworkX and Gephi read it. Returns LOCNET_EWRITE when out reports an error, or
 * LOCNET_ENOMEM. */
locnet_status_t locnet_graphml_write(const locnet_network_t *net, FILE *out);

#endif
