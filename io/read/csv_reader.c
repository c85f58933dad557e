/* io/read/csv_reader.c: CSV tables into a network builder: sources first, then localities, then the
 * edge table, so that every reference can be checked on the row that makes it. */
#include "io/read/csv_reader.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "graph/growable.h"
#include "graph/history.h"
#include "graph/list_codec.h"
#include "graph/network_builder.h"
#include "io/read/country_names.h"
#include "io/read/csv_table.h"
#include "io/read/text_values.h"

typedef enum table_kind { TABLE_EDGES, TABLE_LOCALITIES, TABLE_SOURCES } table_kind_t;

/* The fields of each table, with the headers that name them without a mapping. */
typedef struct field_spec {
    const char *name;
    const char *headers;  /* '|'-separated, lower case */
} field_spec_t;

enum {
    E_A, E_B, E_A_NAME, E_B_NAME, E_A_COUNTRY, E_B_COUNTRY, E_A_LEVEL, E_B_LEVEL, E_A_LAT,
    E_A_LON, E_B_LAT, E_B_LON, E_KIND, E_SINCE, E_UNTIL, E_THEMES, E_SOURCES, E_NOTE, E_COUNT
};
static const field_spec_t edge_fields[E_COUNT] = {
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
};

enum {
    L_ID, L_NAME, L_COUNTRY, L_LEVEL, L_PARENT, L_ALIASES, L_CODES, L_LAT, L_LON,
    L_SUCCEEDED_BY, L_SUCCEEDED_ON, L_SUCCESSION_SOURCES, L_COUNT
};
static const field_spec_t locality_fields[L_COUNT] = {
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
};

enum { S_ID, S_TITLE, S_PUBLISHER, S_DATE, S_URL, S_COUNT };
static const field_spec_t source_fields[S_COUNT] = {
    {"id", "id"}, {"title", "title"}, {"publisher", "publisher"}, {"date", "date"}, {"url", "url"},
};

#define MAX_FIELDS E_COUNT
#define NO_COLUMN SIZE_MAX
/* The most columns a table may have. Each column that is not a field of locnet/1 becomes an
 * igraph attribute, and igraph finds an attribute by name in time linear in their number: a
 * table of c columns costs c * c / 2 name comparisons (0.07 s for 4,096; 1 s for 16,384). */
#define MAX_COLUMNS 4096

/* The columns of the table being read. */
typedef struct layout {
    table_kind_t kind;
    const field_spec_t *fields;
    int field_count;
    size_t column_of[MAX_FIELDS];  /* NO_COLUMN when the table has no such column */
    size_t header_count;
    char **headers;                /* copies of the header cells */
    size_t *extra_of;              /* per column: its extra attribute, or NO_COLUMN */
    bool header_seen;
    bool header_broken;            /* its text is not readable: reported, nothing more said */
} layout_t;

/* A reference from the localities table to be checked when the table is read. */
typedef struct pending_reference {
    char *id;
    long line;
    long column;
    const char *header;  /* borrowed from the layout, which lives as long */
} pending_reference_t;

typedef struct reader {
    locnet_network_builder_t builder;
    locnet_country_names_t countries;
    locnet_diagnostics_t *diagnostics;
    const char *mapping;               /* --columns, or NULL */
    const char *localities_path;
    bool has_localities_table;
    bool has_sources_table;
    const char *default_level;
    const char *default_kind;
    layout_t layout;
    pending_reference_t *pending;
    size_t pending_count;
    size_t pending_capacity;
} reader_t;

/* ---- the column mapping ------------------------------------------------------------------ */

static const field_spec_t *find_field(const char *name, size_t length, table_kind_t *kind,
                                      int *index)
{
    static const struct {
        table_kind_t kind;
        const field_spec_t *fields;
        int count;
    } tables[] = {{TABLE_EDGES, edge_fields, E_COUNT}, {TABLE_LOCALITIES, locality_fields, L_COUNT}};
    for (size_t t = 0; t < 2; t++) {
        for (int i = 0; i < tables[t].count; i++) {
            if (strlen(tables[t].fields[i].name) == length &&
                strncmp(tables[t].fields[i].name, name, length) == 0) {
                *kind = tables[t].kind;
                *index = i;
                return &tables[t].fields[i];
            }
        }
    }
    return NULL;
}

/* Calls visit for each "field=column" of mapping; stops at the first non-OK result. Syntax
 * problems are described in error. */
typedef locnet_status_t (*mapping_visitor_t)(void *context, table_kind_t kind, int field,
                                             const char *column, size_t column_length);

