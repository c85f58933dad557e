/* io/write/xml_output.h: an XML document written to a stream through libxml2's xmlTextWriter,
 * with libxml2's own messages kept quiet (a failed write is reported once, by the caller). */
#ifndef LOCNET_XML_OUTPUT_H
#define LOCNET_XML_OUTPUT_H

#include <stdio.h>

#include <libxml/xmlwriter.h>

#include "graph/network.h"
#include "locnet/status.h"

/* Writes a document to out: opens an indenting xmlTextWriter on it, calls write (which returns
 * a negative number when a libxml2 call failed) with context, flushes and frees the writer (out
 * stays open). Returns LOCNET_EWRITE when a call failed or out reports an error,
 * LOCNET_ENOMEM when the writer cannot be made. */
locnet_status_t locnet_xml_write(FILE *out, int (*write)(xmlTextWriterPtr writer, const void *context),
                                 const void *context);

/* Starts <name attribute="value">. Returns libxml2's result. */
int locnet_xml_start(xmlTextWriterPtr writer, const char *name, const char *attribute,
                     const char *value);
/* Starts <name a1="v1" a2="v2" ...>, pairs holding a1, v1, a2, v2, ... then NULL. Returns
 * libxml2's result. */
int locnet_xml_start_with(xmlTextWriterPtr writer, const char *name, const char *const *pairs);
/* Starts <edge source="A" target="B"> for partnership e of net, A being the end listed first
 * among the localities. Returns libxml2's result. */
int locnet_xml_start_edge(xmlTextWriterPtr writer, const locnet_network_t *net,
                          igraph_integer_t e);

/* Writes <name>text</name> (text may be NULL: nothing is written). Returns libxml2's result. */
int locnet_xml_element(xmlTextWriterPtr writer, const char *name, const char *text);

#endif
