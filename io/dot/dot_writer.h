/* io/dot/dot_writer.h: a network as Graphviz DOT that Graphviz always parses and that shows every
 * name exactly, styled for reading: colour by country, level or a partition (components,
 * communities), shape by level, size by a measure, line style by kind, a legend drawn with real
 * shapes, colours and lines beside the network, optional clusters, edge labels and map
 * positions. Every string goes through io/dot/dot_escape.h, which says how names stay exact.
 * The writer draws the values it is given (sizes, partitions, positions, which localities are
 * labelled) and computes none. */
#ifndef LOCNET_DOT_WRITER_H
#define LOCNET_DOT_WRITER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "graph/list_codec.h"
#include "graph/network.h"
#include "graph/projection.h"

typedef enum locnet_dot_cluster {
    LOCNET_DOT_CLUSTER_NONE,
    LOCNET_DOT_CLUSTER_COUNTRY,    /* one cluster per country */
    LOCNET_DOT_CLUSTER_PARENT,     /* a locality with children in the network and its children,
                                      nested down the hierarchy */
    LOCNET_DOT_CLUSTER_COMPONENT   /* one cluster per connected component of 2 or more */
} locnet_dot_cluster_t;

typedef enum locnet_dot_edge_label {
    LOCNET_DOT_EDGE_LABEL_NONE,
    LOCNET_DOT_EDGE_LABEL_SINCE,   /* the year signed, when known */
    LOCNET_DOT_EDGE_LABEL_THEMES   /* the themes, comma-separated */
} locnet_dot_edge_label_t;

typedef enum locnet_dot_colour_by {
    LOCNET_DOT_COLOUR_COUNTRY,
    LOCNET_DOT_COLOUR_LEVEL,
    LOCNET_DOT_COLOUR_PARTITION    /* style->partition: components or communities */
} locnet_dot_colour_by_t;

/* A partition of the localities drawn as colours (or clusters): parts numbered from 0, largest
 * first (graph/components.h numbers components and communities so). */
typedef struct locnet_dot_partition {
    const igraph_vector_int_t *membership;  /* per locality, its part */
    igraph_integer_t count;                 /* how many parts */
    const char *title;                      /* the legend's heading, e.g. "Community" */
    const char *plural;                     /* for "N other ...", e.g. "communities" */
    const char *method;                     /* how the parts were found, shown under the
                                               heading (e.g. "Louvain, seed 1"); may be NULL */
    const locnet_list_t *names;             /* per part, the name the legend gives it; may be
                                               NULL (parts are then numbered from 1) */
} locnet_dot_partition_t;

typedef struct locnet_dot_style {
    const char *layout;               /* Graphviz engine written as layout=: dot, neato, fdp,
                                         sfdp or circo */
    locnet_dot_cluster_t cluster;
    locnet_dot_edge_label_t edge_label;
    bool columns;                     /* with exactly two countries, a partnership between
                                         them and the dot engine: each country in one
                                         column, left to right in code order
                                         (clusters then keep their nodes in written order,
                                         which crosses more lines) */
    bool legend;                      /* the legend, drawn beside the network */
    bool legend_below;                /* the legend as the graph's label under the network, as
                                         the force-directed engines have it, whatever the
                                         engine: no legend nodes, so that a page finding nodes
                                         by their element_ids finds only localities (maps keep
                                         their pinned column) */
    locnet_dot_colour_by_t colour_by;
    const locnet_list_t *palette;     /* country (or level), colour pairs that take precedence
                                         over the default colours; NULL for none */
    const locnet_list_t *shapes;      /* level, shape pairs likewise; NULL for none */
    const locnet_list_t *edge_styles; /* kind, line pairs (solid, dashed, dotted, bold)
                                         likewise; NULL for none */
    const igraph_vector_t *sizes;     /* one number per locality: nodes are drawn bigger in
                                         proportion to it; NULL draws every node alike */
    const char *size_label;           /* what sizes measure, for the legend; may be NULL */
    igraph_integer_t highlight;       /* a locality drawn with a thick outline, or -1 */
    locnet_dot_partition_t partition; /* needed by LOCNET_DOT_COLOUR_PARTITION */
    const igraph_vector_int_t *components;  /* per locality, its connected component numbered
                                         from 0, largest first (graph/components.h): needed
                                         by LOCNET_DOT_CLUSTER_COMPONENT, NULL otherwise */
    igraph_integer_t component_count;  /* how many components numbers */
    const igraph_vector_bool_t *labelled;  /* per locality, whether its name is written; the
                                         others are small unlabelled nodes; NULL labels all */
    bool fast;                        /* settings that lay thousands of localities out in
                                         seconds: nodes may overlap, sfdp's fast quadtree */
    const locnet_projection_t *map;   /* positions (points) and panels: every node is pinned
                                         there (for neato, or neato -n2); NULL for none */
    const locnet_list_t *element_ids; /* per locality: written as the node's id attribute,
                                         which Graphviz's SVG output gives the node's
                                         element (pages find their nodes by it); NULL: none */
} locnet_dot_style_t;

/* Sets the defaults: dot engine, no clusters, no edge label, columns and legend on, colour by
 * country, default colours, shapes and lines, one size, no highlight, every name, no map. */
void locnet_dot_style_init(locnet_dot_style_t *style);

/* Writes net as an undirected DOT graph to out. Returns LOCNET_ENOMEM, LOCNET_EUSAGE when the
 * style lacks what it asks for (a partition, a map of net's size), or LOCNET_EWRITE if out
 * reports an error; the output may then be partial (callers write through io/output.h). */
locnet_status_t locnet_dot_write(const locnet_network_t *net, const locnet_dot_style_t *style,
                                 FILE *out);

/* Up to this many localities the default engine is dot or neato and every name is written;
 * above it the engine is sfdp (dot's layered layout grows too slow). */
#define LOCNET_DOT_SMALL 300

/* The engine a diagram of net with style is drawn with unless the user picks one: dot for
 * clusters (which neato and sfdp do not draw) or for two countries in columns (style->columns,
 * exactly two countries and a partnership between them), sfdp above LOCNET_DOT_SMALL
 * localities, neato otherwise. */
const char *locnet_dot_default_layout(const locnet_network_t *net, const locnet_dot_style_t *style);

/* Fills colours (one per locality) with the colour each locality's country takes in a
 * diagram coloured by country with the default palette. The strings are static. Returns
 * LOCNET_ENOMEM or LOCNET_OK. */
locnet_status_t locnet_dot_country_colours(const locnet_network_t *net, const char **colours);

#include "io/dot/dot_palette.h"

#endif
