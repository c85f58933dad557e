/* graph/dot_measures.h: the few centrality measures `locnet dot` sizes and selects localities by.
 * A stop-gap kept deliberately small: once graph/centrality.h exists, `dot` uses it instead and
 * this file goes. Definitions follow tests/reference/README.md: degree is the number of distinct
 * partners, strength the number of partnerships (repeated ones counted), betweenness
 * (normalised by (n-1)(n-2)/2) and PageRank (damping 0.85) are on the simple graph of distinct
 * partner pairs. */
#ifndef LOCNET_DOT_MEASURES_H
#define LOCNET_DOT_MEASURES_H

#include "graph/network.h"

typedef enum locnet_dot_measure {
    LOCNET_DOT_MEASURE_DEGREE,
    LOCNET_DOT_MEASURE_STRENGTH,
    LOCNET_DOT_MEASURE_PAGERANK,
    LOCNET_DOT_MEASURE_BETWEENNESS
} locnet_dot_measure_t;

/* Parses "degree", "strength", "pagerank" or "betweenness"; LOCNET_EUSAGE otherwise. */
locnet_status_t locnet_dot_measure_parse(const char *name, locnet_dot_measure_t *measure);
/* The measure's name, as parsed. */
const char *locnet_dot_measure_name(locnet_dot_measure_t measure);
/* The names locnet_dot_measure_parse accepts, for messages: "degree, ... or betweenness". */
extern const char locnet_dot_measure_names[];

/* Computes measure for every locality of net into values (initialised; resized to the
 * locality count). On failure values' content is unspecified. */
locnet_status_t locnet_dot_measure_compute(const locnet_network_t *net,
                                           locnet_dot_measure_t measure, igraph_vector_t *values);

#endif
