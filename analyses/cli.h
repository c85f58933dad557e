/* analyses/cli.h: what every command shares: the input, the output (-o, --format), the
 * partnership filters, loading with diagnostics, and exit codes (<sysexits.h>). Only analyses/
 * talks to the user; these helpers print to standard error. */
#ifndef LOCNET_CLI_H
#define LOCNET_CLI_H

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>

#include "graph/centrality.h"
#include "graph/filters.h"
#include "graph/network.h"
#include "io/load.h"
#include "io/shown.h"  /* what the input or the command line says is printed shown */
#include "io/write/table.h"

/* Exit codes, as in <sysexits.h>. */
enum {
    LOCNET_EXIT_OK = 0,
    LOCNET_EXIT_USAGE = 64,
    LOCNET_EXIT_DATA = 65,
    LOCNET_EXIT_NOINPUT = 66,
    LOCNET_EXIT_SOFTWARE = 70,
    LOCNET_EXIT_CANTCREATE = 73,
    LOCNET_EXIT_IOERR = 74
};

/* Long-option codes of the shared options (above any short option character). */
enum {
    LOCNET_OPT_FORMAT = 1000,
    LOCNET_OPT_KIND,
    LOCNET_OPT_THEME,
    LOCNET_OPT_SINCE,
    LOCNET_OPT_UNTIL,
    LOCNET_OPT_LARGEST,
    LOCNET_OPT_AS_OF,
    LOCNET_OPT_LEVEL,
    LOCNET_OPT_FROM,
    LOCNET_OPT_COLUMNS,
    LOCNET_OPT_LOCALITIES,
    LOCNET_OPT_SOURCES,
    LOCNET_OPT_EVENTS,
    LOCNET_OPT_RAW_CSV,
    LOCNET_OPT_MERGE_LOOK_ALIKES
};

/* The options and arguments every command shares. */
typedef struct locnet_cli {
    const char *command;       /* for messages: "centrality" */
    const char *input;         /* NULL: the bundled dataset; "-": standard input */
    const char *output;        /* NULL or "-": standard output */
    locnet_format_t format;
    bool format_given;
    bool raw_csv;              /* --raw-csv: CSV text cells not guarded against formulas */
    locnet_filter_t filter;
    locnet_load_options_t load;  /* --from, --columns, --localities, --sources */
    const char *weight;          /* --weight (analyses/cli_weights.h): checked on reading */
    const char *distance;        /* --distance: checked on reading */
} locnet_cli_t;

/* igraph runs PageRank with OpenMP, whose idle threads spin: on the two-core machines locnet is
 * made for, a second thread costs more than it brings. Runs igraph on one thread unless
 * OMP_NUM_THREADS says otherwise. Call once, first. */
void locnet_cli_limit_threads(void);

/* Sets defaults for command. */
void locnet_cli_init(locnet_cli_t *cli, const char *command);
void locnet_cli_destroy(locnet_cli_t *cli);

/* Handles a shared option returned by getopt_long. Returns 1 when handled, 0 when option is
 * not a shared one, or -1 after printing a message for a bad value. */
int locnet_cli_option(locnet_cli_t *cli, int option, const char *argument);
/* Prints "locnet COMMAND: message" and the hint to use -h, for usage errors. Returns 64. */
int locnet_cli_usage_error(const locnet_cli_t *cli, const char *format, ...)
    __attribute__((format(printf, 2, 3)));
/* Runs getopt_long over argv; reports unknown options and missing arguments as usage errors.
 * Returns the option, -1 at the end, or '?' after reporting. */
int locnet_cli_next_option(locnet_cli_t *cli, int argc, char **argv, const char *short_options,
                           const struct option *long_options);
/* A command's own options: returns 1 when option was handled, 0 when it is not one of the
 * command's, or -1 after reporting a bad value (locnet_cli_usage_error). */
typedef int (*locnet_cli_option_handler_t)(void *context, locnet_cli_t *cli, int option,
                                           const char *argument);
