/* io/write/report_rankings.c: the ranking tables and the data the page's script reads. */
#include "io/write/report_parts.h"

#include <math.h>
#include <string.h>

/* What each measure is, in a line (the formulas are in `locnet centrality -h`). */
static const char *const measure_meanings[LOCNET_MEASURE_COUNT] = {
    "Distinct partners.",
    "Partnerships, repeated ones counted.",
    "Share of shortest chains between other localities that pass through the locality: the "
    "brokers.",
    "How near the locality is to the localities it reaches (Wasserman and Faust's scaling for "
    "networks in several parts); the column reachable counts them.",
    "Sum of 1 / distance to every other locality.",
    "Leading eigenvector of the adjacency matrix: partners of well-connected partners.",
    "PageRank with damping 0.85: where a walk along partnerships spends its time.",
    "Largest k such that the locality is in the k-core: the depth of its dense neighbourhood."};

/* Writes value as the page shows it: whole numbers as they are, others to 4 significant digits,
 * never in exponent form. */
static void format_value(locnet_measure_t measure, double value, char *buffer, size_t size)
{
    if (locnet_measure_is_integer(measure) && isfinite(value))
        locnet_html_format_count((long long)value, buffer, size);
    else
        locnet_html_format_real(value, buffer, size);
}

/* The header cells of a ranking's table; *count receives their number. */
static void ranking_headers(const locnet_report_ranking_t *ranking, const char **headers,
                            locnet_html_column_t *kinds, size_t *count)
{
    static const char *const fixed[] = {"rank", "locality", "country", "level"};
    static const locnet_html_column_t fixed_kinds[] = {LOCNET_HTML_NUMBER, LOCNET_HTML_LONG,
                                                      LOCNET_HTML_TEXT, LOCNET_HTML_TEXT};
    size_t n = 0;
    for (; n < 4; n++) {
        headers[n] = fixed[n];
        kinds[n] = fixed_kinds[n];
    }
    headers[n] = locnet_measure_names[ranking->measure];
    kinds[n++] = LOCNET_HTML_NUMBER;
    if (ranking->reachable != NULL) {
        headers[n] = "reachable";
        kinds[n++] = LOCNET_HTML_NUMBER;
    }
    *count = n;
}

void locnet_report_locality_cells(locnet_html_table_t *table, const locnet_network_t *net,
                                  igraph_integer_t vertex)
{
    locnet_html_cell(table, locnet_locality_text(net, LOCNET_V_NAME, vertex));
    locnet_html_cell(table, locnet_locality_text(net, LOCNET_V_COUNTRY, vertex));
    locnet_html_cell(table, locnet_locality_text(net, LOCNET_V_LEVEL, vertex));
}

typedef struct ranking_rows {
    const locnet_report_t *report;
    const locnet_report_ranking_t *ranking;
} ranking_rows_t;

static locnet_status_t write_ranking_row(locnet_html_table_t *table, size_t row, const void *data)
{
    const ranking_rows_t *rows = data;
    const locnet_report_ranking_t *ranking = rows->ranking;
    igraph_integer_t v = VECTOR(*ranking->order)[row];
    char value[64];
    locnet_html_row_begin(table, NULL);
    locnet_html_cell_count(table, (long long)row + 1);
    locnet_report_locality_cells(table, rows->report->net, v);
    format_value(ranking->measure, VECTOR(*ranking->values)[v], value, sizeof value);
    locnet_html_cell(table, value);
    if (ranking->reachable != NULL)
        locnet_html_cell_count(table, VECTOR(*ranking->reachable)[v]);
    locnet_html_row_end(table);
    return LOCNET_OK;
}

static void write_ranking(const locnet_report_t *report, size_t index, FILE *out)
{
    const locnet_report_ranking_t *ranking = &report->rankings[index];
    const char *name = locnet_measure_names[ranking->measure];
    fprintf(out, "<div class=\"ranking\" id=\"ranking-%s\" data-ranking=\"%zu\">\n<h3>%c%s</h3>\n",
            name, index, name[0] - 'a' + 'A', name + 1);
    fputs("<p class=\"note\">", out);
    locnet_html_text(out, measure_meanings[ranking->measure]);
    if (ranking->note != NULL) {
        fputc(' ', out);
        locnet_html_text(out, ranking->note);
    }
    fputs("</p>\n", out);
    const char *headers[6];
    locnet_html_column_t kinds[6];
    locnet_html_table_spec_t spec = {NULL, headers, kinds, 0,
                                     (size_t)igraph_vector_int_size(ranking->order), report->top,
                                     true};
    ranking_headers(ranking, headers, kinds, &spec.columns);
    ranking_rows_t rows = {report, ranking};
    locnet_html_table_write(out, &spec, write_ranking_row, &rows);
    fputs("</div>\n", out);
}

