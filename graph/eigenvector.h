/* graph/eigenvector.h: eigenvector centrality, with a stated answer when it is not unique.
 *
 * The leading eigenvector of the adjacency matrix is unique (up to scale) when one connected
 * component has the largest eigenvalue: it is that component's Perron vector, 0 elsewhere.
 * When several components share the largest eigenvalue (two identical triangles, two 12-cliques)
 * any combination of their Perron vectors is a leading eigenvector, and a solver's answer is
 * arbitrary. locnet then gives what NetworkX's eigenvector_centrality converges to (power
 * iteration from equal values): each tied component's unit Perron vector p scaled by the sum of
 * its entries, the whole of unit Euclidean length. Identical components get identical values.
 * Components whose eigenvalues differ by less than 1e-9 of the largest count as tied. A network
 * without links (or only links of weight 0) has every component tied at eigenvalue 0: every
 * locality gets 1/sqrt(n), as in NetworkX. */
#ifndef LOCNET_EIGENVECTOR_H
#define LOCNET_EIGENVECTOR_H

#include <igraph/igraph.h>

#include "locnet/status.h"

typedef struct locnet_eigenvector_ties {
    igraph_integer_t components;  /* components sharing the largest eigenvalue; 1 when unique */
    igraph_real_t eigenvalue;     /* the largest eigenvalue */
} locnet_eigenvector_ties_t;

/* Fills values (initialised; resized) with the eigenvector centrality of every vertex of
 * simple (a simple undirected graph), of unit Euclidean length, with weights (one per edge,
 * 0 or more) or NULL; values under 1e-14 (ARPACK's rounding noise) are 0. ties (may be NULL)
 * says whether the answer was unique. Each component's eigenvector is igraph's
 * (igraph_eigenvector_centrality, ARPACK started from a fixed seed; igraph's default random
 * number generator is left as it was found). LOCNET_EINTERNAL when ARPACK fails. */
locnet_status_t locnet_eigenvector_centrality(const igraph_t *simple, const igraph_vector_t *weights,
                                              igraph_vector_t *values,
                                              locnet_eigenvector_ties_t *ties);

#endif
