/* io/read/csv_layout.c: the fields of each table with the headers that name them, the column
 * mapping, and the header row read into a layout. */
#include "io/read/csv_layout.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "graph/limits.h"
#include "io/read/csv_reader.h"  /* locnet_csv_columns_check */

/* The most columns a table may have. Each column that is not a field of locnet/1 becomes an
 * igraph attribute, and igraph finds an attribute by name in time linear in their number: a
 * table of c columns costs c * c / 2 name comparisons (0.07 s for 4,096; 1 s for 16,384). */
#define MAX_COLUMNS 4096

/* A field with the headers that name it without a mapping. */
typedef struct field_spec {
    const char *name;
    const char *headers;  /* '|'-separated, lower case */
} field_spec_t;

static const field_spec_t edge_fields[LOCNET_CSV_E_COUNT] = {
    {"a", "a|source|from|id1|a_id|source_id|from_id"},
    {"b", "b|target|to|id2|b_id|target_id|to_id"},
    {"a_name", "a_name|name1|city1|town1|locality1|name_a|source_name"},
    {"b_name", "b_name|name2|city2|town2|locality2|name_b|target_name"},
    {"a_country", "a_country|country1|country_a"},
    {"b_country", "b_country|country2|country_b"},
    {"a_level", "a_level|level1|level_a"},
    {"b_level", "b_level|level2|level_b"},
    {"a_lat", "a_lat|lat1|latitude1|lat_a"},
    {"a_lon", "a_lon|lon1|lng1|long1|longitude1|lon_a"},
    {"b_lat", "b_lat|lat2|latitude2|lat_b"},
    {"b_lon", "b_lon|lon2|lng2|long2|longitude2|lon_b"},
    {"kind", "kind"},
    {"since", "since|year"},
    {"until", "until"},
    {"themes", "themes|theme"},
    {"sources", "sources"},
    {"note", "note|notes"},
    {"event", "event"},
};

static const field_spec_t locality_fields[LOCNET_CSV_L_COUNT] = {
    {"id", "id"},
    {"name", "name|label"},
    {"country", "country"},
    {"level", "level"},
    {"parent", "parent"},
    {"aliases", "aliases|alias"},
    {"codes", "codes"},
    {"lat", "lat|latitude"},
    {"lon", "lon|lng|long|longitude"},
    {"succeeded_by", "succeeded_by"},
    {"succeeded_on", "succeeded_on"},
    {"succession_sources", "succession_sources"},
    {"ended_on", "ended_on"},
    {"end_sources", "end_sources"},
};

static const field_spec_t source_fields[LOCNET_CSV_S_COUNT] = {
    {"id", "id"}, {"title", "title"}, {"publisher", "publisher"}, {"date", "date"}, {"url", "url"},
};

static const field_spec_t event_fields[LOCNET_CSV_V_COUNT] = {
    {"id", "id"}, {"name", "name"}, {"number", "number"}, {"start", "start"}, {"end", "end"},
    {"place", "place"}, {"sources", "sources"}, {"sessions", "sessions"}, {"note", "note|notes"},
};

static const struct {
    const field_spec_t *fields;
    int count;
} tables[LOCNET_CSV_TABLE_KINDS] = {
    [LOCNET_CSV_EDGES] = {edge_fields, LOCNET_CSV_E_COUNT},
    [LOCNET_CSV_LOCALITIES] = {locality_fields, LOCNET_CSV_L_COUNT},
    [LOCNET_CSV_SOURCES] = {source_fields, LOCNET_CSV_S_COUNT},
    [LOCNET_CSV_EVENTS] = {event_fields, LOCNET_CSV_V_COUNT},
};

const char *locnet_csv_field_name(locnet_csv_table_kind_t kind, int field)
{
    return tables[kind].fields[field].name;
}

bool locnet_csv_layout_has(const locnet_csv_layout_t *layout, int field)
{
    return layout->column_of[field] != LOCNET_CSV_NO_COLUMN;
}

/* ---- the column mapping ------------------------------------------------------------------ */

