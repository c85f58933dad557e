/* io/write/report_structure.c: communities and weak points (cut vertices and bridges). */
#include "io/write/report_parts.h"

#include <math.h>
#include <stdlib.h>

/* Writes the sizes of a cut vertex's parts as one cell: "14,081 + 28 + 1". */
static locnet_status_t parts_cell(locnet_html_table_t *table, const igraph_vector_int_t *parts)
{
    char *text = NULL, count[48];
    size_t length = 0;
    FILE *out = open_memstream(&text, &length);
    if (out == NULL)
        return LOCNET_ENOMEM;
    for (igraph_integer_t p = 0; p < igraph_vector_int_size(parts); p++) {
        locnet_html_format_count(VECTOR(*parts)[p], count, sizeof count);
        fprintf(out, "%s%s", p > 0 ? " + " : "", count);
    }
    if (fclose(out) != 0)
        return LOCNET_ENOMEM;
    locnet_html_cell(table, text);
    free(text);
    return LOCNET_OK;
}

static locnet_status_t write_cut_vertex_row(locnet_html_table_t *table, size_t row,
                                            const void *data)
{
    const locnet_report_t *report = data;
    const locnet_cut_vertices_t *cut = report->cut_vertices;
    igraph_integer_t k = VECTOR(*report->cut_order)[row];
    const igraph_vector_int_t *parts = igraph_vector_int_list_get_ptr(&cut->parts, k);
    locnet_html_row_begin(table, NULL);
    locnet_report_locality_cells(table, report->net, VECTOR(cut->vertices)[k]);
    locnet_html_cell_count(table, igraph_vector_int_size(parts));
    locnet_status_t status = parts_cell(table, parts);
    locnet_html_cell_count(table, igraph_vector_int_sum(parts) - VECTOR(*parts)[0]);
    locnet_html_row_end(table);
    return status;
}

static locnet_status_t write_cut_vertices(const locnet_report_t *report, FILE *out)
{
    static const char *const headers[] = {"locality", "country", "level", "parts",
                                          "sizes of the parts", "cut off"};
    static const locnet_html_column_t kinds[] = {LOCNET_HTML_LONG, LOCNET_HTML_TEXT,
                                                 LOCNET_HTML_TEXT, LOCNET_HTML_NUMBER,
                                                 LOCNET_HTML_LONG, LOCNET_HTML_NUMBER};
    size_t n = (size_t)igraph_vector_int_size(report->cut_order);
    fputs("<h3>Cut vertices</h3>\n<p>", out);
    locnet_html_count(out, (long long)n);
    fputs(n == 1 ? " locality" : " localities", out);
    fputs(" whose loss would split their part of the network. The sizes are those of the parts "
          "left, in localities; <em>cut off</em> counts the localities outside the largest "
          "part.</p>\n",
          out);
    if (n == 0)
        return LOCNET_OK;
    locnet_html_table_spec_t spec = {"cut-vertices", headers, kinds, 6, n, report->top, false};
    return locnet_html_table_write(out, &spec, write_cut_vertex_row, report);
}

static locnet_status_t write_bridge_row(locnet_html_table_t *table, size_t row, const void *data)
{
    const locnet_report_t *report = data;
    const locnet_network_t *net = report->net;
    const locnet_bridges_t *bridges = report->bridges;
    igraph_integer_t k = VECTOR(*report->bridge_order)[row];
    igraph_integer_t e = VECTOR(bridges->edges)[k];
    double since = locnet_partnership_number(net, LOCNET_E_SINCE, e);
    char year[32] = "";
    if (!isnan(since))
        snprintf(year, sizeof year, "%.0f", since);
    locnet_html_row_begin(table, NULL);
    locnet_html_cell(table, locnet_locality_text(net, LOCNET_V_NAME, IGRAPH_FROM(&net->graph, e)));
    locnet_html_cell(table, locnet_locality_text(net, LOCNET_V_NAME, IGRAPH_TO(&net->graph, e)));
    locnet_html_cell(table, locnet_partnership_text(net, LOCNET_E_KIND, e));
    locnet_html_cell(table, year);
    locnet_html_cell_count(table, VECTOR(bridges->from_side)[k]);
    locnet_html_cell_count(table, VECTOR(bridges->to_side)[k]);
    locnet_html_row_end(table);
    return LOCNET_OK;
}

