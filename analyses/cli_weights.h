/* analyses/cli_weights.h: --weight and --distance, as centrality, communities and path take
 * them (graph/weights.h says what each means), and the messages that explain the difference. */
#ifndef LOCNET_CLI_WEIGHTS_H
#define LOCNET_CLI_WEIGHTS_H

#include "analyses/cli.h"
#include "graph/weights.h"

/* Long-option codes of --weight and --distance (above the commands' own codes). */
enum { LOCNET_OPT_WEIGHT = 3000, LOCNET_OPT_DISTANCE };

/* The two options, for a command's option table. */
#define LOCNET_WEIGHT_OPTIONS \
    {"weight", required_argument, NULL, LOCNET_OPT_WEIGHT}, \
    {"distance", required_argument, NULL, LOCNET_OPT_DISTANCE}

/* Handles --weight and --distance: stores the attribute in cli->weight or cli->distance, which
 * makes the runner check its values as soon as the file is read, before any filter (see
 * locnet_cli_check_values). A command that does not take one of them reports it with
 * locnet_cli_weight_misused. Returns 1 when handled, 0 when option is neither, -1 after a
 * usage message. */
int locnet_cli_weight_option(locnet_cli_t *cli, int option, const char *argument);

/* Reports, as a usage error (returns 64), that the given option does not apply to what (such as
 * "betweenness" or "path"), explaining that a weight is a strength and a distance a length. */
int locnet_cli_weight_misused(const locnet_cli_t *cli, locnet_value_role_t given,
                              const char *what);

/* Checks the values of cli->weight and cli->distance in net as read from path (before the
 * filters, so that partnerships are numbered as in the file), printing every problem:
 * "PATH: partnership N (A - B): weight "x" is not a number". Returns an exit code: 0, 65 after
 * problems, 70 when out of memory. */
int locnet_cli_check_values(const locnet_cli_t *cli, const char *path,
                            const locnet_network_t *net);

/* Reads attribute as values of role for every partnership of net (after the filters; values
 * initialised). Returns an exit code; the values were checked when the file was read. */
int locnet_cli_values(const locnet_cli_t *cli, const locnet_network_t *net, const char *attribute,
                      locnet_value_role_t role, igraph_vector_t *values);

/* Help lines for --weight and --distance, for the commands' -h. */
void locnet_cli_print_weight_help(FILE *out, bool weight, bool distance);

#endif
