/* io/write/report_provenance.c: where the data comes from: the sources, and the sources of each
 * partnership. */
#include "io/write/report_parts.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static locnet_status_t write_source_row(locnet_html_table_t *table, size_t row, const void *data)
{
    const locnet_source_t *source = &((const locnet_network_t *)data)->sources[row];
    char id[40];
    snprintf(id, sizeof id, "source-%zu", row + 1);
    locnet_html_row_begin(table, id);
    locnet_html_cell(table, source->id);
    locnet_html_cell(table, source->title);
    locnet_html_cell(table, source->publisher);
    locnet_html_cell(table, source->date);
    locnet_html_cell_url(table, source->url);
    locnet_html_row_end(table);
    return LOCNET_OK;
}

static locnet_status_t write_sources(const locnet_report_t *report, FILE *out)
{
    static const char *const headers[] = {"source", "title", "publisher", "date", "link"};
    static const locnet_html_column_t kinds[] = {LOCNET_HTML_LONG, LOCNET_HTML_LONG,
                                                 LOCNET_HTML_LONG, LOCNET_HTML_TEXT,
                                                 LOCNET_HTML_LONG};
    const locnet_network_t *net = report->net;
    fputs("<h3>Sources</h3>\n", out);
    if (net->source_count == 0) {
        fputs("<p>The network names no source.</p>\n", out);
        return LOCNET_OK;
    }
    /* every source shown: the partnerships' links lead to their rows */
    locnet_html_table_spec_t spec = {"source-table", headers, kinds, 5, net->source_count,
                                     net->source_count, false};
    return locnet_html_table_write(out, &spec, write_source_row, net);
}

/* The cell of the sources a partnership cites, each linked to its row in the sources table. */
static locnet_status_t cited_cell(locnet_html_table_t *table, const locnet_network_t *net,
                                  igraph_integer_t e)
{
    locnet_list_t cited;
    locnet_list_init(&cited);
    locnet_status_t status = locnet_list_decode(locnet_partnership_text(net, LOCNET_E_SOURCES, e),
                                                &cited);
    long *anchors = calloc(cited.count + 1, sizeof *anchors);
    if (anchors == NULL)
        status = LOCNET_ENOMEM;
    for (size_t i = 0; status == LOCNET_OK && i < cited.count; i++) {
        const locnet_source_t *source = locnet_network_find_source(net, cited.items[i]);
        anchors[i] = source != NULL ? (long)(source - net->sources) + 1 : -1;
    }
    if (status == LOCNET_EDATA)
        status = LOCNET_OK;  /* not a list: nothing cited */
    locnet_html_cell_links(table, "source-", (const char *const *)cited.items, anchors,
                           status == LOCNET_OK ? cited.count : 0);
    free(anchors);
    locnet_list_destroy(&cited);
    return status;
}

/* The cell of a list attribute's items joined by ", ". */
static locnet_status_t list_cell(locnet_html_table_t *table, const char *encoded)
{
    locnet_list_t items;
    locnet_list_init(&items);
    locnet_status_t status = locnet_list_decode(encoded, &items);
    char *text = NULL;
    size_t length = 0;
    FILE *out = status != LOCNET_ENOMEM ? open_memstream(&text, &length) : NULL;
    for (size_t i = 0; out != NULL && status == LOCNET_OK && i < items.count; i++)
        fprintf(out, "%s%s", i > 0 ? ", " : "", items.items[i]);
    if (out == NULL || fclose(out) != 0)
        status = LOCNET_ENOMEM;
    locnet_html_cell(table, status == LOCNET_ENOMEM ? NULL : text);
    free(text);
    locnet_list_destroy(&items);
    return status == LOCNET_EDATA ? LOCNET_OK : status;
}

static void year_text(double year, char *buffer, size_t size)
{
    buffer[0] = '\0';
    if (!isnan(year))
        snprintf(buffer, size, "%.0f", year);
}

static locnet_status_t write_partnership_row(locnet_html_table_t *table, size_t row,
                                             const void *data)
{
    const locnet_network_t *net = data;
    igraph_integer_t e = (igraph_integer_t)row;
    char since[32], until[32];
    year_text(locnet_partnership_number(net, LOCNET_E_SINCE, e), since, sizeof since);
    year_text(locnet_partnership_number(net, LOCNET_E_UNTIL, e), until, sizeof until);
    locnet_html_row_begin(table, NULL);
    locnet_html_cell(table, locnet_locality_text(net, LOCNET_V_NAME, IGRAPH_FROM(&net->graph, e)));
    locnet_html_cell(table, locnet_locality_text(net, LOCNET_V_NAME, IGRAPH_TO(&net->graph, e)));
    locnet_html_cell(table, locnet_partnership_text(net, LOCNET_E_KIND, e));
    locnet_html_cell(table, since);
    locnet_html_cell(table, until);
    locnet_status_t status = list_cell(table, locnet_partnership_text(net, LOCNET_E_THEMES, e));
    if (status == LOCNET_OK)
        status = cited_cell(table, net, e);
    locnet_html_row_end(table);
    return status;
}

static locnet_status_t write_partnerships(const locnet_report_t *report, FILE *out)
{
    static const char *const headers[] = {"locality", "partner", "kind", "since", "until",
                                          "themes", "sources"};
    static const locnet_html_column_t kinds[] = {
        LOCNET_HTML_LONG, LOCNET_HTML_LONG, LOCNET_HTML_TEXT, LOCNET_HTML_NUMBER,
        LOCNET_HTML_NUMBER, LOCNET_HTML_LONG, LOCNET_HTML_LONG};
    const locnet_network_t *net = report->net;
    size_t m = (size_t)locnet_partnership_count(net);
    fputs("<h3>Partnerships and their sources</h3>\n", out);
    if (m == 0) {
        fputs("<p>The network has no partnership.</p>\n", out);
        return LOCNET_OK;
    }
    locnet_html_table_spec_t spec = {"partnership-table", headers, kinds, 7, m, report->top,
                                     false};
    return locnet_html_table_write(out, &spec, write_partnership_row, net);
}

locnet_status_t locnet_report_write_provenance(const locnet_report_t *report, FILE *out)
{
    locnet_html_section_begin(out, "provenance", "Provenance");
    locnet_status_t status = write_sources(report, out);
    if (status == LOCNET_OK)
        status = write_partnerships(report, out);
    locnet_html_section_end(out);
    return status;
}
