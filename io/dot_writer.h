/* io/dot_writer.h: a network as Graphviz DOT that Graphviz always parses and that shows every
 * name exactly, styled for reading: colour by country with a legend, shape by level, size by a
 * measure, line style by kind, optional clusters and edge labels.
 *
 * What Graphviz (checked with 2.43) needs, and what this writer does about it:
 * - Every ID and label is a quoted string. In one, `\"` stands for a quote; `\\` is kept as two
 *   backslashes; a backslash before a line end joins the lines; a run of more than 16 KiB without
 *   a backslash or quote is rejected. Runs are therefore cut every 4,000 bytes with a
 *   backslash-newline, which Graphviz removes.
 * - Labels then go through Graphviz's label escapes (\N \G \E \T \H \L \n \l \r, and `\\` for a
 *   backslash) and HTML entities (&amp; ...). In a label, each backslash is written `\\`, each `&`
 *   `&amp;`, and a line break (LF, CR or CRLF) `\n`; a name ending with a line break gets one
 *   more, so its empty last line is drawn. C0 control characters other than tab, and DEL, have no
 *   glyph and would make Graphviz's SVG invalid XML: they are shown as their Unicode control
 *   pictures (U+2400 + code, U+2421 for DEL). Everything else is written as it is.
 * - A node ID is the locality's id unchanged whenever DOT can hold it. It cannot hold a control
 *   character, nor an odd run of backslashes before a quote or at the end; such an id is written
 *   with those characters replaced (control pictures, one more backslash) and, if that collides
 *   with another node ID, a suffix "~2", "~3", ... */
#ifndef LOCNET_DOT_WRITER_H
#define LOCNET_DOT_WRITER_H

#include <stdbool.h>
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
    bool columns;                     /* with exactly two countries and the dot engine: each
                                         country in one column, left to right in code order
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
} locnet_dot_style_t;

/* Sets the defaults: dot engine, no clusters, no edge label, columns and legend on, default
 * colours and shapes, one size, no highlight. */
void locnet_dot_style_init(locnet_dot_style_t *style);

/* Writes net as an undirected DOT graph to out. Returns LOCNET_ENOMEM, or LOCNET_EWRITE if out
 * reports an error; the output may then be partial (callers write through io/output.h). */
locnet_status_t locnet_dot_write(const locnet_network_t *net, const locnet_dot_style_t *style,
                                 FILE *out);

/* True for a colour the palette accepts: #rgb or #rrggbb (hexadecimal digits). */
bool locnet_dot_colour_valid(const char *text);
/* True for one of the Graphviz node shapes listed in locnet_dot_shape_names. */
bool locnet_dot_shape_valid(const char *text);
/* True for one of the layout engines listed in locnet_dot_layout_names. */
bool locnet_dot_layout_valid(const char *text);
extern const char locnet_dot_shape_names[];   /* "box, ellipse, ..." for help and messages */
extern const char locnet_dot_layout_names[];  /* "dot|neato|fdp|sfdp|circo" */

/* The escapes, exposed for tests. Each writes text as one DOT string, quotes included. */
/* As a plain label: Graphviz shows exactly text (see above). */
void locnet_dot_write_label(FILE *out, const char *text);
/* As an ID: Graphviz reads back exactly text when locnet_dot_id_exact(text). */
void locnet_dot_write_id(FILE *out, const char *text);
/* True when DOT can hold text as an ID unchanged. */
bool locnet_dot_id_exact(const char *text);

#endif
