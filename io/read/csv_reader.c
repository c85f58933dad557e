/* io/read/csv_reader.c: CSV tables onto the validator: sources first, then localities, events,
 * then the edge table, each row handed over as records whose fields are its cells. */
#include "io/read/csv_reader.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "graph/limits.h"
#include "io/read/csv_layout.h"
#include "io/read/csv_record.h"
#include "io/read/validator.h"
#include "io/read/text_values.h"

typedef struct reader {
    locnet_validator_t validator;
    locnet_diagnostics_t *diagnostics;
    const char *mapping;  /* --columns, or NULL */
    bool has_localities_table;
    locnet_csv_layout_t layouts[LOCNET_CSV_TABLE_KINDS];  /* kept to the end, for messages */
} reader_t;

/* Writes a message at a cell: "FILE:LINE:COLUMN: column "HEADER": message". */
static void report(void *self, const locnet_input_place_t *place, const char *message)
{
    const reader_t *reader = self;
    const locnet_csv_layout_t *layout = &reader->layouts[place->kind];
    char label[LOCNET_LABEL_SIZE] = "";
    if (place->detail >= 0 && (size_t)place->detail < layout->header_count)
        snprintf(label, sizeof label, "column \"%.*s\": ", LOCNET_QUOTE_SIZE,
                 layout->headers[place->detail]);
    locnet_diagnostics_add(reader->diagnostics, place->file, place->line, place->column, "%s%s",
                           label, message);
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

/* ---- the sources table ------------------------------------------------------------------- */

static const locnet_csv_field_t source_fields[] = {
    {"id", LOCNET_CSV_S_ID, LOCNET_CSV_NO_FIELD},
    {"title", LOCNET_CSV_S_TITLE, LOCNET_CSV_NO_FIELD},
    {"publisher", LOCNET_CSV_S_PUBLISHER, LOCNET_CSV_NO_FIELD},
    {"date", LOCNET_CSV_S_DATE, LOCNET_CSV_NO_FIELD},
    {"url", LOCNET_CSV_S_URL, LOCNET_CSV_NO_FIELD},
};

/* True when the table has every required column; those missing are reported at the header. */
static bool has_columns(const locnet_csv_layout_t *layout, locnet_csv_table_t *table)
{
    bool complete = true;
    for (int f = LOCNET_CSV_S_ID; f <= LOCNET_CSV_S_DATE; f++) {
        if (!locnet_csv_layout_has(layout, f)) {
            locnet_csv_report(table, 0, "the sources table needs a column \"%s\"",
                              locnet_csv_field_name(LOCNET_CSV_SOURCES, f));
            complete = false;
        }
    }
    return complete;
}

static locnet_status_t on_source_row(void *context, locnet_csv_table_t *table)
{
    reader_t *reader = context;
    locnet_csv_layout_t *layout = &reader->layouts[LOCNET_CSV_SOURCES];
    if (!layout->header_seen) {
        locnet_status_t status =
            locnet_csv_layout_read_header(layout, table, NULL, &reader->validator.builder);
        if (status == LOCNET_OK && !layout->header_broken && !has_columns(layout, table))
            layout->header_broken = true;  /* rows would only repeat it */
        return status;
    }
    if (layout->header_broken || !locnet_csv_layout_row_is_readable(layout, table))
        return LOCNET_OK;
    locnet_csv_record_t record = {layout, table, source_fields, 5, {NULL}, NULL, 0, NULL};
    locnet_record_view_t view;
    locnet_csv_record_view(&record, &view);
    return locnet_validator_source(&reader->validator, &view);
}

/* ---- the localities table ---------------------------------------------------------------- */

static const locnet_csv_field_t locality_fields[] = {
    {"id", LOCNET_CSV_L_ID, LOCNET_CSV_L_NAME},
    {"name", LOCNET_CSV_L_NAME, LOCNET_CSV_NO_FIELD},
    {"country", LOCNET_CSV_L_COUNTRY, LOCNET_CSV_NO_FIELD},
    {"level", LOCNET_CSV_L_LEVEL, LOCNET_CSV_NO_FIELD},
    {"parent", LOCNET_CSV_L_PARENT, LOCNET_CSV_NO_FIELD},
    {"aliases", LOCNET_CSV_L_ALIASES, LOCNET_CSV_NO_FIELD},
    {"codes", LOCNET_CSV_L_CODES, LOCNET_CSV_NO_FIELD},
    {"lat", LOCNET_CSV_L_LAT, LOCNET_CSV_NO_FIELD},
    {"lon", LOCNET_CSV_L_LON, LOCNET_CSV_NO_FIELD},
    {"succeeded_by", LOCNET_CSV_L_SUCCEEDED_BY, LOCNET_CSV_NO_FIELD},
    {"ended", LOCNET_CSV_L_ENDED_ON, LOCNET_CSV_L_END_SOURCES},
};

static const locnet_csv_field_t succession_fields[] = {
    {"id", LOCNET_CSV_L_SUCCEEDED_BY, LOCNET_CSV_L_SUCCEEDED_ON},
    {"date", LOCNET_CSV_L_SUCCEEDED_ON, LOCNET_CSV_L_SUCCEEDED_BY},
    {"sources", LOCNET_CSV_L_SUCCESSION_SOURCES, LOCNET_CSV_L_SUCCEEDED_BY},
};

static const locnet_csv_field_t end_fields_of_locality[] = {
    {"date", LOCNET_CSV_L_ENDED_ON, LOCNET_CSV_L_END_SOURCES},
    {"sources", LOCNET_CSV_L_END_SOURCES, LOCNET_CSV_L_ENDED_ON},
};

static const locnet_csv_nested_t locality_nested[] = {
    {"succeeded_by", succession_fields, 3},
    {"ended", end_fields_of_locality, 2},
};

/* The id of a row of a localities table without an id column, made from its name and
 * country; NULL (after a report) when it has no name. Caller frees. */
static locnet_status_t made_id(reader_t *reader, const locnet_csv_record_t *record,
                               const locnet_record_view_t *view, char **id)
{
    const locnet_csv_layout_t *layout = record->layout;
    const char *name = locnet_csv_record_cell(layout, record->table, LOCNET_CSV_L_NAME);
    const char *country = locnet_csv_record_cell(layout, record->table, LOCNET_CSV_L_COUNTRY);
    char code[3] = LOCNET_COUNTRY_UNKNOWN;
    *id = NULL;
    if (name == NULL) {
        locnet_validator_missing(&reader->validator, view, "name");
        return LOCNET_OK;
    }
    if (country != NULL && locnet_validator_country(&reader->validator, country, code) != LOCNET_OK)
        memcpy(code, LOCNET_COUNTRY_UNKNOWN, 3);  /* the validator says why */
    char *nfc = locnet_text_nfc(name);
    *id = nfc != NULL
              ? name_key(nfc, locnet_csv_layout_has(layout, LOCNET_CSV_L_COUNTRY) ? code : NULL)
              : NULL;
    free(nfc);
    return *id != NULL ? LOCNET_OK : LOCNET_ENOMEM;
}

static locnet_status_t on_locality_row(void *context, locnet_csv_table_t *table)
{
    reader_t *reader = context;
    locnet_csv_layout_t *layout = &reader->layouts[LOCNET_CSV_LOCALITIES];
    if (!layout->header_seen) {
        locnet_status_t status = locnet_csv_layout_read_header(layout, table, reader->mapping,
                                                               &reader->validator.builder);
        if (status == LOCNET_OK && !layout->header_broken &&
            !locnet_csv_layout_has(layout, LOCNET_CSV_L_NAME)) {
            locnet_csv_report(table, 0,
                              "the localities table needs a column \"name\" (or "
                              "\"label\")");
            layout->header_broken = true;
        }
        return status;
    }
    if (layout->header_broken || !locnet_csv_layout_row_is_readable(layout, table))
        return LOCNET_OK;
    locnet_csv_record_t inner,
        record = {layout, table, locality_fields, 11, {NULL}, locality_nested, 2, &inner};
    locnet_record_view_t view;
    locnet_csv_record_view(&record, &view);
    char *id = NULL;
    igraph_integer_t vertex = -1;
    locnet_status_t status = LOCNET_OK;
    if (!locnet_csv_layout_has(layout, LOCNET_CSV_L_ID)) {
        if ((status = made_id(reader, &record, &view, &id)) != LOCNET_OK || id == NULL)
            return status;
        locnet_csv_record_give(&record, "id", id);
    }
    status = locnet_validator_locality(&reader->validator, &view, &vertex);
    if (status == LOCNET_OK && vertex >= 0)
        status =
            locnet_csv_layout_set_extras(layout, table, &reader->validator.builder, true, vertex);
    free(id);
    return status;
}

/* ---- the events table -------------------------------------------------------------------- */

static const locnet_csv_field_t event_fields[] = {
    {"id", LOCNET_CSV_V_ID, LOCNET_CSV_NO_FIELD},
    {"name", LOCNET_CSV_V_NAME, LOCNET_CSV_NO_FIELD},
    {"number", LOCNET_CSV_V_NUMBER, LOCNET_CSV_NO_FIELD},
    {"dates", LOCNET_CSV_V_START, LOCNET_CSV_V_END},
    {"place", LOCNET_CSV_V_PLACE, LOCNET_CSV_NO_FIELD},
    {"sources", LOCNET_CSV_V_SOURCES, LOCNET_CSV_NO_FIELD},
    {"sessions", LOCNET_CSV_V_SESSIONS, LOCNET_CSV_NO_FIELD},
    {"note", LOCNET_CSV_V_NOTE, LOCNET_CSV_NO_FIELD},
};

static const locnet_csv_field_t date_fields[] = {
    {"start", LOCNET_CSV_V_START, LOCNET_CSV_V_END},
    {"end", LOCNET_CSV_V_END, LOCNET_CSV_V_START},
};

static const locnet_csv_nested_t event_nested[] = {{"dates", date_fields, 2}};

static locnet_status_t on_event_row(void *context, locnet_csv_table_t *table)
{
    reader_t *reader = context;
    locnet_csv_layout_t *layout = &reader->layouts[LOCNET_CSV_EVENTS];
    if (!layout->header_seen) {
        locnet_status_t status = locnet_csv_layout_read_header(layout, table, NULL,
                                                               &reader->validator.builder);
        static const int required[] = {LOCNET_CSV_V_ID, LOCNET_CSV_V_NAME, LOCNET_CSV_V_START};
        for (size_t i = 0; status == LOCNET_OK && !layout->header_broken && i < 3; i++) {
            if (!locnet_csv_layout_has(layout, required[i])) {
                locnet_csv_report(table, 0, "the events table needs a column \"%s\"",
                                  locnet_csv_field_name(LOCNET_CSV_EVENTS, required[i]));
                layout->header_broken = true;  /* rows would only repeat it */
            }
        }
        return status;
    }
    if (layout->header_broken || !locnet_csv_layout_row_is_readable(layout, table))
        return LOCNET_OK;
    locnet_csv_record_t inner, record = {layout, table, event_fields, 8, {NULL}, event_nested, 1,
                                         &inner};
    locnet_record_view_t view;
    locnet_csv_record_view(&record, &view);
    return locnet_validator_event(&reader->validator, &view);
}

/* ---- the edge table ---------------------------------------------------------------------- */

/* The fields of a locality at one end (a or b) of a row, and of the partnership. */
static const locnet_csv_field_t end_fields[2][6] = {
    {{"id", LOCNET_CSV_E_A, LOCNET_CSV_E_A_NAME},
     {"name", LOCNET_CSV_E_A_NAME, LOCNET_CSV_E_A},
     {"country", LOCNET_CSV_E_A_COUNTRY, LOCNET_CSV_E_A_NAME},
     {"level", LOCNET_CSV_E_A_LEVEL, LOCNET_CSV_NO_FIELD},
     {"lat", LOCNET_CSV_E_A_LAT, LOCNET_CSV_NO_FIELD},
     {"lon", LOCNET_CSV_E_A_LON, LOCNET_CSV_NO_FIELD}},
    {{"id", LOCNET_CSV_E_B, LOCNET_CSV_E_B_NAME},
     {"name", LOCNET_CSV_E_B_NAME, LOCNET_CSV_E_B},
     {"country", LOCNET_CSV_E_B_COUNTRY, LOCNET_CSV_E_B_NAME},
     {"level", LOCNET_CSV_E_B_LEVEL, LOCNET_CSV_NO_FIELD},
     {"lat", LOCNET_CSV_E_B_LAT, LOCNET_CSV_NO_FIELD},
     {"lon", LOCNET_CSV_E_B_LON, LOCNET_CSV_NO_FIELD}},
};

static const locnet_csv_field_t partnership_fields[] = {
    {"a", LOCNET_CSV_E_A, LOCNET_CSV_E_A_NAME},
    {"b", LOCNET_CSV_E_B, LOCNET_CSV_E_B_NAME},
    {"kind", LOCNET_CSV_E_KIND, LOCNET_CSV_NO_FIELD},
    {"note", LOCNET_CSV_E_NOTE, LOCNET_CSV_NO_FIELD},
    {"since", LOCNET_CSV_E_SINCE, LOCNET_CSV_NO_FIELD},
    {"until", LOCNET_CSV_E_UNTIL, LOCNET_CSV_NO_FIELD},
    {"themes", LOCNET_CSV_E_THEMES, LOCNET_CSV_NO_FIELD},
    {"sources", LOCNET_CSV_E_SOURCES, LOCNET_CSV_NO_FIELD},
    {"event", LOCNET_CSV_E_EVENT, LOCNET_CSV_NO_FIELD},
};

/* One end of a row: the locality it names, with what the reader made of its cells. */
typedef struct end {
    char *key;        /* the locality's id; NULL when the row does not name one */
    char *name;       /* the name without the ", Country" it ended with, or NULL */
    char country[3];  /* the country found from the name, when the country cell is empty */
    bool by_name;     /* the table has no id column: the key is made from name and country */
} end_t;

/* Finds the country of an end whose country cell is empty from its name: "Varna, Bulgaria"
 * (the name is then "Varna"), or a name that is a country ("Guam"). */
static locnet_status_t country_from_name(reader_t *reader, const char *name, end_t *end)
{
    const char *comma = strrchr(name, ',');
    locnet_status_t status =
        comma != NULL ? locnet_validator_country(&reader->validator, comma + 1, end->country)
                      : LOCNET_ENOTFOUND;
    if (status == LOCNET_OK) {
        size_t length = (size_t)(comma - name);
        while (length > 0 && isspace((unsigned char)name[length - 1]))
            length--;
        return (end->name = strndup(name, length)) != NULL ? LOCNET_OK : LOCNET_ENOMEM;
    }
    if (status == LOCNET_ENOTFOUND)
        status = locnet_validator_country(&reader->validator, name, end->country);
    if (status == LOCNET_ENOTFOUND)
        memcpy(end->country, LOCNET_COUNTRY_UNKNOWN, 3);
    return status == LOCNET_ENOTFOUND ? LOCNET_OK : status;
}

/* Works out the locality that end e of the row names. */
static locnet_status_t find_end(reader_t *reader, locnet_csv_table_t *table, int e, end_t *end)
{
    const locnet_csv_layout_t *layout = &reader->layouts[LOCNET_CSV_EDGES];
    const locnet_csv_field_t *fields = end_fields[e];
    const char *id = locnet_csv_record_cell(layout, table, fields[0].field);
    const char *name = locnet_csv_record_cell(layout, table, fields[1].field);
    const char *country = locnet_csv_record_cell(layout, table, fields[2].field);
    bool has_country = locnet_csv_layout_has(layout, fields[2].field);
    memset(end, 0, sizeof *end);
    memcpy(end->country, LOCNET_COUNTRY_UNKNOWN, 3);
    end->by_name = !locnet_csv_layout_has(layout, fields[0].field);
    if (end->by_name ? name == NULL : id == NULL)
        return LOCNET_OK;  /* the partnership says what is missing */
    locnet_status_t status = LOCNET_OK;
    if (country != NULL &&
        locnet_validator_country(&reader->validator, country, end->country) != LOCNET_OK)
        memcpy(end->country, LOCNET_COUNTRY_UNKNOWN, 3);  /* the validator says why */
    else if (country == NULL && has_country && name != NULL)
        status = country_from_name(reader, name, end);
    if (status != LOCNET_OK || !end->by_name)
        return status == LOCNET_OK && (end->key = strdup(id)) == NULL ? LOCNET_ENOMEM : status;
    char *nfc = locnet_text_nfc(end->name != NULL ? end->name : name);
    end->key = nfc != NULL ? name_key(nfc, has_country ? end->country : NULL) : NULL;
    free(nfc);
    return end->key != NULL ? LOCNET_OK : LOCNET_ENOMEM;
}

/* Reads the locality at an end: made or completed when there is no localities table; only
 * completed when there is one and it has it (else the partnership names an unknown one). */
static locnet_status_t read_end(reader_t *reader, locnet_csv_table_t *table, int e,
                                const end_t *end)
{
    const locnet_csv_layout_t *layout = &reader->layouts[LOCNET_CSV_EDGES];
    if (end->key == NULL ||
        (reader->has_localities_table &&
         !locnet_builder_find_locality(&reader->validator.builder, end->key, NULL)))
        return LOCNET_OK;
    locnet_csv_record_t record = {layout, table, end_fields[e], 6, {NULL}, NULL, 0, NULL};
    locnet_csv_record_give(&record, "id", end->key);
    if (end->name != NULL)
        locnet_csv_record_give(&record, "name", end->name);
    else if (locnet_csv_record_cell(layout, table, end_fields[e][1].field) == NULL)
        locnet_csv_record_give(&record, "name", end->key);  /* known by id alone */
    if (locnet_csv_layout_has(layout, end_fields[e][2].field) &&
        locnet_csv_record_cell(layout, table, end_fields[e][2].field) == NULL)
        locnet_csv_record_give(&record, "country", end->country);
    locnet_record_view_t view;
    locnet_csv_record_view(&record, &view);
    igraph_integer_t vertex;
    return locnet_validator_named_locality(&reader->validator, &view, &vertex);
}

/* Decides the table's defaults from its header, and checks that the ends can be found. */
static locnet_status_t read_edge_header(reader_t *reader, locnet_csv_table_t *table)
{
    locnet_csv_layout_t *layout = &reader->layouts[LOCNET_CSV_EDGES];
    locnet_status_t status =
        locnet_csv_layout_read_header(layout, table, reader->mapping, &reader->validator.builder);
    if (status != LOCNET_OK || layout->header_broken)
        return status;
    for (int e = 0; e < 2; e++) {
        if (!locnet_csv_layout_has(layout, end_fields[e][0].field) &&
            !locnet_csv_layout_has(layout, end_fields[e][1].field)) {
            locnet_csv_report(table, 0,
                              "no column for the ends of partnerships: expected a and b (ids), "
                              "or names such as city1 and city2 (see --columns)");
            layout->header_broken = true;
            return LOCNET_OK;
        }
    }
    size_t a_name = layout->column_of[LOCNET_CSV_E_A_NAME];
    size_t b_name = layout->column_of[LOCNET_CSV_E_B_NAME];
    if (a_name != LOCNET_CSV_NO_COLUMN && b_name != LOCNET_CSV_NO_COLUMN &&
        strcasecmp(layout->headers[a_name], "city1") == 0 &&
        strcasecmp(layout->headers[b_name], "city2") == 0) {
        reader->validator.defaults.level = "city";  /* the world twin-town layout */
        reader->validator.defaults.kind = "twinning";
    }
    return LOCNET_OK;
}

/* Reads the partnership of a row whose ends are known. */
static locnet_status_t read_partnership(reader_t *reader, locnet_csv_table_t *table,
                                        const end_t ends[2])
{
    const locnet_csv_layout_t *layout = &reader->layouts[LOCNET_CSV_EDGES];
    if (ends[0].by_name && ends[1].by_name && ends[0].key != NULL && ends[1].key != NULL &&
        strcmp(ends[0].key, ends[1].key) == 0) {
        /* Two places of the same name in one country (the world twin-town list pairs both
         * Nienburgs of Germany) cannot be told apart by name and country. */
        size_t column = layout->column_of[LOCNET_CSV_E_B_NAME];
        locnet_csv_note(table, column,
                        "column \"%s\": links locality \"%s\" to itself; row left "
                        "out",
                        layout->headers[column], ends[0].key);
        return LOCNET_OK;
    }
    locnet_csv_record_t record = {layout, table, partnership_fields, 9, {NULL}, NULL, 0, NULL};
    locnet_csv_record_give(&record, "a", ends[0].key);
    locnet_csv_record_give(&record, "b", ends[1].key);
    locnet_record_view_t view;
    locnet_csv_record_view(&record, &view);
    igraph_integer_t edge = -1;
    locnet_status_t status = locnet_validator_partnership(&reader->validator, &view, &edge);
    if (status == LOCNET_OK && edge >= 0)
        status =
            locnet_csv_layout_set_extras(layout, table, &reader->validator.builder, false, edge);
    return status;
}

static locnet_status_t on_edge_row(void *context, locnet_csv_table_t *table)
{
    reader_t *reader = context;
    const locnet_csv_layout_t *layout = &reader->layouts[LOCNET_CSV_EDGES];
    if (!layout->header_seen)
        return read_edge_header(reader, table);
    for (int e = 0; e < 2 && !layout->header_broken; e++) {  /* ready while the row is checked */
        const char *id = locnet_csv_record_cell(layout, table, end_fields[e][0].field);
        locnet_builder_prefetch_locality(&reader->validator.builder, id);
    }
    if (layout->header_broken || !locnet_csv_layout_row_is_readable(layout, table))
        return LOCNET_OK;
    end_t ends[2];
    memset(ends, 0, sizeof ends);
    locnet_status_t status = LOCNET_OK;
    for (int e = 0; e < 2 && status == LOCNET_OK; e++) {
        status = find_end(reader, table, e, &ends[e]);
        if (status == LOCNET_OK)
            status = read_end(reader, table, e, &ends[e]);
    }
    if (status == LOCNET_OK)
        status = read_partnership(reader, table, ends);
    for (int e = 0; e < 2; e++) {
        free(ends[e].key);
        free(ends[e].name);
    }
    return status;
}

/* ---- the tables together ----------------------------------------------------------------- */

/* Keeps the worst of two statuses: a failure beats problems in the data, which beat success. */
static locnet_status_t worse(locnet_status_t a, locnet_status_t b)
{
    if (a == LOCNET_OK)
        return b;
    if (a == LOCNET_EDATA && b != LOCNET_OK)
        return b;
    return a;
}

/* Reads one table from lines with handler, then checks its references, and sorts its
 * messages together. LOCNET_EDATA means problems were reported. */
static locnet_status_t read_table(reader_t *reader, locnet_line_reader_t *lines, const char *name,
                                  locnet_csv_table_kind_t kind, locnet_progress_t *progress,
                                  locnet_csv_row_handler_t handler)
{
    size_t first = reader->diagnostics->count, problems = reader->validator.problems;
    locnet_csv_layout_start(&reader->layouts[kind], kind, name);
    locnet_status_t status =
        locnet_csv_table_read(lines, name, reader->diagnostics, progress, handler, reader);
    if (status == LOCNET_EDATA)
        reader->validator.problems++;  /* the table's own problems (syntax, layout) */
    /* without a localities table, the places and co-chairs of events may be localities that
     * only the edge table names: they are checked with its references */
    if (kind != LOCNET_CSV_EVENTS || reader->has_localities_table)
        locnet_validator_resolve(&reader->validator);
    if (status == LOCNET_OK && !reader->layouts[kind].header_seen) {
        locnet_diagnostics_add(reader->diagnostics, name, 1, 1,
                               "empty input: expected a CSV header");
        status = LOCNET_EDATA;
        reader->validator.problems++;
    }
    locnet_diagnostics_sort_from(reader->diagnostics, first);
    return worse(status, reader->validator.problems > problems ? LOCNET_EDATA : LOCNET_OK);
}

/* Reads a table of the file at path. */
static locnet_status_t read_table_file(reader_t *reader, const char *path,
                                       locnet_csv_table_kind_t kind,
                                       locnet_csv_row_handler_t handler)
{
    locnet_line_reader_t lines;
    locnet_status_t status = locnet_line_reader_open(&lines, path, reader->diagnostics);
    if (status != LOCNET_OK)
        return status;
    status = read_table(reader, &lines, path, kind, NULL, handler);
    locnet_line_reader_close(&lines);
    return status;
}

/* Reads the tables in turn; stops at the first failure that is not a problem in the data. */
static locnet_status_t read_tables(reader_t *reader, locnet_line_reader_t *lines, const char *name,
                                   const locnet_csv_options_t *options, locnet_progress_t *progress)
{
    locnet_status_t result = LOCNET_OK;
    if (options->sources != NULL) {
        result = read_table_file(reader, options->sources, LOCNET_CSV_SOURCES, on_source_row);
        if (result != LOCNET_OK && result != LOCNET_EDATA)
            return result;
    }
    if (options->localities != NULL) {
        locnet_status_t status =
            read_table_file(reader, options->localities, LOCNET_CSV_LOCALITIES, on_locality_row);
        if ((result = worse(result, status)) != LOCNET_OK && result != LOCNET_EDATA)
            return result;
    }
    if (options->events != NULL) {
        locnet_status_t status = read_table_file(reader, options->events, LOCNET_CSV_EVENTS,
                                                 on_event_row);
        if ((result = worse(result, status)) != LOCNET_OK && result != LOCNET_EDATA)
            return result;
    }
    return worse(result, read_table(reader, lines, name, LOCNET_CSV_EDGES, progress, on_edge_row));
}

locnet_status_t locnet_csv_read(locnet_line_reader_t *lines, const char *name,
                                const locnet_csv_options_t *options, locnet_progress_t *progress,
                                locnet_network_t *net, locnet_diagnostics_t *diagnostics)
{
    if (options->columns != NULL) {
        char error[LOCNET_MESSAGE_SIZE];
        if (locnet_csv_columns_check(options->columns, error, sizeof error) != LOCNET_OK) {
            locnet_diagnostics_add(diagnostics, name, 0, 0, "%s", error);
            return LOCNET_EUSAGE;
        }
    }
    reader_t reader;
    memset(&reader, 0, sizeof reader);
    reader.diagnostics = diagnostics;
    reader.mapping = options->columns;
    reader.has_localities_table = options->localities != NULL;
    locnet_status_t status = locnet_validator_init(&reader.validator, report, &reader);
    if (status != LOCNET_OK)
        return status;
    reader.validator.defaults =
        (locnet_validator_defaults_t){LOCNET_COUNTRY_UNKNOWN, "locality", "agreement"};
    if (options->sources == NULL)
        reader.validator.unknown_source_hint = " (no sources table was given: --sources FILE)";
    if (options->events == NULL)
        reader.validator.unknown_event_hint = " (no events table was given: --events FILE)";
    status = read_tables(&reader, lines, name, options, progress);
    if (status == LOCNET_OK || status == LOCNET_EDATA) {
        size_t first = diagnostics->count;
        locnet_validator_check(&reader.validator);
        locnet_diagnostics_sort_from(diagnostics, first);
        locnet_progress_phase(progress, "making the network");
        status = worse(status, locnet_validator_finish(&reader.validator, net));
    }
    for (int kind = 0; kind < LOCNET_CSV_TABLE_KINDS; kind++)
        locnet_csv_layout_destroy(&reader.layouts[kind]);
    locnet_validator_destroy(&reader.validator);
    return status;
}