/* Parses the options of argv: -h prints usage to standard output and sets *help (the command
 * then returns 0 without loading anything); the command's own options go to handler (may be
 * NULL) with context, the shared ones to locnet_cli_option. Operands are left at
 * argv[optind...]. Returns 0 to go on, or 64 after a usage error was reported. */
int locnet_cli_parse(locnet_cli_t *cli, int argc, char **argv, const char *short_options,
                     const struct option *long_options, void (*usage)(FILE *out),
                     locnet_cli_option_handler_t handler, void *context, bool *help);

/* Takes at most one FILE operand from argv[optind...]; more is a usage error (returns 64). */
int locnet_cli_take_input(locnet_cli_t *cli, int argc, char **argv);

/* Parses a whole decimal number from minimum to maximum into *value; false otherwise. */
bool locnet_cli_parse_whole(const char *text, long long minimum, long long maximum,
                            long long *value);
/* Parses --jobs's argument, a whole number from 1 to 4096, into *jobs; otherwise reports the
 * usage error and returns false. */
bool locnet_cli_parse_jobs(const locnet_cli_t *cli, const char *argument, int *jobs);
/* Writes the centrality measures' names as "degree, strength, ... or coreness" into buffer. */
void locnet_cli_measure_list(char *buffer, size_t size);
/* Parses a --measure list ("degree,pagerank", or "all" for every measure in enum order) into
 * measures (room for LOCNET_MEASURE_COUNT) and *count. Returns 1, or -1 after a usage message
 * for an unknown or repeated name. */
int locnet_cli_parse_measures(const locnet_cli_t *cli, const char *text,
                              locnet_measure_t *measures, int *count);

/* Help text of the shared options. */
void locnet_cli_print_filter_help(FILE *out);
void locnet_cli_print_output_help(FILE *out);
void locnet_cli_print_input_help(FILE *out);
/* The input, output and filter help, separated by blank lines: the end of most commands' -h. */
void locnet_cli_print_common_help(FILE *out);

/* The bundled dataset's path: $LOCNET_DATA, else the installed copy next to the program
 * (../share/locnet/fr-vn.json), else the copy in the source tree. */
const char *locnet_cli_default_dataset(void);
/* The path of the bundled data file file: $variable, else the installed copy next to the
 * program, else the copy in the source tree; written into path (size bytes) when needed. */
const char *locnet_cli_data_path(const char *file, const char *variable, char *path, size_t size);

/* Loads the input and applies the filters. Problems are printed to standard error. Returns an
 * exit code; on 0, *net is made and the caller destroys it. */
int locnet_cli_load(locnet_cli_t *cli, locnet_network_t *net);

/* Loads path with the command's input options (and progress on standard error when it is a
 * terminal), without printing: problems go to diagnostics, running out of memory too. */
locnet_status_t locnet_cli_read(const locnet_cli_t *cli, const char *path, locnet_network_t *net,
                                locnet_diagnostics_t *diagnostics);

/* The exit code for a status. */
int locnet_cli_exit_code(locnet_status_t status);

/* The output format: --format if given, else table on a terminal and csv otherwise; CSV is
 * LOCNET_FORMAT_CSV_RAW with --raw-csv. */
locnet_format_t locnet_cli_format(const locnet_cli_t *cli);

/* The output stream of a command: what write_output hands to its writer. */
typedef locnet_status_t (*locnet_cli_writer_t)(const void *data, locnet_format_t format, FILE *out);
/* Opens the output (-o, atomically), calls writer, commits. Returns an exit code; errors are
 * printed. Nothing is left behind on failure. */
int locnet_cli_write(const locnet_cli_t *cli, locnet_cli_writer_t writer, const void *data);
/* Writes a table through locnet_cli_write in the command's format. */
int locnet_cli_write_table(const locnet_cli_t *cli, const locnet_table_t *table);

#endif
