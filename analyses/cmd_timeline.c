/* analyses/cmd_timeline.c: locnet timeline [FILE]: the network's growth year by year. */
#include <stdio.h>
#include <string.h>

#include <limits.h>

#include "analyses/cli.h"
#include "analyses/cli_locality.h"
#include "analyses/commands.h"
#include "graph/centrality.h"
#include "graph/ranking.h"
#include "graph/timeline.h"

enum { OPTION_MEASURE = 2000, OPTION_TOP, OPTION_ALL_YEARS };

/* --measure and --top: the ranking of each year in which the network changed. */
typedef struct ranking_request {
    bool wanted;
    locnet_measure_t measure;
    long long top;
    bool top_given;
    bool all_years;  /* --all-years: also the years without a signing */
} ranking_request_t;

static const char *const timeline_columns[] = {
    "year", "new_partnerships", "partnerships", "localities", "largest_component", "events"};

/* Sets the events cell of a year's row: the ids of the events that started in it. */
static locnet_status_t set_events(const locnet_network_t *net, int year, locnet_table_t *table,
                                  size_t row)
{
    locnet_list_t ids;
    locnet_list_init(&ids);
    locnet_status_t status = LOCNET_OK;
    for (size_t i = 0; status == LOCNET_OK && i < net->event_count; i++) {
        if (locnet_event_year(&net->events[i]) == year)
            status = locnet_list_append(&ids, net->events[i].id);
    }
    if (status == LOCNET_OK)
        status = locnet_table_set_list(table, row, 5, &ids);
    locnet_list_destroy(&ids);
    return status;
}

static locnet_status_t fill_table(const locnet_network_t *net, const locnet_timeline_t *timeline,
                                  bool all_years, locnet_table_t *table)
{
    locnet_status_t status = locnet_table_init(table, 6, timeline_columns);
    for (size_t i = 0; status == LOCNET_OK && i < timeline->count; i++) {
        const locnet_timeline_year_t *year = &timeline->years[i];
        size_t row;
        if (!all_years && year->new_partnerships == 0 && year->events == 0)
            continue;
        if ((status = locnet_table_add_row(table, &row)) != LOCNET_OK)
            break;
        locnet_table_set_integer(table, row, 0, year->year);
        locnet_table_set_integer(table, row, 1, year->new_partnerships);
        locnet_table_set_integer(table, row, 2, year->partnerships);
        locnet_table_set_integer(table, row, 3, year->localities);
        locnet_table_set_integer(table, row, 4, year->largest_component);
        if (year->events > 0)
            status = set_events(net, year->year, table, row);
    }
    return status;
}

/* Adds the top localities of the network as it stood at the end of year. */
static locnet_status_t add_year_ranking(const locnet_network_t *net, int year,
                                        const ranking_request_t *request, locnet_table_t *table)
{
    locnet_network_t at_year;
    locnet_centrality_options_t options;
    locnet_centrality_t centrality;
    igraph_vector_int_t order;
    locnet_status_t status = locnet_network_at_year(net, year, &at_year);
    if (status != LOCNET_OK)
        return status;
    locnet_centrality_options_init(&options);
    options.wanted[request->measure] = true;
    igraph_vector_int_init(&order, 0);
    status = locnet_centrality_compute(&at_year.graph, &options, &centrality);
    if (status != LOCNET_OK)
        goto cleanup;
    const igraph_vector_t *values = &centrality.values[request->measure];
    status = locnet_rank_localities(&at_year, values, &order);
    for (igraph_integer_t i = 0; status == LOCNET_OK && i < igraph_vector_int_size(&order) && i < request->top; i++) {
        igraph_integer_t v = VECTOR(order)[i];
        size_t row;
        if ((status = locnet_table_add_row(table, &row)) != LOCNET_OK)
            break;
        locnet_table_set_integer(table, row, 0, year);
        locnet_table_set_integer(table, row, 1, i + 1);
        status = locnet_report_set_locality(table, row, 2, &at_year, v);
        size_t column = 2 + LOCNET_LOCALITY_COLUMN_COUNT;
        if (locnet_measure_is_integer(request->measure))
            locnet_table_set_integer(table, row, column, (long long)VECTOR(*values)[v]);
        else
            locnet_table_set_real(table, row, column, VECTOR(*values)[v]);
    }
    locnet_centrality_destroy(&centrality);
cleanup:
    igraph_vector_int_destroy(&order);
    locnet_network_destroy(&at_year);
    return status;
}

static locnet_status_t fill_ranking(const locnet_network_t *net, const locnet_timeline_t *timeline,
                                    const ranking_request_t *request, locnet_table_t *table)
{
    const char *headers[] = {"year", "rank", LOCNET_LOCALITY_COLUMNS,
                             locnet_measure_names[request->measure]};
    locnet_status_t status = locnet_table_init(table, sizeof headers / sizeof headers[0], headers);
    for (size_t i = 0; status == LOCNET_OK && i < timeline->count; i++) {
        if (timeline->years[i].new_partnerships > 0)
            status = add_year_ranking(net, timeline->years[i].year, request, table);
    }
    return status;
}

