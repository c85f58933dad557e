/* io/write/json_writer.h: writing a network as a locnet/1 JSON document, or as NDJSON. */
#ifndef LOCNET_JSON_WRITER_H
#define LOCNET_JSON_WRITER_H

#include <stdio.h>

#include "graph/network.h"

/* Writes net to out as locnet/1, one record per line; the member "events" only when net has
 * events. Returns LOCNET_EWRITE when out reports an
 * error, LOCNET_ENOMEM when a record cannot be built. Reading the output gives back the same
 * network, attribute for attribute. */
locnet_status_t locnet_json_write(const locnet_network_t *net, FILE *out);

/* Called with each partnership's record before it is written, to add members to it (a
 * cJSON object). Returns LOCNET_OK, or a status that stops the writing. */
struct cJSON;
typedef locnet_status_t (*locnet_json_annotate_t)(void *context, igraph_integer_t edge,
                                                 struct cJSON *record);
/* locnet_json_write, with annotate (may be NULL) adding members to each partnership. */
locnet_status_t locnet_json_write_annotated(const locnet_network_t *net, FILE *out,
                                            locnet_json_annotate_t annotate, void *context);

/* Writes net to out as NDJSON: a first line {"format":"locnet/1"}, then one object per line
 * with "type" "source", "locality", "partnership" or "event" before the fields that locnet/1 gives that
 * record. Same results and guarantees as locnet_json_write. */
locnet_status_t locnet_ndjson_write(const locnet_network_t *net, FILE *out);

/* The sources of net as one compact JSON array of source objects, as locnet/1 writes them, in
 * *text (free with cJSON_free). For formats that hold the sources as one value (GraphML). */
locnet_status_t locnet_json_sources_text(const locnet_network_t *net, char **text);
/* The events of net as one compact JSON array of event objects, as locnet/1 writes them. */
locnet_status_t locnet_json_events_text(const locnet_network_t *net, char **text);

#endif
