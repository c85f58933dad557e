/* io/read/csv_record.c: fields to cells, cells to places. */
#include "io/read/csv_record.h"

#include <string.h>

const char *locnet_csv_record_cell(const locnet_csv_layout_t *layout,
                                   const locnet_csv_table_t *table, int field)
{
    if (field == LOCNET_CSV_NO_FIELD || !locnet_csv_layout_has(layout, field))
        return NULL;
    const char *text = locnet_csv_cell(table, layout->column_of[field]);
    return text[0] != '\0' ? text : NULL;
}

/* The index of field name in record, or -1. (The first characters are compared first: fields
 * are looked up by the million.) */
static int find(const locnet_csv_record_t *record, const char *name)
{
    for (size_t i = 0; i < record->field_count; i++) {
        const char *field = record->fields[i].name;
        if (field[0] == name[0] && strcmp(field, name) == 0)
            return (int)i;
    }
    return -1;
}

void locnet_csv_record_give(locnet_csv_record_t *record, const char *name, const char *text)
{
    int i = find(record, name);
    if (i >= 0)
        record->given[i] = text;
}

/* The nested record held by field name, or NULL. */
static const locnet_csv_nested_t *find_nested(const locnet_csv_record_t *record, const char *name)
{
    for (size_t i = 0; i < record->nested_count; i++) {
        const char *field = record->nested[i].name;
        if (field[0] == name[0] && strcmp(field, name) == 0)
            return &record->nested[i];
    }
    return NULL;
}

/* True when a cell of the nested record's fields holds something. */
static bool nested_present(const locnet_csv_record_t *record, const locnet_csv_nested_t *nested)
{
    for (size_t i = 0; i < nested->count; i++) {
        if (locnet_csv_record_cell(record->layout, record->table, nested->fields[i].field) != NULL)
            return true;
    }
    return false;
}

static void get(void *self, const char *name, locnet_value_t *value)
{
    const locnet_csv_record_t *record = self;
    int i = find(record, name);
    memset(value, 0, sizeof *value);
    if (i < 0)
        return;
    const locnet_csv_nested_t *nested = find_nested(record, name);
    if (nested != NULL) {
        value->kind = nested_present(record, nested) ? LOCNET_VALUE_RECORD : LOCNET_VALUE_ABSENT;
        return;
    }
    const char *text =
        record->given[i] != NULL
            ? record->given[i]
            : locnet_csv_record_cell(record->layout, record->table, record->fields[i].field);
    if (text != NULL && text[0] != '\0') {
        value->kind = LOCNET_VALUE_TEXT;
        value->text = text;
    }
}

static void place(void *self, const char *name, locnet_input_place_t *place)
{
    const locnet_csv_record_t *record = self;
    const locnet_csv_layout_t *layout = record->layout;
    int i = name != NULL ? find(record, name) : -1;
    size_t column = LOCNET_CSV_NO_COLUMN;
    if (i >= 0 && locnet_csv_layout_has(layout, record->fields[i].field))
        column = layout->column_of[record->fields[i].field];
    else if (i >= 0 && record->fields[i].near != LOCNET_CSV_NO_FIELD &&
             locnet_csv_layout_has(layout, record->fields[i].near))
        column = layout->column_of[record->fields[i].near];
    memset(place, 0, sizeof *place);
    place->file = layout->file;
    place->kind = (int)layout->kind;
    place->detail = column == LOCNET_CSV_NO_COLUMN ? -1 : (int)column;
    locnet_csv_cell_position(record->table, column == LOCNET_CSV_NO_COLUMN ? 0 : column,
                             &place->line, &place->column);
}

static void nested(void *self, const char *name, locnet_record_view_t *view)
{
    const locnet_csv_record_t *record = self;
    const locnet_csv_nested_t *found = find_nested(record, name);
    locnet_csv_record_t *inner = record->inner;
    memset(inner, 0, sizeof *inner);
    inner->layout = record->layout;
    inner->table = record->table;
    inner->fields = found != NULL ? found->fields : NULL;
    inner->field_count = found != NULL ? found->count : 0;
    locnet_csv_record_view(inner, view);
}

void locnet_csv_record_view(locnet_csv_record_t *record, locnet_record_view_t *view)
{
    *view = (locnet_record_view_t){record, get, place, nested, NULL, NULL};
}
