/* graph/topology.h: bare igraph graphs (no attributes) made from a network, for computations
 * that need only its structure: cheaper to build than a copy of the attributed graph. */
#ifndef LOCNET_TOPOLOGY_H
#define LOCNET_TOPOLOGY_H

#include <stdbool.h>

#include <igraph/igraph.h>

#include "locnet/status.h"

/* Makes *simple (uninitialised on entry): the same vertices, one edge per linked pair, no
 * loops, no attributes. On failure there is nothing to destroy. */
locnet_status_t locnet_simple_graph(const igraph_t *graph, igraph_t *simple);

/* Points *simple at graph itself when it has neither repeated edges nor loops (igraph_is_simple;
 * its attributes, if any, stay), else makes the simple graph into *storage (uninitialised on
 * entry) and points *simple at it. *made says whether *storage must be destroyed with
 * igraph_destroy; on failure it is false and there is nothing to destroy. */
locnet_status_t locnet_simple_view(const igraph_t *graph, igraph_t *storage,
                                   const igraph_t **simple, bool *made);

/* The status for an igraph error code: LOCNET_OK, LOCNET_ENOMEM, or LOCNET_EINTERNAL. */
locnet_status_t locnet_from_igraph(igraph_error_t error);

#endif