/* Handles --measure and --top; 1 when handled, -1 after a usage error, 0 otherwise. */
static int ranking_option(void *context, locnet_cli_t *cli, int option, const char *argument)
{
    ranking_request_t *request = context;
    if (option == OPTION_MEASURE) {
        if (locnet_measure_parse(argument, &request->measure) != LOCNET_OK) {
            char names[256];
            locnet_cli_measure_list(names, sizeof names);
            locnet_cli_usage_error(cli, "unknown measure \"%s\" for --measure (use %s)", argument, names);
            return -1;
        }
        request->wanted = true;
        return 1;
    }
    if (option == OPTION_ALL_YEARS) {
        request->all_years = true;
        return 1;
    }
    if (option == OPTION_TOP) {
        request->top_given = true;
        if (!locnet_cli_parse_whole(argument, 1, LLONG_MAX, &request->top)) {
            locnet_cli_usage_error(cli, "--top needs a whole number of at least 1, not \"%s\"", argument);
            return -1;
        }
        return 1;
    }
    return 0;
}

static void print_usage(FILE *out)
{
    fputs("usage: locnet timeline [OPTIONS] [FILE]\n"
          "\n"
          "Show how the network grew: for every year in which partnerships were signed or an\n"
          "event started, the partnerships signed that year (new_partnerships), the\n"
          "partnerships signed by the end of it (partnerships), the localities taking part in\n"
          "them (localities), the number of localities in the largest connected component they\n"
          "form (largest_component) and the events (conferences) that started that year\n"
          "(events: their ids, as 'locnet events' lists them). The years between, where\n"
          "nothing changed, are left out, and standard error says how many are shown.\n"
          "Partnerships without a year are left out, and their number is given on stderr.\n"
          "\n"
          "  --all-years        every year from the first signing or event to the last, those\n"
          "                     without either too\n"
          "  --measure MEASURE  instead, rank the localities by MEASURE (any measure of\n"
          "                     'locnet centrality', with its defaults) at the end of every year\n"
          "                     in which partnerships were signed: columns year,rank,id,name,\n"
          "                     country,level,MEASURE\n"
          "  --top N            the N first of each year's ranking (default 5)\n"
          "\n",
          out);
    locnet_cli_print_common_help(out);
}

static void start(void *context)
{
    ranking_request_t *request = context;
    *request = (ranking_request_t){false, LOCNET_MEASURE_PAGERANK, 5, false, false};
}

static int check(locnet_cli_t *cli, void *context, int argc, char **argv)
{
    const ranking_request_t *request = context;
    if (request->top_given && !request->wanted)
        return locnet_cli_usage_error(cli, "--top needs --measure");
    if (request->all_years && request->wanted)
        return locnet_cli_usage_error(cli, "--all-years does not apply to --measure, whose "
                                           "ranking changes only in years with a signing");
    return LOCNET_EXIT_OK;
}

static int run(locnet_cli_t *cli, locnet_network_t *net, void *context)
{
    const ranking_request_t *request = context;
    locnet_timeline_t timeline = {0};
    locnet_table_t table = {0};
    int code;
    locnet_status_t status = locnet_timeline_compute(net, &timeline);
    if (status == LOCNET_OK)
        status = request->wanted ? fill_ranking(net, &timeline, request, &table)
                                 : fill_table(net, &timeline, request->all_years, &table);
    if (status != LOCNET_OK) {
        fprintf(stderr, "locnet timeline: %s\n", status == LOCNET_ENOMEM ? "out of memory"
                                                  : "igraph could not compute the measure");
        code = locnet_cli_exit_code(status);
        goto cleanup;
    }
    if (timeline.without_year > 0)
        fprintf(stderr, "locnet timeline: %lld partnership%s without a year left out\n",
                (long long)timeline.without_year, timeline.without_year == 1 ? "" : "s");
    if (!request->wanted && !request->all_years && table.rows < timeline.count)
        fprintf(stderr, "locnet timeline: the %zu year%s with a signing or an event shown, of %zu "
                        "from %d to %d (--all-years shows them all)\n",
                table.rows, table.rows == 1 ? "" : "s", timeline.count, timeline.years[0].year,
                timeline.years[timeline.count - 1].year);
    code = locnet_cli_write_table(cli, &table);
cleanup:
    locnet_table_destroy(&table);
    locnet_timeline_destroy(&timeline);
    return code;
}

static const struct option options[] = {
    {"measure", required_argument, NULL, OPTION_MEASURE},
    {"top", required_argument, NULL, OPTION_TOP},
    {"all-years", no_argument, NULL, OPTION_ALL_YEARS},
    {NULL, 0, NULL, 0}};

const locnet_command_hooks_t cmd_timeline = {
    .usage = print_usage, .options = options, .request_size = sizeof(ranking_request_t),
    .start = start, .option = ranking_option, .prepare = check, .run = run};