static locnet_status_t write_bridges(const locnet_report_t *report, FILE *out)
{
    static const char *const headers[] = {"locality", "partner", "kind", "since",
                                          "locality's side", "partner's side"};
    static const locnet_html_column_t kinds[] = {LOCNET_HTML_LONG, LOCNET_HTML_LONG,
                                                 LOCNET_HTML_TEXT, LOCNET_HTML_NUMBER,
                                                 LOCNET_HTML_NUMBER, LOCNET_HTML_NUMBER};
    size_t n = (size_t)igraph_vector_int_size(report->bridge_order);
    fputs("<h3>Bridges</h3>\n<p>", out);
    locnet_html_count(out, (long long)n);
    fputs(n == 1 ? " partnership" : " partnerships", out);
    fputs(" whose loss would split their part of the network (a pair linked by several "
          "partnerships is never a bridge), with the localities left on each side.</p>\n",
          out);
    if (n == 0)
        return LOCNET_OK;
    locnet_html_table_spec_t spec = {"bridges", headers, kinds, 6, n, report->top, false};
    return locnet_html_table_write(out, &spec, write_bridge_row, report);
}

typedef struct community_rows {
    const locnet_report_t *report;
    igraph_integer_t *starts;   /* per community: where its members begin; one more at the end */
} community_rows_t;

/* One row per community: its number, size and members by name, separated by "; ". */
static locnet_status_t write_community_row(locnet_html_table_t *table, size_t row,
                                           const void *data)
{
    const community_rows_t *rows = data;
    const igraph_vector_int_t *members = rows->report->communities->members;
    igraph_integer_t at = rows->starts[row], end = rows->starts[row + 1];
    char *text = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&text, &length);
    if (out == NULL)
        return LOCNET_ENOMEM;
    for (igraph_integer_t i = at; i < end; i++)
        fprintf(out, "%s%s", i > at ? "; " : "",
                locnet_locality_text(rows->report->net, LOCNET_V_NAME, VECTOR(*members)[i]));
    if (fclose(out) != 0)
        return LOCNET_ENOMEM;
    const igraph_vector_int_t *central = rows->report->communities->central;
    locnet_html_row_begin(table, NULL);
    locnet_html_cell_count(table, (long long)row + 1);
    locnet_html_cell_count(table, end - at);
    if (central != NULL)
        locnet_html_cell(table, locnet_locality_text(rows->report->net, LOCNET_V_NAME,
                                                     VECTOR(*central)[row]));
    locnet_html_cell(table, text);
    locnet_html_row_end(table);
    free(text);
    return LOCNET_OK;
}

static locnet_status_t write_communities(const locnet_report_t *report, FILE *out)
{
    static const char *const headers[] = {"community", "localities", "most central", "members"};
    static const char *const short_headers[] = {"community", "localities", "members"};
    static const locnet_html_column_t kinds[] = {LOCNET_HTML_NUMBER, LOCNET_HTML_NUMBER,
                                                 LOCNET_HTML_LONG, LOCNET_HTML_LONG};
    static const locnet_html_column_t short_kinds[] = {LOCNET_HTML_NUMBER, LOCNET_HTML_NUMBER,
                                                       LOCNET_HTML_LONG};
    const locnet_report_partition_t *communities = report->communities;
    size_t count = (size_t)communities->count;
    community_rows_t rows = {report, calloc(count + 2, sizeof(igraph_integer_t))};
    if (rows.starts == NULL)
        return LOCNET_ENOMEM;
    for (igraph_integer_t i = 0; i < igraph_vector_int_size(communities->members); i++)
        rows.starts[VECTOR(*communities->membership)[VECTOR(*communities->members)[i]] + 1]++;
    for (size_t c = 0; c < count; c++)
        rows.starts[c + 1] += rows.starts[c];
    locnet_html_section_begin(out, "communities", "Communities");
    fputs("<p>", out);
    locnet_html_text(out, communities->method);
    if (!isnan(communities->modularity))
        fprintf(out, " Modularity: %.4f.", communities->modularity);
    fputs("</p>\n", out);
    bool central = communities->central != NULL;
    locnet_html_table_spec_t spec = {"community-table", central ? headers : short_headers,
                                     central ? kinds : short_kinds, central ? 4 : 3, count,
                                     report->top, false};
    locnet_status_t status = locnet_html_table_write(out, &spec, write_community_row, &rows);
    locnet_html_section_end(out);
    free(rows.starts);
    return status;
}

locnet_status_t locnet_report_write_structure(const locnet_report_t *report, FILE *out)
{
    locnet_status_t status = LOCNET_OK;
    if (report->communities != NULL)
        status = write_communities(report, out);
    if (status != LOCNET_OK)
        return status;
    locnet_html_section_begin(out, "weak-points", "Weak points");
    status = write_cut_vertices(report, out);
    if (status == LOCNET_OK)
        status = write_bridges(report, out);
    locnet_html_section_end(out);
    return status;
}
