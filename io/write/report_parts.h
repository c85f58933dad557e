/* io/write/report_parts.h: the sections of `locnet report`'s page, one file each, called in page
 * order by io/write/report_writer.c. Each writes to out and returns LOCNET_OK or LOCNET_ENOMEM;
 * write errors are left for the caller's final check of out. */
#ifndef LOCNET_REPORT_PARTS_H
#define LOCNET_REPORT_PARTS_H

#include <stdio.h>

#include "io/write/html_writer.h"
#include "io/write/report_writer.h"

/* The diagram: Graphviz's SVG inlined (io/write/report_diagram.c). */
locnet_status_t locnet_report_write_diagram(const locnet_report_t *report, FILE *out);
/* One ranking table per measure, with the search box (io/write/report_rankings.c). */
locnet_status_t locnet_report_write_rankings(const locnet_report_t *report, FILE *out);
/* The data the page's script works from: every locality and every ranking, as JSON in a
 * <script type="application/json"> element (io/write/report_rankings.c). */
locnet_status_t locnet_report_write_data(const locnet_report_t *report, FILE *out);
/* Communities, when given, and the weak points (io/write/report_structure.c). */
locnet_status_t locnet_report_write_structure(const locnet_report_t *report, FILE *out);
/* Partnerships per year as an SVG chart (io/write/report_timeline.c). */
locnet_status_t locnet_report_write_timeline(const locnet_report_t *report, FILE *out);
/* Every source, and the sources of every partnership (io/write/report_provenance.c). */
locnet_status_t locnet_report_write_provenance(const locnet_report_t *report, FILE *out);

/* Writes the cells that name a locality in the page's tables: its name, country and level. */
void locnet_report_locality_cells(locnet_html_table_t *table, const locnet_network_t *net,
                                  igraph_integer_t vertex);

#endif
