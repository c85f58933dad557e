/* io/dot/dot_internal.h: what the parts of the DOT writer share (not installed): the groups a
 * diagram styles (countries, levels, kinds, partition parts), the writer's state and the
 * small writing helpers. dot_writer.c writes the graph, its nodes, edges and clusters;
 * dot_edges.c the partnerships and columns; dot_groups.c counts and orders the groups;
 * dot_legend.c draws the legend; dot_geo.c the map panels. */
#ifndef LOCNET_DOT_INTERNAL_H
#define LOCNET_DOT_INTERNAL_H

#include <stdbool.h>
#include <stdio.h>

#include "graph/list_codec.h"
#include "io/dot/dot_writer.h"

#define LOCNET_DOT_FONT "Helvetica,Arial,sans-serif"

/* Distinct values of one property, each with its count and its style. */
typedef struct dot_groups {
    locnet_list_t values;     /* distinct values, in legend order once sorted */
    long *counts;             /* per value */
    const char **styles;      /* per value: its shape (levels) or line (kinds) */
    const char **colours;     /* per value: its colour, when colours follow these groups */
    igraph_vector_int_t of;   /* per item: its value's index */
} dot_groups_t;

typedef const char *(*dot_group_text_t)(const void *context, size_t item);
typedef int (*dot_group_order_t)(const dot_groups_t *groups, size_t a, size_t b);

/* Counts count items by text(context, i) into groups (destroyed by the caller even on
 * failure), then sorts them by order, renumbering of. */
locnet_status_t dot_groups_build(dot_groups_t *groups, size_t count, dot_group_text_t text,
                                 const void *context, dot_group_order_t order);
/* Frees what groups holds; accepts groups never built (zeroed). */
void dot_groups_destroy(dot_groups_t *groups);
/* Orders: most items first then by value; the known ladder of levels first then by name. */
int dot_groups_by_count(const dot_groups_t *groups, size_t a, size_t b);
int dot_groups_by_level(const dot_groups_t *groups, size_t a, size_t b);

typedef struct dot_writer {
    const locnet_network_t *net;
    const locnet_dot_style_t *style;
    FILE *out;
    locnet_list_t ids;         /* per locality: its node ID */
    char own_prefix[32];       /* the IDs of the legend and panel nodes start so; no
                                 locality's does */
    dot_groups_t countries;
    dot_groups_t levels;
    dot_groups_t kinds;
    dot_groups_t parts;        /* of style->partition, when colours follow it */
    const dot_groups_t *colours;  /* the groups colours follow */
    bool columns;              /* two countries side by side: countries 0 and 1, left first */
    size_t left;
    bool pinned;               /* every node at a position of style->map */
    double size_max;
} dot_writer_t;

/* The fill colour of locality v. */
const char *dot_colour_of(const dot_writer_t *w, igraph_integer_t v);

/* Writes `[name="value"` or `, name="value"` (value escaped as a label). */
void dot_write_attribute(FILE *out, const char *name, const char *value, bool *first);
/* Writes value (finite, small) in fixed notation rounded to one decimal (or two, digits 2). */
void dot_write_number(FILE *out, double value, int digits);
/* Writes ` pos="X,Y!"` style: the position (points) as inches, pinned. */
void dot_write_position(FILE *out, double x, double y);

/* Writes locality v's node statement at indent spaces. */
void dot_write_node(dot_writer_t *w, igraph_integer_t v, int indent);
/* Opens `subgraph "name" {` at indent with its label (or none, NULL), colour and style; the
 * caller writes the members and the closing brace. */
void dot_write_cluster_open(dot_writer_t *w, const char *name, const char *label,
                            const char *colour, const char *style, int indent);
/* The localities as nested clusters down their parent hierarchy (dot_parent_clusters.c). */
locnet_status_t dot_write_parent_clusters(dot_writer_t *w);

/* The partnerships (dot_edges.c), then the columns' rank constraints. */
locnet_status_t dot_write_edges(dot_writer_t *w);
void dot_write_columns(dot_writer_t *w);
/* The legend, as nodes beside the network (ids w->ids from the first after the localities). */
locnet_status_t dot_write_legend(dot_writer_t *w);
/* The map's panel frames and the graph attributes that pin every node. */
void dot_write_map_panels(dot_writer_t *w);

#endif