/* Finds a mappable field (of the edge or localities table) by name. */
static bool find_field(const char *name, size_t length, locnet_csv_table_kind_t *kind, int *index)
{
    for (int t = LOCNET_CSV_EDGES; t <= LOCNET_CSV_LOCALITIES; t++) {
        for (int i = 0; i < tables[t].count; i++) {
            if (strlen(tables[t].fields[i].name) == length &&
                strncmp(tables[t].fields[i].name, name, length) == 0) {
                *kind = (locnet_csv_table_kind_t)t;
                *index = i;
                return true;
            }
        }
    }
    return false;
}

/* Calls visit for each "field=column" of mapping; stops at the first non-OK result. Syntax
 * problems are described in error. */
typedef locnet_status_t (*mapping_visitor_t)(void *context, locnet_csv_table_kind_t kind, int field,
                                             const char *column, size_t length);

static locnet_status_t walk_mapping(const char *mapping, mapping_visitor_t visit, void *context,
                                    char *error, size_t size)
{
    for (const char *at = mapping; *at != '\0';) {
        size_t length = strcspn(at, ",");
        const char *equals = memchr(at, '=', length);
        if (equals == NULL || equals == at || equals + 1 == at + length) {
            snprintf(error, size,
                     "--columns needs FIELD=COLUMN pairs separated by commas, not "
                     "\"%.*s\"",
                     (int)length, at);
            return LOCNET_EUSAGE;
        }
        locnet_csv_table_kind_t kind;
        int field;
        if (!find_field(at, (size_t)(equals - at), &kind, &field)) {
            snprintf(error, size,
                     "--columns: unknown field \"%.*s\" (fields: a, b, a_name, b_name, "
                     "a_country, b_country, a_level, b_level, a_lat, a_lon, b_lat, b_lon, kind, "
                     "since, until, themes, sources, note, event; in a localities table: id, "
                     "name, country, level, parent, aliases, codes, lat, lon, succeeded_by, "
                     "succeeded_on, succession_sources, ended_on, end_sources)",
                     (int)(equals - at), at);
            return LOCNET_EUSAGE;
        }
        if (visit != NULL) {
            locnet_status_t status =
                visit(context, kind, field, equals + 1, (size_t)(at + length - equals - 1));
            if (status != LOCNET_OK)
                return status;
        }
        at += length + (at[length] == ',');
    }
    return LOCNET_OK;
}

locnet_status_t locnet_csv_columns_check(const char *columns, char *error, size_t size)
{
    return walk_mapping(columns, NULL, NULL, error, size);
}

/* ---- the header -------------------------------------------------------------------------- */

typedef struct mapping_context {
    locnet_csv_layout_t *layout;
    locnet_csv_table_t *table;
} mapping_context_t;

/* The column whose header is name (exactly, else ignoring case), or LOCNET_CSV_NO_COLUMN. */
static size_t find_header(const locnet_csv_layout_t *layout, const char *name, size_t length)
{
    for (int pass = 0; pass < 2; pass++) {
        for (size_t j = 0; j < layout->header_count; j++) {
            const char *header = layout->headers[j];
            if (strlen(header) == length && (pass == 0 ? strncmp(header, name, length)
                                                       : strncasecmp(header, name, length)) == 0)
                return j;
        }
    }
    return LOCNET_CSV_NO_COLUMN;
}

static locnet_status_t map_column(void *context, locnet_csv_table_kind_t kind, int field,
                                  const char *column, size_t length)
{
    mapping_context_t *mapping = context;
    locnet_csv_layout_t *layout = mapping->layout;
    if (kind != layout->kind)
        return LOCNET_OK;
    size_t j = find_header(layout, column, length);
    if (j == LOCNET_CSV_NO_COLUMN)
        locnet_csv_report(mapping->table, 0,
                          "--columns maps %s to \"%.*s\", but the header has "
                          "no such column",
                          locnet_csv_field_name(kind, field), (int)length, column);
    else
        layout->column_of[field] = j;
    return LOCNET_OK;
}

