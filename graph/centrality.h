/* graph/centrality.h: centrality measures of every locality, each computed by igraph.
 *
 * Every measure but strength is computed on the simple graph: localities linked by several
 * partnerships are linked once (and a locality linked to itself is not linked). Strength counts
 * partnerships on the network itself. With the default options each value equals NetworkX
 * 2.8's function of the same name with its default arguments on that simple graph
 * (n = localities, d(u,v) = length of a shortest chain, r(v) = localities reachable from v,
 * v itself not counted):
 *
 *   degree       distinct partners (NetworkX G.degree(v); divide by n-1 for degree_centrality)
 *   strength     partnerships, repeated ones counted (NetworkX MultiGraph.degree(v))
 *   betweenness  B(v) = sum over unordered pairs {s,t}, s,t != v, of sigma_st(v)/sigma_st,
 *                times 2/((n-1)(n-2)) when n > 2; raw: B(v)
 *   closeness    (r/(n-1)) * (r / sum of d(v,u) over the r reachable u), the Wasserman-Faust
 *                scaling NetworkX applies; 0 when r = 0; raw: 1 / sum of d(v,u) (0 when r = 0)
 *   harmonic     sum over u != v of 1/d(v,u), unreachable u adding 0 (raw: the same)
 *   eigenvector  the adjacency matrix's leading eigenvector with unit Euclidean length
 *                (raw: the same; its scale is a convention, not a count). Values under 1e-14,
 *                below ARPACK's precision, are 0: on a disconnected network every locality
 *                outside the component with the largest eigenvalue has 0. When components tie
 *                for the largest eigenvalue, NetworkX's answer (graph/eigenvector.h)
 *   pagerank     PageRank with the given damping; a locality without partners links to every
 *                locality; the values sum to 1 (raw: the same)
 *   coreness     the largest k such that v is in the k-core (raw: the same)
 *
 * Sampled measures: K distinct sources S drawn uniformly by igraph's default random number
 * generator seeded with the given seed. For betweenness, igraph_betweenness_subset gives, for
 * every v, the sum over s in S and every target t of the dependency of the pair on v (each pair
 * counted once); multiplied by n/K (NetworkX's scaling for betweenness_centrality(k=K)), its
 * expectation over the draws is exactly B(v). K >= n uses every locality as a source, which is
 * exact. For closeness and harmonic, the k(v) sources in v's component (v not counted), a
 * uniform sample of the r(v) localities v reaches, stand for all of them: the mean of d(v,s)
 * over them replaces the mean distance, and r(v) times the mean of 1/d(v,s) is harmonic's
 * estimate; both means are unbiased, and by Hoeffding's inequality, with probability 1 - p,
 * within (e - 1) sqrt(ln(2/p) / 2k) (e: v's eccentricity) and sqrt(ln(2/p) / 2k) of the exact
 * means. r(v) stays exact. Localities with r(v) > 0 and k(v) < 16 get their exact values;
 * K >= n gives the exact values.
 *
 * Betweenness, closeness and harmonic run on options->jobs worker processes
 * (graph/shortest_path_measures.h); the values do not depend on the number of jobs.
 *
 * Weights and distances (graph/weights.h), one per partnership, are optional. With weights,
 * strength is the sum of a locality's partnerships' weights, and eigenvector and PageRank use
 * the weighted simple graph (a link weighs the sum of its partnerships' weights): NetworkX's
 * G.degree(weight=), eigenvector_centrality(G, weight=) and pagerank(G, weight=). With
 * distances, betweenness, closeness and harmonic follow the shortest chains by total distance
 * (a link is as long as its shortest partnership): NetworkX's betweenness_centrality(G,
 * weight=), closeness_centrality(G, distance=) and harmonic_centrality(G, distance=). Degree
 * and coreness use neither. */
#ifndef LOCNET_CENTRALITY_H
#define LOCNET_CENTRALITY_H

#include <stdbool.h>

#include <igraph/igraph.h>

#include "locnet/status.h"

