/* io/read/csv_layout.h: the columns of a CSV table: which column holds which field, found by
 * header (see csv_reader.h for the names recognised) or by a mapping "field=column,...", and
 * which columns are extra attributes. */
#ifndef LOCNET_CSV_LAYOUT_H
#define LOCNET_CSV_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "graph/network_builder.h"
#include "io/read/csv_table.h"

typedef enum locnet_csv_table_kind {
    LOCNET_CSV_EDGES,
    LOCNET_CSV_LOCALITIES,
    LOCNET_CSV_SOURCES,
    LOCNET_CSV_EVENTS,
    LOCNET_CSV_TABLE_KINDS
} locnet_csv_table_kind_t;

/* The fields of each table. */
enum {
    LOCNET_CSV_E_A,
    LOCNET_CSV_E_B,
    LOCNET_CSV_E_A_NAME,
    LOCNET_CSV_E_B_NAME,
    LOCNET_CSV_E_A_COUNTRY,
    LOCNET_CSV_E_B_COUNTRY,
    LOCNET_CSV_E_A_LEVEL,
    LOCNET_CSV_E_B_LEVEL,
    LOCNET_CSV_E_A_LAT,
    LOCNET_CSV_E_A_LON,
    LOCNET_CSV_E_B_LAT,
    LOCNET_CSV_E_B_LON,
    LOCNET_CSV_E_KIND,
    LOCNET_CSV_E_SINCE,
    LOCNET_CSV_E_UNTIL,
    LOCNET_CSV_E_THEMES,
    LOCNET_CSV_E_SOURCES,
    LOCNET_CSV_E_NOTE,
    LOCNET_CSV_E_EVENT,
    LOCNET_CSV_E_COUNT
};
enum {
    LOCNET_CSV_L_ID,
    LOCNET_CSV_L_NAME,
    LOCNET_CSV_L_COUNTRY,
    LOCNET_CSV_L_LEVEL,
    LOCNET_CSV_L_PARENT,
    LOCNET_CSV_L_ALIASES,
    LOCNET_CSV_L_CODES,
    LOCNET_CSV_L_LAT,
    LOCNET_CSV_L_LON,
    LOCNET_CSV_L_SUCCEEDED_BY,
    LOCNET_CSV_L_SUCCEEDED_ON,
    LOCNET_CSV_L_SUCCESSION_SOURCES,
    LOCNET_CSV_L_ENDED_ON,
    LOCNET_CSV_L_END_SOURCES,
    LOCNET_CSV_L_COUNT
};
enum {
    LOCNET_CSV_S_ID,
    LOCNET_CSV_S_TITLE,
    LOCNET_CSV_S_PUBLISHER,
    LOCNET_CSV_S_DATE,
    LOCNET_CSV_S_URL,
    LOCNET_CSV_S_COUNT
};
enum {
    LOCNET_CSV_V_ID, LOCNET_CSV_V_NAME, LOCNET_CSV_V_NUMBER, LOCNET_CSV_V_START, LOCNET_CSV_V_END,
    LOCNET_CSV_V_PLACE, LOCNET_CSV_V_SOURCES, LOCNET_CSV_V_SESSIONS, LOCNET_CSV_V_NOTE,
    LOCNET_CSV_V_COUNT
};

#define LOCNET_CSV_NO_COLUMN SIZE_MAX

/* The columns of one table. */
typedef struct locnet_csv_layout {
    locnet_csv_table_kind_t kind;
    const char *file;                      /* the table's name in messages */
    size_t column_of[LOCNET_CSV_E_COUNT];  /* per field: LOCNET_CSV_NO_COLUMN when absent (the
                                              edge table has the most fields) */
    size_t header_count;
    char **headers;    /* copies of the header cells, trimmed */
    size_t *extra_of;  /* per column: its extra attribute, or LOCNET_CSV_NO_COLUMN */
    bool header_seen;
    bool header_broken;  /* its text is not readable: reported, nothing more said */
} locnet_csv_layout_t;

/* Starts an empty layout for a table of kind, named file. */
void locnet_csv_layout_start(locnet_csv_layout_t *layout, locnet_csv_table_kind_t kind,
                             const char *file);
/* Frees the headers; accepts NULL. */
void locnet_csv_layout_destroy(locnet_csv_layout_t *layout);
/* Reads the current row of table as the header: mapped columns first (mapping may be NULL),
 * then recognised headers, then the other columns as extra attributes declared in builder
 * (not for a sources or events table, whose other columns are ignored). Problems are reported at their cells. */
locnet_status_t locnet_csv_layout_read_header(locnet_csv_layout_t *layout,
                                              locnet_csv_table_t *table, const char *mapping,
                                              locnet_network_builder_t *builder);
/* True when the table has a column for field. */
bool locnet_csv_layout_has(const locnet_csv_layout_t *layout, int field);
/* The name of a field ("a_lat", "title"). */
const char *locnet_csv_field_name(locnet_csv_table_kind_t kind, int field);

/* Checks the current row: as wide as the header, every cell UTF-8 without NUL bytes. Reports
 * and returns false when it cannot be read. */
bool locnet_csv_layout_row_is_readable(const locnet_csv_layout_t *layout,
                                       locnet_csv_table_t *table);
/* Sets the extra attributes of element (a locality when vertices, else a partnership) from
 * the current row. */
locnet_status_t locnet_csv_layout_set_extras(const locnet_csv_layout_t *layout,
                                             locnet_csv_table_t *table,
                                             locnet_network_builder_t *builder, bool vertices,
                                             igraph_integer_t element);

#endif