static bool header_names_field(const field_spec_t *field, const char *header)
{
    size_t length = strlen(header);
    for (const char *at = field->headers; *at != '\0';) {
        size_t size = strcspn(at, "|");
        if (size == length && strncasecmp(at, header, length) == 0)
            return true;
        at += size + (at[size] == '|');
    }
    return false;
}

static bool column_is_mapped(const locnet_csv_layout_t *layout, size_t j)
{
    for (int f = 0; f < tables[layout->kind].count; f++) {
        if (layout->column_of[f] == j)
            return true;
    }
    return false;
}

void locnet_csv_layout_destroy(locnet_csv_layout_t *layout)
{
    if (layout == NULL)
        return;
    for (size_t j = 0; j < layout->header_count; j++)
        free(layout->headers[j]);
    free(layout->headers);
    free(layout->extra_of);
    memset(layout, 0, sizeof *layout);
}

void locnet_csv_layout_start(locnet_csv_layout_t *layout, locnet_csv_table_kind_t kind,
                             const char *file)
{
    locnet_csv_layout_destroy(layout);
    layout->kind = kind;
    layout->file = file;
    for (int f = 0; f < LOCNET_CSV_E_COUNT; f++)
        layout->column_of[f] = LOCNET_CSV_NO_COLUMN;
}

/* Checks every cell of the row: UTF-8, no NUL byte. Cells are named by headers when the row
 * has as many (none for the header row itself). */
static bool row_is_text(locnet_csv_table_t *table, char **headers, size_t header_count)
{
    bool ok = true;
    for (size_t j = 0; j < locnet_csv_cell_count(table); j++) {
        const char *text = locnet_csv_cell(table, j);
        size_t length = locnet_csv_cell_length(table, j);
        char name[LOCNET_LABEL_SIZE] = "";
        if (headers != NULL && j < header_count)
            snprintf(name, sizeof name, "column \"%.*s\": ", LOCNET_QUOTE_SIZE, headers[j]);
        if (strlen(text) != length) {
            locnet_csv_report(table, j, "%sNUL byte in a cell", name);
            ok = false;
            continue;
        }
        utf8proc_ssize_t at = 0;
        while ((size_t)at < length) {
            utf8proc_int32_t codepoint;
            utf8proc_ssize_t size = utf8proc_iterate((const utf8proc_uint8_t *)text + at,
                                                     (utf8proc_ssize_t)length - at, &codepoint);
            if (size <= 0) {
                locnet_csv_report(table, j, "%sinvalid UTF-8 (byte 0x%02X)", name,
                                  (unsigned)(unsigned char)text[at]);
                ok = false;
                break;
            }
            at += size;
        }
    }
    return ok;
}

/* Copies the header cells, trimmed; an empty one is "column N". */
static locnet_status_t copy_headers(locnet_csv_layout_t *layout, locnet_csv_table_t *table)
{
    size_t count = locnet_csv_cell_count(table);
    layout->headers = calloc(count, sizeof *layout->headers);
    layout->extra_of = malloc(count * sizeof *layout->extra_of);
    if (layout->headers == NULL || layout->extra_of == NULL)
        return LOCNET_ENOMEM;
    layout->header_count = count;
    for (size_t j = 0; j < count; j++) {
        layout->extra_of[j] = LOCNET_CSV_NO_COLUMN;
        const char *text = locnet_csv_cell(table, j);
        char fallback[32];
        snprintf(fallback, sizeof fallback, "column %zu", j + 1);
        while (isspace((unsigned char)*text))
            text++;
        if ((layout->headers[j] = strdup(*text != '\0' ? text : fallback)) == NULL)
            return LOCNET_ENOMEM;
        char *end = layout->headers[j] + strlen(layout->headers[j]);
        while (end > layout->headers[j] && isspace((unsigned char)end[-1]))
            *--end = '\0';
    }
    return LOCNET_OK;
}

/* Gives each column not mapped that a field's usual headers name to that field. A header
 * written twice (case ignored) for one field is reported: readers differ on which one counts. A
 * column that another of the field's headers names ("label" beside "name") stays an extra. */
