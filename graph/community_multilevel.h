/* graph/community_multilevel.h: Louvain communities (igraph's multilevel modularity
 * optimisation) with a fixed seed, numbered as components are. This is the default method of
 * `locnet communities` (Louvain, seed 1); diagrams and exports colour and label by it. */
#ifndef LOCNET_COMMUNITY_MULTILEVEL_H
#define LOCNET_COMMUNITY_MULTILEVEL_H

#include "graph/components.h"
#include "graph/network.h"

/* The seed `locnet communities` uses by default. */
#define LOCNET_COMMUNITY_DEFAULT_SEED 1

/* Finds communities of net's simple graph (one link per linked pair, unweighted) with
 * igraph_community_multilevel, igraph's random generator seeded with seed through a generator
 * of its own (the caller's default generator is left as it was). *communities (uninitialised
 * on entry) receives them numbered largest first, equal sizes by their alphabetically first
 * member (graph/components.h); an isolated locality is a community of its own. modularity may
 * be NULL. On failure nothing needs freeing. */
locnet_status_t locnet_community_multilevel(const locnet_network_t *net, unsigned long seed,
                                            locnet_components_t *communities,
                                            double *modularity);

#endif
