/* io/write/csv_cell.h: one CSV cell, as every CSV writer of locnet writes it. */
#ifndef LOCNET_CSV_CELL_H
#define LOCNET_CSV_CELL_H

#include <stdbool.h>
#include <stdio.h>

/* Writes text as one cell (no separator): in double quotes, with quotes doubled (RFC 4180),
 * when it holds a comma, a quote or a line break, or begins or ends with a space or a tab.
 * With guard, a text that a spreadsheet would run as a formula is written with a ' before it,
 * in quotes (io/csv_guard.h); give guard false for numbers and for output meant to be exact. */
void locnet_csv_put_cell(FILE *out, const char *text, bool guard);

#endif
