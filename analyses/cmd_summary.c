/* analyses/cmd_summary.c: locnet summary [FILE]: what a network holds, at a glance. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "analyses/cli.h"
#include "analyses/commands.h"
#include "analyses/summary.h"
#include "graph/chunks.h"
#include "graph/components.h"
#include "graph/statistics.h"
#include "graph/topology.h"

enum { OPT_DEGREES = 2000, OPT_JOBS };

/* --degrees: add the degree distribution; --jobs: worker processes for the path lengths. */
typedef struct request {
    bool degrees;
    int jobs;
} request_t;

/* Everything summary reports, as one long-form table (section, item, value) that the human
 * view regroups. */
typedef struct summary {
    const locnet_network_t *net;
    locnet_table_t rows;
    long long without_year;
    double first_year;
    double last_year;
    double first_event;
    double last_event;
    locnet_components_t components;
    bool have_components;
    bool degrees;  /* the degree distribution section */
    bool no_paths; /* without the diameter and the average path length */
    int jobs;      /* worker processes for them */
} summary_t;

static const char *const summary_columns[] = {"section", "item", "value"};

static locnet_status_t add_row(summary_t *summary, const char *section, const char *item,
                               double value, bool is_real)
{
    size_t row;
    locnet_status_t status = locnet_table_add_row(&summary->rows, &row);
    if (status == LOCNET_OK)
        status = locnet_table_set_text(&summary->rows, row, 0, section);
    if (status == LOCNET_OK)
        status = locnet_table_set_text(&summary->rows, row, 1, item);
    if (status != LOCNET_OK)
        return status;
    if (is_real)
        locnet_table_set_real(&summary->rows, row, 2, value);
    else if (!isnan(value))
        locnet_table_set_integer(&summary->rows, row, 2, (long long)value);
    return LOCNET_OK;
}

static int compare_text(const void *left, const void *right)
{
    return strcmp(*(const char *const *)left, *(const char *const *)right);
}

/* Adds one row per distinct key (sorted) with its count. keys[i] are borrowed strings. */
static locnet_status_t add_counts(summary_t *summary, const char *section, const char **keys,
                                  size_t count)
{
    qsort(keys, count, sizeof *keys, compare_text);
    locnet_status_t status = LOCNET_OK;
    for (size_t i = 0; status == LOCNET_OK && i < count;) {
        size_t j = i;
        while (j < count && strcmp(keys[j], keys[i]) == 0)
            j++;
        status = add_row(summary, section, keys[i], (double)(j - i), false);
        i = j;
    }
    return status;
}

static locnet_status_t count_localities(summary_t *summary)
{
    const locnet_network_t *net = summary->net;
    igraph_integer_t count = locnet_locality_count(net);
    const char **keys = calloc((size_t)count + 1, sizeof *keys);
    char **pairs = calloc((size_t)count + 1, sizeof *pairs);
    locnet_status_t status = LOCNET_ENOMEM;
    if (keys == NULL || pairs == NULL)
        goto cleanup;
    for (igraph_integer_t v = 0; v < count; v++) {
        const char *country = locnet_locality_text(net, LOCNET_V_COUNTRY, v);
        const char *level = locnet_locality_text(net, LOCNET_V_LEVEL, v);
        size_t size = strlen(country) + strlen(level) + 2;
        if ((pairs[v] = malloc(size)) == NULL)
            goto cleanup;
        snprintf(pairs[v], size, "%s %s", country, level);
        keys[v] = locnet_locality_text(net, LOCNET_V_COUNTRY, v);
    }
    status = add_row(summary, "localities", "total", (double)count, false);
    if (status == LOCNET_OK)
        status = add_counts(summary, "localities by country", keys, (size_t)count);
    for (igraph_integer_t v = 0; v < count; v++)
        keys[v] = pairs[v];
    if (status == LOCNET_OK)
        status = add_counts(summary, "localities by country and level", keys, (size_t)count);
cleanup:
    for (igraph_integer_t v = 0; pairs != NULL && v < count; v++)
        free(pairs[v]);
    free(pairs);
    free(keys);
    return status;
}

