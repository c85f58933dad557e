/* graph/communities.h: communities (blocs of localities more tied among themselves than to the
 * rest), each found by one igraph function, numbered as graph/partition.h says.
 *
 * Every method works on the simple graph (graph/topology.h): a pair of localities linked by
 * several partnerships is one link, of weight 1, or with a weight (graph/weights.h) the sum of
 * its partnerships' weights. Isolated localities are communities of their own.
 *
 *   louvain            igraph_community_multilevel (Blondel et al.'s Louvain method), with a
 *                      resolution
 *   leiden             igraph_community_leiden with the modularity objective: node weights are
 *                      the strengths and the resolution parameter is R / (2m), m the total
 *                      weight (as python-igraph's objective_function="modularity")
 *   label-propagation  igraph_community_label_propagation
 *   fast-greedy        igraph_community_fastgreedy, cut where the modularity is largest
 *   walktrap           igraph_community_walktrap (random walks of `steps` steps), cut where the
 *                      modularity is largest
 *   infomap            igraph_community_infomap, the best of `trials` attempts (shortest code)
 *
 * louvain, leiden and label-propagation are randomised: they run `trials` times, one generator
 * seeded once with `seed`, and keep the partition of largest modularity at the resolution
 * (first found on a tie). The same network and options give the same partition, bit for bit.
 * igraph's default random number generator is left as it was found.
 *
 * Modularity (what the result reports) is Newman's, at resolution 1, on the simple graph with
 * the weights in use: Q = 1/(2m) * sum over pairs (u, v) in one community of
 * (A_uv - k_u k_v / (2m)), igraph_modularity; equal to NetworkX's
 * networkx.algorithms.community.modularity(G, communities) (weight=None without weights). It is
 * NaN when there is no link.
 *
 * The most central member of a community is the one with the most ties inside it (the largest
 * sum of link weights to other members), ties broken by name (graph/collation.h). */
#ifndef LOCNET_COMMUNITIES_H
#define LOCNET_COMMUNITIES_H

#include "graph/network.h"

typedef enum locnet_community_method {
    LOCNET_COMMUNITY_LOUVAIN,
    LOCNET_COMMUNITY_LEIDEN,
    LOCNET_COMMUNITY_LABEL_PROPAGATION,
    LOCNET_COMMUNITY_FAST_GREEDY,
    LOCNET_COMMUNITY_WALKTRAP,
    LOCNET_COMMUNITY_INFOMAP,
    LOCNET_COMMUNITY_METHOD_COUNT
} locnet_community_method_t;

/* "louvain", "leiden", "label-propagation", "fast-greedy", "walktrap", "infomap". */
extern const char *const locnet_community_method_names[LOCNET_COMMUNITY_METHOD_COUNT];

/* Parses a method name (exact); LOCNET_EUSAGE for an unknown one. */
locnet_status_t locnet_community_method_parse(const char *name, locnet_community_method_t *method);
/* True for the methods that draw random numbers (and so take a seed and trials). */
bool locnet_community_method_is_random(locnet_community_method_t method);
/* True for the methods that take a resolution (louvain, leiden). */
bool locnet_community_method_has_resolution(locnet_community_method_t method);

typedef struct locnet_communities_options {
    locnet_community_method_t method;
    double resolution;               /* louvain, leiden: more than 0; others: must be 1 */
    igraph_integer_t trials;         /* at least 1: runs of a randomised method, infomap's
                                        attempts */
    igraph_uint_t seed;              /* seeds the runs of randomised methods and infomap */
    igraph_integer_t steps;          /* walktrap's random walk length, at least 1 */
    const igraph_vector_t *weights;  /* one per partnership of the network (graph/weights.h,
                                        role weight), or NULL: every link weighs 1 */
} locnet_communities_options_t;

/* Sets the defaults: louvain, resolution 1, 10 trials, seed 1, 4 steps, no weights. */
void locnet_communities_options_init(locnet_communities_options_t *options);

typedef struct locnet_communities {
    igraph_integer_t count;
    igraph_vector_int_t membership;  /* per locality: its community, 0 = the largest */
    igraph_vector_int_t sizes;       /* per community */
    igraph_vector_int_t first;       /* per community: its alphabetically first member */
    igraph_vector_int_t central;     /* per community: its most central member */
    igraph_vector_t inside;          /* per locality: the weight of its ties inside its
                                        community */
    igraph_real_t modularity;        /* at resolution 1; NaN when there is no link */
} locnet_communities_t;

/* Finds the communities of net (its attributes: names for the numbering) with options into
 * *result (uninitialised on entry). LOCNET_EUSAGE for invalid options (a resolution other than
 * 1 for a method without one, trials or steps below 1, weights of the wrong length),
 * LOCNET_EINTERNAL when igraph fails, LOCNET_ENOMEM; on failure *result holds nothing to free.
 * On success, free it with locnet_communities_destroy. */
locnet_status_t locnet_communities_compute(const locnet_network_t *net,
                                           const locnet_communities_options_t *options,
                                           locnet_communities_t *result);
/* Frees the vectors; accepts NULL. */
void locnet_communities_destroy(locnet_communities_t *result);

#endif
