/* io/write/report_writer.c: the page in order: header, diagram, vital statistics, rankings,
 * communities and weak points, timeline, provenance. */
#include "io/write/report_writer.h"

#include <string.h>

#include "io/write/report_assets.h"
#include "io/write/report_parts.h"

/* Rows of a statistics table shown before "show all". */
#define STATISTICS_SHOWN 10

static void write_list(FILE *out, const locnet_list_t *items, const char *none)
{
    if (items == NULL || items->count == 0) {
        locnet_html_text(out, none);
        return;
    }
    fputs("<ul>", out);
    for (size_t i = 0; i < items->count; i++)
        locnet_html_element(out, "li", NULL, items->items[i]);
    fputs("</ul>", out);
}

/* <strong>N</strong> noun, the noun agreeing with N. */
static void write_count(FILE *out, long long count, const char *one, const char *many)
{
    fputs("<strong>", out);
    locnet_html_count(out, count);
    fprintf(out, "</strong> %s", count == 1 ? one : many);
}

static void write_header(const locnet_report_t *report, FILE *out)
{
    const locnet_network_t *net = report->net;
    fputs("<header>\n<p class=\"kicker\">Network report</p>\n", out);
    locnet_html_element(out, "h1", NULL, report->title);
    fputs("\n<p class=\"counts\">", out);
    write_count(out, locnet_locality_count(net), "locality", "localities");
    fputs(" &middot; ", out);
    write_count(out, locnet_partnership_count(net), "partnership", "partnerships");
    fputs(" &middot; ", out);
    write_count(out, (long long)net->source_count, "source", "sources");
    fputs("</p>\n<dl class=\"run\">\n<dt>Written</dt><dd>", out);
    locnet_html_text(out, report->written);
    fputs(" by ", out);
    locnet_html_text(out, report->generator);
    fputs("</dd>\n<dt>Input</dt><dd>", out);
    locnet_html_text(out, report->input);
    fputs("</dd>\n<dt>Command</dt><dd><code>", out);
    locnet_html_text(out, report->command_line);
    fputs("</code></dd>\n<dt>Options</dt><dd>", out);
    write_list(out, report->options, "none: the whole network as the file holds it");
    fputs("</dd>\n", out);
    if (report->notes != NULL && report->notes->count > 0) {
        fputs("<dt>Notes</dt><dd>", out);
        write_list(out, report->notes, NULL);
        fputs("</dd>\n", out);
    }
    fputs("</dl>\n<nav><a href=\"#diagram\">Diagram</a> <a href=\"#statistics\">Statistics</a> "
          "<a href=\"#rankings\">Rankings</a> ",
          out);
    if (report->communities != NULL)
        fputs("<a href=\"#communities\">Communities</a> ", out);
    fputs("<a href=\"#weak-points\">Weak points</a> <a href=\"#timeline\">Timeline</a> "
          "<a href=\"#provenance\">Provenance</a></nav>\n</header>\n<main>\n",
          out);
}

typedef struct statistics_rows {
    const locnet_table_t *summary;
    size_t first;    /* the section's first row in summary */
} statistics_rows_t;

static locnet_status_t write_statistics_row(locnet_html_table_t *table, size_t row,
                                            const void *data)
{
    const statistics_rows_t *rows = data;
    const locnet_cell_t *cells = &rows->summary->cells[(rows->first + row) * 3];
    const locnet_cell_t *value = &cells[2];
    char text[64] = "";
    if (value->kind == LOCNET_CELL_INTEGER)
        locnet_html_format_count(value->integer, text, sizeof text);
    else if (value->kind == LOCNET_CELL_REAL)
        locnet_html_format_real(value->real, text, sizeof text);
    else if (value->kind == LOCNET_CELL_EMPTY)
        snprintf(text, sizeof text, "none");
    locnet_html_row_begin(table, NULL);
    locnet_html_cell(table, cells[1].text);
    locnet_html_cell(table, value->kind == LOCNET_CELL_TEXT || value->kind == LOCNET_CELL_LIST
                                ? value->text : text);
    locnet_html_row_end(table);
    return LOCNET_OK;
}

/* Writes one section of summary's long form (rows first..end) as a table of items. */
static locnet_status_t write_statistics_group(const locnet_table_t *summary, size_t first,
                                              size_t end, FILE *out)
{
    static const locnet_html_column_t kinds[] = {LOCNET_HTML_LONG, LOCNET_HTML_NUMBER};
    fputs("<div class=\"stat-group\">\n<h3>", out);
    locnet_html_text(out, summary->cells[first * 3].text);
    fputs("</h3>\n", out);
    statistics_rows_t rows = {summary, first};
    locnet_html_table_spec_t spec = {NULL, NULL, kinds, 2, end - first, STATISTICS_SHOWN, false};
    locnet_status_t status = locnet_html_table_write(out, &spec, write_statistics_row, &rows);
    fputs("</div>\n", out);
    return status;
}

/* summary's long form, one table per section, in the order summary gives them. */
static locnet_status_t write_statistics(const locnet_report_t *report, FILE *out)
{
    locnet_status_t status = LOCNET_OK;
    const locnet_table_t *summary = report->summary;
    locnet_html_section_begin(out, "statistics", "Vital statistics");
    fputs("<p>As <code>locnet summary</code> gives them, on the network after the filters. "
          "Density is linked pairs over possible pairs; components are the parts of the "
          "network no partnership joins.</p>\n<div class=\"stat-grid\">\n",
          out);
    for (size_t first = 0; status == LOCNET_OK && summary != NULL && first < summary->rows;) {
        size_t end = first + 1;
        while (end < summary->rows &&
               strcmp(summary->cells[end * 3].text, summary->cells[first * 3].text) == 0)
            end++;
        status = write_statistics_group(summary, first, end, out);
        first = end;
    }
    fputs("</div>\n", out);
    locnet_html_section_end(out);
    return status;
}

locnet_status_t locnet_report_write(const locnet_report_t *report, FILE *out)
{
    locnet_html_begin(out, report->title, locnet_report_css, locnet_report_js_sha256,
                      report->generator);
    write_header(report, out);
    locnet_status_t status = locnet_report_write_diagram(report, out);
    if (status == LOCNET_OK)
        status = write_statistics(report, out);
    if (status == LOCNET_OK)
        status = locnet_report_write_rankings(report, out);
    if (status == LOCNET_OK)
        status = locnet_report_write_structure(report, out);
    if (status == LOCNET_OK)
        status = locnet_report_write_timeline(report, out);
    if (status == LOCNET_OK)
        status = locnet_report_write_provenance(report, out);
    if (status != LOCNET_OK)
        return status;
    fputs("</main>\n<footer><p>Written by ", out);
    locnet_html_text(out, report->generator);
    fputs(". This page is self-contained: it loads nothing and works offline.</p></footer>\n"
          "<div id=\"tooltip\" role=\"tooltip\" hidden></div>\n",
          out);
    if ((status = locnet_report_write_data(report, out)) != LOCNET_OK)
        return status;
    locnet_html_end(out, locnet_report_js);
    return ferror(out) ? LOCNET_EWRITE : LOCNET_OK;
}
