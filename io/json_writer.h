/* io/json_writer.h: writing a network as a locnet/1 JSON document. */
#ifndef LOCNET_JSON_WRITER_H
#define LOCNET_JSON_WRITER_H

#include <stdio.h>

#include "graph/network.h"

/* Writes net to out as locnet/1, one record per line. Returns LOCNET_EWRITE when out reports an
 * error, LOCNET_ENOMEM when a record cannot be built. Reading the output gives back the same
 * network, attribute for attribute. */
locnet_status_t locnet_json_write(const locnet_network_t *net, FILE *out);

#endif
