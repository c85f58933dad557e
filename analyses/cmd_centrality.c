/* analyses/cmd_centrality.c: locnet centrality [OPTIONS] [FILE]: rank localities by centrality. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "analyses/cli.h"
#include "analyses/cli_locality.h"
#include "analyses/cli_weights.h"
#include "analyses/commands.h"
#include "graph/centrality.h"
#include "graph/chunks.h"
#include "graph/ranking.h"
#include "graph/collation.h"

enum {
    OPT_MEASURE = 2000,
    OPT_RAW,
    OPT_DAMPING,
    OPT_SAMPLES,
    OPT_SEED,
    OPT_TOP,
    OPT_COUNTRY,
    OPT_JOBS
};

/* What the command was asked for, beyond the shared options. */
typedef struct request {
    locnet_measure_t measures[LOCNET_MEASURE_COUNT];  /* in the order given */
    int measure_count;
    bool measures_named;  /* --measure listed measures (not all) */
    locnet_centrality_options_t options;
    bool seed_given;
    long long top;        /* 0: every row */
    const char *country;  /* NULL: every country */
} request_t;

/* The help's lines about --weight, --distance and eigenvector ties. */
static void print_weight_notes(FILE *out)
{
    locnet_cli_print_weight_help(out, true, true);
    fputs("--weight serves strength (the sum of the weights), eigenvector and pagerank;\n"
          "--distance serves betweenness, closeness and harmonic (chains as short as the sum of\n"
          "their distances). Naming a measure that the given option does not serve is an error;\n"
          "with the default 'all', the other measures are computed without it. Values then\n"
          "equal NetworkX's weighted versions (weight= or distance=) on the simple graph.\n"
          "\n"
          "When components tie for the largest eigenvalue, eigenvector centrality is not unique:\n"
          "locnet then gives NetworkX's answer (each tied component's leading eigenvector scaled\n"
          "by the sum of its entries, so identical components get identical values) and says so\n"
          "on standard error.\n"
          "\n",
          out);
}

static void print_usage(FILE *out)
{
    fputs("usage: locnet centrality [OPTIONS] [FILE]\n"
          "\n"
          "Rank localities by centrality measures, computed by igraph on the whole network left by\n"
          "the filters. Every measure but strength is computed on the simple graph, where\n"
          "localities linked by several partnerships are linked once. With the defaults each value\n"
          "equals NetworkX 2.8's on that simple graph.\n"
          "\n"
          "Measures (n localities; d(v,u) partnerships on a shortest chain from v to u; r the\n"
          "number of localities v reaches, v not counted):\n"
          "  degree       number of distinct partners\n"
          "  strength     number of partnerships, repeated partnerships counted\n"
          "  betweenness  B(v) = sum over pairs {s,t} without v of sigma_st(v) / sigma_st\n"
          "               (sigma_st: shortest chains from s to t; sigma_st(v): those through v),\n"
          "               times 2 / ((n-1)(n-2)); --raw: B(v)\n"
          "  closeness    (r / (n-1)) * (r / sum of d(v,u) over the r reachable u), Wasserman and\n"
          "               Faust's scaling for disconnected networks; 0 when r = 0;\n"
          "               --raw: 1 / sum of d(v,u). Followed by the column reachable: r\n"
          "  harmonic     sum over u != v of 1 / d(v,u) (unreachable u add 0)\n"
          "  eigenvector  leading eigenvector of the adjacency matrix, of unit Euclidean length\n"
          "  pagerank     PageRank with damping D (the values sum to 1; a locality without\n"
          "               partners links to every locality)\n"
          "  coreness     largest k such that the locality is in the k-core\n"
          "--raw changes betweenness and closeness only.\n"
          "\n"
          "Options:\n"
          "  --measure NAME[,NAME...]  measures to report, as columns in this order; 'all' (the\n"
          "                            default) is every measure in the order above\n"
          "  --raw                     unnormalised betweenness and closeness (see above)\n"
          "  --damping D               PageRank damping, from 0 to 1 (default 0.85)\n"
          "  --samples K               estimate betweenness, closeness and harmonic from K source\n"
          "                            localities drawn at random; K >= n is exact (see below)\n"
          "  --seed S                  seed of the draw for --samples (default 1): the same seed\n"
          "                            gives the same estimate\n"
          "  --jobs N                  worker processes for betweenness, closeness and harmonic\n"
          "                            (default: one per processor); any N gives the same values\n"
          "  --top N                   only the first N rows (of --country's, with --country)\n"
          "  --country CC              only the rows of localities of country CC; the measures\n"
          "                            are still computed on the whole network\n",
          out);
    print_weight_notes(out);
    fputs("Estimates (--samples K): betweenness sums the dependencies of the pairs from the K\n"
          "sources (igraph_betweenness_subset) and scales them by n/K, so that the estimate's\n"
          "expectation is the exact value. For closeness and harmonic, the k sources in a\n"
          "locality's component (itself not counted) stand for the r localities it reaches: the\n"
          "mean distance to them estimates the mean distance d, and r times their mean 1/d\n"
          "estimates harmonic; r is exact. Both means are unbiased, and with probability 1-p\n"
          "each is within (e-1)*sqrt(ln(2/p)/(2k)) for d (e: the largest distance from the\n"
          "locality) and sqrt(ln(2/p)/(2k)) for 1/d (Hoeffding's bound). k is about K*r/n.\n"
          "Localities whose component holds fewer than 16 other sources get exact values.\n"
          "\n"
          "Rows are sorted by the first measure, largest first (values equal to 12 significant\n"
          "digits tie), ties by name. rank is the position among all localities, whatever\n"
          "--country and --top leave out. Columns: rank,id,name,country,level, then one per\n"
          "measure, named as given to --measure. On a terminal, standard error shows the\n"
          "progress of long computations, and how long --samples would take instead.\n"
          "\n",
          out);
    locnet_cli_print_common_help(out);
}

