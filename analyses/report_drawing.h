/* analyses/report_drawing.h: the report's diagram, drawn as `locnet dot` draws by default. */
#ifndef LOCNET_REPORT_DRAWING_H
#define LOCNET_REPORT_DRAWING_H

#include "graph/list_codec.h"
#include "graph/network.h"
#include "io/diagnostics.h"

/* The diagram and what the page says about it; every string is owned. */
typedef struct locnet_report_diagram {
    char *svg;       /* the drawing, or NULL */
    char *note;      /* what it shows, or why there is none (above the diagram) */
    char *left_out;  /* the localities without a partnership that are not drawn, and where the
                        reader finds them (under the diagram); NULL when none is left out */
} locnet_report_diagram_t;

/* Draws net as SVG through Graphviz's library as `locnet dot` draws it by default (the same
 * choice of what is drawn, analyses/dot_drawing.h: localities without a partnership left out,
 * nodes sized by degree), each node's element id "vN" with N its locality number in net and the
 * legend under the network. A network of more than top localities is drawn as `locnet dot --top
 * top --layout sfdp` draws it, and that note is also appended to notes. diagram->svg is NULL
 * when this build cannot draw or Graphviz fails, and the note says why. Graphviz's messages go to
 * diagnostics. Returns LOCNET_ENOMEM or LOCNET_OK; diagram is to be destroyed either way. */
locnet_status_t locnet_report_draw(const locnet_network_t *net, igraph_integer_t top,
                                   locnet_report_diagram_t *diagram, locnet_list_t *notes,
                                   locnet_diagnostics_t *diagnostics);
/* Frees what diagram holds (zeroed or drawn). */
void locnet_report_diagram_destroy(locnet_report_diagram_t *diagram);

#endif
