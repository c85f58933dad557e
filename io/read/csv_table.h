/* io/read/csv_table.h: reading one CSV table row by row through libcsv (RFC 4180 quoting; UTF-8 with
 * or without a byte-order mark; cells separated by ',', ';' or a tab, whichever the header line
 * uses most), with the line and column of every cell for messages. */
#ifndef LOCNET_CSV_TABLE_H
#define LOCNET_CSV_TABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "locnet/status.h"
#include "io/diagnostics.h"
#include "io/read/line_reader.h"
#include "io/progress.h"

typedef struct locnet_csv_table locnet_csv_table_t;

/* Called for each row, the header first. Returns LOCNET_OK to go on; any other status stops the
 * reading and is returned (problems in the data are reported and counted, not returned). */
typedef locnet_status_t (*locnet_csv_row_handler_t)(void *context, locnet_csv_table_t *table);

/* Reads every row of lines, named name in messages. Rows whose cells are all empty are skipped.
 * A syntax error is reported as "NAME:LINE:COLUMN: malformed CSV: ..." and ends the reading.
 * Returns LOCNET_OK, LOCNET_EDATA when any problem was reported, LOCNET_ENOINPUT on a read
 * error, LOCNET_ENOMEM, or what the handler returned. progress may be NULL. */
locnet_status_t locnet_csv_table_read(locnet_line_reader_t *lines, const char *name,
                                      locnet_diagnostics_t *diagnostics,
                                      locnet_progress_t *progress,
                                      locnet_csv_row_handler_t on_row, void *context);

/* The current row: its number of cells, and cell i (NUL-terminated, valid during the call). */
size_t locnet_csv_cell_count(const locnet_csv_table_t *table);
const char *locnet_csv_cell(const locnet_csv_table_t *table, size_t i);
/* The length of cell i in bytes (a cell holding a NUL byte is longer than its strlen). */
size_t locnet_csv_cell_length(const locnet_csv_table_t *table, size_t i);
/* The line where the current row starts. */
long locnet_csv_row_line(const locnet_csv_table_t *table);
/* The separator in use: ',', ';' or '\t'. */
char locnet_csv_separator(const locnet_csv_table_t *table);

/* The line and column of the first character of cell i of the current row. */
void locnet_csv_cell_position(const locnet_csv_table_t *table, size_t i, long *line,
                              long *column);
/* Reports a problem at cell i of the current row ("NAME:LINE:COLUMN: message"; the column is
 * that of the cell's first character), and counts it. */
void locnet_csv_report(locnet_csv_table_t *table, size_t i, const char *format, ...)
    __attribute__((format(printf, 3, 4)));
/* Adds a note at cell i (something left out, say), in the same form, without counting it as a
 * problem. */
void locnet_csv_note(locnet_csv_table_t *table, size_t i, const char *format, ...)
    __attribute__((format(printf, 3, 4)));
/* The number of problems reported so far. */
size_t locnet_csv_problems(const locnet_csv_table_t *table);

#endif
