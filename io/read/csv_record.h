/* io/read/csv_record.h: a locnet/1 record held by a row of a CSV table, seen through the validator
 * (io/read/validator.h): each field of the record is a cell of the row (or a value the reader made
 * from cells, such as an id from a name and a country), and its place is that cell. */
#ifndef LOCNET_CSV_RECORD_H
#define LOCNET_CSV_RECORD_H

#include <stdbool.h>
#include <stddef.h>

#include "io/read/csv_layout.h"
#include "io/read/validator.h"

#define LOCNET_CSV_NO_FIELD (-1)
#define LOCNET_CSV_RECORD_FIELDS 12

/* A field of a record: the table field that holds it, and the one to point at when the table
 * has no column for it (or LOCNET_CSV_NO_FIELD). A nested field (succeeded_by) is present when
 * any cell of the nested record's fields is. */
typedef struct locnet_csv_field {
    const char *name;
    int field;
    int near;
} locnet_csv_field_t;

/* A nested record whose fields are cells of the same row: succeeded_by (succeeded_by,
 * succeeded_on, succession_sources), ended (ended_on, end_sources), an event's dates (start,
 * end). */
typedef struct locnet_csv_nested {
    const char *name;
    const locnet_csv_field_t *fields;
    size_t count;
} locnet_csv_nested_t;

typedef struct locnet_csv_record locnet_csv_record_t;

struct locnet_csv_record {
    const locnet_csv_layout_t *layout;
    locnet_csv_table_t *table;
    const locnet_csv_field_t *fields;
    size_t field_count;
    const char *given[LOCNET_CSV_RECORD_FIELDS];  /* per field: a value made by the reader, or
                                                      NULL to read the cell */
    const locnet_csv_nested_t *nested;            /* the nested records, or NULL */
    size_t nested_count;
    locnet_csv_record_t *inner;  /* storage for a nested record's view (one at a time) */
};

/* Sets *view to read record (which must outlive the view). Places are the cells' lines and
 * columns, with the layout's file, the table kind as place->kind and the cell's column as
 * place->detail (-1 for the row as a whole). */
void locnet_csv_record_view(locnet_csv_record_t *record, locnet_record_view_t *view);
/* Gives field name of record the value text (kept, not copied) instead of its cell. */
void locnet_csv_record_give(locnet_csv_record_t *record, const char *name, const char *text);
/* The text of a table field's cell in the current row, or NULL when absent or empty. */
const char *locnet_csv_record_cell(const locnet_csv_layout_t *layout,
                                   const locnet_csv_table_t *table, int field);

#endif
