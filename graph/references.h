/* graph/references.h: the references between localities that a subset of a network may leave
 * pointing at nothing. A filter that keeps some localities (--country, --kind, --largest...)
 * keeps their parent and successor ids and the events' places and co-chairs as they were, so
 * that analyses still see them; a file written from that subset must not name localities it
 * does not hold, or it would not read back. */
#ifndef LOCNET_REFERENCES_H
#define LOCNET_REFERENCES_H

#include "graph/network.h"

/* Clears every reference of net to a locality that net does not hold: a parent, a succession
 * (succeeded_by with its date and sources: the successor's history is not in net), an event's
 * place and an event session's co-chairs. Stores in *cleared (may be NULL) how many references
 * were cleared. LOCNET_ENOMEM on failure, when some may be cleared already. */
locnet_status_t locnet_references_prune(locnet_network_t *net, igraph_integer_t *cleared);

#endif