static locnet_status_t count_partnerships(summary_t *summary)
{
    const locnet_network_t *net = summary->net;
    igraph_integer_t count = locnet_partnership_count(net);
    const char **kinds = calloc((size_t)count + 1, sizeof *kinds);
    if (kinds == NULL)
        return LOCNET_ENOMEM;
    summary->first_year = summary->last_year = NAN;
    summary->without_year = 0;
    for (igraph_integer_t e = 0; e < count; e++) {
        kinds[e] = locnet_partnership_text(net, LOCNET_E_KIND, e);
        double since = locnet_partnership_number(net, LOCNET_E_SINCE, e);
        if (isnan(since)) {
            summary->without_year++;
            continue;
        }
        if (isnan(summary->first_year) || since < summary->first_year)
            summary->first_year = since;
        if (isnan(summary->last_year) || since > summary->last_year)
            summary->last_year = since;
    }
    locnet_status_t status = add_row(summary, "partnerships", "total", (double)count, false);
    if (status == LOCNET_OK)
        status = add_counts(summary, "partnerships by kind", kinds, (size_t)count);
    free(kinds);
    if (status == LOCNET_OK)
        status = add_row(summary, "years", "first", summary->first_year, false);
    if (status == LOCNET_OK)
        status = add_row(summary, "years", "last", summary->last_year, false);
    if (status == LOCNET_OK)
        status = add_row(summary, "years", "partnerships without a year",
                         (double)summary->without_year, false);
    return status;
}

/* The events: how many, and the years of the first and the last to start. */
static locnet_status_t count_events(summary_t *summary)
{
    const locnet_network_t *net = summary->net;
    summary->first_event = summary->last_event = NAN;
    for (size_t i = 0; i < net->event_count; i++) {
        double year = locnet_event_year(&net->events[i]);
        if (isnan(summary->first_event) || year < summary->first_event)
            summary->first_event = year;
        if (isnan(summary->last_event) || year > summary->last_event)
            summary->last_event = year;
    }
    locnet_status_t status = add_row(summary, "events", "total", (double)net->event_count, false);
    if (status == LOCNET_OK)
        status = add_row(summary, "events", "first", summary->first_event, false);
    if (status == LOCNET_OK)
        status = add_row(summary, "events", "last", summary->last_event, false);
    return status;
}

/* The vital statistics of graph/statistics.h; undefined values are empty. */
static locnet_status_t add_statistics(summary_t *summary)
{
    locnet_statistics_t statistics;
    locnet_status_t status = summary->no_paths
                                 ? locnet_statistics_compute_local(summary->net, &statistics)
                                 : locnet_statistics_compute(summary->net, summary->jobs,
                                                             &statistics);
    const struct {
        const char *item;
        double value;
        bool is_real;
    } rows[] = {
        {"isolated localities", (double)statistics.isolated, false},
        {"transitivity", statistics.transitivity, true},
        {"average clustering", statistics.average_clustering, true},
        {"degree assortativity", statistics.assortativity, true},
        {"diameter", (double)statistics.diameter, false},
        {"average path length", statistics.average_path_length, true}};
    size_t count = sizeof rows / sizeof rows[0] - (summary->no_paths ? 2 : 0);
    for (size_t i = 0; status == LOCNET_OK && i < count; i++)
        status = add_row(summary, "structure", rows[i].item, rows[i].value, rows[i].is_real);
    return status;
}

/* Density over distinct linked pairs: 2 * pairs / (n (n - 1)). */
static locnet_status_t add_structure(summary_t *summary)
{
    const locnet_network_t *net = summary->net;
    locnet_status_t status = locnet_components_compute(net, &summary->components);
    if (status != LOCNET_OK)
        return status;
    summary->have_components = true;
    const locnet_components_t *components = &summary->components;
    igraph_integer_t n = locnet_locality_count(net);
    igraph_t simple;
    if ((status = locnet_simple_graph(&net->graph, &simple)) != LOCNET_OK)
        return status;
    igraph_real_t pairs = (igraph_real_t)igraph_ecount(&simple);
    igraph_destroy(&simple);
    status = add_row(summary, "structure", "linked pairs", pairs, false);
    if (status == LOCNET_OK)
        status = add_row(summary, "structure", "density", n > 1 ? 2 * pairs / ((double)n * (n - 1)) : 0, true);
    if (status == LOCNET_OK)
        status = add_row(summary, "structure", "components", (double)components->count, false);
    if (status == LOCNET_OK)
        status = add_row(summary, "structure", "largest component",
                         components->count ? (double)VECTOR(components->sizes)[0] : 0, false);
    return status == LOCNET_OK ? add_statistics(summary) : status;
}

