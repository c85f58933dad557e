/* io/load.h: loading a network from a file in any format locnet reads. */
#ifndef LOCNET_LOAD_H
#define LOCNET_LOAD_H

#include "graph/network.h"
#include "io/diagnostics.h"

/* Loads path ("-" is standard input) into *net (uninitialised on entry). Problems go to
 * diagnostics. Returns LOCNET_OK, LOCNET_ENOINPUT (missing or unreadable file), LOCNET_EDATA
 * (bad content) or LOCNET_ENOMEM; on failure there is nothing to free. */
locnet_status_t locnet_load(const char *path, locnet_network_t *net,
                            locnet_diagnostics_t *diagnostics);

#endif
