/* analyses/dot_drawing.h: what `locnet dot` computes before the DOT writer draws it: the
 * measures that size and select localities, the subset drawn, the partition colours follow,
 * which localities are labelled, the map, and the engine. The writer (io/dot/dot_writer.h)
 * receives these values in its style and computes none. */
#ifndef LOCNET_DOT_DRAWING_H
#define LOCNET_DOT_DRAWING_H

#include <stdbool.h>

#include "analyses/cli.h"
#include "graph/centrality.h"
#include "graph/communities.h"
#include "graph/components.h"
#include "graph/projection.h"
#include "io/dot/dot_writer.h"

/* Names written by default above LOCNET_DOT_SMALL localities (io/dot/dot_writer.h); up to it,
 * every name. */
#define LOCNET_DOT_DEFAULT_LABELS 30
/* Drawing (--render) more localities than this needs --force. */
#define LOCNET_DOT_RENDER_LIMIT 5000

typedef enum dot_colour_choice {
    DOT_COLOUR_COUNTRY, DOT_COLOUR_LEVEL, DOT_COLOUR_COMPONENT, DOT_COLOUR_COMMUNITY
} dot_colour_choice_t;

/* The options of `locnet dot`. */
typedef struct dot_options {
    locnet_dot_style_t style;
    bool layout_given;
    bool geo;                      /* --layout geo */
    dot_colour_choice_t colour;
    locnet_list_t palette;
    locnet_list_t shapes;
    locnet_list_t edge_styles;
    bool sized;                    /* --size-by other than none */
    locnet_measure_t size_by;
    const char *around;
    long long radius;
    bool radius_given;
    long long top;                 /* 0: no --top */
    locnet_measure_t by;
    bool by_given;
    long long labels;              /* -1: the default */
    bool keep_isolated;
    bool force;
    const char *render;            /* NULL, "svg", "png" or "pdf" */
    bool quiet;                    /* no message on standard error: the caller tells what the
                                      drawing leaves out, and the exit code what failed */
} dot_options_t;

/* The values computed for one diagram. */
typedef struct dot_drawing {
    igraph_vector_t sizes, scores;     /* per locality: the size measure, the --by measure */
    igraph_integer_t highlight;
    locnet_components_t components;
    locnet_communities_t communities;
    bool have_components, have_communities;
    const igraph_vector_int_t *parts;  /* what colours follow (per locality, its component or
                                          community), or NULL */
    igraph_integer_t part_count;
    locnet_list_t part_names;
    char method[64];
    igraph_vector_bool_t labelled;
    bool have_labelled;
    locnet_projection_t map;
    bool have_map;
    igraph_vector_t numbers;           /* per locality drawn, its number in the network given */
    igraph_integer_t isolated;         /* localities left out for want of a partnership in the
                                          diagram (after --around and --top) */
} dot_drawing_t;

/* Sets `locnet dot`'s defaults (no option given); dot_options_destroy frees the lists. */
void dot_options_init(dot_options_t *options);
void dot_options_destroy(dot_options_t *options);

/* Computes what the diagram of net draws (net is cut down to the localities drawn: --around,
 * --top, then those without a partnership unless --keep-isolated) and completes options->style
 * with it. cli serves --around and may be NULL without it. Messages and notes go to standard
 * error unless options->quiet. Returns an exit code; drawing is destroyed by the caller
 * whatever the result. */
int dot_drawing_prepare(const locnet_cli_t *cli, dot_options_t *options, locnet_network_t *net,
                        dot_drawing_t *drawing);
/* Frees what drawing holds; drawing must have been zeroed or prepared. */
void dot_drawing_destroy(dot_drawing_t *drawing);

#endif