static locnet_status_t walk_mapping(const char *mapping, mapping_visitor_t visit, void *context,
                                    char *error, size_t size)
{
    const char *at = mapping;
    while (*at != '\0') {
        const char *end = strchr(at, ',');
        size_t length = end != NULL ? (size_t)(end - at) : strlen(at);
        const char *equals = memchr(at, '=', length);
        if (equals == NULL || equals == at || equals + 1 == at + length) {
            snprintf(error, size, "--columns needs FIELD=COLUMN pairs separated by commas, not "
                                  "\"%.*s\"", (int)length, at);
            return LOCNET_EUSAGE;
        }
        table_kind_t kind;
        int field;
        if (find_field(at, (size_t)(equals - at), &kind, &field) == NULL) {
            snprintf(error, size,
                     "--columns: unknown field \"%.*s\" (fields: a, b, a_name, b_name, "
                     "a_country, b_country, a_level, b_level, a_lat, a_lon, b_lat, b_lon, kind, "
                     "since, until, themes, sources, note; in a localities table: id, name, "
                     "country, level, parent, aliases, codes, lat, lon, succeeded_by, "
                     "succeeded_on, succession_sources)",
                     (int)(equals - at), at);
            return LOCNET_EUSAGE;
        }
        if (visit != NULL) {
            locnet_status_t status = visit(context, kind, field, equals + 1,
                                           (size_t)(at + length - equals - 1));
            if (status != LOCNET_OK)
                return status;
        }
        at += length;
        if (*at == ',')
            at++;
    }
    return LOCNET_OK;
}

locnet_status_t locnet_csv_columns_check(const char *columns, char *error, size_t size)
{
    return walk_mapping(columns, NULL, NULL, error, size);
}

/* ---- reading the header -------------------------------------------------------------------- */

static bool row_is_text(locnet_csv_table_t *table, char **headers, size_t header_count);

typedef struct mapping_context {
    reader_t *reader;
    locnet_csv_table_t *table;
} mapping_context_t;

static size_t find_header(const layout_t *layout, const char *name, size_t length)
{
    for (size_t j = 0; j < layout->header_count; j++) {
        if (strlen(layout->headers[j]) == length && strncmp(layout->headers[j], name, length) == 0)
            return j;
    }
    for (size_t j = 0; j < layout->header_count; j++) {
        if (strlen(layout->headers[j]) == length &&
            strncasecmp(layout->headers[j], name, length) == 0)
            return j;
    }
    return NO_COLUMN;
}

static locnet_status_t map_column(void *context, table_kind_t kind, int field, const char *column,
                                  size_t length)
{
    mapping_context_t *mapping = context;
    layout_t *layout = &mapping->reader->layout;
    if (kind != layout->kind)
        return LOCNET_OK;
    size_t j = find_header(layout, column, length);
    if (j == NO_COLUMN)
        locnet_csv_report(mapping->table, 0, "--columns maps %s to \"%.*s\", but the header has "
                                             "no such column",
                          layout->fields[field].name, (int)length, column);
    else
        layout->column_of[field] = j;
    return LOCNET_OK;
}

static bool header_names_field(const field_spec_t *field, const char *header)
{
    size_t length = strlen(header);
    for (const char *at = field->headers; *at != '\0';) {
        const char *bar = strchr(at, '|');
        size_t size = bar != NULL ? (size_t)(bar - at) : strlen(at);
        if (size == length && strncasecmp(at, header, length) == 0)
            return true;
        at += size + (bar != NULL);
    }
    return false;
}

static bool column_is_mapped(const layout_t *layout, size_t j)
{
    for (int f = 0; f < layout->field_count; f++) {
        if (layout->column_of[f] == j)
            return true;
    }
    return false;
}

static void layout_destroy(layout_t *layout)
{
    for (size_t j = 0; j < layout->header_count; j++)
        free(layout->headers[j]);
    free(layout->headers);
    free(layout->extra_of);
    memset(layout, 0, sizeof *layout);
}

static void layout_start(layout_t *layout, table_kind_t kind)
{
    layout_destroy(layout);
    layout->kind = kind;
    layout->fields = kind == TABLE_EDGES ? edge_fields
                     : kind == TABLE_LOCALITIES ? locality_fields : source_fields;
    layout->field_count = kind == TABLE_EDGES ? E_COUNT : kind == TABLE_LOCALITIES ? L_COUNT
                                                                                    : S_COUNT;
    for (int f = 0; f < MAX_FIELDS; f++)
        layout->column_of[f] = NO_COLUMN;
}

