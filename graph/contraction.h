/* graph/contraction.h: merging localities into others through igraph's vertex contraction,
 * as --as-of (successions) and --level (roll-up) do. */
#ifndef LOCNET_CONTRACTION_H
#define LOCNET_CONTRACTION_H

#include "graph/network.h"

/* Optional edge attribute set by a contraction: the list (graph/list_codec.h) of moves that
 * brought the partnership's ends to where they are, each "Yên Bái → Lào Cai". */
#define LOCNET_E_VIA "via"

/* Merges every locality v into locality target[v] (a vertex of net; target[target[v]] must be
 * target[v]). Each merged group keeps its target's attributes; partnerships are kept, each end
 * moved to its target, with the moves recorded in the "via" edge attribute; a partnership whose
 * two ends land in the same locality is dropped and counted in *dropped (may be NULL). On
 * failure *net is unchanged. */
locnet_status_t locnet_contract(locnet_network_t *net, const igraph_vector_int_t *target,
                                igraph_integer_t *dropped);

#endif