/* Handles the command's own options. Returns 1, 0 for an option that is not one, -1 after a
 * usage message. */
static int parse_option(void *context, locnet_cli_t *cli, int option, const char *argument)
{
    request_t *request = context;
    long long value;
    char *end = NULL;
    switch (option) {
    case OPT_MEASURE:
        request->measures_named = strcmp(argument, "all") != 0;
        return locnet_cli_parse_measures(cli, argument, request->measures,
                                         &request->measure_count);
    case OPT_RAW:
        request->options.raw = true;
        return 1;
    case OPT_DAMPING:
        errno = 0;
        request->options.damping = strtod(argument, &end);
        if (errno != 0 || end == argument || *end != '\0' ||
            !(request->options.damping >= 0 && request->options.damping <= 1)) {
            locnet_cli_usage_error(cli, "--damping needs a number from 0 to 1, not \"%s\"", argument);
            return -1;
        }
        return 1;
    case OPT_SAMPLES:
        if (!locnet_cli_parse_whole(argument, 1, INT64_MAX, &value)) {
            locnet_cli_usage_error(cli, "--samples needs a whole number of at least 1, not \"%s\"",
                                   argument);
            return -1;
        }
        request->options.samples = (igraph_integer_t)value;
        return 1;
    case OPT_SEED:
        if (!locnet_cli_parse_whole(argument, 0, INT64_MAX, &value)) {
            locnet_cli_usage_error(cli, "--seed needs a whole number of at least 0, not \"%s\"",
                                   argument);
            return -1;
        }
        request->options.seed = (igraph_uint_t)value;
        request->seed_given = true;
        return 1;
    case OPT_TOP:
        if (!locnet_cli_parse_whole(argument, 1, INT64_MAX, &request->top)) {
            locnet_cli_usage_error(cli, "--top needs a whole number of at least 1, not \"%s\"",
                                   argument);
            return -1;
        }
        return 1;
    case OPT_JOBS:
        return locnet_cli_parse_jobs(cli, argument, &request->options.jobs) ? 1 : -1;
    case OPT_COUNTRY:
        if (argument[0] == '\0') {
            locnet_cli_usage_error(cli, "--country needs a country code");
            return -1;
        }
        request->country = argument;
        return 1;
    default:
        return locnet_cli_weight_option(cli, option, argument);
    }
}

/* ---- progress, on standard error when it is a terminal ---- */

#define HINT_SAMPLES 1000    /* the --samples suggested instead of a long exact computation */
#define HINT_AFTER 5.0       /* seconds of exact work left that call for the suggestion */

