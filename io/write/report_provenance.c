/* io/write/report_provenance.c: where the data comes from: the sources, and the sources of each
 * partnership. */
#include "io/write/report_parts.h"

#include <math.h>
#include <string.h>

/* Writes url as a link when it may be one (html_writer.h), else as text. */
static void write_link(FILE *out, const char *url)
{
    if (url == NULL)
        return;
    if (!locnet_html_link_allowed(url)) {
        locnet_html_text(out, url);
        return;
    }
    fputs("<a href=\"", out);
    locnet_html_text(out, url);
    fputs("\" rel=\"noreferrer noopener\">", out);
    locnet_html_text(out, url);
    fputs("</a>", out);
}

static void write_sources(const locnet_report_t *report, FILE *out)
{
    static const char *const headers[] = {"source", "title", "publisher", "date", "link"};
    static const locnet_html_column_t kinds[] = {LOCNET_HTML_TEXT, LOCNET_HTML_LONG,
                                                 LOCNET_HTML_LONG, LOCNET_HTML_TEXT,
                                                 LOCNET_HTML_LONG};
    const locnet_network_t *net = report->net;
    fputs("<h3>Sources</h3>\n", out);
    if (net->source_count == 0) {
        fputs("<p>The network names no source.</p>\n", out);
        return;
    }
    locnet_html_table_t table;
    locnet_html_table_begin(&table, out, "source-table", NULL, headers, kinds, 5,
                            net->source_count, net->source_count);
    for (size_t s = 0; s < net->source_count; s++) {
        const locnet_source_t *source = &net->sources[s];
        char id[40];
        snprintf(id, sizeof id, "source-%zu", s + 1);
        locnet_html_row_begin(&table, id);
        locnet_html_cell(&table, source->id, LOCNET_HTML_TEXT);
        locnet_html_cell(&table, source->title, LOCNET_HTML_LONG);
        locnet_html_cell(&table, source->publisher, LOCNET_HTML_LONG);
        locnet_html_cell(&table, source->date, LOCNET_HTML_TEXT);
        locnet_html_cell_begin(&table, LOCNET_HTML_LONG);
        write_link(out, source->url);
        locnet_html_cell_end(&table);
        locnet_html_row_end(&table);
    }
    locnet_html_table_end(&table);
}

/* Writes the sources a partnership cites, each linked to its row in the sources table. */
static locnet_status_t write_cited(locnet_html_table_t *table, const locnet_network_t *net,
                                   igraph_integer_t e)
{
    FILE *out = table->out;
    locnet_list_t cited;
    locnet_list_init(&cited);
    locnet_status_t status = locnet_list_decode(locnet_partnership_text(net, LOCNET_E_SOURCES, e),
                                                &cited);
    if (status == LOCNET_EDATA)
        status = LOCNET_OK;  /* not a list: nothing cited */
    locnet_html_cell_begin(table, LOCNET_HTML_LONG);
    for (size_t i = 0; status == LOCNET_OK && i < cited.count; i++) {
        const locnet_source_t *source = locnet_network_find_source(net, cited.items[i]);
        if (i > 0)
            fputs(", ", out);
        if (source != NULL)
            fprintf(out, "<a href=\"#source-%zu\">", (size_t)(source - net->sources) + 1);
        locnet_html_text(out, cited.items[i]);
        if (source != NULL)
            fputs("</a>", out);
    }
    locnet_html_cell_end(table);
    locnet_list_destroy(&cited);
    return status;
}

/* A list attribute's items joined by ", ". */
static locnet_status_t write_list_cell(locnet_html_table_t *table, const char *encoded)
{
    FILE *out = table->out;
    locnet_list_t items;
    locnet_list_init(&items);
    locnet_status_t status = locnet_list_decode(encoded, &items);
    locnet_html_cell_begin(table, LOCNET_HTML_LONG);
    for (size_t i = 0; status == LOCNET_OK && i < items.count; i++) {
        if (i > 0)
            fputs(", ", out);
        locnet_html_text(out, items.items[i]);
    }
    locnet_html_cell_end(table);
    locnet_list_destroy(&items);
    return status == LOCNET_EDATA ? LOCNET_OK : status;
}

static void year_text(double year, char *buffer, size_t size)
{
    buffer[0] = '\0';
    if (!isnan(year))
        snprintf(buffer, size, "%.0f", year);
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
    locnet_html_table_t table;
    locnet_html_table_begin(&table, out, "partnership-table", NULL, headers, kinds, 7, m,
                            report->top);
    locnet_status_t status = LOCNET_OK;
    char since[32], until[32];
    for (igraph_integer_t e = 0; status == LOCNET_OK && e < (igraph_integer_t)m; e++) {
        year_text(locnet_partnership_number(net, LOCNET_E_SINCE, e), since, sizeof since);
        year_text(locnet_partnership_number(net, LOCNET_E_UNTIL, e), until, sizeof until);
        locnet_html_row_begin(&table, NULL);
        locnet_html_cell(&table, locnet_locality_text(net, LOCNET_V_NAME, IGRAPH_FROM(&net->graph, e)),
                         LOCNET_HTML_LONG);
        locnet_html_cell(&table, locnet_locality_text(net, LOCNET_V_NAME, IGRAPH_TO(&net->graph, e)),
                         LOCNET_HTML_LONG);
        locnet_html_cell(&table, locnet_partnership_text(net, LOCNET_E_KIND, e), LOCNET_HTML_TEXT);
        locnet_html_cell(&table, since, LOCNET_HTML_NUMBER);
        locnet_html_cell(&table, until, LOCNET_HTML_NUMBER);
        status = write_list_cell(&table, locnet_partnership_text(net, LOCNET_E_THEMES, e));
        if (status == LOCNET_OK)
            status = write_cited(&table, net, e);
        locnet_html_row_end(&table);
    }
    locnet_html_table_end(&table);
    return status;
}

locnet_status_t locnet_report_write_provenance(const locnet_report_t *report, FILE *out)
{
    locnet_html_section_begin(out, "provenance", "Provenance");
    write_sources(report, out);
    locnet_status_t status = write_partnerships(report, out);
    locnet_html_section_end(out);
    return status;
}
