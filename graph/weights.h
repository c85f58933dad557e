/* graph/weights.h: numbers carried by partnerships, read as weights or as distances.
 *
 * A weight is a strength: a bigger number means a stronger tie. It serves strength, PageRank,
 * eigenvector centrality and communities. The name "count" gives every partnership the weight
 * 1, so that a pair of localities weighs its number of partnerships (a partnership attribute
 * that happens to be called "count" cannot be used as a weight).
 * A distance is a length: a bigger number means a longer way. It serves the measures built on
 * shortest chains: betweenness, closeness, harmonic centrality and path.
 * The two are never swapped: a weight is not turned into a distance (1/w or otherwise).
 *
 * On the simple graph (graph/topology.h), where a pair linked by several partnerships is one
 * link, the link's weight is the sum of its partnerships' weights (NetworkX's weight on a
 * MultiGraph collapsed to a Graph, and MultiGraph.degree(weight=...)); its distance is the
 * smallest of their distances (the length NetworkX's shortest paths give a MultiGraph). */
#ifndef LOCNET_WEIGHTS_H
#define LOCNET_WEIGHTS_H

#include <stdbool.h>
#include <stddef.h>

#include "graph/network.h"

/* The weight name that counts partnerships. */
#define LOCNET_WEIGHT_COUNT "count"

typedef enum locnet_value_role {
    LOCNET_VALUE_WEIGHT,   /* a strength: finite, 0 or more */
    LOCNET_VALUE_DISTANCE  /* a length: finite, more than 0 */
} locnet_value_role_t;

typedef enum locnet_value_problem_kind {
    LOCNET_VALUE_ABSENT,      /* no partnership carries the attribute (partnership is -1) */
    LOCNET_VALUE_MISSING,     /* this partnership has no value */
    LOCNET_VALUE_NOT_NUMBER,  /* the value is text that is not a finite number */
    LOCNET_VALUE_NEGATIVE,    /* below 0 */
    LOCNET_VALUE_ZERO         /* a distance of 0 */
} locnet_value_problem_kind_t;

typedef struct locnet_value_problem {
    igraph_integer_t partnership;      /* edge of the network, or -1 */
    locnet_value_problem_kind_t kind;
    char *text;                        /* the value as written; NULL when there is none */
} locnet_value_problem_t;

typedef struct locnet_value_problems {
    locnet_value_problem_t *items;
    size_t count;
    size_t capacity;
} locnet_value_problems_t;

void locnet_value_problems_init(locnet_value_problems_t *problems);
/* Frees the problems; accepts NULL. */
void locnet_value_problems_destroy(locnet_value_problems_t *problems);

/* Parses a number written as text (a CSV cell, a GraphML string): true and *value when text is
 * one. The caller chooses the rules (io/read/text_values.h has the readers'). */
typedef bool (*locnet_number_parser_t)(const char *text, double *value);

/* Reads attribute as one value per partnership of net into values (initialised; resized): a
 * numeric attribute as it is, a text attribute through parse; "count" as a weight gives 1 each.
 * Every problem is appended to problems (initialised), with LOCNET_EDATA returned: the attribute
 * absent, a value missing (NaN or empty text), not a number, negative, or a distance of 0.
 * LOCNET_ENOMEM when out of memory. */
locnet_status_t locnet_partnership_values(const locnet_network_t *net, const char *attribute,
                                          locnet_value_role_t role, locnet_number_parser_t parse,
                                          locnet_value_problems_t *problems,
                                          igraph_vector_t *values);

/* Fills simple_values (initialised; resized) with a value per link of simple, the simple graph
 * of graph made by locnet_simple_graph (graph/topology.h): the values of the partnerships
 * (values, one per edge of graph) between the same two localities combined, their sum for
 * weights, the smallest for distances. */
locnet_status_t locnet_simple_values(const igraph_t *graph, const igraph_t *simple,
                                     const igraph_vector_t *values, locnet_value_role_t role,
                                     igraph_vector_t *simple_values);

#endif
