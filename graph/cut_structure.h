/* graph/cut_structure.h: what holds the network together: articulation points (localities
 * whose loss splits their component), bridges (partnerships whose loss does) and biconnected
 * components, all found by igraph on the multigraph, with the sizes of the parts a loss leaves.
 *
 * Repeated partnerships count: a pair linked by two or more partnerships is never a bridge,
 * since losing one of them does not cut the pair apart. Isolated localities belong to no
 * biconnected component; a bridge is a biconnected component of two localities. */
#ifndef LOCNET_CUT_STRUCTURE_H
#define LOCNET_CUT_STRUCTURE_H

#include "graph/network.h"

typedef struct locnet_cut_vertices {
    /* the articulation points, in vertex order */
    igraph_vector_int_t vertices;
    /* per articulation point: the sizes (in localities) of the parts its component falls into
     * when it is removed, largest first; the removed locality itself is in none of them, so
     * the sizes add up to its component's size minus one. There are always two or more. */
    igraph_vector_int_list_t parts;
} locnet_cut_vertices_t;

typedef struct locnet_bridges {
    igraph_vector_int_t edges;      /* the bridge partnerships, in edge order */
    /* per bridge: the number of localities left on the side of IGRAPH_FROM(edge), and on the
     * side of IGRAPH_TO(edge), once it is removed; together its component's size */
    igraph_vector_int_t from_side;
    igraph_vector_int_t to_side;
} locnet_bridges_t;

typedef struct locnet_biconnected {
    /* per biconnected component: its localities by name (collation order); the components
     * are numbered largest first, ties going to the one whose first locality by name comes
     * first (the order of graph/components.h), then, as biconnected components may share a
     * locality, whose second one does, and so on */
    igraph_vector_int_list_t members;
} locnet_biconnected_t;

/* Finds the articulation points of net and the parts each one's removal leaves, into *cut
 * (uninitialised on entry). On failure nothing needs freeing. */
locnet_status_t locnet_cut_vertices_compute(const locnet_network_t *net, locnet_cut_vertices_t *cut);
/* Frees *cut; accepts NULL. */
void locnet_cut_vertices_destroy(locnet_cut_vertices_t *cut);

/* Finds the bridges of net (as a multigraph) and the sizes of their two sides, into *bridges
 * (uninitialised on entry). On failure nothing needs freeing. */
locnet_status_t locnet_bridges_compute(const locnet_network_t *net, locnet_bridges_t *bridges);
/* Frees *bridges; accepts NULL. */
void locnet_bridges_destroy(locnet_bridges_t *bridges);

/* Finds the biconnected components of net, ordered as above, into *blocks (uninitialised on
 * entry). On failure nothing needs freeing. */
locnet_status_t locnet_biconnected_compute(const locnet_network_t *net, locnet_biconnected_t *blocks);
/* Frees *blocks; accepts NULL. */
void locnet_biconnected_destroy(locnet_biconnected_t *blocks);

#endif
