/* io/graphml_reader.h: placeholder */
#ifndef LOCNET_GRAPHML_READER_H
#define LOCNET_GRAPHML_READER_H
#include <stddef.h>
#include "graph/network.h"
#include "io/diagnostics.h"
locnet_status_t locnet_graphml_read_path(const char *path, locnet_network_t *net,
                                         locnet_diagnostics_t *diagnostics);
locnet_status_t locnet_graphml_read_text(const char *name, const char *text, size_t length,
                                         locnet_network_t *net, locnet_diagnostics_t *diagnostics);
#endif
