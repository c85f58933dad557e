/* graph/projection.h: where localities go on a map drawn from their latitudes and longitudes.
 *
 * The projection is equirectangular, centred on each panel: x = longitude × cos(φ0) and
 * y = latitude, φ0 being the latitude halfway between the panel's southernmost and
 * northernmost localities; each panel is then scaled to a common height (or a widest width)
 * and panels stand side by side, west to east, in points (72 to the inch, y upwards).
 *
 * Panels: when the network spans 2 to 6 countries that lie far apart (the boxes around any two
 * countries' localities are at least 20° of longitude or latitude apart, as France and Vietnam
 * are, some 100°), each country is a panel of its own; otherwise one panel holds everything.
 *
 * Localities closer than the spacing to one placed before them (in locality order) move out
 * along a spiral until clear. A locality without coordinates is placed beside its parent when
 * the parent has a place, else in a margin panel to the right of the others. */
#ifndef LOCNET_PROJECTION_H
#define LOCNET_PROJECTION_H

#include <stdbool.h>
#include <stddef.h>

#include "graph/network.h"

typedef enum locnet_placement {
    LOCNET_PLACED_BY_COORDINATES,
    LOCNET_PLACED_BESIDE_PARENT,
    LOCNET_PLACED_IN_MARGIN
} locnet_placement_t;

typedef struct locnet_panel {
    char *country;   /* the panel's country code; "" for a panel of every country; NULL for the
                        margin of localities without coordinates */
    double x0, y0, x1, y1;  /* its frame, in points */
} locnet_panel_t;

typedef struct locnet_projection_options {
    double panel_height;  /* points: the height of a panel's content (default 432, 6 inches) */
    double spacing;       /* points: the least distance between two localities (default 30);
                             0 leaves coincident localities on top of each other */
} locnet_projection_options_t;

typedef struct locnet_projection {
    igraph_vector_t x, y;            /* per locality, in points */
    igraph_vector_int_t placement;   /* per locality, a locnet_placement_t */
    locnet_panel_t *panels;          /* left to right, the margin last */
    size_t panel_count;
} locnet_projection_t;

/* Sets the defaults above. */
void locnet_projection_options_init(locnet_projection_options_t *options);

/* Projects every locality of net into *projection (uninitialised on entry). A network with no
 * coordinates at all gives only a margin. Returns LOCNET_ENOMEM on failure, with nothing to
 * free. */
locnet_status_t locnet_projection_compute(const locnet_network_t *net,
                                          const locnet_projection_options_t *options,
                                          locnet_projection_t *projection);

/* Frees what the projection holds; accepts NULL. */
void locnet_projection_destroy(locnet_projection_t *projection);

#endif
