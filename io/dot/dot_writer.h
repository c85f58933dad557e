/* io/dot/dot_writer.h: a network as Graphviz DOT that Graphviz always parses and that shows every
 * name exactly, styled for reading: colour by country (or by groups such as communities) with a
 * legend, shape by level, size by a measure, line style by kind, optional clusters and edge
 * labels. Every string goes through io/dot/dot_escape.h, which says how names stay exact. The
 * writer draws the values it is given (sizes, components, groups) and computes none. */
#ifndef LOCNET_DOT_WRITER_H
#define LOCNET_DOT_WRITER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "graph/list_codec.h"
#include "graph/network.h"

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
    bool legend;                      /* the legend (countries, levels, kinds, size) as the
                                         graph label */
    const locnet_list_t *palette;     /* country, colour pairs that take precedence over the
                                         default colours; NULL for none */
    const locnet_list_t *shapes;      /* level, shape pairs likewise; NULL for none */
    const igraph_vector_t *sizes;     /* one number per locality: nodes are drawn bigger in
                                         proportion to it; NULL draws every node alike */
    const char *size_label;           /* what sizes measure, for the legend; may be NULL */
    igraph_integer_t highlight;       /* a locality drawn with a thick outline, or -1 */
    const igraph_vector_int_t *components;  /* per locality, its connected component numbered
                                         from 0, largest first (graph/components.h): needed
                                         by LOCNET_DOT_CLUSTER_COMPONENT, NULL otherwise */
    igraph_integer_t component_count;  /* how many components numbers */
    const igraph_vector_int_t *colour_groups;  /* per locality: the group its fill colour shows
                                         instead of its country (its community, say),
                                         numbered from 0 in legend order: the first eight
                                         groups drawn take the colour cycle, the others grey;
                                         NULL: colour by country */
    const locnet_list_t *colour_group_names;  /* per group: its text in the legend */
    const char *colour_heading;       /* the legend's heading for the groups */
    const char *colour_plural;        /* what they are, for "N other ... (localities)" */
    const locnet_list_t *element_ids;  /* per locality: written as the node's id attribute,
                                         which Graphviz's SVG output gives the node's
                                         element (pages find their nodes by it); NULL: none */
} locnet_dot_style_t;

/* Sets the defaults: dot engine, no clusters, no edge label, columns and legend on, default
 * colours and shapes, one size, no highlight. */
void locnet_dot_style_init(locnet_dot_style_t *style);

/* Writes net as an undirected DOT graph to out. Returns LOCNET_ENOMEM, or LOCNET_EWRITE if out
 * reports an error; the output may then be partial (callers write through io/output.h). */
locnet_status_t locnet_dot_write(const locnet_network_t *net, const locnet_dot_style_t *style,
                                 FILE *out);

/* The engine a diagram of this many localities is drawn with unless the user picks one: dot up
 * to 1000 localities, sfdp above (dot's layered layout grows too slow). */
const char *locnet_dot_default_layout(igraph_integer_t localities);

/* True for a colour the palette accepts: #rgb or #rrggbb (hexadecimal digits). */
bool locnet_dot_colour_valid(const char *text);
/* True for one of locnet_dot_shapes. */
bool locnet_dot_shape_valid(const char *text);
/* True for one of locnet_dot_layouts. */
bool locnet_dot_layout_valid(const char *text);
/* The node shapes a style may use: Graphviz's polygon shapes, without the record shapes, which
 * would give { } | < > a meaning in labels. */
extern const char *const locnet_dot_shapes[];
extern const size_t locnet_dot_shape_count;
/* The layout engines a style may name: dot, neato, fdp, sfdp, circo. */
extern const char *const locnet_dot_layouts[];
extern const size_t locnet_dot_layout_count;

#endif
