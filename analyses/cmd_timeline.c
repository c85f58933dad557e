/* analyses/cmd_timeline.c: locnet timeline [FILE]: the network's growth year by year. */
#include <stdio.h>
#include <string.h>

#include "analyses/cli.h"
#include "analyses/commands.h"
#include "graph/timeline.h"

static const char *const timeline_columns[] = {
    "year", "new_partnerships", "partnerships", "localities", "largest_component"};

static locnet_status_t fill_table(const locnet_timeline_t *timeline, locnet_table_t *table)
{
    locnet_status_t status = locnet_table_init(table, 5, timeline_columns);
    for (size_t i = 0; status == LOCNET_OK && i < timeline->count; i++) {
        const locnet_timeline_year_t *year = &timeline->years[i];
        size_t row;
        if ((status = locnet_table_add_row(table, &row)) != LOCNET_OK)
            break;
        locnet_table_set_integer(table, row, 0, year->year);
        locnet_table_set_integer(table, row, 1, year->new_partnerships);
        locnet_table_set_integer(table, row, 2, year->partnerships);
        locnet_table_set_integer(table, row, 3, year->localities);
        locnet_table_set_integer(table, row, 4, year->largest_component);
    }
    return status;
}

static void print_usage(FILE *out)
{
    fputs("usage: locnet timeline [OPTIONS] [FILE]\n"
          "\n"
          "Show how the network grew: for every year from the first signing to the last, the\n"
          "partnerships signed that year (new_partnerships), the partnerships signed by the end\n"
          "of it (partnerships), the localities taking part in them (localities) and the number\n"
          "of localities in the largest connected component they form (largest_component).\n"
          "Partnerships without a year are left out, and their number is given on stderr.\n"
          "\n",
          out);
    locnet_cli_print_input_help(out);
    fputc('\n', out);
    locnet_cli_print_output_help(out);
    fputc('\n', out);
    locnet_cli_print_filter_help(out);
}

int cmd_timeline(int argc, char **argv)
{
    static const struct option long_options[] = {
        LOCNET_CLI_HELP_OPTION, LOCNET_CLI_OUTPUT_OPTIONS, LOCNET_CLI_FILTER_OPTIONS,
        {NULL, 0, NULL, 0}};
    locnet_cli_t cli;
    locnet_network_t net;
    locnet_timeline_t timeline = {0};
    locnet_table_t table = {0};
    bool loaded = false;
    locnet_cli_init(&cli, "timeline");
    int code = LOCNET_EXIT_OK, option;
    while ((option = locnet_cli_next_option(&cli, argc, argv, "ho:", long_options)) != -1) {
        if (option == 'h') {
            print_usage(stdout);
            goto cleanup;
        }
        if (option == '?' || locnet_cli_option(&cli, option, optarg) != 1) {
            code = LOCNET_EXIT_USAGE;
            goto cleanup;
        }
    }
    if ((code = locnet_cli_take_input(&cli, argc, argv)) != LOCNET_EXIT_OK ||
        (code = locnet_cli_load(&cli, &net)) != LOCNET_EXIT_OK)
        goto cleanup;
    loaded = true;
    locnet_status_t status = locnet_timeline_compute(&net, &timeline);
    if (status == LOCNET_OK)
        status = fill_table(&timeline, &table);
    if (status != LOCNET_OK) {
        fprintf(stderr, "locnet timeline: out of memory\n");
        code = locnet_cli_exit_code(status);
        goto cleanup;
    }
    if (timeline.without_year > 0)
        fprintf(stderr, "locnet timeline: %lld partnership%s without a year left out\n",
                (long long)timeline.without_year, timeline.without_year == 1 ? "" : "s");
    code = locnet_cli_write_table(&cli, &table);
cleanup:
    locnet_table_destroy(&table);
    locnet_timeline_destroy(&timeline);
    if (loaded)
        locnet_network_destroy(&net);
    locnet_cli_destroy(&cli);
    return code;
}
