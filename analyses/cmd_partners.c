/* analyses/cmd_partners.c: locnet partners NAME [FILE]: the partnerships of one locality. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "analyses/cli.h"
#include "analyses/cli_locality.h"
#include "analyses/commands.h"
#include "graph/contraction.h"
#include "graph/collation.h"

static void print_usage(FILE *out)
{
    fputs("usage: locnet partners [OPTIONS] NAME [FILE]\n"
          "\n"
          "List the partnerships of the locality NAME: an id, or a name or alias, ignoring case,\n"
          "spaces, hyphens and diacritics (\"Ha Noi\" finds Hà Nội). A name that matches several\n"
          "localities is an error that lists them with their ids (exit code 65, as for a name\n"
          "that matches none).\n"
          "\n"
          "One row per partnership, sorted by the partner's name, then by year: the partner's\n"
          "id,name,country,level and the partnership's kind,since,themes,sources. themes and\n"
          "sources are joined by ';' (JSON arrays in --format json); since is empty when the\n"
          "year is unknown. With --as-of or --level, a via column says how the partnership's\n"
          "ends came to the localities shown (\"Yên Bái → Lào Cai\"). The table format starts\n"
          "with a line naming the locality.\n"
          "\n",
          out);
    locnet_cli_print_common_help(out);
}

typedef struct order_context {
    const locnet_network_t *net;
    const locnet_list_t *keys;
    igraph_integer_t locality;
} order_context_t;

/* Partnerships by partner name, then year (unknown last), then file order. */
static int compare_partnerships(void *data, const void *left, const void *right)
{
    igraph_integer_t a = *(const igraph_integer_t *)left, b = *(const igraph_integer_t *)right;
    const order_context_t *ctx = data;
    const igraph_t *graph = &ctx->net->graph;
    igraph_integer_t partner_a = IGRAPH_OTHER(graph, a, ctx->locality);
    igraph_integer_t partner_b = IGRAPH_OTHER(graph, b, ctx->locality);
    int order = partner_a == partner_b ? 0 : locnet_collation_compare(ctx->net, ctx->keys, partner_a, partner_b);
    if (order != 0)
        return order;
    double since_a = locnet_partnership_number(ctx->net, LOCNET_E_SINCE, a);
    double since_b = locnet_partnership_number(ctx->net, LOCNET_E_SINCE, b);
    if (isnan(since_a) != isnan(since_b))
        return isnan(since_a) ? 1 : -1;
    if (since_a != since_b && !isnan(since_a))
        return since_a < since_b ? -1 : 1;
    return a < b ? -1 : a > b;
}

static locnet_status_t set_list(locnet_table_t *report, size_t row, size_t column,
                                const char *encoded)
{
    locnet_list_t items;
    locnet_list_init(&items);
    locnet_status_t status = locnet_list_decode(encoded, &items);
    if (status == LOCNET_OK)
        status = locnet_table_set_list(report, row, column, &items);
    locnet_list_destroy(&items);
    return status;
}

static locnet_status_t add_partnership(const locnet_network_t *net, igraph_integer_t locality,
                                       igraph_integer_t edge, locnet_table_t *report)
{
    size_t row;
    locnet_status_t status = locnet_table_add_row(report, &row);
    if (status != LOCNET_OK)
        return status;
    size_t column = LOCNET_LOCALITY_COLUMN_COUNT;
    status = locnet_report_set_locality(report, row, 0, net, IGRAPH_OTHER(&net->graph, edge, locality));
    if (status == LOCNET_OK)
        status = locnet_table_set_text(report, row, column, locnet_partnership_text(net, LOCNET_E_KIND, edge));
    double since = locnet_partnership_number(net, LOCNET_E_SINCE, edge);
    if (!isnan(since))
        locnet_table_set_integer(report, row, column + 1, (long long)since);
    if (status == LOCNET_OK)
        status = set_list(report, row, column + 2, locnet_partnership_text(net, LOCNET_E_THEMES, edge));
    if (status == LOCNET_OK)
        status = set_list(report, row, column + 3, locnet_partnership_text(net, LOCNET_E_SOURCES, edge));
    /* after --as-of or --level: how the partnership's ends came to be where they are */
    if (status == LOCNET_OK && report->columns > column + 4)
        status = set_list(report, row, column + 4, igraph_cattribute_EAS(&net->graph, LOCNET_E_VIA, edge));
    return status;
}

