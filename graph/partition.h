/* graph/partition.h: the numbering locnet gives any partition of the localities (connected
 * components, communities): largest part first, equal sizes ordered by the collation order
 * (graph/collation.h) of each part's alphabetically first member. */
#ifndef LOCNET_PARTITION_H
#define LOCNET_PARTITION_H

#include "graph/network.h"

/* Renumbers raw (per locality of net: a part from 0 to count - 1, every part non-empty) into
 * membership (per locality: its part, 0 = the largest), and fills sizes and first (per part in
 * the new order: its size and its alphabetically first member). The three outputs must be
 * initialised; they are resized here. On failure they may hold anything (still to destroy). */
locnet_status_t locnet_partition_number(const locnet_network_t *net,
                                        const igraph_vector_int_t *raw, igraph_integer_t count,
                                        igraph_vector_int_t *membership,
                                        igraph_vector_int_t *sizes, igraph_vector_int_t *first);

/* Fills members (initialised) with every locality of net, part by part in the numbering order
 * of membership (count parts of the given sizes), by name within each part. */
locnet_status_t locnet_partition_members(const locnet_network_t *net,
                                         const igraph_vector_int_t *membership,
                                         const igraph_vector_int_t *sizes, igraph_integer_t count,
                                         igraph_vector_int_t *members);

#endif
