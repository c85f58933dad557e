/* graph/shortest_path_measures.h: the measures that need a breadth-first search from every
 * source (betweenness, closeness, harmonic), exact or from sampled sources, cut into chunks of
 * sources that worker processes compute (graph/chunks.h).
 *
 * How the work is cut depends only on the graph's size and the number of sources, never on the
 * number of jobs, and chunk results are added in chunk order: any number of jobs gives the same
 * bits. A network small enough for one chunk gets exactly igraph's single call. */
#ifndef LOCNET_SHORTEST_PATH_MEASURES_H
#define LOCNET_SHORTEST_PATH_MEASURES_H

#include <stdbool.h>

#include <igraph/igraph.h>

#include "locnet/status.h"

/* Raw betweenness of every vertex of graph (undirected, simple) into values (initialised):
 * with sources NULL the exact B(v); otherwise the sum over the given sources s and every target
 * t of the pair's dependency on v, each pair counted once (igraph_betweenness_subset).
 * distances: per edge, or NULL (every edge 1). jobs: worker processes (1: this process).
 * progress: igraph_progress() message, or NULL. */
locnet_status_t locnet_betweenness_by_sources(const igraph_t *graph,
                                              const igraph_vector_t *distances,
                                              const igraph_vector_int_t *sources, int jobs,
                                              const char *progress, igraph_vector_t *values);

/* What locnet_distance_measures computes; a NULL output is skipped. */
typedef struct locnet_distance_outputs {
    igraph_vector_t *closeness;      /* r(v) / sum of d(v,u) over the r reachable u; NaN if r = 0 */
    igraph_vector_int_t *reachable;  /* r(v), with closeness */
    igraph_vector_t *harmonic;       /* sum over u != v of 1 / d(v,u) */
} locnet_distance_outputs_t;

/* Closeness and harmonic centrality of every vertex of graph (undirected, simple), each as
 * igraph_closeness (normalized) and igraph_harmonic_centrality (not normalized) give them,
 * with distances per edge or NULL (every edge 1), into the initialised outputs: exact with sources NULL; otherwise estimated from the distances
 * of each vertex v to the given sources (distinct, drawn uniformly): with k(v) of them in v's
 * component (v itself not counted), the mean distance from v to its component is the mean
 * over those k(v), and harmonic is r(v) times the mean of 1/d over them; r(v) is exact.
 * Vertices with r(v) > 0 but k(v) < 16 get their exact values. */
locnet_status_t locnet_distance_measures(const igraph_t *graph,
                                         const igraph_vector_t *distances,
                                         const igraph_vector_int_t *sources, int jobs,
                                         const char *progress,
                                         const locnet_distance_outputs_t *outputs);

#endif
