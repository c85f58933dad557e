/* analyses/commands.h: the command table and what a command gives the shared runner.
 *
 * A command lives in its own cmd_NAME.c, which defines `const locnet_command_hooks_t cmd_NAME`:
 * its help, its own options and what it does with them. Its row in analyses/commands.c says what
 * the runner (analyses/runner.c) does around it: which shared options it takes, whether it reads
 * a FILE, and whether the runner loads and filters a network before calling it. Adding a command
 * touches its own file and one row of the table. */
#ifndef LOCNET_COMMANDS_H
#define LOCNET_COMMANDS_H

#include <stddef.h>
#include <stdio.h>

#include "analyses/cli.h"
#include "graph/network.h"

/* What the runner does around a command (a row's flags). */
enum {
    LOCNET_COMMAND_READS = 1 << 0,   /* a FILE operand and the input options (--from, ...) */
    LOCNET_COMMAND_LOADS = 1 << 1,   /* with READS: the filters; the runner loads the network,
                                        applies history and filters, and hands it to run */
    LOCNET_COMMAND_OUTPUT = 1 << 2,  /* -o FILE */
    LOCNET_COMMAND_FORMAT = 1 << 3   /* with OUTPUT: --format table|csv|json|md */
};
#define LOCNET_COMMAND_ANALYSIS \
    (LOCNET_COMMAND_READS | LOCNET_COMMAND_LOADS | LOCNET_COMMAND_OUTPUT | LOCNET_COMMAND_FORMAT)

/* What a command file defines. Every hook but usage and run may be NULL. The runner zeroes a
 * request of request_size bytes, calls start, hands every option it does not own to option,
 * then calls prepare (operands such as names, and checks between options, before any data is
 * read), loads the network when the row says so, calls run, and finally finish, whatever
 * happened, with the request as start left it at the least. */
typedef struct locnet_command_hooks {
    void (*usage)(FILE *out);                 /* the -h text */
    const struct option *options;             /* the command's own long options, ended by a
                                                 zero row; NULL for none */
    size_t request_size;                      /* bytes of the command's request; 0 for none */
    void (*start)(void *request);             /* sets the request's defaults */
    locnet_cli_option_handler_t option;       /* one of the command's own options */
    int (*prepare)(locnet_cli_t *cli, void *request, int argc, char **argv);  /* exit code */
    int (*run)(locnet_cli_t *cli, locnet_network_t *net, void *request);       /* exit code;
                                                 net is NULL unless the row LOADS */
    void (*finish)(void *request);            /* frees what the request holds */
} locnet_command_hooks_t;

typedef struct locnet_command {
    const char *name;
    const locnet_command_hooks_t *hooks;
    unsigned flags;
    const char *summary;
} locnet_command_t;

/* The commands, sorted by name, and their number. */
extern const locnet_command_t locnet_commands[];
extern const size_t locnet_command_count;

/* The command called name, or NULL. */
const locnet_command_t *locnet_command_find(const char *name);

/* Runs command over argv (argv[0] is the command's name): parses the shared and the command's
 * own options (-h prints the help and returns 0 before anything is read), takes the FILE
 * operand, loads and filters the network when the command's row says so, calls the command and
 * cleans up. Checks once that standard output was written. Returns the exit code. */
int locnet_command_run(const locnet_command_t *command, int argc, char **argv);

#endif
