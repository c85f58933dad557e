/* graph/ranking.h: the order in which reports list localities by a measure. */
#ifndef LOCNET_RANKING_H
#define LOCNET_RANKING_H

#include "graph/network.h"

/* Sorts every locality of net into order (resized to the locality count): by values (one per
 * locality), largest first, values equal to 12 significant digits counting as ties (so that
 * rounding noise does not override names), ties by name (graph/collation.h). */
locnet_status_t locnet_rank_localities(const locnet_network_t *net, const igraph_vector_t *values,
                                       igraph_vector_int_t *order);

#endif
