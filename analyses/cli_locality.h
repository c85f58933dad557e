/* analyses/cli_locality.h: what the commands that name or list localities share: taking a
 * locality name from the command line, finding it (with messages for a missing or ambiguous
 * name) and the id,name,country,level columns of reports. */
#ifndef LOCNET_CLI_LOCALITY_H
#define LOCNET_CLI_LOCALITY_H

#include "analyses/cli.h"
#include "graph/network.h"
#include "io/write/table.h"

/* The columns that name a locality in a report, in this order. */
#define LOCNET_LOCALITY_COLUMNS "id", "name", "country", "level"
#define LOCNET_LOCALITY_COLUMN_COUNT 4

/* Takes the next operand argv[optind] as a locality name into *name; a missing one is a usage
 * error naming what (e.g. "a locality name"). Returns an exit code. */
int locnet_cli_take_name(locnet_cli_t *cli, int argc, char **argv, const char *what,
                         const char **name);

/* Finds the locality query names (an id, or a name or alias ignoring case and diacritics,
 * graph/lookup.h). When none matches, prints so on standard error (saying when filters are in
 * force) with up to 10 localities whose name holds the query ("did you mean"); when several
 * match, prints them all with their ids; candidates are listed by name. Returns 65 in both
 * cases, 70 when out of memory, and 0 with *vertex set otherwise. */
int locnet_cli_find_locality(const locnet_cli_t *cli, const locnet_network_t *net,
                             const char *query, igraph_integer_t *vertex);

/* Sets the LOCNET_LOCALITY_COLUMN_COUNT cells from column on of row to vertex's id, name,
 * country and level. */
locnet_status_t locnet_report_set_locality(locnet_table_t *report, size_t row, size_t column,
                                           const locnet_network_t *net, igraph_integer_t vertex);

/* As locnet_report_set_locality, without copying the texts: net must outlive the report and
 * stay unchanged (the network of a command, whose report is written before it ends). */
void locnet_report_borrow_locality(locnet_table_t *report, size_t row, size_t column,
                                   const locnet_network_t *net, igraph_integer_t vertex);

/* Formats like printf into a new string (caller frees); NULL when out of memory. */
char *locnet_cli_format_text(const char *format, ...) __attribute__((format(printf, 1, 2)));

/* Writes report through locnet_cli_write: in the table format, heading on a line of its own and
 * then the table unless it is empty; in the other formats, only the table. Returns an exit
 * code. */
int locnet_cli_write_headed(const locnet_cli_t *cli, const char *heading,
                            const locnet_table_t *report);

#endif
