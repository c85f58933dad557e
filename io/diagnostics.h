/* io/diagnostics.h: the problems found in an input, each "FILE:LINE:COLUMN: message" (or
 * "FILE: message" when no position applies), kept in input order. */
#ifndef LOCNET_DIAGNOSTICS_H
#define LOCNET_DIAGNOSTICS_H

#include <stddef.h>
#include <stdio.h>

typedef struct locnet_diagnostic {
    long line;      /* 1-based; 0 when the message has no position */
    long column;    /* 1-based, in characters */
    size_t order;   /* insertion order, to keep sorting stable */
    char *text;     /* the whole formatted line without the newline */
} locnet_diagnostic_t;

typedef struct locnet_diagnostics {
    locnet_diagnostic_t *items;
    size_t count;
    size_t capacity;
    size_t limit;    /* at most this many are kept; later ones are only counted */
    size_t dropped;
} locnet_diagnostics_t;

#define LOCNET_DIAGNOSTICS_DEFAULT_LIMIT 100

/* Makes an empty list that keeps at most LOCNET_DIAGNOSTICS_DEFAULT_LIMIT messages. */
void locnet_diagnostics_init(locnet_diagnostics_t *diagnostics);
/* Frees the messages; accepts NULL. */
void locnet_diagnostics_destroy(locnet_diagnostics_t *diagnostics);
/* Adds "file:line:column: message" (line 0 gives "file: message"), shown (io/shown.h: control
 * characters escaped, so that it can be printed to a terminal as it is). Never fails: a message
 * that cannot be stored is counted as dropped. */
void locnet_diagnostics_add(locnet_diagnostics_t *diagnostics, const char *file, long line,
                            long column, const char *format, ...)
    __attribute__((format(printf, 5, 6)));
/* Moves every message of from to the end of to, in their order (those beyond to's limit are
 * counted as dropped, as are from's dropped ones); from is left empty. */
void locnet_diagnostics_move(locnet_diagnostics_t *to, locnet_diagnostics_t *from);
/* The number of problems found, including dropped ones. */
size_t locnet_diagnostics_total(const locnet_diagnostics_t *diagnostics);
/* Orders the kept messages by position (messages without one first), stably. */
void locnet_diagnostics_sort(locnet_diagnostics_t *diagnostics);
/* The same for the messages kept from index first on (those about one of several files). */
void locnet_diagnostics_sort_from(locnet_diagnostics_t *diagnostics, size_t first);
/* Writes every kept message, one per line, then a count of dropped ones, to out. */
void locnet_diagnostics_print(const locnet_diagnostics_t *diagnostics, FILE *out);

#endif
