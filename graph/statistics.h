/* graph/statistics.h: a network's vital statistics, each computed by igraph on the simple graph
 * (a pair of localities linked by several partnerships is linked once), each equal to the
 * NetworkX 2.8 function named:
 *
 *   transitivity          3 x triangles / connected triples; 0 without a connected triple
 *                         (igraph_transitivity_undirected; networkx.transitivity)
 *   average clustering    the mean of the localities' clustering coefficients, 0 for those with
 *                         fewer than two partners (igraph_transitivity_avglocal_undirected;
 *                         networkx.average_clustering)
 *   degree assortativity  Pearson's correlation of the degrees at the two ends of each link;
 *                         NaN when undefined, e.g. every degree equal
 *                         (igraph_assortativity_degree; degree_assortativity_coefficient)
 *   diameter, average path length
 *                         of the largest connected component (equal sizes: graph/components.h's
 *                         first): the longest and the mean shortest chain, in partnerships, over
 *                         its pairs of localities; 0 for a single locality
 *                         (graph/path_lengths.h: igraph_path_length_hist on the trees that
 *                         hang off the component, igraph_distances from each locality of its
 *                         core; networkx.diameter, average_shortest_path_length)
 *   isolated localities   localities without a partnership
 */
#ifndef LOCNET_STATISTICS_H
#define LOCNET_STATISTICS_H

#include "graph/network.h"

typedef struct locnet_statistics {
    igraph_real_t transitivity;
    igraph_real_t average_clustering;   /* NaN without localities */
    igraph_real_t assortativity;        /* NaN when undefined */
    igraph_integer_t largest;           /* localities in the largest component */
    igraph_integer_t diameter;          /* of the largest component */
    igraph_real_t average_path_length;  /* of the largest component; NaN without localities */
    igraph_integer_t isolated;
} locnet_statistics_t;

/* Computes the statistics of net into *statistics, the path lengths on jobs worker processes
 * (1 or less: this process; the values do not depend on it). LOCNET_ENOMEM or
 * LOCNET_EINTERNAL on failure. */
locnet_status_t locnet_statistics_compute(const locnet_network_t *net, int jobs,
                                          locnet_statistics_t *statistics);

/* The same without the diameter and the average path length (-1 and NaN; largest is 0), which
 * need a breadth-first search from every locality of the largest component: for networks too
 * big to wait for them. */
locnet_status_t locnet_statistics_compute_local(const locnet_network_t *net,
                                                locnet_statistics_t *statistics);

/* Fills counts (initialised; resized to the largest degree + 1) with the number of localities
 * of each degree (distinct partners) of net, from 0 up. */
locnet_status_t locnet_degree_distribution(const locnet_network_t *net,
                                           igraph_vector_int_t *counts);

#endif
