/* analyses/cmd_path.c: locnet path NAME NAME [FILE]: the shortest chain of partnerships between
 * two localities. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "analyses/cli.h"
#include "analyses/cli_locality.h"
#include "analyses/commands.h"

static void print_usage(FILE *out)
{
    fputs("usage: locnet path [OPTIONS] NAME NAME [FILE]\n"
          "\n"
          "Give a shortest chain of partnerships from the first locality to the second (igraph's\n"
          "breadth-first search: fewest partnerships). Each NAME is an id, or a name or alias,\n"
          "ignoring case, spaces, hyphens and diacritics. A name that matches no locality, or\n"
          "several (they are listed with their ids), is an error with exit code 65.\n"
          "\n"
          "One row per locality along the chain: step (0 for the first), id,name,country,level,\n"
          "then for the partnership that reaches it from the previous locality its kind and\n"
          "since (of the oldest when several link the two; since is empty when the year is\n"
          "unknown) and partnerships, how many partnerships link the two.\n"
          "\n"
          "When no chain exists the exit code is still 0: the table format says \"no path\n"
          "between ...\" and the other formats give a report without rows.\n"
          "\n",
          out);
    locnet_cli_print_common_help(out);
}

/* The oldest partnership between a and b (unknown years last, then file order) into *edge, and
 * how many there are into *count. */
static locnet_status_t pick_partnership(const locnet_network_t *net, igraph_integer_t a,
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
    double best = NAN;
    for (igraph_integer_t i = 0; i < *count; i++) {
        igraph_integer_t e = VECTOR(edges)[i];
        double since = locnet_partnership_number(net, LOCNET_E_SINCE, e);
        bool better = *edge < 0 || (!isnan(since) && (isnan(best) || since < best)) ||
                      (since == best && e < *edge) || (isnan(since) && isnan(best) && e < *edge);
        if (better) {
            *edge = e;
            best = since;
        }
    }
    igraph_vector_int_destroy(&edges);
    return LOCNET_OK;
}

/* Fills report with the chain of vertices (one row each). */
static locnet_status_t list_chain(const locnet_network_t *net, const igraph_vector_int_t *chain,
                                  locnet_table_t *report)
{
    locnet_status_t status = LOCNET_OK;
    const size_t column = 1 + LOCNET_LOCALITY_COLUMN_COUNT;
    for (igraph_integer_t i = 0; status == LOCNET_OK && i < igraph_vector_int_size(chain); i++) {
        igraph_integer_t vertex = VECTOR(*chain)[i];
        size_t row;
        if ((status = locnet_table_add_row(report, &row)) != LOCNET_OK)
            break;
        locnet_table_set_integer(report, row, 0, (long long)i);
        status = locnet_report_set_locality(report, row, 1, net, vertex);
        if (status != LOCNET_OK || i == 0)
            continue;
        igraph_integer_t edge, count;
        status = pick_partnership(net, VECTOR(*chain)[i - 1], vertex, &edge, &count);
        if (status != LOCNET_OK)
            break;
        status = locnet_table_set_text(report, row, column, locnet_partnership_text(net, LOCNET_E_KIND, edge));
        double since = locnet_partnership_number(net, LOCNET_E_SINCE, edge);
        if (!isnan(since))
            locnet_table_set_integer(report, row, column + 1, (long long)since);
        locnet_table_set_integer(report, row, column + 2, (long long)count);
    }
    return status;
}

/* "Name (id)" of a vertex into a new string. */
static char *describe(const locnet_network_t *net, igraph_integer_t vertex)
{
    return locnet_cli_format_text("%s (%s)", locnet_locality_text(net, LOCNET_V_NAME, vertex),
                                  locnet_locality_text(net, LOCNET_V_ID, vertex));
}

/* Finds a shortest chain from one locality to the other, fills report (initialised here) and
 * makes *heading (caller frees) for the table format. */
static locnet_status_t find_path(const locnet_network_t *net, igraph_integer_t from,
                                 igraph_integer_t to, locnet_table_t *report, char **heading)
{
    static const char *const headers[] = {"step", LOCNET_LOCALITY_COLUMNS, "kind", "since",
                                          "partnerships"};
    igraph_vector_int_t chain;
    char *from_text = NULL, *to_text = NULL;
    locnet_status_t status = locnet_table_init(report, sizeof headers / sizeof headers[0], headers);
    if (status != LOCNET_OK)
        return status;
    if (igraph_vector_int_init(&chain, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    /* an unreachable target gives an empty chain (and an igraph warning, which is ignored) */
    status = LOCNET_ENOMEM;
    if (igraph_get_shortest_path(&net->graph, &chain, NULL, from, to, IGRAPH_ALL) != IGRAPH_SUCCESS)
        goto cleanup;
    if ((status = list_chain(net, &chain, report)) != LOCNET_OK)
        goto cleanup;
    from_text = describe(net, from);
    to_text = describe(net, to);
    if (from_text != NULL && to_text != NULL) {
        if (report->rows == 0)
            *heading = locnet_cli_format_text("no path between %s and %s", from_text, to_text);
        else
            *heading = locnet_cli_format_text("%s to %s: %zu partnership%s", from_text, to_text,
                                              report->rows - 1, report->rows == 2 ? "" : "s");
    }
    status = *heading != NULL ? LOCNET_OK : LOCNET_ENOMEM;
cleanup:
    free(from_text);
    free(to_text);
    igraph_vector_int_destroy(&chain);
    return status;
}

/* The two locality names given on the command line. */
typedef struct request {
    const char *from_name;
    const char *to_name;
} request_t;

static int take_names(locnet_cli_t *cli, void *context, int argc, char **argv)
{
    request_t *request = context;
    int code = locnet_cli_take_name(cli, argc, argv, "first locality name", &request->from_name);
    if (code == LOCNET_EXIT_OK)
        code = locnet_cli_take_name(cli, argc, argv, "second locality name", &request->to_name);
    return code;
}

static int run(locnet_cli_t *cli, locnet_network_t *net, void *context)
{
    const request_t *request = context;
    locnet_table_t report;
    char *heading = NULL;
    memset(&report, 0, sizeof report);
    igraph_integer_t from, to;
    int code;
    if ((code = locnet_cli_find_locality(cli, net, request->from_name, &from)) != LOCNET_EXIT_OK ||
        (code = locnet_cli_find_locality(cli, net, request->to_name, &to)) != LOCNET_EXIT_OK)
        goto cleanup;
    locnet_status_t status = find_path(net, from, to, &report, &heading);
    if (status != LOCNET_OK) {
        fprintf(stderr, "locnet path: out of memory\n");
        code = locnet_cli_exit_code(status);
        goto cleanup;
    }
    code = locnet_cli_write_headed(cli, heading, &report);
cleanup:
    free(heading);
    locnet_table_destroy(&report);
    return code;
}

const locnet_command_hooks_t cmd_path = {.usage = print_usage, .request_size = sizeof(request_t),
                                         .prepare = take_names, .run = run};
