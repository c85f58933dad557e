/* io/write/gexf_writer.h: writing a network as GEXF 1.2 (Gephi's format), through libxml2's
 * xmlwriter. */
#ifndef LOCNET_GEXF_WRITER_H
#define LOCNET_GEXF_WRITER_H

#include <stdio.h>

#include "graph/network.h"
#include "graph/projection.h"

/* What the GEXF file draws; the writer computes none of it. Every member may be NULL. */
typedef struct locnet_gexf_style {
    const char *const *colours;        /* per locality, "#rrggbb": viz:color */
    const locnet_projection_t *map;    /* per locality, a position in points: viz:position
                                          (y as Gephi has it, upwards) */
    const igraph_vector_t *sizes;      /* per locality: viz:size */
} locnet_gexf_style_t;

/* Writes net to out as GEXF 1.2draft: an undirected graph whose node ids are the locality
 * ids and labels their names; every other attribute of the localities and partnerships
 * (locnet's and any other) is a typed GEXF attribute (string, double, long for whole numbers,
 * boolean; lists and maps as their JSON text); unknown numbers and empty texts are left out.
 * The graph is dynamic with integer times: a partnership's since and until are its start and
 * end (and attributes too), so Gephi's timeline plays the network's growth; partnerships
 * without a year are always there. The network's own attributes, which GEXF 1.2 has no place
 * for, are left out. Returns LOCNET_EWRITE when out reports an error, LOCNET_ENOMEM. */
locnet_status_t locnet_gexf_write(const locnet_network_t *net, const locnet_gexf_style_t *style,
                                  FILE *out);

#endif
