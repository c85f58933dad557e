/* analyses/report_drawing.h: the report's diagram, drawn as `locnet dot` draws by default. */
#ifndef LOCNET_REPORT_DRAWING_H
#define LOCNET_REPORT_DRAWING_H

#include "graph/list_codec.h"
#include "graph/network.h"
#include "io/diagnostics.h"

/* Draws net as SVG through Graphviz's library with `locnet dot`'s defaults (engine by size,
 * nodes sized by degree, one value per locality in degree), each node's element id "vN" with N
 * its locality number in net. A network of more than top localities is cut down to the top
 * with most partners and the partnerships among them, as `locnet dot --top` does. *svg (caller
 * frees) is NULL when this build cannot draw or Graphviz fails; *note (caller frees) says what
 * the diagram shows or why there is none, and a cut is also noted in notes. Graphviz's messages
 * go to diagnostics. Returns LOCNET_ENOMEM or LOCNET_OK. */
locnet_status_t locnet_report_draw(const locnet_network_t *net, const igraph_vector_t *degree,
                                   igraph_integer_t top, char **svg, char **note,
                                   locnet_list_t *notes, locnet_diagnostics_t *diagnostics);

#endif
