/* io/write/table.h: a report as rows and named columns, written as an aligned text table, CSV
 * (RFC 4180), JSON (an array of objects) or Markdown. */
#ifndef LOCNET_TABLE_H
#define LOCNET_TABLE_H

#include <stdbool.h>
#include <stdio.h>

#include "graph/list_codec.h"
#include "locnet/status.h"
#include "io/write/real_format.h"

typedef enum locnet_format {
    LOCNET_FORMAT_TABLE,
    LOCNET_FORMAT_CSV,     /* text cells that would run as formulas get a ' (io/csv_guard.h) */
    LOCNET_FORMAT_JSON,
    LOCNET_FORMAT_MD,
    LOCNET_FORMAT_CSV_RAW  /* CSV with every text as it is; no name parses to it */
} locnet_format_t;

typedef enum locnet_cell_kind {
    LOCNET_CELL_EMPTY,
    LOCNET_CELL_TEXT,
    LOCNET_CELL_INTEGER,
    LOCNET_CELL_REAL,
    LOCNET_CELL_LIST  /* text: the items joined by ';', then after its NUL their JSON array */
} locnet_cell_kind_t;

/* 24 bytes: a table of every locality of a large network holds millions of them. */
typedef struct locnet_cell {
    char *text;
    union {
        long long integer;  /* kind LOCNET_CELL_INTEGER */
        double real;        /* kind LOCNET_CELL_REAL */
    };
    unsigned char kind;  /* a locnet_cell_kind_t */
    bool borrowed;       /* text is not the table's (locnet_table_set_text_borrowed): not freed */
} locnet_cell_t;

typedef struct locnet_table {
    size_t columns;
    char **headers;
    int *decimals;         /* per column: digits after the point for reals in the text table */
    locnet_cell_t *cells;  /* row-major */
    size_t rows;
    size_t capacity;       /* rows allocated */
} locnet_table_t;

/* Parses "table", "csv", "json" or "md"; LOCNET_EUSAGE otherwise. */
locnet_status_t locnet_format_parse(const char *name, locnet_format_t *format);

/* Makes an empty table with copies of the column headers. */
locnet_status_t locnet_table_init(locnet_table_t *table, size_t columns,
                                  const char *const *headers);
/* Frees the table; accepts NULL. */
void locnet_table_destroy(locnet_table_t *table);
/* Adds an empty row and stores its number in *row. */
locnet_status_t locnet_table_add_row(locnet_table_t *table, size_t *row);
/* Makes room for rows rows in all, so that adding them allocates nothing more. */
locnet_status_t locnet_table_reserve(locnet_table_t *table, size_t rows);
/* Sets a cell; text is copied (NULL makes the cell empty). */
locnet_status_t locnet_table_set_text(locnet_table_t *table, size_t row, size_t column,
                                      const char *text);
/* Sets a cell to text without copying it: text (not NULL) must stay unchanged until the table
 * is destroyed, as the attribute values of a network that outlives the table do. */
void locnet_table_set_text_borrowed(locnet_table_t *table, size_t row, size_t column,
                                    const char *text);
void locnet_table_set_integer(locnet_table_t *table, size_t row, size_t column, long long value);
/* Sets a cell to a list of texts (copied): the items joined by ';' in the text table, CSV and
 * Markdown, a JSON array of strings in JSON (an empty list: empty text, []). */
locnet_status_t locnet_table_set_list(locnet_table_t *table, size_t row, size_t column,
                                      const locnet_list_t *items);
/* A NaN value makes the cell empty. */
void locnet_table_set_real(locnet_table_t *table, size_t row, size_t column, double value);
/* Sets the digits shown after the point for reals of one column in the text table (default 6);
 * CSV and JSON always carry the shortest text that reads back as the same double. */
void locnet_table_set_decimals(locnet_table_t *table, size_t column, int decimals);

/* Writes the table in format to out. Returns LOCNET_EWRITE if out reports an error. */
locnet_status_t locnet_table_write(const locnet_table_t *table, locnet_format_t format, FILE *out);

#endif