static int progress_shown = -1;  /* the percentage on the progress line; -1: no line */
static const char *progress_message;
static double progress_started;  /* when progress_message first came, seconds */
static igraph_integer_t progress_localities;

static double seconds_now(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec + (double)now.tv_nsec / 1e9;
}

/* For an exact computation, the time left and how long --samples would take, when that is
 * worth saying; "" otherwise. */
static void format_hint(const char *message, double percent, char *hint, size_t size)
{
    hint[0] = '\0';
    double elapsed = seconds_now() - progress_started;
    if (strncmp(message, "exact ", 6) != 0 || percent <= 0 || elapsed <= 0)
        return;
    double total = elapsed * 100 / percent;
    if (total - elapsed < HINT_AFTER || progress_localities <= 2 * HINT_SAMPLES)
        return;
    snprintf(hint, size, ", about %.0f s left (--samples %d would take about %.1f s)",
             total - elapsed, HINT_SAMPLES,
             total * HINT_SAMPLES / (double)progress_localities);
}

/* igraph's messages read "Betweenness centrality: ", locnet's "exact betweenness"; shown in
 * lowercase, as locnet writes. */
static igraph_error_t show_progress(const char *message, igraph_real_t percent, void *data)
{
    (void)data;
    int whole = percent < 0 ? 0 : percent > 100 ? 100 : (int)percent;
    if (message == NULL || message[0] == '\0')
        message = "computing: ";
    if (message != progress_message)
        progress_started = seconds_now();
    if (whole != progress_shown || message != progress_message) {
        char hint[128];
        format_hint(message, percent, hint, sizeof hint);
        size_t length = strlen(message);
        const char *separator = length > 0 && message[length - 1] == ' ' ? "" : ": ";
        fprintf(stderr, "\rlocnet centrality: %c%s%s%3d %%%s\033[K",
                tolower((unsigned char)message[0]), message + 1, separator, whole, hint);
        fflush(stderr);
        progress_shown = whole;
        progress_message = message;
    }
    return IGRAPH_SUCCESS;
}

/* Clears the progress line, if any. */
static void end_progress(void)
{
    if (progress_shown >= 0)
        fputs("\r\033[K", stderr);
    progress_shown = -1;
}

/* ---- the report ---- */

static locnet_status_t init_report(const request_t *request, locnet_table_t *report)
{
    const char *headers[1 + LOCNET_LOCALITY_COLUMN_COUNT + LOCNET_MEASURE_COUNT + 1] = {
        "rank", LOCNET_LOCALITY_COLUMNS};
    size_t columns = 1 + LOCNET_LOCALITY_COLUMN_COUNT;
    for (int i = 0; i < request->measure_count; i++) {
        headers[columns++] = locnet_measure_names[request->measures[i]];
        if (request->measures[i] == LOCNET_MEASURE_CLOSENESS)
            headers[columns++] = "reachable";
    }
    return locnet_table_init(report, columns, headers);
}

static locnet_status_t add_report_row(const locnet_network_t *net, const request_t *request,
                                      const locnet_centrality_t *result, igraph_integer_t vertex,
                                      long long rank, locnet_table_t *report)
{
    size_t row;
    locnet_status_t status = locnet_table_add_row(report, &row);
    if (status != LOCNET_OK)
        return status;
    locnet_table_set_integer(report, row, 0, rank);
    locnet_report_borrow_locality(report, row, 1, net, vertex);  /* net outlives the report */
    size_t column = 1 + LOCNET_LOCALITY_COLUMN_COUNT;
    for (int i = 0; status == LOCNET_OK && i < request->measure_count; i++) {
        locnet_measure_t measure = request->measures[i];
        double value = VECTOR(result->values[measure])[vertex];
        if (locnet_measure_is_integer(measure))
            locnet_table_set_integer(report, row, column++, (long long)value);
        else
            locnet_table_set_real(report, row, column++, value);
        if (measure == LOCNET_MEASURE_CLOSENESS)
            locnet_table_set_integer(report, row, column++,
                                     (long long)VECTOR(result->reachable)[vertex]);
    }
    return status;
}

