/* io/write/graphml_writer.h: writing a network as GraphML, through libxml2's xmlwriter. */
#ifndef LOCNET_GRAPHML_WRITER_H
#define LOCNET_GRAPHML_WRITER_H

#include <stdio.h>

#include "graph/network.h"
#include "io/diagnostics.h"

/* Writes net to out as GraphML: node ids are the locality ids; every other attribute of the
 * network (locnet's and any other, of the network, its localities and its partnerships) is a
 * GraphML key named as the attribute (ids "g_NAME", "v_NAME", "e_NAME") and typed: string,
 * double, long for whole numbers (years, and graph/attribute_types.h's), boolean; lists and
 * maps are their JSON text (graph/list_codec.h); unknown numbers and empty texts are left out;
 * the sources are the graph attribute "sources", a JSON array of source objects, and the events
 * (when there are any) the graph attribute "events", a JSON array of event objects as locnet/1
 * writes them. igraph, NetworkX and Gephi read it. Returns LOCNET_EWRITE when out reports an
 * error, LOCNET_ENOMEM, or LOCNET_EDATA (nothing written) when a text holds a character that
 * XML 1.0 cannot (locnet_graphml_check). */
locnet_status_t locnet_graphml_write(const locnet_network_t *net, FILE *out);

/* Checks that every text attribute of the localities and partnerships can be written in XML
 * 1.0, which has no place for control characters other than tab, line feed and carriage
 * return, nor for U+FFFE and U+FFFF. Each text that cannot is reported to diagnostics (may be
 * NULL) as 'INPUT: locality "ID": field "NAME" holds U+0001, which GraphML (XML 1.0) cannot
 * hold' (partnerships by number, from 1), input naming the network read. Returns LOCNET_OK,
 * LOCNET_EDATA or LOCNET_ENOMEM. */
locnet_status_t locnet_graphml_check(const locnet_network_t *net, const char *input,
                                     locnet_diagnostics_t *diagnostics);

#endif
