/* analyses/cmd_path.c: locnet path NAME NAME [FILE], or --pairs PAIRS [FILE]: the shortest chain
 * of partnerships between two localities, or between each pair of a file, in one run. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "analyses/cli.h"
#include "analyses/cli_locality.h"
#include "analyses/cli_weights.h"
#include "analyses/commands.h"
#include "analyses/path_pairs.h"

enum { OPT_PAIRS = 2000 };

static void print_usage(FILE *out)
{
    fputs("usage: locnet path [OPTIONS] NAME NAME [FILE]\n"
          "       locnet path [OPTIONS] --pairs PAIRS [FILE]\n"
          "\n"
          "Give a shortest chain of partnerships from the first locality to the second: the\n"
          "fewest partnerships (igraph's breadth-first search), or with --distance the smallest\n"
          "total distance (igraph's Dijkstra). Each NAME is an id, or a name or alias, ignoring\n"
          "case, spaces, hyphens and diacritics. A name that matches no locality, or several\n"
          "(they are listed with their ids), is an error with exit code 65.\n"
          "\n"
          "One row per locality along the chain: step (0 for the first), id,name,country,level,\n"
          "then for the partnership that reaches it from the previous locality its kind and\n"
          "since (of the shortest with --distance, then the oldest, when several link the two;\n"
          "since is empty when the year is unknown), partnerships, how many partnerships link\n"
          "the two, and with --distance the distance covered so far.\n"
          "\n"
          "When no chain exists the exit code is still 0: the table format says \"no path\n"
          "between ...\" and the other formats give a report without rows.\n"
          "\n"
          "Options:\n"
          "  --pairs PAIRS             answer every pair of localities of the CSV file PAIRS\n"
          "                            (two columns, the first and the second locality; a first\n"
          "                            row from,to is a header) in one run: one row per pair,\n"
          "                            pair (its number), from_id, from_name, to_id, to_name,\n"
          "                            length (partnerships on the chain, empty when there is\n"
          "                            none), distance with --distance, and path (the ids along\n"
          "                            the chain; a JSON array in json). Every name that matches\n"
          "                            no locality, or several, is reported as\n"
          "                            PAIRS:LINE:COLUMN, and nothing is written (exit 65)\n",
          out);
    locnet_cli_print_weight_help(out, false, true);
    fputs("(--weight does not apply: a path needs lengths, not strengths.)\n\n", out);
    locnet_cli_print_common_help(out);
}

/* The names given on the command line, or the pairs of --pairs. */
typedef struct request {
    const char *from_name;
    const char *to_name;
    const char *pairs_path;
    locnet_pair_queries_t pairs;
} request_t;

/* True when partnership e comes before f: shorter (with distances), then older (unknown years
 * last), then first in the file. */
static bool comes_first(const locnet_network_t *net, const igraph_vector_t *distances,
                        igraph_integer_t e, igraph_integer_t f)
{
    if (distances != NULL && VECTOR(*distances)[e] != VECTOR(*distances)[f])
        return VECTOR(*distances)[e] < VECTOR(*distances)[f];
    double since_e = locnet_partnership_number(net, LOCNET_E_SINCE, e);
    double since_f = locnet_partnership_number(net, LOCNET_E_SINCE, f);
    if (isnan(since_e) != isnan(since_f))
        return !isnan(since_e);
    if (!isnan(since_e) && since_e != since_f)
        return since_e < since_f;
    return e < f;
}

/* The partnership between a and b that comes first into *edge, and how many there are into
 * *count. */
