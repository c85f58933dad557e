/* graph/topology.h: bare igraph graphs (no attributes) made from a network, for computations
 * that need only its structure: cheaper to build than a copy of the attributed graph. */
#ifndef LOCNET_TOPOLOGY_H
#define LOCNET_TOPOLOGY_H

#include <igraph/igraph.h>

#include "locnet/status.h"

/* Makes *simple (uninitialised on entry): the same vertices, one edge per linked pair, no
 * loops, no attributes. On failure there is nothing to destroy. */
locnet_status_t locnet_simple_graph(const igraph_t *graph, igraph_t *simple);

#endif
