/* analyses/convert_extras.h: what `locnet convert` computes before writing: measures and
 * communities as locality attributes (for Gephi and spreadsheets to size and colour by), and
 * what a GEXF file draws. */
#ifndef LOCNET_CONVERT_EXTRAS_H
#define LOCNET_CONVERT_EXTRAS_H

#include <stdbool.h>

#include "graph/centrality.h"
#include "graph/network.h"
#include "graph/projection.h"
#include "io/write/gexf_writer.h"

/* Adds to net one numeric locality attribute per measure (graph/centrality.h, default options),
 * named as the measure (degree, strength and coreness marked whole), and with communities the
 * whole attribute "community": the communities of graph/communities.h with the default
 * options (`locnet communities`' default: Louvain, best of 10 runs, seed 1) numbered from 1,
 * largest first. An attribute of the same name is replaced. Returns
 * LOCNET_ENOMEM or LOCNET_EINTERNAL (igraph failed). */
locnet_status_t convert_add_measures(locnet_network_t *net, const locnet_measure_t *measures,
                                     int count, bool communities);

/* What a GEXF file draws: the colours `locnet dot` gives countries, positions on the map of
 * `locnet dot --layout geo` (graph/projection.h, localities not moved apart), sizes 10 + 4 ×
 * sqrt(degree). */
typedef struct convert_drawing {
    const char **colours;
    locnet_projection_t map;
    bool have_map;
    igraph_vector_t sizes;
    locnet_gexf_style_t style;
} convert_drawing_t;

/* Computes the drawing of net (drawing uninitialised on entry; destroyed by the caller
 * whatever the result). */
locnet_status_t convert_drawing_compute(const locnet_network_t *net, convert_drawing_t *drawing);
void convert_drawing_destroy(convert_drawing_t *drawing);

#endif