typedef enum locnet_measure {
    LOCNET_MEASURE_DEGREE,
    LOCNET_MEASURE_STRENGTH,
    LOCNET_MEASURE_BETWEENNESS,
    LOCNET_MEASURE_CLOSENESS,
    LOCNET_MEASURE_HARMONIC,
    LOCNET_MEASURE_EIGENVECTOR,
    LOCNET_MEASURE_PAGERANK,
    LOCNET_MEASURE_CORENESS,
    LOCNET_MEASURE_COUNT
} locnet_measure_t;

/* The measures' names ("degree", "strength", ...), in enum order. */
extern const char *const locnet_measure_names[LOCNET_MEASURE_COUNT];

/* Parses a measure name (exact, lowercase); LOCNET_EUSAGE for an unknown name. */
locnet_status_t locnet_measure_parse(const char *name, locnet_measure_t *measure);
/* True for measures whose values are whole numbers (degree, strength, coreness). */
bool locnet_measure_is_integer(locnet_measure_t measure);

typedef struct locnet_centrality_options {
    bool wanted[LOCNET_MEASURE_COUNT];  /* which measures to compute */
    bool raw;                           /* unnormalised betweenness and closeness */
    double damping;                     /* PageRank damping, in [0, 1] */
    igraph_integer_t samples;           /* sources of the estimates of betweenness, closeness
                                         * and harmonic; 0: exact (every locality) */
    igraph_uint_t seed;                 /* seed of the source draw when samples > 0 */
    const igraph_vector_t *weights;     /* per partnership: weights, or NULL */
    const igraph_vector_t *distances;   /* per partnership: distances, or NULL */
    int jobs;                           /* worker processes for betweenness, closeness and
                                         * harmonic (graph/chunks.h); 1: this process only */
} locnet_centrality_options_t;

/* igraph_progress() messages of the long computations, reported in steps of a chunk of sources
 * (the exact ones could be estimated from samples instead). */
#define LOCNET_PROGRESS_EXACT_BETWEENNESS "exact betweenness"
#define LOCNET_PROGRESS_EXACT_CLOSENESS "exact closeness"
#define LOCNET_PROGRESS_EXACT_HARMONIC "exact harmonic"
#define LOCNET_PROGRESS_EXACT_CLOSENESS_HARMONIC "exact closeness and harmonic"
#define LOCNET_PROGRESS_SAMPLED "sampled sources"

/* Sets the defaults: no measure wanted, normalised, damping 0.85, exact measures, seed 1,
 * no weights, no distances, one job (no worker process). */
void locnet_centrality_options_init(locnet_centrality_options_t *options);

typedef struct locnet_centrality {
    bool computed[LOCNET_MEASURE_COUNT];
    igraph_vector_t values[LOCNET_MEASURE_COUNT];  /* per vertex; empty when not computed */
    igraph_vector_int_t reachable;                 /* per vertex, with closeness: r(v) */
    igraph_integer_t eigenvector_tied;             /* with eigenvector: the components that
                                                      share the largest eigenvalue (more than
                                                      1: the answer is not unique) */
    igraph_real_t eigenvalue;                      /* with eigenvector: that eigenvalue */
} locnet_centrality_t;

/* Computes the wanted measures of every vertex of graph (an undirected multigraph; its
 * attributes are not used) into *result (uninitialised on entry). The same graph and options
 * give the same values bit for bit. Betweenness with samples > 0 reseeds igraph's default random
 * number generator. On failure (LOCNET_ENOMEM, LOCNET_EINTERNAL for an igraph failure such as
 * non-convergence, LOCNET_EUSAGE for a damping outside [0, 1], negative samples, or weights or
 * distances not one per partnership) *result holds nothing to free. On success, free with
 * locnet_centrality_destroy. */
locnet_status_t locnet_centrality_compute(const igraph_t *graph,
                                          const locnet_centrality_options_t *options,
                                          locnet_centrality_t *result);
/* Computes one measure of every vertex of graph into values (initialised; resized), with the
 * settings of options (which measures it wants is ignored; NULL: the defaults). On failure
 * values is unchanged. */
locnet_status_t locnet_measure_compute(const igraph_t *graph,
                                       const locnet_centrality_options_t *options,
                                       locnet_measure_t measure, igraph_vector_t *values);
/* Frees the vectors; accepts NULL. */
void locnet_centrality_destroy(locnet_centrality_t *result);

#endif
