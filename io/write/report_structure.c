/* io/write/report_structure.c: communities and weak points (cut vertices and bridges). */
#include "io/write/report_parts.h"

#include <math.h>

/* Writes the sizes of a cut vertex's parts: "14,081 + 28 + 1". */
static void write_parts(FILE *out, const igraph_vector_int_t *parts)
{
    for (igraph_integer_t p = 0; p < igraph_vector_int_size(parts); p++) {
        if (p > 0)
            fputs(" + ", out);
        locnet_html_count(out, VECTOR(*parts)[p]);
    }
}

static void write_cut_vertices(const locnet_report_t *report, FILE *out)
{
    static const char *const headers[] = {"locality", "country", "level", "parts",
                                          "sizes of the parts", "cut off"};
    static const locnet_html_column_t kinds[] = {LOCNET_HTML_LONG, LOCNET_HTML_TEXT,
                                                 LOCNET_HTML_TEXT, LOCNET_HTML_NUMBER,
                                                 LOCNET_HTML_TEXT, LOCNET_HTML_NUMBER};
    const locnet_cut_vertices_t *cut = report->cut_vertices;
    size_t n = (size_t)igraph_vector_int_size(report->cut_order);
    fputs("<h3>Cut vertices</h3>\n<p>", out);
    locnet_html_count(out, (long long)n);
    fputs(n == 1 ? " locality" : " localities", out);
    fputs(" whose loss would split their part of the network. The sizes are those of the parts "
          "left, in localities; <em>cut off</em> counts the localities outside the largest "
          "part.</p>\n",
          out);
    if (n == 0)
        return;
    locnet_html_table_t table;
    locnet_html_table_begin(&table, out, "cut-vertices", NULL, headers, kinds, 6, n, report->top);
    for (size_t i = 0; i < n; i++) {
        igraph_integer_t k = VECTOR(*report->cut_order)[i];
        const igraph_vector_int_t *parts = igraph_vector_int_list_get_ptr(&cut->parts, k);
        igraph_integer_t off = 0;
        for (igraph_integer_t p = 1; p < igraph_vector_int_size(parts); p++)
            off += VECTOR(*parts)[p];
        locnet_html_row_begin(&table, NULL);
        locnet_report_locality_cells(&table, report->net, VECTOR(cut->vertices)[k]);
        locnet_html_cell_count(&table, igraph_vector_int_size(parts));
        locnet_html_cell_begin(&table, LOCNET_HTML_TEXT);
        write_parts(out, parts);
        locnet_html_cell_end(&table);
        locnet_html_cell_count(&table, off);
        locnet_html_row_end(&table);
    }
    locnet_html_table_end(&table);
}

static void write_bridges(const locnet_report_t *report, FILE *out)
{
    static const char *const headers[] = {"locality", "partner", "kind", "since",
                                          "locality's side", "partner's side"};
    static const locnet_html_column_t kinds[] = {LOCNET_HTML_LONG, LOCNET_HTML_LONG,
                                                 LOCNET_HTML_TEXT, LOCNET_HTML_NUMBER,
                                                 LOCNET_HTML_NUMBER, LOCNET_HTML_NUMBER};
    const locnet_network_t *net = report->net;
    const locnet_bridges_t *bridges = report->bridges;
    size_t n = (size_t)igraph_vector_int_size(report->bridge_order);
    fputs("<h3>Bridges</h3>\n<p>", out);
    locnet_html_count(out, (long long)n);
    fputs(n == 1 ? " partnership" : " partnerships", out);
    fputs(" whose loss would split their part of the network (a pair linked by several "
          "partnerships is never a bridge), with the localities left on each side.</p>\n",
          out);
    if (n == 0)
        return;
    locnet_html_table_t table;
    locnet_html_table_begin(&table, out, "bridges", NULL, headers, kinds, 6, n, report->top);
    for (size_t i = 0; i < n; i++) {
        igraph_integer_t k = VECTOR(*report->bridge_order)[i];
        igraph_integer_t e = VECTOR(bridges->edges)[k];
        double since = locnet_partnership_number(net, LOCNET_E_SINCE, e);
        char year[32] = "";
        if (!isnan(since))
            snprintf(year, sizeof year, "%.0f", since);
        locnet_html_row_begin(&table, NULL);
        locnet_html_cell(&table, locnet_locality_text(net, LOCNET_V_NAME, IGRAPH_FROM(&net->graph, e)),
                         LOCNET_HTML_LONG);
        locnet_html_cell(&table, locnet_locality_text(net, LOCNET_V_NAME, IGRAPH_TO(&net->graph, e)),
                         LOCNET_HTML_LONG);
        locnet_html_cell(&table, locnet_partnership_text(net, LOCNET_E_KIND, e), LOCNET_HTML_TEXT);
        locnet_html_cell(&table, year, LOCNET_HTML_NUMBER);
        locnet_html_cell_count(&table, VECTOR(bridges->from_side)[k]);
        locnet_html_cell_count(&table, VECTOR(bridges->to_side)[k]);
        locnet_html_row_end(&table);
    }
    locnet_html_table_end(&table);
}

/* One row per community: its number, size and members by name. */
static void write_communities(const locnet_report_t *report, FILE *out)
{
    static const char *const headers[] = {"community", "localities", "members"};
    static const locnet_html_column_t kinds[] = {LOCNET_HTML_NUMBER, LOCNET_HTML_NUMBER,
                                                 LOCNET_HTML_LONG};
    const locnet_report_partition_t *communities = report->communities;
    const igraph_vector_int_t *members = communities->members;
    locnet_html_section_begin(out, "communities", "Communities");
    fputs("<p>", out);
    locnet_html_text(out, communities->method);
    if (!isnan(communities->modularity))
        fprintf(out, " Modularity: %.4f.", communities->modularity);
    fputs("</p>\n", out);
    locnet_html_table_t table;
    locnet_html_table_begin(&table, out, "community-table", NULL, headers, kinds, 3,
                            (size_t)communities->count, report->top);
    igraph_integer_t at = 0, total = igraph_vector_int_size(members);
    for (igraph_integer_t c = 0; c < communities->count; c++) {
        igraph_integer_t end = at;
        while (end < total && VECTOR(*communities->membership)[VECTOR(*members)[end]] == c)
            end++;
        locnet_html_row_begin(&table, NULL);
        locnet_html_cell_count(&table, (long long)c + 1);
        locnet_html_cell_count(&table, end - at);
        locnet_html_cell_begin(&table, LOCNET_HTML_LONG);
        for (igraph_integer_t i = at; i < end; i++) {
            if (i > at)
                fputs("; ", out);
            locnet_html_text(out, locnet_locality_text(report->net, LOCNET_V_NAME, VECTOR(*members)[i]));
        }
        locnet_html_cell_end(&table);
        locnet_html_row_end(&table);
        at = end;
    }
    locnet_html_table_end(&table);
    locnet_html_section_end(out);
}

locnet_status_t locnet_report_write_structure(const locnet_report_t *report, FILE *out)
{
    if (report->communities != NULL)
        write_communities(report, out);
    locnet_html_section_begin(out, "weak-points", "Weak points");
    write_cut_vertices(report, out);
    write_bridges(report, out);
    locnet_html_section_end(out);
    return LOCNET_OK;
}