/* The degree distribution: item the degree, value the number of localities. */
static locnet_status_t add_degrees(summary_t *summary)
{
    igraph_vector_int_t counts;
    if (igraph_vector_int_init(&counts, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    locnet_status_t status = locnet_degree_distribution(summary->net, &counts);
    for (igraph_integer_t d = 0; status == LOCNET_OK && d < igraph_vector_int_size(&counts); d++) {
        char degree[32];
        snprintf(degree, sizeof degree, "%lld", (long long)d);
        if (VECTOR(counts)[d] > 0)
            status = add_row(summary, "degree distribution", degree, (double)VECTOR(counts)[d],
                             false);
    }
    igraph_vector_int_destroy(&counts);
    return status;
}

/* Prints the rows of one section as a two-column table, or of several sections whose names
 * start with prefix. */
static locnet_status_t write_section(const summary_t *summary, const char *title,
                                     const char *section, const char *item_header,
                                     const char *value_header, FILE *out)
{
    const char *headers[] = {item_header, value_header};
    locnet_table_t table;
    locnet_status_t status = locnet_table_init(&table, 2, headers);
    for (size_t r = 0; status == LOCNET_OK && r < summary->rows.rows; r++) {
        const locnet_cell_t *cells = &summary->rows.cells[r * 3];
        if (strcmp(cells[0].text, section) != 0)
            continue;
        size_t row;
        if ((status = locnet_table_add_row(&table, &row)) != LOCNET_OK)
            break;
        status = locnet_table_set_text(&table, row, 0, cells[1].text);
        table.cells[row * 2 + 1] = cells[2];
        table.cells[row * 2 + 1].text = NULL;
    }
    if (status == LOCNET_OK) {
        fprintf(out, "\n%s\n", title);
        status = locnet_table_write(&table, LOCNET_FORMAT_TABLE, out);
    }
    locnet_table_destroy(&table);
    return status;
}

static locnet_status_t write_readable(const summary_t *summary, FILE *out)
{
    const locnet_network_t *net = summary->net;
    const locnet_components_t *components = &summary->components;
    locnet_status_t status = LOCNET_OK;
    long long localities = locnet_locality_count(net);
    long long partnerships = locnet_partnership_count(net);
    fprintf(out, "%lld localit%s, %lld partnership%s, %zu source%s", localities,
            localities == 1 ? "y" : "ies", partnerships, partnerships == 1 ? "" : "s",
            net->source_count, net->source_count == 1 ? "" : "s");
    if (net->event_count > 0)
        fprintf(out, ", %zu event%s", net->event_count, net->event_count == 1 ? "" : "s");
    fputc('\n', out);
    status = write_section(summary, "Localities by country", "localities by country", "country",
                           "localities", out);
    if (status == LOCNET_OK)
        status = write_section(summary, "Localities by country and level",
                               "localities by country and level", "country and level",
                               "localities", out);
    if (status == LOCNET_OK)
        status = write_section(summary, "Partnerships by kind", "partnerships by kind", "kind",
                               "partnerships", out);
    if (status == LOCNET_OK) {
        fputs("\nYears\n", out);
        if (locnet_partnership_count(net) == 0)
            fputs("no partnership", out);
        else if (isnan(summary->first_year))
            fputs("no partnership has a year", out);
        else
            fprintf(out, "%.0f to %.0f", summary->first_year, summary->last_year);
        if (locnet_partnership_count(net) > 0)
            fprintf(out, " (%lld partnership%s without a year)", summary->without_year,
                    summary->without_year == 1 ? "" : "s");
        fputc('\n', out);
        if (net->event_count > 0)
            fprintf(out, "\nEvents\n%zu, from %.0f to %.0f ('locnet events' lists them)\n",
                    net->event_count, summary->first_event, summary->last_event);
        fprintf(out, "\nComponents\n%lld, the largest with %lld localities\n",
                (long long)components->count,
                (long long)(components->count ? VECTOR(components->sizes)[0] : 0));
        status = write_section(summary, "Structure", "structure", "measure", "value", out);
    }
    if (status == LOCNET_OK && summary->degrees)
        status = write_section(summary, "Degree distribution", "degree distribution", "degree",
                               "localities", out);
    return ferror(out) ? LOCNET_EWRITE : status;
}

static locnet_status_t write_summary(const void *data, locnet_format_t format, FILE *out)
{
    const summary_t *summary = data;
    if (format == LOCNET_FORMAT_TABLE)
        return write_readable(summary, out);
    return locnet_table_write(&summary->rows, format, out);
}

static void print_usage(FILE *out)
{
    fputs("usage: locnet summary [OPTIONS] [FILE]\n"
          "\n"
          "Count the localities by country and by country and level, the partnerships by kind,\n"
          "give the span of years, the events (conferences; 'locnet events' lists them), the\n"
          "connected components and the network's structure.\n"
          "\n"
          "Structure, computed by igraph on the simple graph (localities linked by several\n"
          "partnerships are linked once); each equals NetworkX 2.8's function in brackets:\n"
          "  linked pairs          pairs of localities linked by at least one partnership\n"
          "  density               linked pairs over possible pairs (density)\n"
          "  components            connected components, and the size of the largest\n"
          "  isolated localities   localities without a partnership\n"
          "  transitivity          3 x triangles / connected triples, 0 without a connected\n"
          "                        triple (transitivity)\n"
          "  average clustering    mean clustering coefficient, localities with fewer than two\n"
          "                        partners counting 0 (average_clustering)\n"
          "  degree assortativity  correlation of the degrees at the two ends of each link;\n"
          "                        empty when undefined (degree_assortativity_coefficient)\n"
          "  diameter, average path length\n"
          "                        longest and mean shortest chain of partnerships between two\n"
          "                        localities of the largest component (diameter,\n"
          "                        average_shortest_path_length of that component)\n"
          "\n"
          "Options:\n"
          "  --degrees             add the degree distribution: for each number of distinct\n"
          "                        partners, how many localities have it (section \"degree\n"
          "                        distribution\", item the degree)\n"
          "  --jobs N              worker processes for the diameter and the average path\n"
          "                        length (default: one per processor); any N gives the same\n"
          "                        values\n"
          "\n",
          out);
    locnet_cli_print_input_help(out);
    fputc('\n', out);
    locnet_cli_print_output_help(out);
    fputs("  (csv, json and md give the long form: section, item, value)\n\n", out);
    locnet_cli_print_filter_help(out);
}

/* Fills summary (zeroed, with net set) with every row. */
static locnet_status_t build(summary_t *summary)
{
    locnet_status_t status = locnet_table_init(&summary->rows, 3, summary_columns);
    if (status == LOCNET_OK)
        status = count_localities(summary);
    if (status == LOCNET_OK)
        status = count_partnerships(summary);
    if (status == LOCNET_OK)
        status = count_events(summary);
    if (status == LOCNET_OK)
        status = add_structure(summary);
    if (status == LOCNET_OK && summary->degrees)
        status = add_degrees(summary);
    return status;
}

locnet_status_t locnet_summary_rows(const locnet_network_t *net, bool path_lengths,
                                    locnet_table_t *rows)
{
    summary_t summary;
    memset(&summary, 0, sizeof summary);
    summary.net = net;
    summary.no_paths = !path_lengths;
    summary.jobs = locnet_chunks_processors();
    locnet_status_t status = build(&summary);
    if (summary.have_components)
        locnet_components_destroy(&summary.components);
    if (status != LOCNET_OK) {
        locnet_table_destroy(&summary.rows);
        return status;
    }
    *rows = summary.rows;
    return LOCNET_OK;
}

static void start(void *context)
{
    ((request_t *)context)->jobs = locnet_chunks_processors();
}

static int parse_option(void *context, locnet_cli_t *cli, int option, const char *argument)
{
    request_t *request = context;
    switch (option) {
    case OPT_DEGREES:
        request->degrees = true;
        return 1;
    case OPT_JOBS:
        return locnet_cli_parse_jobs(cli, argument, &request->jobs) ? 1 : -1;
    default:
        return 0;
    }
}

static int run(locnet_cli_t *cli, locnet_network_t *net, void *context)
{
    const request_t *request = context;
    summary_t summary;
    memset(&summary, 0, sizeof summary);
    summary.net = net;
    summary.degrees = request->degrees;
    summary.jobs = request->jobs;
    int code;
    locnet_status_t status = build(&summary);
    if (status != LOCNET_OK) {
        fprintf(stderr, "locnet summary: out of memory\n");
        code = locnet_cli_exit_code(status);
        goto cleanup;
    }
    locnet_table_set_decimals(&summary.rows, 2, 4);
    code = locnet_cli_write(cli, write_summary, &summary);
cleanup:
    locnet_table_destroy(&summary.rows);
    if (summary.have_components)
        locnet_components_destroy(&summary.components);
    return code;
}

static const struct option options[] = {{"degrees", no_argument, NULL, OPT_DEGREES},
                                        {"jobs", required_argument, NULL, OPT_JOBS},
                                        {NULL, 0, NULL, 0}};

const locnet_command_hooks_t cmd_summary = {.usage = print_usage, .options = options,
                                            .request_size = sizeof(request_t),
                                            .start = start, .option = parse_option, .run = run};
