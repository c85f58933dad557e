/* io/csv_guard.h: CSV text that a spreadsheet would run as a formula (CSV injection), and its
 * neutralised form. Following OWASP's advice, a text cell that begins with =, +, -, @, a tab or
 * a carriage return is written with a ' before it (which spreadsheets show as text); numbers
 * (-3, +1.5e3) stay as they are. So that locnet's own CSV reader gives back the very text, a
 * cell of one or more ' followed by one of those characters is guarded too, and the reader
 * drops one ' from such a cell: writing then reading is lossless. */
#ifndef LOCNET_CSV_GUARD_H
#define LOCNET_CSV_GUARD_H

#include <stdbool.h>
#include <stddef.h>

/* True when text (a text cell, NUL-terminated) is written with a ' before it. */
bool locnet_csv_needs_guard(const char *text);
/* How many bytes to drop from the start of a cell read from CSV (length bytes): 1 when it is a
 * guarded cell, else 0. */
size_t locnet_csv_guard_length(const char *cell, size_t length);

#endif
