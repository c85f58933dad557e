/* analyses/cmd_validate.c: locnet validate [FILE]: report every problem in a network file. */
#include <stdio.h>

#include "analyses/cli.h"
#include "analyses/cli_look_alikes.h"
#include "analyses/commands.h"
#include "io/diagnostics.h"

static void print_usage(FILE *out)
{
    fputs("usage: locnet validate [OPTIONS] [FILE]\n"
          "\n"
          "Check a network file and report every problem in it, one per line, as\n"
          "FILE:LINE:COLUMN: message (columns count characters). Exits with 0 when the file is\n"
          "valid, 65 when it has problems, 66 when it cannot be read.\n"
          "\n",
          out);
    locnet_cli_print_input_help(out);
}

/* "FILE: N problems found", naming the CSV tables read with FILE, where problems may be too. */
static void print_problem_count(const locnet_cli_t *cli, const char *path, size_t total)
{
    const char *tables[][2] = {{"--localities", cli->load.localities},
                               {"--sources", cli->load.sources},
                               {"--events", cli->load.events}};
    locnet_shown_printf(stderr, "%s", path);
    const char *separator = " (with ";
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++) {
        if (tables[i][1] == NULL)
            continue;
        locnet_shown_printf(stderr, "%s%s %s", separator, tables[i][0], tables[i][1]);
        separator = ", ";
    }
    fprintf(stderr, "%s: %zu problem%s found\n", separator[0] == ',' ? ")" : "", total,
            total == 1 ? "" : "s");
}

static int run(locnet_cli_t *cli, locnet_network_t *unused, void *request)
{
    const char *path = cli->input != NULL ? cli->input : locnet_cli_default_dataset();
    locnet_diagnostics_t diagnostics;
    locnet_network_t net;
    locnet_diagnostics_init(&diagnostics);
    locnet_status_t status = locnet_cli_read(cli, path, &net, &diagnostics);
    locnet_diagnostics_print(&diagnostics, stderr);
    if (status == LOCNET_OK) {
        long long localities = locnet_locality_count(&net);
        long long partnerships = locnet_partnership_count(&net);
        locnet_cli_list_look_alikes(path, &net);
        locnet_shown_printf(stdout, "%s: valid locnet/1 network: %lld localit%s, %lld partnership%s, %zu source%s",
               path, localities, localities == 1 ? "y" : "ies", partnerships,
               partnerships == 1 ? "" : "s", net.source_count, net.source_count == 1 ? "" : "s");
        if (net.event_count > 0)
            printf(", %zu event%s", net.event_count, net.event_count == 1 ? "" : "s");
        putchar('\n');
        locnet_network_destroy(&net);
    } else if (status == LOCNET_EDATA) {
        print_problem_count(cli, path, locnet_diagnostics_total(&diagnostics));
    }
    locnet_diagnostics_destroy(&diagnostics);
    return locnet_cli_exit_code(status);
}

const locnet_command_hooks_t cmd_validate = {.usage = print_usage, .run = run};