/* Fills report with the partnerships of locality, sorted; *partners gets the number of
 * distinct partners. */
static locnet_status_t list_partnerships(const locnet_network_t *net, igraph_integer_t locality,
                                         locnet_table_t *report, igraph_integer_t *partners)
{
    locnet_list_t keys;
    igraph_vector_int_t edges, neighbours;
    locnet_list_init(&keys);
    igraph_vector_int_init(&edges, 0);
    igraph_vector_int_init(&neighbours, 0);
    locnet_status_t status = LOCNET_ENOMEM;
    if (igraph_incident(&net->graph, &edges, locality, IGRAPH_ALL) != IGRAPH_SUCCESS ||
        igraph_neighbors(&net->graph, &neighbours, locality, IGRAPH_ALL) != IGRAPH_SUCCESS)
        goto cleanup;
    if ((status = locnet_collation_keys(net, &keys)) != LOCNET_OK)
        goto cleanup;
    order_context_t context = {net, &keys, locality};
    igraph_qsort_r(VECTOR(edges), (size_t)igraph_vector_int_size(&edges), sizeof(igraph_integer_t),
                   &context, compare_partnerships);
    for (igraph_integer_t i = 0; status == LOCNET_OK && i < igraph_vector_int_size(&edges); i++)
        status = add_partnership(net, locality, VECTOR(edges)[i], report);
    /* igraph_neighbors lists a partner once per partnership, sorted */
    *partners = 0;
    for (igraph_integer_t i = 0; i < igraph_vector_int_size(&neighbours); i++)
        *partners += i == 0 || VECTOR(neighbours)[i] != VECTOR(neighbours)[i - 1];
cleanup:
    igraph_vector_int_destroy(&edges);
    igraph_vector_int_destroy(&neighbours);
    locnet_list_destroy(&keys);
    return status;
}

static int take_name(locnet_cli_t *cli, void *request, int argc, char **argv)
{
    return locnet_cli_take_name(cli, argc, argv, "locality name", (const char **)request);
}

static int run(locnet_cli_t *cli, locnet_network_t *net, void *request)
{
    static const char *const headers[] = {LOCNET_LOCALITY_COLUMNS, "kind", "since", "themes", "sources", "via"};
    const char *name = *(const char **)request;
    locnet_table_t report;
    char *heading = NULL;
    memset(&report, 0, sizeof report);
    igraph_integer_t locality, partners = 0;
    int code;
    if ((code = locnet_cli_find_locality(cli, net, name, &locality)) != LOCNET_EXIT_OK)
        goto cleanup;

    bool moved = igraph_cattribute_has_attr(&net->graph, IGRAPH_ATTRIBUTE_EDGE, LOCNET_E_VIA);
    size_t columns = sizeof headers / sizeof headers[0] - (moved ? 0 : 1);
    locnet_status_t status = locnet_table_init(&report, columns, headers);
    if (status == LOCNET_OK)
        status = list_partnerships(net, locality, &report, &partners);
    if (status == LOCNET_OK) {
        heading = locnet_cli_format_text(
            "%s (%s): %zu partnership%s with %lld localit%s",
            locnet_locality_text(net, LOCNET_V_NAME, locality),
            locnet_locality_text(net, LOCNET_V_ID, locality), report.rows,
            report.rows == 1 ? "" : "s", (long long)partners, partners == 1 ? "y" : "ies");
        status = heading != NULL ? LOCNET_OK : LOCNET_ENOMEM;
    }
    if (status != LOCNET_OK) {
        fprintf(stderr, "locnet partners: out of memory\n");
        code = locnet_cli_exit_code(status);
        goto cleanup;
    }
    code = locnet_cli_write_headed(cli, heading, &report);
cleanup:
    free(heading);
    locnet_table_destroy(&report);
    return code;
}

/* The request is the locality name given on the command line. */
const locnet_command_hooks_t cmd_partners = {.usage = print_usage, .request_size = sizeof(const char *),
                                             .prepare = take_name, .run = run};
