/* analyses/runner.c: what every command does around its own work: options, input, loading,
 * history and filters, cleanup, and the check that standard output was written. */
#include "analyses/commands.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "io/tuning.h"

static const struct option help_option[] = {{"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
static const struct option format_option[] = {{"format", required_argument, NULL, LOCNET_OPT_FORMAT},
                                              {"raw-csv", no_argument, NULL, LOCNET_OPT_RAW_CSV},
                                              {NULL, 0, NULL, 0}};
static const struct option output_option[] = {{"output", required_argument, NULL, 'o'},
                                              {NULL, 0, NULL, 0}};
static const struct option input_options[] = {
    {"from", required_argument, NULL, LOCNET_OPT_FROM},
    {"columns", required_argument, NULL, LOCNET_OPT_COLUMNS},
    {"localities", required_argument, NULL, LOCNET_OPT_LOCALITIES},
    {"sources", required_argument, NULL, LOCNET_OPT_SOURCES},
    {"events", required_argument, NULL, LOCNET_OPT_EVENTS},
    {NULL, 0, NULL, 0}};
static const struct option filter_options[] = {
    {"kind", required_argument, NULL, LOCNET_OPT_KIND},
    {"theme", required_argument, NULL, LOCNET_OPT_THEME},
    {"since", required_argument, NULL, LOCNET_OPT_SINCE},
    {"until", required_argument, NULL, LOCNET_OPT_UNTIL},
    {"largest", no_argument, NULL, LOCNET_OPT_LARGEST},
    {"as-of", required_argument, NULL, LOCNET_OPT_AS_OF},
    {"level", required_argument, NULL, LOCNET_OPT_LEVEL},
    {"look-alikes", required_argument, NULL, LOCNET_OPT_MERGE_LOOK_ALIKES},
    {NULL, 0, NULL, 0}};

/* Localities and partnerships from which a network is left to the end of the process in a
 * program tuned for large loads: the process's end frees its memory at once, where freeing
 * millions of attribute values one by one costs several percent of a command. */
#define LEFT_TO_EXIT 200000

/* Frees net, or leaves it to the end of the process when the program is tuned for large loads
 * and net has LEFT_TO_EXIT localities and partnerships or more. */
static void release_network(locnet_network_t *net)
{
    static locnet_network_t left;  /* reachable from here: leak checkers do not count it */
    static bool any_left;
    if (!locnet_io_tuned_for_large_loads() ||
        locnet_locality_count(net) + locnet_partnership_count(net) < LEFT_TO_EXIT) {
        locnet_network_destroy(net);
        return;
    }
    if (any_left)  /* a command run before in this process */
        locnet_network_destroy(&left);
    left = *net;
    any_left = true;
}

static size_t option_count(const struct option *options)
{
    size_t count = 0;
    while (options != NULL && options[count].name != NULL)
        count++;
    return count;
}

/* The long options of a command: -h, then the shared ones its row asks for, then its own, in a
 * new array ended by a zero row (caller frees), or NULL when out of memory. */
static struct option *command_options(const locnet_command_t *command)
{
    unsigned flags = command->flags;
    const struct option *parts[] = {
        help_option,
        (flags & LOCNET_COMMAND_FORMAT) ? format_option : NULL,
        (flags & LOCNET_COMMAND_OUTPUT) ? output_option : NULL,
        (flags & LOCNET_COMMAND_READS) ? input_options : NULL,
        (flags & LOCNET_COMMAND_LOADS) ? filter_options : NULL,
        command->hooks->options};
    size_t part_count = sizeof parts / sizeof parts[0], total = 1;
    for (size_t i = 0; i < part_count; i++)
        total += option_count(parts[i]);
    struct option *all = calloc(total, sizeof *all);
    if (all == NULL)
        return NULL;
    size_t filled = 0;
    for (size_t i = 0; i < part_count; i++) {
        size_t count = option_count(parts[i]);
        if (count > 0)
            memcpy(all + filled, parts[i], count * sizeof *all);
        filled += count;
    }
    return all;
}

/* Everything between parsing and cleanup. *loaded tells whether net was made. */
static int prepare_and_run(const locnet_command_t *command, locnet_cli_t *cli, void *request,
                           int argc, char **argv, locnet_network_t *net, bool *loaded)
{
    const locnet_command_hooks_t *hooks = command->hooks;
    int code = LOCNET_EXIT_OK;
    if (hooks->prepare != NULL && (code = hooks->prepare(cli, request, argc, argv)) != LOCNET_EXIT_OK)
        return code;
    if (command->flags & LOCNET_COMMAND_READS)
        code = locnet_cli_take_input(cli, argc, argv);
    else if (optind < argc)
        code = locnet_cli_usage_error(cli, "unexpected argument \"%s\"", argv[optind]);
    if (code != LOCNET_EXIT_OK)
        return code;
    if (command->flags & LOCNET_COMMAND_LOADS) {
        if ((code = locnet_cli_load(cli, net)) != LOCNET_EXIT_OK)
            return code;
        *loaded = true;
    }
    return hooks->run(cli, *loaded ? net : NULL, request);
}

/* Runs the command and returns its exit code; output checked by the caller. */
static int run_hooks(const locnet_command_t *command, int argc, char **argv)
{
    const locnet_command_hooks_t *hooks = command->hooks;
    locnet_cli_t cli;
    locnet_network_t net;
    bool loaded = false, help = false;
    int code = LOCNET_EXIT_SOFTWARE;
    locnet_cli_init(&cli, command->name);
    struct option *options = command_options(command);
    void *request = calloc(1, hooks->request_size > 0 ? hooks->request_size : 1);
    if (options == NULL || request == NULL) {
        fprintf(stderr, "locnet %s: out of memory\n", command->name);
        goto cleanup;
    }
    if (hooks->start != NULL)
        hooks->start(request);
    const char *short_options = (command->flags & LOCNET_COMMAND_OUTPUT) ? "ho:" : "h";
    code = locnet_cli_parse(&cli, argc, argv, short_options, options, hooks->usage, hooks->option,
                            request, &help);
    if (code == LOCNET_EXIT_OK && !help)
        code = prepare_and_run(command, &cli, request, argc, argv, &net, &loaded);
    if (hooks->finish != NULL)
        hooks->finish(request);
cleanup:
    if (loaded)
        release_network(&net);
    free(request);
    free(options);
    locnet_cli_destroy(&cli);
    return code;
}

int locnet_command_run(const locnet_command_t *command, int argc, char **argv)
{
    optind = 1;  /* getopt starts at the first option, even when a command ran before */
    int code = run_hooks(command, argc, argv);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "locnet %s: write failure on standard output: %s\n", command->name,
                strerror(errno));
        if (code == LOCNET_EXIT_OK)
            code = LOCNET_EXIT_IOERR;
    }
    return code;
}
