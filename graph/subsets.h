/* graph/subsets.h: cutting a network down to a readable part: the localities around one, or
 * the most central ones, with the partnerships among them. Selections give locality numbers in
 * increasing order; locnet_subset_keep then cuts the network down to them. */
#ifndef LOCNET_SUBSETS_H
#define LOCNET_SUBSETS_H

#include "graph/network.h"

/* Replaces *net with the subnetwork induced by keep (locality numbers in increasing order,
 * without repeats): those localities and every partnership between two of them, with their
 * attributes and the sources. kept (initialised; may be NULL) receives, per new locality, its
 * old number. On failure *net is unchanged. */
locnet_status_t locnet_subset_keep(locnet_network_t *net, const igraph_vector_int_t *keep,
                                   igraph_vector_int_t *kept);

/* Cuts values (one per old locality) down to the localities listed in kept, in that order. */
locnet_status_t locnet_subset_cut(igraph_vector_t *values, const igraph_vector_int_t *kept);

/* Fills members (initialised) with centre and every locality within radius partnerships of it
 * (radius >= 0): the ego network's localities, in increasing order. */
locnet_status_t locnet_subset_around(const locnet_network_t *net, igraph_integer_t centre,
                                     igraph_integer_t radius, igraph_vector_int_t *members);

/* Fills members (initialised) with the count localities of highest score (one score per
 * locality), in increasing order; ranked as graph/ranking.h says (scores equal to 12
 * significant digits by name). A count beyond the network selects every locality. */
locnet_status_t locnet_subset_top(const locnet_network_t *net, const igraph_vector_t *scores,
                                  igraph_integer_t count, igraph_vector_int_t *members);

#endif