/* Fills report with the rows request asks for, in order. */
static locnet_status_t build_report(const locnet_network_t *net, const request_t *request,
                                    const locnet_centrality_t *result, locnet_table_t *report)
{
    igraph_vector_int_t order;
    if (igraph_vector_int_init(&order, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    locnet_status_t status = locnet_rank_localities(net, &result->values[request->measures[0]], &order);
    size_t rows = (size_t)igraph_vector_int_size(&order);
    if (status == LOCNET_OK && request->country == NULL)  /* else unknown: grown as found */
        status = locnet_table_reserve(report, request->top > 0 && (size_t)request->top < rows
                                                  ? (size_t)request->top : rows);
    long long shown = 0;
    for (igraph_integer_t i = 0; status == LOCNET_OK && i < igraph_vector_int_size(&order); i++) {
        igraph_integer_t vertex = VECTOR(order)[i];
        if (request->top > 0 && shown >= request->top)
            break;
        if (request->country != NULL &&
            strcasecmp(locnet_locality_text(net, LOCNET_V_COUNTRY, vertex), request->country) != 0)
            continue;
        status = add_report_row(net, request, result, vertex, (long long)i + 1, report);
        shown++;
    }
    igraph_vector_int_destroy(&order);
    return status;
}

static void start(void *context)
{
    request_t *request = context;
    locnet_centrality_options_init(&request->options);
    request->options.jobs = locnet_chunks_processors();
    for (int m = 0; m < LOCNET_MEASURE_COUNT; m++)
        request->measures[request->measure_count++] = (locnet_measure_t)m;
}

static bool follows_chains(locnet_measure_t measure)
{
    return measure == LOCNET_MEASURE_BETWEENNESS || measure == LOCNET_MEASURE_CLOSENESS ||
           measure == LOCNET_MEASURE_HARMONIC;
}

static bool uses_weights(locnet_measure_t measure)
{
    return measure == LOCNET_MEASURE_STRENGTH || measure == LOCNET_MEASURE_EIGENVECTOR ||
           measure == LOCNET_MEASURE_PAGERANK;
}

/* --weight and --distance against the measures: a named measure that the given option does not
 * serve is a usage error (64). */
static int check_weights(locnet_cli_t *cli, const request_t *request)
{
    int weighted = -1, chained = -1;  /* the first such measure asked for */
    for (int i = request->measure_count - 1; i >= 0; i--) {
        if (uses_weights(request->measures[i]))
            weighted = i;
        if (follows_chains(request->measures[i]))
            chained = i;
    }
    const char *chain_name = chained >= 0 ? locnet_measure_names[request->measures[chained]] : "";
    if (!request->measures_named)
        return LOCNET_EXIT_OK;
    if (cli->weight != NULL && chained >= 0 && cli->distance == NULL)
        return locnet_cli_weight_misused(cli, LOCNET_VALUE_WEIGHT, chain_name);
    if (cli->distance != NULL && chained < 0)
        return locnet_cli_weight_misused(
            cli, LOCNET_VALUE_DISTANCE, locnet_measure_names[request->measures[0]]);
    if (cli->weight != NULL && weighted < 0)
        return locnet_cli_usage_error(cli, "--weight applies to strength, eigenvector and "
                                           "pagerank, and none of them is asked for");
    return LOCNET_EXIT_OK;
}

static int check(locnet_cli_t *cli, void *context, int argc, char **argv)
{
    const request_t *request = context;
    if (request->seed_given && request->options.samples == 0)
        return locnet_cli_usage_error(cli, "--seed needs --samples");
    return check_weights(cli, request);
}

/* What the user should hear about the values: measures computed without the weights or
 * distances given, and an eigenvector that is not unique. */
static void print_notes(const locnet_cli_t *cli, const request_t *request,
                        const locnet_centrality_t *result)
{
    bool chained = false;
    for (int i = 0; i < request->measure_count; i++)
        chained = chained || follows_chains(request->measures[i]);
    if (cli->weight != NULL && cli->distance == NULL && chained)
        fprintf(stderr, "locnet centrality: --weight serves strength, eigenvector and pagerank; "
                        "betweenness, closeness and harmonic count partnerships along chains "
                        "(--distance ATTRIBUTE gives them lengths)\n");
    if (result->computed[LOCNET_MEASURE_EIGENVECTOR] && result->eigenvector_tied > 1)
        fprintf(stderr, "locnet centrality: eigenvector centrality is not unique here: %lld "
                        "components share the largest eigenvalue, %.10g; as NetworkX does, each "
                        "gets its leading eigenvector scaled by the sum of its entries, so "
                        "identical components get identical values\n",
                (long long)result->eigenvector_tied, result->eigenvalue);
}

/* Says so when --country names no locality of the network, with the countries it has. */
static void check_country(const locnet_network_t *net, const request_t *request)
{
    igraph_integer_t n = locnet_locality_count(net);
    if (request->country == NULL)
        return;
    for (igraph_integer_t v = 0; v < n; v++) {
        if (strcasecmp(locnet_locality_text(net, LOCNET_V_COUNTRY, v), request->country) == 0)
            return;
    }
    fprintf(stderr, "locnet centrality: no locality of country %s in the network%s\n",
            request->country, n == 0 ? " (it has no locality)" : "; 'locnet summary' lists its "
                                                                  "countries");
}

/* Computes the measures request asks for, with progress on a terminal. */
static locnet_status_t compute(const locnet_network_t *net, request_t *request,
                               locnet_centrality_t *result)
{
    for (int i = 0; i < request->measure_count; i++)
        request->options.wanted[request->measures[i]] = true;
    igraph_progress_handler_t *previous = NULL;
    bool progress = isatty(STDERR_FILENO);
    if (progress) {
        progress_localities = locnet_locality_count(net);
        previous = igraph_set_progress_handler(show_progress);
    }
    locnet_status_t status = locnet_centrality_compute(&net->graph, &request->options, result);
    if (progress) {
        igraph_set_progress_handler(previous);
        end_progress();
    }
    return status;
}

static int run(locnet_cli_t *cli, locnet_network_t *net, void *context)
{
    request_t *request = context;
    locnet_centrality_t result;
    locnet_table_t report;
    igraph_vector_t weights, distances;
    memset(&report, 0, sizeof report);
    igraph_vector_init(&weights, 0);
    igraph_vector_init(&distances, 0);
    int code = LOCNET_EXIT_OK;
    if (cli->weight != NULL &&
        (code = locnet_cli_values(cli, net, cli->weight, LOCNET_VALUE_WEIGHT, &weights)) == 0)
        request->options.weights = &weights;
    if (code == 0 && cli->distance != NULL &&
        (code = locnet_cli_values(cli, net, cli->distance, LOCNET_VALUE_DISTANCE, &distances)) == 0)
        request->options.distances = &distances;
    locnet_status_t status = code == 0 ? compute(net, request, &result) : LOCNET_EDATA;
    igraph_vector_destroy(&weights);
    igraph_vector_destroy(&distances);
    if (code != 0)
        return code;
    if (status != LOCNET_OK) {
        fprintf(stderr, "locnet centrality: %s\n", status == LOCNET_ENOMEM
                    ? "out of memory" : "igraph could not compute the measures");
        return locnet_cli_exit_code(status);
    }
    print_notes(cli, request, &result);
    check_country(net, request);
    status = init_report(request, &report);
    if (status == LOCNET_OK)
        status = build_report(net, request, &result, &report);
    if (status != LOCNET_OK) {
        fprintf(stderr, "locnet centrality: out of memory\n");
        code = locnet_cli_exit_code(status);
        goto cleanup;
    }
    code = locnet_cli_write_table(cli, &report);
cleanup:
    locnet_table_destroy(&report);
    locnet_centrality_destroy(&result);
    return code;
}

static const struct option options[] = {
    {"measure", required_argument, NULL, OPT_MEASURE},
    {"raw", no_argument, NULL, OPT_RAW},
    {"damping", required_argument, NULL, OPT_DAMPING},
    {"samples", required_argument, NULL, OPT_SAMPLES},
    {"seed", required_argument, NULL, OPT_SEED},
    {"top", required_argument, NULL, OPT_TOP},
    {"country", required_argument, NULL, OPT_COUNTRY},
    {"jobs", required_argument, NULL, OPT_JOBS},
    LOCNET_WEIGHT_OPTIONS,
    {NULL, 0, NULL, 0}};

const locnet_command_hooks_t cmd_centrality = {
    .usage = print_usage, .options = options, .request_size = sizeof(request_t),
    .start = start, .option = parse_option, .prepare = check, .run = run};
