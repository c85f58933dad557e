/* analyses/main.c: locnet COMMAND [OPTIONS] [FILE]. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <igraph/igraph.h>
#include <utf8proc.h>

#include <locnet/locnet.h>

#include "analyses/cli.h"
#include "analyses/commands.h"
#include "graph/network.h"

/* igraph's default handler aborts; report instead, free igraph's temporaries, and let the
 * failing call return its error code. */
static void report_igraph_error(const char *reason, const char *file, int line,
                                igraph_error_t error)
{
    (void)file;
    (void)line;
    /* the reason may live in what IGRAPH_FINALLY_FREE frees: print it first */
    if (reason != NULL && reason[0] != '\0')  /* igraph passes an error up with no reason */
        fprintf(stderr, "locnet: igraph: %s (%s)\n", reason, igraph_strerror(error));
    IGRAPH_FINALLY_FREE();
}

static void print_help(FILE *out)
{
    fputs("usage: locnet COMMAND [OPTIONS] [FILE]\n"
          "\n"
          "Analyse networks of localities linked by partnership agreements.\n"
          "\n"
          "Commands:\n",
          out);
    for (size_t i = 0; i < locnet_command_count; i++)
        fprintf(out, "  %-12s %s\n", locnet_commands[i].name, locnet_commands[i].summary);
    fputs("\n"
          "  help [COMMAND]  this text, or a command's help (same as 'locnet COMMAND -h')\n"
          "  --version       the version of locnet and of its libraries\n"
          "\n",
          out);
    locnet_cli_print_input_help(out);
    fputs("\nExit codes: 0 success, 64 usage error, 65 bad input data, 66 input missing,\n"
          "70 internal error, 73 cannot create output, 74 write failure.\n",
          out);
}

static void print_version(void)
{
    int major, minor, patch;
    igraph_version(NULL, &major, &minor, &patch);
    printf("locnet %s (igraph %d.%d.%d, cJSON %s, utf8proc %s, rendering %s)\n", LOCNET_VERSION,
           major, minor, patch, cJSON_Version(), utf8proc_version(),
#ifdef LOCNET_HAVE_GVC
           "with Graphviz"
#else
           "off"
#endif
    );
}

int main(int argc, char **argv)
{
    /* A closed pipe ends locnet quietly, as it ends cat (`locnet dot | head -1`), even when
     * the parent process ignores SIGPIPE. */
    signal(SIGPIPE, SIG_DFL);
    locnet_library_init();
    locnet_tune_for_large_loads();  /* locnet owns its process: faster large loads */
    locnet_cli_limit_threads();
    igraph_set_error_handler(report_igraph_error);
    igraph_set_warning_handler(igraph_warning_handler_ignore);

    if (argc < 2) {
        print_help(stderr);
        return LOCNET_EXIT_USAGE;
    }
    const char *name = argv[1];
    if (strcmp(name, "--version") == 0 || strcmp(name, "-V") == 0) {
        print_version();
        return fflush(stdout) == 0 ? LOCNET_EXIT_OK : LOCNET_EXIT_IOERR;
    }
    if (strcmp(name, "help") == 0 || strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0) {
        if (argc > 2) {
            const locnet_command_t *command = locnet_command_find(argv[2]);
            if (command == NULL) {
                locnet_shown_printf(stderr, "locnet: unknown command \"%s\"; try 'locnet help'\n",
                                    argv[2]);
                return LOCNET_EXIT_USAGE;
            }
            char *help_argv[] = {argv[2], "-h", NULL};
            return locnet_command_run(command, 2, help_argv);
        }
        print_help(stdout);
        return fflush(stdout) == 0 ? LOCNET_EXIT_OK : LOCNET_EXIT_IOERR;
    }
    const locnet_command_t *command = locnet_command_find(name);
    if (command == NULL) {
        locnet_shown_printf(stderr, "locnet: unknown command \"%s\"; try 'locnet help'\n", name);
        return LOCNET_EXIT_USAGE;
    }
    return locnet_command_run(command, argc - 1, argv + 1);
}