static void recognise_headers(locnet_csv_layout_t *layout, locnet_csv_table_t *table)
{
    const field_spec_t *fields = tables[layout->kind].fields;
    for (size_t j = 0; j < layout->header_count; j++) {
        if (column_is_mapped(layout, j))
            continue;
        for (int f = 0; f < tables[layout->kind].count; f++) {
            size_t held = layout->column_of[f];
            if (!header_names_field(&fields[f], layout->headers[j]))
                continue;
            if (held == LOCNET_CSV_NO_COLUMN) {
                layout->column_of[f] = j;
                break;
            }
            if (strcasecmp(layout->headers[held], layout->headers[j]) == 0)
                locnet_csv_report(table, j, "column \"%s\" appears twice (column %zu is \"%s\")",
                                  layout->headers[j], held + 1, layout->headers[held]);
        }
    }
}

/* Makes every other column an extra attribute. */
static locnet_status_t declare_extras(locnet_csv_layout_t *layout, locnet_csv_table_t *table,
                                      locnet_network_builder_t *builder)
{
    for (size_t j = 0; j < layout->header_count; j++) {
        if (column_is_mapped(layout, j))
            continue;
        locnet_status_t status =
            locnet_builder_add_extra(builder, layout->kind == LOCNET_CSV_LOCALITIES,
                                     layout->headers[j], false, &layout->extra_of[j]);
        if (status == LOCNET_EDATA)
            locnet_csv_report(table, j, "column \"%s\" appears twice", layout->headers[j]);
        else if (status != LOCNET_OK)
            return status;
    }
    return LOCNET_OK;
}

locnet_status_t locnet_csv_layout_read_header(locnet_csv_layout_t *layout,
                                              locnet_csv_table_t *table, const char *mapping,
                                              locnet_network_builder_t *builder)
{
    layout->header_seen = true;
    if (!row_is_text(table, NULL, 0)) {
        layout->header_broken = true;  /* reported; the rows cannot be read without it */
        return LOCNET_OK;
    }
    size_t count = locnet_csv_cell_count(table);
    if (count > MAX_COLUMNS) {
        locnet_csv_report(table, MAX_COLUMNS, "%zu columns, more than the %d locnet reads", count,
                          MAX_COLUMNS);
        layout->header_broken = true;
        return LOCNET_OK;
    }
    locnet_status_t status = copy_headers(layout, table);
    if (status != LOCNET_OK)
        return status;
    bool side_table = layout->kind == LOCNET_CSV_SOURCES || layout->kind == LOCNET_CSV_EVENTS;
    if (mapping != NULL && !side_table) {
        mapping_context_t context = {layout, table};
        char error[LOCNET_MESSAGE_SIZE];
        if ((status = walk_mapping(mapping, map_column, &context, error, sizeof error)) !=
            LOCNET_OK)
            return status;
    }
    recognise_headers(layout, table);
    if (side_table)
        return LOCNET_OK;  /* a source or an event has no place for other columns */
    return declare_extras(layout, table, builder);
}

/* ---- rows -------------------------------------------------------------------------------- */

bool locnet_csv_layout_row_is_readable(const locnet_csv_layout_t *layout, locnet_csv_table_t *table)
{
    size_t count = locnet_csv_cell_count(table);
    if (count != layout->header_count) {
        locnet_csv_report(table, 0, "row has %zu cell%s, the header has %zu", count,
                          count == 1 ? "" : "s", layout->header_count);
        return false;
    }
    return row_is_text(table, layout->headers, layout->header_count);
}

locnet_status_t locnet_csv_layout_set_extras(const locnet_csv_layout_t *layout,
                                             locnet_csv_table_t *table,
                                             locnet_network_builder_t *builder, bool vertices,
                                             igraph_integer_t element)
{
    for (size_t j = 0; j < layout->header_count; j++) {
        size_t extra = layout->extra_of[j];
        const char *text = locnet_csv_cell(table, j);
        if (extra == LOCNET_CSV_NO_COLUMN || text[0] == '\0')
            continue;
        locnet_status_t status = locnet_builder_set_extra(builder, vertices, extra, element, text);
        if (status != LOCNET_OK)
            return status;
    }
    return LOCNET_OK;
}