locnet_status_t locnet_report_write_rankings(const locnet_report_t *report, FILE *out)
{
    locnet_html_section_begin(out, "rankings", "Rankings");
    fputs("<p>Every locality ranked by each centrality measure, computed by igraph on the "
          "network after the filters. Click a column's heading to sort by it. The search box "
          "finds localities by name or alias, ignoring case, spaces, hyphens and accents, as "
          "the command line does.</p>\n"
          "<p class=\"search\"><label for=\"search\">Find a locality:</label> "
          "<input type=\"search\" id=\"search\" autocomplete=\"off\" placeholder=\"Ha Noi\"> "
          "<span id=\"search-count\"></span></p>\n"
          "<div class=\"tabs\" role=\"tablist\" hidden>",
          out);
    for (size_t i = 0; i < report->ranking_count; i++)
        fprintf(out, "<button type=\"button\" role=\"tab\" data-ranking=\"%zu\" "
                     "aria-selected=\"%s\">%s</button>",
                i, i == 0 ? "true" : "false", locnet_measure_names[report->rankings[i].measure]);
    fputs("</div>\n", out);
    for (size_t i = 0; i < report->ranking_count; i++)
        write_ranking(report, i, out);
    locnet_html_section_end(out);
    return LOCNET_OK;
}

/* [id,name,key,country,level,degree] per locality. */
static void write_localities(const locnet_report_t *report, FILE *out)
{
    const locnet_network_t *net = report->net;
    static const char *const attributes[] = {LOCNET_V_ID, LOCNET_V_NAME, NULL, LOCNET_V_COUNTRY,
                                             LOCNET_V_LEVEL};
    fputs("\"localities\":[", out);
    for (igraph_integer_t v = 0; v < locnet_locality_count(net); v++) {
        fputs(v == 0 ? "[" : ",\n[", out);
        for (size_t a = 0; a < sizeof attributes / sizeof attributes[0]; a++) {
            locnet_html_json_string(out, attributes[a] != NULL
                                             ? locnet_locality_text(net, attributes[a], v)
                                             : report->keys->items[v]);
            fputc(',', out);
        }
        fprintf(out, "%.0f]", VECTOR(*report->degree)[v]);
    }
    fputs("]", out);
}

/* {"measure":NAME,"order":[...],"values":[[TEXT,...],...]} */
static void write_ranking_data(const locnet_report_ranking_t *ranking, FILE *out)
{
    fprintf(out, "{\"measure\":\"%s\",\"order\":[", locnet_measure_names[ranking->measure]);
    igraph_integer_t n = igraph_vector_int_size(ranking->order);
    for (igraph_integer_t r = 0; r < n; r++)
        fprintf(out, "%s%lld", r == 0 ? "" : ",", (long long)VECTOR(*ranking->order)[r]);
    fputs("],\n\"values\":[", out);
    char value[64];
    for (igraph_integer_t v = 0; v < n; v++) {
        format_value(ranking->measure, VECTOR(*ranking->values)[v], value, sizeof value);
        fprintf(out, "%s[\"%s\"", v == 0 ? "" : ",", value);
        if (ranking->reachable != NULL) {
            locnet_html_format_count(VECTOR(*ranking->reachable)[v], value, sizeof value);
            fprintf(out, ",\"%s\"", value);
        }
        fputc(']', out);
    }
    fputs("]}", out);
}

locnet_status_t locnet_report_write_data(const locnet_report_t *report, FILE *out)
{
    fputs("<script type=\"application/json\" id=\"report-data\">{", out);
    write_localities(report, out);
    fprintf(out, ",\n\"top\":%zu,\n\"rankings\":[", report->top);
    for (size_t i = 0; i < report->ranking_count; i++) {
        if (i > 0)
            fputs(",\n", out);
        write_ranking_data(&report->rankings[i], out);
    }
    fputs("]}</script>\n", out);
    return LOCNET_OK;
}
