/* graph/tree_reduction.h: exact betweenness with the trees that hang off a network counted
 * without a search from each of their vertices.
 *
 * Peeling localities of degree 1 again and again leaves the 2-core (and one root per component
 * that is a tree). Each peeled vertex x hangs, through its parent, off one remaining vertex
 * r(x); w(c) is the number of vertices that hang off c, c included. Every shortest chain from a
 * peeled x leaves its tree through r(x), so for a core vertex v the dependencies of the chains
 * from x equal those from r(x), and
 *
 *   B(v) = sum over core sources c of w(c) * D_c(v) / 2 + T(v)
 *
 * where D_c(v) sums the dependencies on v of the chains from c to every target (one
 * igraph_betweenness_subset from c, its targets everywhere) and T(v) counts the pairs of v's
 * own tree whose chains pass v. A peeled vertex x, or a tree's root, separates its component:
 * B(x) is the number of pairs in different parts, with no search at all (Baglioni, Geraci,
 * Pellegrini and Lastres, "Fast exact computation of betweenness centrality in social
 * networks", 2012). The searches fall from one per vertex to one per core vertex: 6,642 of
 * 17,170 on the world twin-town network. */
#ifndef LOCNET_TREE_REDUCTION_H
#define LOCNET_TREE_REDUCTION_H

#include <igraph/igraph.h>

#include "locnet/status.h"

typedef struct locnet_tree_reduction {
    igraph_vector_int_t sources;   /* the core vertices, by weight, then by vertex */
    igraph_vector_int_t weights;   /* w(c) of each source, in the same order */
    igraph_vector_t counted;       /* per vertex: T(v) for core vertices, B(v) for the others */
    igraph_vector_bool_t core;     /* per vertex: whether it is a core vertex */
    igraph_vector_int_t parent;    /* per vertex: the vertex it was peeled into; -1 for the
                                    * core vertices, the roots of trees and isolated vertices */
} locnet_tree_reduction_t;

/* Peels graph (undirected, simple) into *reduction (uninitialised on entry). On success free
 * with locnet_tree_reduction_destroy; on failure (LOCNET_ENOMEM, LOCNET_EINTERNAL) there is
 * nothing to free. */
locnet_status_t locnet_tree_reduction_init(const igraph_t *graph,
                                           locnet_tree_reduction_t *reduction);
/* Frees the vectors; accepts NULL. */
void locnet_tree_reduction_destroy(locnet_tree_reduction_t *reduction);

#endif