/* Reads the header row: mapped columns, then recognised headers, then extra attributes. */
static locnet_status_t read_header(reader_t *reader, locnet_csv_table_t *table)
{
    layout_t *layout = &reader->layout;
    size_t count = locnet_csv_cell_count(table);
    layout->header_seen = true;
    if (!row_is_text(table, NULL, 0)) {
        layout->header_broken = true;  /* reported; the rows cannot be read without it */
        return LOCNET_OK;
    }
    if (count > MAX_COLUMNS) {
        locnet_csv_report(table, MAX_COLUMNS, "%zu columns, more than the %d locnet reads",
                          count, MAX_COLUMNS);
        layout->header_broken = true;
        return LOCNET_OK;
    }
    layout->headers = calloc(count, sizeof *layout->headers);
    layout->extra_of = malloc(count * sizeof *layout->extra_of);
    if (layout->headers == NULL || layout->extra_of == NULL)
        return LOCNET_ENOMEM;
    layout->header_count = count;
    for (size_t j = 0; j < count; j++) {
        layout->extra_of[j] = NO_COLUMN;
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
    if (reader->mapping != NULL && layout->kind != TABLE_SOURCES) {
        mapping_context_t context = {reader, table};
        char error[512];
        locnet_status_t status = walk_mapping(reader->mapping, map_column, &context, error,
                                              sizeof error);
        if (status != LOCNET_OK)
            return status;
    }
    for (size_t j = 0; j < count; j++) {
        if (column_is_mapped(layout, j))
            continue;
        for (int f = 0; f < layout->field_count; f++) {
            if (layout->column_of[f] == NO_COLUMN &&
                header_names_field(&layout->fields[f], layout->headers[j])) {
                layout->column_of[f] = j;
                break;
            }
        }
    }
    if (layout->kind == TABLE_SOURCES)
        return LOCNET_OK;  /* a source has no place for other columns */
    for (size_t j = 0; j < count; j++) {
        if (column_is_mapped(layout, j))
            continue;
        locnet_status_t status = locnet_builder_add_extra(
            &reader->builder, layout->kind == TABLE_LOCALITIES, layout->headers[j], false,
            &layout->extra_of[j]);
        if (status == LOCNET_EDATA)
            locnet_csv_report(table, j, "column \"%s\" appears twice", layout->headers[j]);
        else if (status != LOCNET_OK)
            return status;
    }
    return LOCNET_OK;
}

/* ---- cells ------------------------------------------------------------------------------- */

/* The text of a field's cell in the current row, or NULL when the table has no such column. */
static const char *field_cell(const reader_t *reader, const locnet_csv_table_t *table, int field)
{
    size_t j = reader->layout.column_of[field];
    return j == NO_COLUMN ? NULL : locnet_csv_cell(table, j);
}

static const char *header_of(const reader_t *reader, int field)
{
    return reader->layout.headers[reader->layout.column_of[field]];
}

static void report_cell(reader_t *reader, locnet_csv_table_t *table, int field,
                        const char *format, ...) __attribute__((format(printf, 4, 5)));

static void report_cell(reader_t *reader, locnet_csv_table_t *table, int field,
                        const char *format, ...)
{
    char message[400];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    locnet_csv_report(table, reader->layout.column_of[field], "column \"%s\": %s",
                      header_of(reader, field), message);
}

/* A field's cell, or NULL when it is absent or empty. */
static const char *nonempty_cell(const reader_t *reader, const locnet_csv_table_t *table,
                                 int field)
{
    const char *text = field_cell(reader, table, field);
    return text != NULL && text[0] != '\0' ? text : NULL;
}

static double coordinate_cell(reader_t *reader, locnet_csv_table_t *table, int field,
                              double limit)
{
    const char *text = nonempty_cell(reader, table, field);
    double value;
    if (text == NULL)
        return NAN;
    if (!locnet_text_number(text, &value) || fabs(value) > limit) {
        report_cell(reader, table, field, "must be a number from %g to %g, not \"%s\"", -limit,
                    limit, text);
        return NAN;
    }
    return value;
}

static double year_cell(reader_t *reader, locnet_csv_table_t *table, int field)
{
    const char *text = nonempty_cell(reader, table, field);
    double value;
    if (text == NULL)
        return NAN;
    if (!locnet_text_year(text, &value)) {
        report_cell(reader, table, field, "must be a year from 1 to 9999, not \"%s\"", text);
        return NAN;
    }
    return value;
}

/* A list cell (io/text_values.h); its encoding goes to *encoded (NULL when empty). */
static locnet_status_t list_cell(reader_t *reader, locnet_csv_table_t *table, int field,
                                 bool normalise, locnet_list_t *items, char **encoded)
{
    const char *text = nonempty_cell(reader, table, field);
    *encoded = NULL;
    if (text == NULL)
        return LOCNET_OK;
    locnet_status_t status = locnet_text_list(text, normalise, items, encoded);
    if (status == LOCNET_EDATA) {
        report_cell(reader, table, field, "must be items separated by ';' or a JSON array of "
                                          "non-empty strings");
        status = LOCNET_OK;
    }
    return status;
}

/* Checks every cell of the row: UTF-8, no NUL byte. Cells are named by headers when the row
 * has as many (NULL for the header row itself). */
static bool row_is_text(locnet_csv_table_t *table, char **headers, size_t header_count)
{
    bool ok = true;
    for (size_t j = 0; j < locnet_csv_cell_count(table); j++) {
        const char *text = locnet_csv_cell(table, j);
        size_t length = locnet_csv_cell_length(table, j);
        char name[200] = "";
        if (headers != NULL && j < header_count)
            snprintf(name, sizeof name, "column \"%.180s\": ", headers[j]);
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

/* Checks the row's width against the header and its text; false when it cannot be read. */
static bool row_is_readable(reader_t *reader, locnet_csv_table_t *table)
{
    size_t count = locnet_csv_cell_count(table);
    if (count != reader->layout.header_count) {
        locnet_csv_report(table, 0, "row has %zu cell%s, the header has %zu", count,
                          count == 1 ? "" : "s", reader->layout.header_count);
        return false;
    }
    return row_is_text(table, reader->layout.headers, reader->layout.header_count);
}

/* Sets the row's extra attributes of element. */
static locnet_status_t set_extras(reader_t *reader, locnet_csv_table_t *table, bool vertices,
                                  igraph_integer_t element)
{
    for (size_t j = 0; j < reader->layout.header_count; j++) {
        size_t extra = reader->layout.extra_of[j];
        const char *text = locnet_csv_cell(table, j);
        if (extra == NO_COLUMN || text[0] == '\0')
            continue;
        locnet_status_t status = locnet_builder_set_extra(&reader->builder, vertices, extra,
                                                          element, text);
        if (status != LOCNET_OK)
            return status;
    }
    return LOCNET_OK;
}

/* A country cell as an alpha-2 code. LOCNET_EDATA after reporting a country it cannot name. */
static locnet_status_t country_cell(reader_t *reader, locnet_csv_table_t *table, int field,
                                    const char *text, char code[3])
{
    locnet_status_t status = locnet_country_code(&reader->countries, text, code);
    if (status == LOCNET_ENOTFOUND || status == LOCNET_EDATA) {
        report_cell(reader, table, field,
                    "unknown country \"%s\" (give an ISO 3166-1 code or an English name)", text);
        return LOCNET_EDATA;
    }
    return status;
}

/* The id of a locality known by name and country: "CC:name", or the name alone when the table
 * has no country column. Caller frees. */
static char *name_key(const char *name, const char *country)
{
    if (country == NULL)
        return strdup(name);
    size_t size = strlen(name) + 4;
    char *key = malloc(size);
    if (key != NULL)
        snprintf(key, size, "%s:%s", country, name);
    return key;
}

/* Reports citations of sources that the sources table does not have. */
static void check_citations(reader_t *reader, locnet_csv_table_t *table, int field,
                            const locnet_list_t *ids)
{
    for (size_t i = 0; i < ids->count; i++) {
        if (locnet_builder_has_source(&reader->builder, ids->items[i]))
            continue;
        if (reader->has_sources_table)
            report_cell(reader, table, field, "cites unknown source \"%s\"", ids->items[i]);
        else
            report_cell(reader, table, field, "cites source \"%s\", but no sources table was "
                                              "given (--sources FILE)",
                        ids->items[i]);
        return;
    }
}

/* ---- the sources table ------------------------------------------------------------------- */

static locnet_status_t on_source_row(void *context, locnet_csv_table_t *table)
{
    reader_t *reader = context;
    if (!reader->layout.header_seen) {
        locnet_status_t status = read_header(reader, table);
        for (int f = S_ID; status == LOCNET_OK && !reader->layout.header_broken && f <= S_DATE;
             f++) {
            if (reader->layout.column_of[f] == NO_COLUMN)
                locnet_csv_report(table, 0, "the sources table needs a column \"%s\"",
                                  source_fields[f].name);
        }
        return status;
    }
    if (reader->layout.column_of[S_ID] == NO_COLUMN || !row_is_readable(reader, table))
        return LOCNET_OK;
    locnet_source_t source = {
        .id = (char *)nonempty_cell(reader, table, S_ID),
        .title = (char *)nonempty_cell(reader, table, S_TITLE),
        .publisher = (char *)nonempty_cell(reader, table, S_PUBLISHER),
        .date = (char *)nonempty_cell(reader, table, S_DATE),
        .url = (char *)nonempty_cell(reader, table, S_URL),
    };
    for (int f = S_ID; f <= S_DATE; f++) {
        const char *text = f == S_ID ? source.id : f == S_TITLE ? source.title
                           : f == S_PUBLISHER ? source.publisher : source.date;
        if (reader->layout.column_of[f] != NO_COLUMN && text == NULL)
            report_cell(reader, table, f, "must not be empty");
    }
    if (source.date != NULL && !locnet_date_is_valid(source.date)) {
        report_cell(reader, table, S_DATE, "must be a date YYYY, YYYY-MM or YYYY-MM-DD, not \"%s\"",
                    source.date);
        source.date = NULL;
    }
    if (source.id == NULL)
        return LOCNET_OK;
    /* a source with other problems is still registered, so citations of it do not cascade */
    source.title = source.title ? source.title : (char *)"";
    source.publisher = source.publisher ? source.publisher : (char *)"";
    source.date = source.date ? source.date : (char *)"";
    locnet_status_t status = locnet_builder_add_source(&reader->builder, &source);
    if (status == LOCNET_EDATA) {
        report_cell(reader, table, S_ID, "duplicate source id \"%s\"", source.id);
        status = LOCNET_OK;
    }
    return status;
}

/* ---- the localities table ---------------------------------------------------------------- */

static locnet_status_t add_pending(reader_t *reader, locnet_csv_table_t *table, int field,
                                   const char *id)
{
    if (LOCNET_GROW(&reader->pending, &reader->pending_capacity, reader->pending_count) != LOCNET_OK)
        return LOCNET_ENOMEM;
    pending_reference_t *ref = &reader->pending[reader->pending_count];
    if ((ref->id = strdup(id)) == NULL)
        return LOCNET_ENOMEM;
    locnet_csv_cell_position(table, reader->layout.column_of[field], &ref->line, &ref->column);
    ref->header = header_of(reader, field);
    reader->pending_count++;
    return LOCNET_OK;
}

/* Checks the references of the localities table (parents, successors); counts problems. */
static size_t resolve_pending(reader_t *reader, const char *name)
{
    size_t problems = 0;
    for (size_t i = 0; i < reader->pending_count; i++) {
        pending_reference_t *ref = &reader->pending[i];
        if (!locnet_builder_find_locality(&reader->builder, ref->id, NULL)) {
            locnet_diagnostics_add(reader->diagnostics, name, ref->line, ref->column,
                                   "column \"%s\": unknown locality \"%s\"", ref->header, ref->id);
            problems++;
        }
    }
    return problems;
}

static void pending_destroy(reader_t *reader)
{
    for (size_t i = 0; i < reader->pending_count; i++)
        free(reader->pending[i].id);
    free(reader->pending);
    reader->pending = NULL;
    reader->pending_count = reader->pending_capacity = 0;
}

static locnet_status_t on_locality_row(void *context, locnet_csv_table_t *table)
{
    reader_t *reader = context;
    layout_t *layout = &reader->layout;
    if (!layout->header_seen) {
        locnet_status_t status = read_header(reader, table);
        if (status == LOCNET_OK && !layout->header_broken && layout->column_of[L_NAME] == NO_COLUMN)
            locnet_csv_report(table, 0, "the localities table needs a column \"name\" (or "
                                        "\"label\")");
        return status;
    }
    if (layout->column_of[L_NAME] == NO_COLUMN || !row_is_readable(reader, table))
        return LOCNET_OK;
    locnet_locality_fields_t fields;
    locnet_list_t aliases, succession_sources;
    char *key = NULL, *name = NULL, *encoded_aliases = NULL, *encoded_codes = NULL,
         *encoded_sources = NULL;
    char country[3] = LOCNET_COUNTRY_UNKNOWN;
    locnet_locality_fields_clear(&fields);
    locnet_list_init(&aliases);
    locnet_list_init(&succession_sources);
    locnet_status_t status = LOCNET_OK;

    const char *raw_name = nonempty_cell(reader, table, L_NAME);
    if (raw_name == NULL)
        report_cell(reader, table, L_NAME, "must not be empty");
    const char *country_text = nonempty_cell(reader, table, L_COUNTRY);
    if (country_text != NULL &&
        (status = country_cell(reader, table, L_COUNTRY, country_text, country)) != LOCNET_OK) {
        if (status != LOCNET_EDATA)
            goto cleanup;
        status = LOCNET_OK;  /* reported; the locality is still registered, against cascades */
        memcpy(country, LOCNET_COUNTRY_UNKNOWN, 3);
    }
    const char *id = nonempty_cell(reader, table, L_ID);
    if (layout->column_of[L_ID] != NO_COLUMN && id == NULL)
        report_cell(reader, table, L_ID, "must not be empty");
    if (raw_name == NULL || (layout->column_of[L_ID] != NO_COLUMN && id == NULL))
        goto cleanup;
    if ((name = locnet_text_nfc(raw_name)) == NULL) {
        status = LOCNET_ENOMEM;
        goto cleanup;
    }
    key = id != NULL ? strdup(id)
                     : name_key(name, layout->column_of[L_COUNTRY] != NO_COLUMN ? country : NULL);
    if (key == NULL) {
        status = LOCNET_ENOMEM;
        goto cleanup;
    }
    fields.text[LOCNET_VT_ID] = key;
    fields.text[LOCNET_VT_NAME] = name;
    fields.text[LOCNET_VT_COUNTRY] = country;
    const char *level = nonempty_cell(reader, table, L_LEVEL);
    fields.text[LOCNET_VT_LEVEL] = level != NULL ? level : reader->default_level;
    fields.text[LOCNET_VT_PARENT] = nonempty_cell(reader, table, L_PARENT);
    fields.number[LOCNET_VN_LAT] = coordinate_cell(reader, table, L_LAT, 90);
    fields.number[LOCNET_VN_LON] = coordinate_cell(reader, table, L_LON, 180);
    if ((status = list_cell(reader, table, L_ALIASES, true, &aliases, &encoded_aliases)) != LOCNET_OK)
        goto cleanup;
    const char *codes = nonempty_cell(reader, table, L_CODES);
    if (codes != NULL) {
        status = locnet_text_map(codes, &encoded_codes);
        if (status == LOCNET_EDATA) {
            report_cell(reader, table, L_CODES, "must be a JSON object of strings");
            status = LOCNET_OK;
        } else if (status != LOCNET_OK) {
            goto cleanup;
        }
    }
    const char *successor = nonempty_cell(reader, table, L_SUCCEEDED_BY);
    const char *date = nonempty_cell(reader, table, L_SUCCEEDED_ON);
    if (successor != NULL) {
        if (date == NULL)
            report_cell(reader, table, L_SUCCEEDED_BY, "needs a date in column \"succeeded_on\"");
        else if (!locnet_date_is_valid(date))
            report_cell(reader, table, L_SUCCEEDED_ON,
                        "must be a date YYYY, YYYY-MM or YYYY-MM-DD, not \"%s\"", date);
        if ((status = add_pending(reader, table, L_SUCCEEDED_BY, successor)) != LOCNET_OK)
            goto cleanup;
        fields.text[LOCNET_VT_SUCCEEDED_BY] = successor;
        fields.text[LOCNET_VT_SUCCEEDED_ON] = date;
        if ((status = list_cell(reader, table, L_SUCCESSION_SOURCES, false, &succession_sources,
                                &encoded_sources)) != LOCNET_OK)
            goto cleanup;
        check_citations(reader, table, L_SUCCESSION_SOURCES, &succession_sources);
    }
    if (fields.text[LOCNET_VT_PARENT] != NULL &&
        (status = add_pending(reader, table, L_PARENT, fields.text[LOCNET_VT_PARENT])) != LOCNET_OK)
        goto cleanup;
    fields.text[LOCNET_VT_ALIASES] = encoded_aliases;
    fields.text[LOCNET_VT_CODES] = encoded_codes;
    fields.text[LOCNET_VT_SUCCESSION_SOURCES] = encoded_sources;
    igraph_integer_t vertex = -1;
    status = locnet_builder_add_locality(&reader->builder, &fields, &vertex, NULL);
    if (status == LOCNET_EDATA) {
        report_cell(reader, table, id != NULL ? L_ID : L_NAME, "duplicate locality \"%s\"", key);
        status = LOCNET_OK;
    } else if (status == LOCNET_OK) {
        status = set_extras(reader, table, true, vertex);
    }
cleanup:
    free(key);
    free(name);
    free(encoded_aliases);
    free(encoded_codes);
    free(encoded_sources);
    locnet_list_destroy(&aliases);
    locnet_list_destroy(&succession_sources);
    return status;
}

/* ---- the edge table ---------------------------------------------------------------------- */

/* The fields of one end: a's or b's. */
static const int end_fields[2][6] = {
    {E_A, E_A_NAME, E_A_COUNTRY, E_A_LEVEL, E_A_LAT, E_A_LON},
    {E_B, E_B_NAME, E_B_COUNTRY, E_B_LEVEL, E_B_LAT, E_B_LON},
};
enum { END_ID, END_NAME, END_COUNTRY, END_LEVEL, END_LAT, END_LON };

/* Finds (or, without a localities table, makes) the locality at one end of the row. Sets
 * *vertex, or leaves it -1 after reporting why not. */
static locnet_status_t resolve_end(reader_t *reader, locnet_csv_table_t *table, int end,
                                   igraph_integer_t *vertex)
{
    const int *f = end_fields[end];
    const layout_t *layout = &reader->layout;
    bool has_country = layout->column_of[f[END_COUNTRY]] != NO_COLUMN;
    const char *id = nonempty_cell(reader, table, f[END_ID]);
    const char *raw_name = nonempty_cell(reader, table, f[END_NAME]);
    int shown = layout->column_of[f[END_ID]] != NO_COLUMN ? f[END_ID] : f[END_NAME];
    char country[3] = LOCNET_COUNTRY_UNKNOWN;
    char *key = NULL, *name = NULL, *prefix = NULL;
    locnet_status_t status = LOCNET_OK;
    *vertex = -1;
    if ((shown == f[END_ID] ? id : raw_name) == NULL) {
        report_cell(reader, table, shown, "must not be empty");
        return LOCNET_OK;
    }
    const char *country_text = nonempty_cell(reader, table, f[END_COUNTRY]);
    if (country_text != NULL) {
        status = country_cell(reader, table, f[END_COUNTRY], country_text, country);
        if (status != LOCNET_OK)
            return status == LOCNET_EDATA ? LOCNET_OK : status;
    } else if (has_country && raw_name != NULL) {
        /* an empty country: the name may carry it, as in "Varna, Bulgaria" or "Guam" */
        const char *comma = strrchr(raw_name, ',');
        if (comma != NULL && locnet_country_code(&reader->countries, comma + 1, country) == LOCNET_OK) {
            size_t length = (size_t)(comma - raw_name);
            while (length > 0 && isspace((unsigned char)raw_name[length - 1]))
                length--;
            if ((prefix = strndup(raw_name, length)) == NULL)
                return LOCNET_ENOMEM;
            raw_name = prefix;
        } else if (locnet_country_code(&reader->countries, raw_name, country) != LOCNET_OK) {
            memcpy(country, LOCNET_COUNTRY_UNKNOWN, 3);
        }
    }
    const char *shown_name = raw_name != NULL ? raw_name : id;
    if ((name = locnet_text_nfc(shown_name)) == NULL) {
        status = LOCNET_ENOMEM;
        goto cleanup;
    }
    key = id != NULL ? strdup(id) : name_key(name, has_country ? country : NULL);
    if (key == NULL) {
        status = LOCNET_ENOMEM;
        goto cleanup;
    }
    if (locnet_builder_find_locality(&reader->builder, key, vertex)) {
        for (int n = 0; n < 2; n++) {  /* a later row may give missing coordinates */
            double value = coordinate_cell(reader, table, f[END_LAT + n], n == 0 ? 90 : 180);
            if (!isnan(value) && isnan(locnet_builder_locality_number(&reader->builder, *vertex,
                                                                      n)))
                locnet_builder_set_locality_number(&reader->builder, *vertex, n, value);
        }
        goto cleanup;
    }
    if (reader->has_localities_table) {
        report_cell(reader, table, shown, "unknown locality \"%s\" (not in the localities table "
                                          "%s)",
                    key, reader->localities_path);
        goto cleanup;
    }
    locnet_locality_fields_t fields;
    locnet_locality_fields_clear(&fields);
    const char *level = nonempty_cell(reader, table, f[END_LEVEL]);
    fields.text[LOCNET_VT_ID] = key;
    fields.text[LOCNET_VT_NAME] = name;
    fields.text[LOCNET_VT_COUNTRY] = country;
    fields.text[LOCNET_VT_LEVEL] = level != NULL ? level : reader->default_level;
    fields.number[LOCNET_VN_LAT] = coordinate_cell(reader, table, f[END_LAT], 90);
    fields.number[LOCNET_VN_LON] = coordinate_cell(reader, table, f[END_LON], 180);
    status = locnet_builder_add_locality(&reader->builder, &fields, vertex, NULL);
cleanup:
    free(prefix);
    free(name);
    free(key);
    return status;
}

/* Decides the table's defaults from its header, and checks that the ends can be found. */
static locnet_status_t read_edge_header(reader_t *reader, locnet_csv_table_t *table)
{
    locnet_status_t status = read_header(reader, table);
    if (status != LOCNET_OK || reader->layout.header_broken)
        return status;
    const layout_t *layout = &reader->layout;
    for (int end = 0; end < 2; end++) {
        if (layout->column_of[end_fields[end][END_ID]] == NO_COLUMN &&
            layout->column_of[end_fields[end][END_NAME]] == NO_COLUMN) {
            locnet_csv_report(table, 0,
                              "no column for the ends of partnerships: expected a and b (ids), "
                              "or names such as city1 and city2 (see --columns)");
            return LOCNET_OK;
        }
    }
    size_t a_name = layout->column_of[E_A_NAME], b_name = layout->column_of[E_B_NAME];
    if (a_name != NO_COLUMN && b_name != NO_COLUMN &&
        strcasecmp(layout->headers[a_name], "city1") == 0 &&
        strcasecmp(layout->headers[b_name], "city2") == 0) {
        reader->default_level = "city";  /* the world twin-town layout */
        reader->default_kind = "twinning";
    }
    return LOCNET_OK;
}

static locnet_status_t on_edge_row(void *context, locnet_csv_table_t *table)
{
    reader_t *reader = context;
    if (!reader->layout.header_seen)
        return read_edge_header(reader, table);
    const layout_t *layout = &reader->layout;
    for (int end = 0; end < 2; end++) {
        if (layout->column_of[end_fields[end][END_ID]] == NO_COLUMN &&
            layout->column_of[end_fields[end][END_NAME]] == NO_COLUMN)
            return LOCNET_OK;  /* reported with the header */
    }
    if (!row_is_readable(reader, table))
        return LOCNET_OK;
    locnet_partnership_fields_t fields;
    locnet_list_t themes, sources;
    char *encoded_themes = NULL, *encoded_sources = NULL;
    locnet_partnership_fields_clear(&fields);
    locnet_list_init(&themes);
    locnet_list_init(&sources);
    igraph_integer_t ends[2] = {-1, -1};
    size_t problems = locnet_csv_problems(table);
    locnet_status_t status = resolve_end(reader, table, 0, &ends[0]);
    if (status == LOCNET_OK)
        status = resolve_end(reader, table, 1, &ends[1]);
    if (status != LOCNET_OK)
        goto cleanup;
    const char *kind = nonempty_cell(reader, table, E_KIND);
    fields.text[LOCNET_ET_KIND] = kind != NULL ? kind : reader->default_kind;
    fields.text[LOCNET_ET_NOTE] = nonempty_cell(reader, table, E_NOTE);
    fields.number[LOCNET_EN_SINCE] = year_cell(reader, table, E_SINCE);
    fields.number[LOCNET_EN_UNTIL] = year_cell(reader, table, E_UNTIL);
    if (fields.number[LOCNET_EN_UNTIL] < fields.number[LOCNET_EN_SINCE])
        report_cell(reader, table, E_UNTIL, "%.0f is before the year in column \"%s\" (%.0f)",
                    fields.number[LOCNET_EN_UNTIL], header_of(reader, E_SINCE),
                    fields.number[LOCNET_EN_SINCE]);
    if ((status = list_cell(reader, table, E_THEMES, false, &themes, &encoded_themes)) != LOCNET_OK ||
        (status = list_cell(reader, table, E_SOURCES, false, &sources, &encoded_sources)) != LOCNET_OK)
        goto cleanup;
    check_citations(reader, table, E_SOURCES, &sources);
    if (locnet_csv_problems(table) > problems)
        goto cleanup;
    if (ends[0] == ends[1]) {
        /* Two places of the same name in one country (the world twin-town list pairs both
         * Nienburgs of Germany) cannot be told apart by name and country. */
        int shown = layout->column_of[E_B] != NO_COLUMN ? E_B : E_B_NAME;
        locnet_csv_note(table, layout->column_of[shown],
                        "column \"%s\": links locality \"%s\" to itself; row left out",
                        header_of(reader, shown),
                        locnet_builder_locality_id(&reader->builder, ends[0]));
        goto cleanup;
    }
    fields.text[LOCNET_ET_THEMES] = encoded_themes;
    fields.text[LOCNET_ET_SOURCES] = encoded_sources;
    igraph_integer_t edge = -1;
    status = locnet_builder_add_partnership(&reader->builder, ends[0], ends[1], &fields, &edge);
    if (status == LOCNET_OK)
        status = set_extras(reader, table, false, edge);
cleanup:
    free(encoded_themes);
    free(encoded_sources);
    locnet_list_destroy(&themes);
    locnet_list_destroy(&sources);
    return status;
}

/* ---- the tables together ----------------------------------------------------------------- */

/* Reads one table from path with handler; LOCNET_EDATA means problems were reported. */
static locnet_status_t read_table_file(reader_t *reader, const char *path, table_kind_t kind,
                                       locnet_csv_row_handler_t handler)
{
    locnet_line_reader_t lines;
    size_t first = reader->diagnostics->count;
    locnet_status_t status = locnet_line_reader_open(&lines, path, reader->diagnostics);
    if (status != LOCNET_OK)
        return status;
    layout_start(&reader->layout, kind);
    status = locnet_csv_table_read(&lines, path, reader->diagnostics, NULL, handler, reader);
    if (kind == TABLE_LOCALITIES && resolve_pending(reader, path) > 0 && status == LOCNET_OK)
        status = LOCNET_EDATA;
    locnet_diagnostics_sort_from(reader->diagnostics, first);  /* each file's messages together */
    locnet_line_reader_close(&lines);
    return status;
}

/* Keeps the worst of two statuses: a failure beats problems in the data, which beat success. */
static locnet_status_t worse(locnet_status_t a, locnet_status_t b)
{
    if (a == LOCNET_OK)
        return b;
    if (a == LOCNET_EDATA && b != LOCNET_OK)
        return b;
    return a;
}

locnet_status_t locnet_csv_read(locnet_line_reader_t *lines, const char *name,
                                const locnet_csv_options_t *options, locnet_progress_t *progress,
                                locnet_network_t *net, locnet_diagnostics_t *diagnostics)
{
    reader_t reader;
    memset(&reader, 0, sizeof reader);
    reader.diagnostics = diagnostics;
    reader.mapping = options->columns;
    reader.localities_path = options->localities;
    reader.has_localities_table = options->localities != NULL;
    reader.has_sources_table = options->sources != NULL;
    reader.default_level = "locality";
    reader.default_kind = "agreement";
    if (reader.mapping != NULL) {
        char error[512];
        if (locnet_csv_columns_check(reader.mapping, error, sizeof error) != LOCNET_OK) {
            locnet_diagnostics_add(diagnostics, name, 0, 0, "%s", error);
            return LOCNET_EUSAGE;
        }
    }
    locnet_status_t status = locnet_builder_init(&reader.builder);
    if (status != LOCNET_OK)
        return status;
    if ((status = locnet_country_names_init(&reader.countries)) != LOCNET_OK) {
        locnet_builder_destroy(&reader.builder);
        return status;
    }
    locnet_status_t result = LOCNET_OK;
    if (options->sources != NULL) {
        status = read_table_file(&reader, options->sources, TABLE_SOURCES, on_source_row);
        if ((result = worse(result, status)) != LOCNET_OK && result != LOCNET_EDATA)
            goto cleanup;
    }
    if (options->localities != NULL) {
        status = read_table_file(&reader, options->localities, TABLE_LOCALITIES, on_locality_row);
        if ((result = worse(result, status)) != LOCNET_OK && result != LOCNET_EDATA)
            goto cleanup;
    }
    layout_start(&reader.layout, TABLE_EDGES);
    size_t first = diagnostics->count;
    status = locnet_csv_table_read(lines, name, diagnostics, progress, on_edge_row, &reader);
    locnet_diagnostics_sort_from(diagnostics, first);
    if (status == LOCNET_OK && !reader.layout.header_seen) {
        locnet_diagnostics_add(diagnostics, name, 1, 1, "empty input: expected a CSV header");
        status = LOCNET_EDATA;
    }
    result = worse(result, status);
    if (result == LOCNET_OK) {
        locnet_progress_phase(progress, "making the network");
        result = locnet_builder_finish(&reader.builder, net);
    }
cleanup:
    layout_destroy(&reader.layout);
    pending_destroy(&reader);
    locnet_country_names_destroy(&reader.countries);
    locnet_builder_destroy(&reader.builder);
    return result;
}