static locnet_status_t pick_partnership(const locnet_network_t *net,
                                        const igraph_vector_t *distances, igraph_integer_t a,
                                        igraph_integer_t b, igraph_integer_t *edge,
                                        igraph_integer_t *count)
{
    igraph_vector_int_t edges;
    if (igraph_vector_int_init(&edges, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    if (igraph_get_all_eids_between(&net->graph, &edges, a, b, false) != IGRAPH_SUCCESS) {
        igraph_vector_int_destroy(&edges);
        return LOCNET_ENOMEM;
    }
    *count = igraph_vector_int_size(&edges);
    *edge = -1;
    for (igraph_integer_t i = 0; i < *count; i++) {
        igraph_integer_t e = VECTOR(edges)[i];
        if (*edge < 0 || comes_first(net, distances, e, *edge))
            *edge = e;
    }
    igraph_vector_int_destroy(&edges);
    return LOCNET_OK;
}

/* A shortest chain from one locality to the other into chain (its localities; empty when there
 * is none): by partnerships, or by distance. An unreachable target gives an igraph warning,
 * which is ignored. */
static locnet_status_t shortest_chain(const locnet_network_t *net, const igraph_vector_t *distances,
                                      igraph_integer_t from, igraph_integer_t to,
                                      igraph_vector_int_t *chain)
{
    igraph_error_t error =
        distances != NULL
            ? igraph_get_shortest_path_dijkstra(&net->graph, chain, NULL, from, to, distances,
                                                IGRAPH_ALL)
            : igraph_get_shortest_path(&net->graph, chain, NULL, from, to, IGRAPH_ALL);
    return error == IGRAPH_SUCCESS ? LOCNET_OK : LOCNET_ENOMEM;
}

/* Fills report with the chain of vertices (one row each); *total gets its distance. */
static locnet_status_t list_chain(const locnet_network_t *net, const igraph_vector_t *distances,
                                  const igraph_vector_int_t *chain, locnet_table_t *report,
                                  double *total)
{
    locnet_status_t status = LOCNET_OK;
    const size_t column = 1 + LOCNET_LOCALITY_COLUMN_COUNT;
    *total = 0;
    for (igraph_integer_t i = 0; status == LOCNET_OK && i < igraph_vector_int_size(chain); i++) {
        igraph_integer_t vertex = VECTOR(*chain)[i], edge, count;
        size_t row;
        if ((status = locnet_table_add_row(report, &row)) != LOCNET_OK)
            break;
        locnet_table_set_integer(report, row, 0, (long long)i);
        status = locnet_report_set_locality(report, row, 1, net, vertex);
        if (distances != NULL)
            locnet_table_set_real(report, row, column + 3, *total);
        if (status != LOCNET_OK || i == 0)
            continue;
        status = pick_partnership(net, distances, VECTOR(*chain)[i - 1], vertex, &edge, &count);
        if (status != LOCNET_OK)
            break;
        status = locnet_table_set_text(report, row, column, locnet_partnership_text(net, LOCNET_E_KIND, edge));
        double since = locnet_partnership_number(net, LOCNET_E_SINCE, edge);
        if (!isnan(since))
            locnet_table_set_integer(report, row, column + 1, (long long)since);
        locnet_table_set_integer(report, row, column + 2, (long long)count);
        if (distances != NULL) {
            *total += VECTOR(*distances)[edge];
            locnet_table_set_real(report, row, column + 3, *total);
        }
    }
    return status;
}

/* "Name (id)" of a vertex into a new string. */
static char *describe(const locnet_network_t *net, igraph_integer_t vertex)
{
    return locnet_cli_format_text("%s (%s)", locnet_locality_text(net, LOCNET_V_NAME, vertex),
                                  locnet_locality_text(net, LOCNET_V_ID, vertex));
}

/* The table format's first line for a chain of report->rows localities. */
static char *chain_heading(const locnet_network_t *net, igraph_integer_t from, igraph_integer_t to,
                           size_t rows, const igraph_vector_t *distances, double total)
{
    char *from_text = describe(net, from), *to_text = describe(net, to), *heading = NULL;
    char distance[420] = "";
    if (distances != NULL) {
        strcpy(distance, ", distance ");
        locnet_format_real(total, distance + strlen(distance), sizeof distance - strlen(distance));
    }
    if (from_text != NULL && to_text != NULL && rows == 0)
        heading = locnet_cli_format_text("no path between %s and %s", from_text, to_text);
    else if (from_text != NULL && to_text != NULL)
        heading = locnet_cli_format_text("%s to %s: %zu partnership%s%s", from_text, to_text,
                                         rows - 1, rows == 2 ? "" : "s", distance);
    free(from_text);
    free(to_text);
    return heading;
}

/* Finds a shortest chain from one locality to the other, fills report (initialised here) and
 * makes *heading (caller frees) for the table format. */
static locnet_status_t find_path(const locnet_network_t *net, const igraph_vector_t *distances,
                                 igraph_integer_t from, igraph_integer_t to,
                                 locnet_table_t *report, char **heading)
{
    static const char *const headers[] = {"step", LOCNET_LOCALITY_COLUMNS, "kind", "since",
                                          "partnerships", "distance"};
    size_t columns = sizeof headers / sizeof headers[0] - (distances == NULL);
    igraph_vector_int_t chain;
    double total = 0;
    locnet_status_t status = locnet_table_init(report, columns, headers);
    if (status != LOCNET_OK)
        return status;
    if (igraph_vector_int_init(&chain, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    status = shortest_chain(net, distances, from, to, &chain);
    if (status == LOCNET_OK)
        status = list_chain(net, distances, &chain, report, &total);
    if (status == LOCNET_OK) {
        *heading = chain_heading(net, from, to, report->rows, distances, total);
        status = *heading != NULL ? LOCNET_OK : LOCNET_ENOMEM;
    }
    igraph_vector_int_destroy(&chain);
    return status;
}

/* ---- many pairs ---- */

/* One row of the pairs report: the pair's ends, and its chain's length, distance and ids. */
static locnet_status_t add_pair_row(const locnet_network_t *net, const igraph_vector_t *distances,
                                    size_t pair, igraph_integer_t from, igraph_integer_t to,
                                    const igraph_vector_int_t *chain, locnet_table_t *report)
{
    size_t row;
    locnet_list_t ids;
    locnet_list_init(&ids);
    locnet_status_t status = locnet_table_add_row(report, &row);
    igraph_integer_t length = igraph_vector_int_size(chain);
    double total = 0;
    if (status != LOCNET_OK)
        return status;
    locnet_table_set_integer(report, row, 0, (long long)pair + 1);
    const igraph_integer_t ends[2] = {from, to};
    for (size_t i = 0; status == LOCNET_OK && i < 4; i++)
        status = locnet_table_set_text(report, row, 1 + i, locnet_locality_text(
                                           net, i % 2 ? LOCNET_V_NAME : LOCNET_V_ID, ends[i / 2]));
    for (igraph_integer_t i = 0; status == LOCNET_OK && i < length; i++) {
        igraph_integer_t edge, count;
        status = locnet_list_append(&ids, locnet_locality_text(net, LOCNET_V_ID, VECTOR(*chain)[i]));
        if (status == LOCNET_OK && i > 0 && distances != NULL &&
            (status = pick_partnership(net, distances, VECTOR(*chain)[i - 1], VECTOR(*chain)[i],
                                       &edge, &count)) == LOCNET_OK)
            total += VECTOR(*distances)[edge];
    }
    if (length > 0) {
        locnet_table_set_integer(report, row, 5, (long long)length - 1);
        if (distances != NULL)
            locnet_table_set_real(report, row, 6, total);
    }
    if (status == LOCNET_OK)
        status = locnet_table_set_list(report, row, report->columns - 1, &ids);
    locnet_list_destroy(&ids);
    return status;
}

/* Answers every pair of ends (two localities per pair) into report and *heading. */
static locnet_status_t find_paths(const locnet_network_t *net, const igraph_vector_t *distances,
                                  const igraph_vector_int_t *ends, locnet_table_t *report,
                                  char **heading)
{
    static const char *const headers[] = {"pair", "from_id", "from_name", "to_id", "to_name",
                                          "length", "distance", "path"};
    const char *used[8];
    size_t columns = 0, pairs = (size_t)igraph_vector_int_size(ends) / 2, linked = 0;
    for (size_t c = 0; c < 8; c++) {
        if (c != 6 || distances != NULL)
            used[columns++] = headers[c];
    }
    igraph_vector_int_t chain;
    locnet_status_t status = locnet_table_init(report, columns, used);
    if (status != LOCNET_OK || igraph_vector_int_init(&chain, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    for (size_t p = 0; status == LOCNET_OK && p < pairs; p++) {
        igraph_integer_t from = VECTOR(*ends)[2 * p], to = VECTOR(*ends)[2 * p + 1];
        status = shortest_chain(net, distances, from, to, &chain);
        linked += igraph_vector_int_size(&chain) > 0;
        if (status == LOCNET_OK)
            status = add_pair_row(net, distances, p, from, to, &chain, report);
    }
    igraph_vector_int_destroy(&chain);
    if (status == LOCNET_OK) {
        *heading = locnet_cli_format_text("%zu pair%s: %zu linked by a chain, %zu not", pairs,
                                          pairs == 1 ? "" : "s", linked, pairs - linked);
        status = *heading != NULL ? LOCNET_OK : LOCNET_ENOMEM;
    }
    return status;
}

/* ---- the command ---- */

static int parse_option(void *context, locnet_cli_t *cli, int option, const char *argument)
{
    request_t *request = context;
    if (option != OPT_PAIRS)
        return locnet_cli_weight_option(cli, option, argument);
    request->pairs_path = argument;
    return 1;
}

static int take_names(locnet_cli_t *cli, void *context, int argc, char **argv)
{
    request_t *request = context;
    if (cli->weight != NULL)
        return locnet_cli_weight_misused(cli, LOCNET_VALUE_WEIGHT, "path");
    if (request->pairs_path != NULL)
        return locnet_path_pairs_read(cli, request->pairs_path, &request->pairs);
    int code = locnet_cli_take_name(cli, argc, argv, "first locality name", &request->from_name);
    if (code == LOCNET_EXIT_OK)
        code = locnet_cli_take_name(cli, argc, argv, "second locality name", &request->to_name);
    return code;
}

/* The report for the names or the pairs asked for; returns an exit code. */
static int answer(locnet_cli_t *cli, const locnet_network_t *net, const request_t *request,
                  const igraph_vector_t *distances, locnet_table_t *report, char **heading)
{
    igraph_vector_int_t ends;
    igraph_integer_t from, to;
    int code;
    locnet_status_t status = LOCNET_ENOMEM;
    if (igraph_vector_int_init(&ends, 0) != IGRAPH_SUCCESS)
        return LOCNET_EXIT_SOFTWARE;
    if (request->pairs_path != NULL) {
        if ((code = locnet_path_pairs_find(cli, net, &request->pairs, &ends)) == LOCNET_EXIT_OK)
            status = find_paths(net, distances, &ends, report, heading);
    } else if ((code = locnet_cli_find_locality(cli, net, request->from_name, &from)) == 0 &&
               (code = locnet_cli_find_locality(cli, net, request->to_name, &to)) == 0) {
        status = find_path(net, distances, from, to, report, heading);
    }
    igraph_vector_int_destroy(&ends);
    if (code == LOCNET_EXIT_OK && status != LOCNET_OK) {
        fprintf(stderr, "locnet path: out of memory\n");
        code = locnet_cli_exit_code(status);
    }
    return code;
}

static int run(locnet_cli_t *cli, locnet_network_t *net, void *context)
{
    const request_t *request = context;
    locnet_table_t report;
    igraph_vector_t distances;
    char *heading = NULL;
    memset(&report, 0, sizeof report);
    igraph_vector_init(&distances, 0);
    int code = cli->distance != NULL ? locnet_cli_values(cli, net, cli->distance,
                                                         LOCNET_VALUE_DISTANCE, &distances)
                                     : LOCNET_EXIT_OK;
    if (code == LOCNET_EXIT_OK)
        code = answer(cli, net, request, cli->distance != NULL ? &distances : NULL, &report,
                      &heading);
    if (code == LOCNET_EXIT_OK)
        code = locnet_cli_write_headed(cli, heading, &report);
    free(heading);
    locnet_table_destroy(&report);
    igraph_vector_destroy(&distances);
    return code;
}

static void finish(void *context)
{
    locnet_path_pairs_destroy(&((request_t *)context)->pairs);
}

static const struct option options[] = {
    {"pairs", required_argument, NULL, OPT_PAIRS},
    LOCNET_WEIGHT_OPTIONS,
    {NULL, 0, NULL, 0}};

const locnet_command_hooks_t cmd_path = {
    .usage = print_usage, .options = options, .request_size = sizeof(request_t),
    .option = parse_option, .prepare = take_names, .run = run, .finish = finish};
