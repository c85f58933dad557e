/* io/read/record_reader.c: locnet/1 records into a network builder, with a message for every problem. */
#include "io/read/record_reader.h"

#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "graph/growable.h"
#include "graph/history.h"
#include "graph/list_codec.h"
#include "io/read/text_values.h"

typedef enum reference_kind { REF_ENDPOINT, REF_PARENT, REF_SUCCESSOR, REF_SOURCE } reference_kind_t;

struct locnet_pending_reference {
    char *id;
    size_t offset;          /* where the reference is written, for the message */
    long line;              /* or its line and column, when located at once (0: not) */
    long column;
    locnet_record_kind_t record_kind;  /* the record that makes it, for the message */
    size_t record_number;
    bool in_succession;
    reference_kind_t kind;
    igraph_integer_t edge;  /* REF_ENDPOINT: which edge, and which end; REF_PARENT and
                               REF_SUCCESSOR: the locality that makes the link, as numbered if it
                               is added */
    int end;
};
typedef locnet_pending_reference_t pending_reference_t;
typedef locnet_record_reader_t reader_t;

/* One record under inspection: its parsed tree, its text span, and what it is for messages
 * ("partnership 7", "locality 3: succeeded_by"), put in words only when one is written. */
typedef struct record {
    reader_t *reader;
    const locnet_json_value_t *value;
    locnet_record_kind_t kind;
    size_t number;
    bool in_succession;
} record_t;

typedef struct label {
    char text[64];
} label_t;

static label_t make_label(locnet_record_kind_t kind, size_t number, bool in_succession)
{
    static const char *const kinds[] = {"source", "locality", "partnership"};
    label_t label;
    snprintf(label.text, sizeof label.text, "%s %zu%s", kinds[kind], number,
             in_succession ? ": succeeded_by" : "");
    return label;
}

static void report_field(record_t *record, const char *field, const char *format, ...)
    __attribute__((format(printf, 3, 4)));

static void report_field(record_t *record, const char *field, const char *format, ...)
{
    reader_t *reader = record->reader;
    size_t offset = field != NULL
        ? locnet_json_member_offset(reader->source, record->value->start, record->value->end, field)
        : record->value->start;
    char message[400];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    locnet_text_source_report(reader->source, offset, "%s: %s",
                              make_label(record->kind, record->number, record->in_succession).text,
                              message);
    reader->problems++;
}

const char *locnet_json_type_name(const cJSON *json)
{
    if (cJSON_IsString(json))
        return "a string";
    if (cJSON_IsNumber(json))
        return "a number";
    if (cJSON_IsArray(json))
        return "an array";
    if (cJSON_IsObject(json))
        return "an object";
    if (cJSON_IsBool(json))
        return "a boolean";
    return "null";
}

/* The member named field of record's object, or NULL. (As cJSON_GetObjectItemCaseSensitive,
 * which compares every key whole: records are read by the million.) */
static const cJSON *member(const record_t *record, const char *field)
{
    const cJSON *item;
    cJSON_ArrayForEach(item, record->value->json) {
        if (item->string != NULL && item->string[0] == field[0] && strcmp(item->string, field) == 0)
            return item;
    }
    return NULL;
}

/* A non-empty string field; NULL (and a report when required) when absent or invalid. */
static const char *text_field(record_t *record, const char *field, bool required)
{
    const cJSON *json = member(record, field);
    if (json == NULL) {
        if (required)
            report_field(record, NULL, "missing required field \"%s\"", field);
        return NULL;
    }
    if (!cJSON_IsString(json)) {
        report_field(record, field, "field \"%s\" must be a string, not %s", field,
                     locnet_json_type_name(json));
        return NULL;
    }
    if (json->valuestring[0] == '\0') {
        report_field(record, field, "field \"%s\" must not be empty", field);
        return NULL;
    }
    return json->valuestring;
}

/* Copies the raw text of the field's value for a message, shortened to fit buffer. */
static void field_text(record_t *record, const char *field, char *buffer, size_t size)
{
    const locnet_text_source_t *source = record->reader->source;
    size_t start = locnet_json_member_offset(source, record->value->start, record->value->end, field);
    size_t end = start;
    while (end < record->value->end && end - start < size - 1 && !strchr(",}] \t\r\n", source->text[end]))
        end++;
    snprintf(buffer, size, "%.*s", (int)(end - start), source->text + start);
}

/* A year field: a whole number from 1 to 9999. NaN when absent or invalid. */
static double year_field(record_t *record, const char *field)
{
    const cJSON *json = member(record, field);
    if (json == NULL)
        return NAN;
    if (!cJSON_IsNumber(json)) {
        report_field(record, field, "field \"%s\" must be a year from 1 to 9999, not %s", field,
                     locnet_json_type_name(json));
        return NAN;
    }
    double year = json->valuedouble;
    if (!isfinite(year) || year != floor(year) || year < 1 || year > 9999) {
        char raw[40];
        field_text(record, field, raw, sizeof raw);
        report_field(record, field, "field \"%s\" must be a whole number from 1 to 9999, not %s",
                     field, raw);
        return NAN;
    }
    return year;
}

/* A coordinate field within [-limit, limit]. NaN when absent or invalid. */
static double coordinate_field(record_t *record, const char *field, double limit)
{
    const cJSON *json = member(record, field);
    if (json == NULL)
        return NAN;
    if (!cJSON_IsNumber(json) || !isfinite(json->valuedouble) || fabs(json->valuedouble) > limit) {
        report_field(record, field, "field \"%s\" must be a number from %g to %g", field, -limit,
                     limit);
        return NAN;
    }
    return json->valuedouble;
}

static const char *date_field(record_t *record, const char *field, bool required)
{
    const char *date = text_field(record, field, required);
    if (date != NULL && !locnet_date_is_valid(date)) {
        report_field(record, field, "field \"%s\" must be a date YYYY, YYYY-MM or YYYY-MM-DD, not \"%s\"",
                     field, date);
        return NULL;
    }
    return date;
}

/* Copies text in Unicode NFC (names are stored composed). NULL when out of memory. */
static char *nfc_copy(const char *text)
{
    return locnet_text_nfc(text);
}

/* An optional array of non-empty strings, encoded into *encoded (NULL when absent).
 * Items are NFC-normalised when normalise is set. */
static locnet_status_t list_field(record_t *record, const char *field, bool normalise,
                                  locnet_list_t *items, char **encoded)
{
    const cJSON *json = member(record, field);
    *encoded = NULL;
    if (json == NULL)
        return LOCNET_OK;
    if (!cJSON_IsArray(json)) {
        report_field(record, field, "field \"%s\" must be an array of strings, not %s", field,
                     locnet_json_type_name(json));
        return LOCNET_OK;
    }
    const cJSON *item;
    size_t index = 0;
    cJSON_ArrayForEach(item, json) {
        index++;
        if (!cJSON_IsString(item) || item->valuestring[0] == '\0') {
            report_field(record, field, "field \"%s\": item %zu must be a non-empty string, not %s",
                         field, index, cJSON_IsString(item) ? "empty" : locnet_json_type_name(item));
            return LOCNET_OK;
        }
        char *value = normalise ? nfc_copy(item->valuestring) : strdup(item->valuestring);
        locnet_status_t status = value != NULL ? locnet_list_append(items, value) : LOCNET_ENOMEM;
        free(value);
        if (status != LOCNET_OK)
            return status;
    }
    return locnet_list_encode(items, encoded);
}

/* An optional object of string values (codes), encoded into *encoded. */
static locnet_status_t map_field(record_t *record, const char *field, char **encoded)
{
    const cJSON *json = member(record, field);
    locnet_list_t pairs;
    locnet_list_init(&pairs);
    locnet_status_t status = LOCNET_OK;
    *encoded = NULL;
    if (json == NULL)
        goto cleanup;
    if (!cJSON_IsObject(json)) {
        report_field(record, field, "field \"%s\" must be an object of strings, not %s", field,
                     locnet_json_type_name(json));
        goto cleanup;
    }
    const cJSON *item;
    cJSON_ArrayForEach(item, json) {
        if (!cJSON_IsString(item)) {
            report_field(record, field, "field \"%s\": \"%s\" must be a string, not %s", field,
                         item->string, locnet_json_type_name(item));
            goto cleanup;
        }
        if ((status = locnet_list_append(&pairs, item->string)) != LOCNET_OK ||
            (status = locnet_list_append(&pairs, item->valuestring)) != LOCNET_OK)
            goto cleanup;
    }
    status = locnet_map_encode(&pairs, encoded);
cleanup:
    locnet_list_destroy(&pairs);
    return status;
}

static locnet_status_t add_pending(reader_t *reader, const record_t *record, const char *field,
                                   const char *id, reference_kind_t kind, igraph_integer_t edge,
                                   int end)
{
    if (LOCNET_GROW(&reader->pending, &reader->pending_capacity, reader->pending_count) != LOCNET_OK)
        return LOCNET_ENOMEM;
    pending_reference_t *ref = &reader->pending[reader->pending_count];
    ref->id = strdup(id);
    if (ref->id == NULL)
        return LOCNET_ENOMEM;
    ref->offset = locnet_json_member_offset(reader->source, record->value->start,
                                            record->value->end, field);
    ref->line = ref->column = 0;
    if (reader->locate_now)
        locnet_text_source_locate(reader->source, ref->offset, &ref->line, &ref->column);
    ref->record_kind = record->kind;
    ref->record_number = record->number;
    ref->in_succession = record->in_succession;
    ref->kind = kind;
    ref->edge = edge;
    ref->end = end;
    reader->pending_count++;
    return LOCNET_OK;
}

/* Checks that every id in list (sources cited) exists now, or keeps it pending. */
static locnet_status_t cite_sources(reader_t *reader, record_t *record, const char *field,
                                    const locnet_list_t *ids)
{
    for (size_t i = 0; i < ids->count; i++) {
        if (locnet_builder_has_source(&reader->builder, ids->items[i]))
            continue;
        locnet_status_t status = add_pending(reader, record, field, ids->items[i], REF_SOURCE, 0, 0);
        if (status != LOCNET_OK)
            return status;
    }
    return LOCNET_OK;
}

static locnet_status_t read_source(reader_t *reader, record_t *record)
{
    locnet_source_t source = {
        .id = (char *)text_field(record, "id", true),
        .title = (char *)text_field(record, "title", true),
        .publisher = (char *)text_field(record, "publisher", true),
        .date = (char *)date_field(record, "date", true),
        .url = (char *)text_field(record, "url", false),
    };
    if (source.id == NULL)
        return LOCNET_OK;
    /* A source with other problems is still registered, so citations of it do not cascade. */
    source.title = source.title ? source.title : "";
    source.publisher = source.publisher ? source.publisher : "";
    source.date = source.date ? source.date : "";
    locnet_status_t status = locnet_builder_add_source(&reader->builder, &source);
    if (status == LOCNET_EDATA) {
        report_field(record, "id", "duplicate source id \"%s\"", source.id);
        status = LOCNET_OK;
    }
    return status;
}

/* succeeded_by: {"id": ..., "date": ..., "sources": [...]} */
static locnet_status_t read_succession(reader_t *reader, record_t *record,
                                       locnet_locality_fields_t *fields, locnet_list_t *sources,
                                       char **encoded_sources)
{
    const cJSON *json = member(record, "succeeded_by");
    *encoded_sources = NULL;
    if (json == NULL)
        return LOCNET_OK;
    if (!cJSON_IsObject(json)) {
        report_field(record, "succeeded_by", "field \"succeeded_by\" must be an object, not %s",
                     locnet_json_type_name(json));
        return LOCNET_OK;
    }
    /* The succession is its own small record: its messages point inside it. */
    size_t start = locnet_json_member_offset(reader->source, record->value->start,
                                             record->value->end, "succeeded_by");
    locnet_json_value_t value = {json, start, record->value->end};
    record_t inner = {reader, &value, record->kind, record->number, true};
    fields->text[LOCNET_VT_SUCCEEDED_BY] = text_field(&inner, "id", true);
    fields->text[LOCNET_VT_SUCCEEDED_ON] = date_field(&inner, "date", true);
    locnet_status_t status = list_field(&inner, "sources", false, sources, encoded_sources);
    if (status == LOCNET_OK)
        status = cite_sources(reader, &inner, "sources", sources);
    if (status == LOCNET_OK && fields->text[LOCNET_VT_SUCCEEDED_BY] != NULL)
        status = add_pending(reader, &inner, "id", fields->text[LOCNET_VT_SUCCEEDED_BY],
                             REF_SUCCESSOR, locnet_builder_locality_count(&reader->builder), 0);
    return status;
}

static bool is_country_code(const char *text)
{
    return strlen(text) == 2 && text[0] >= 'A' && text[0] <= 'Z' && text[1] >= 'A' && text[1] <= 'Z';
}

static locnet_status_t read_locality(reader_t *reader, record_t *record)
{
    locnet_locality_fields_t fields;
    locnet_list_t aliases, succession_sources;
    char *name = NULL, *encoded_aliases = NULL, *encoded_codes = NULL, *encoded_sources = NULL;
    locnet_locality_fields_clear(&fields);
    locnet_list_init(&aliases);
    locnet_list_init(&succession_sources);

    const char *id = text_field(record, "id", true);
    const char *raw_name = text_field(record, "name", true);
    const char *country = text_field(record, "country", true);
    if (country != NULL && !is_country_code(country))
        report_field(record, "country",
                     "field \"country\" must be an ISO 3166-1 alpha-2 code such as \"VN\", not \"%s\"",
                     country);
    fields.text[LOCNET_VT_ID] = id;
    fields.text[LOCNET_VT_COUNTRY] = country;
    fields.text[LOCNET_VT_LEVEL] = text_field(record, "level", true);
    fields.text[LOCNET_VT_PARENT] = text_field(record, "parent", false);
    fields.number[LOCNET_VN_LAT] = coordinate_field(record, "lat", 90);
    fields.number[LOCNET_VN_LON] = coordinate_field(record, "lon", 180);
    locnet_status_t status = list_field(record, "aliases", true, &aliases, &encoded_aliases);
    if (status == LOCNET_OK)
        status = map_field(record, "codes", &encoded_codes);
    if (status == LOCNET_OK)
        status = read_succession(reader, record, &fields, &succession_sources, &encoded_sources);
    /* A locality with other problems is still registered when its id is valid, so that
     * references to it and duplicates of it are checked without cascading messages. */
    if (status != LOCNET_OK || id == NULL)
        goto cleanup;
    if (raw_name != NULL && (name = nfc_copy(raw_name)) == NULL) {
        status = LOCNET_ENOMEM;
        goto cleanup;
    }
    fields.text[LOCNET_VT_NAME] = name;
    fields.text[LOCNET_VT_ALIASES] = encoded_aliases;
    fields.text[LOCNET_VT_CODES] = encoded_codes;
    fields.text[LOCNET_VT_SUCCESSION_SOURCES] = encoded_sources;
    if (fields.text[LOCNET_VT_PARENT] != NULL &&
        (status = add_pending(reader, record, "parent", fields.text[LOCNET_VT_PARENT], REF_PARENT,
                              locnet_builder_locality_count(&reader->builder), 0)) != LOCNET_OK)
        goto cleanup;
    igraph_integer_t first = -1;
    status = locnet_builder_add_locality(&reader->builder, &fields, NULL, &first);
    if (status == LOCNET_EDATA) {
        report_field(record, "id", "duplicate locality id \"%s\"", id);
        status = LOCNET_OK;
    }
cleanup:
    free(name);
    free(encoded_aliases);
    free(encoded_codes);
    free(encoded_sources);
    locnet_list_destroy(&aliases);
    locnet_list_destroy(&succession_sources);
    return status;
}

static locnet_status_t read_partnership(reader_t *reader, record_t *record)
{
    locnet_partnership_fields_t fields;
    locnet_list_t themes, sources;
    char *encoded_themes = NULL, *encoded_sources = NULL;
    locnet_partnership_fields_clear(&fields);
    locnet_list_init(&themes);
    locnet_list_init(&sources);

    const char *a = text_field(record, "a", true);
    const char *b = text_field(record, "b", true);
    fields.text[LOCNET_ET_KIND] = text_field(record, "kind", true);
    fields.text[LOCNET_ET_NOTE] = text_field(record, "note", false);
    fields.number[LOCNET_EN_SINCE] = year_field(record, "since");
    fields.number[LOCNET_EN_UNTIL] = year_field(record, "until");
    if (fields.number[LOCNET_EN_UNTIL] < fields.number[LOCNET_EN_SINCE])
        report_field(record, "until", "field \"until\" (%.0f) is before \"since\" (%.0f)",
                     fields.number[LOCNET_EN_UNTIL], fields.number[LOCNET_EN_SINCE]);
    if (a != NULL && b != NULL && strcmp(a, b) == 0)
        report_field(record, "b", "links locality \"%s\" to itself", a);
    locnet_status_t status = list_field(record, "themes", false, &themes, &encoded_themes);
    if (status == LOCNET_OK)
        status = list_field(record, "sources", false, &sources, &encoded_sources);
    if (status != LOCNET_OK)
        goto cleanup;
    if ((status = cite_sources(reader, record, "sources", &sources)) != LOCNET_OK)
        goto cleanup;
    /* Without both ends there is no edge; the other problems are reported already. */
    if (a == NULL || b == NULL)
        goto cleanup;
    fields.text[LOCNET_ET_THEMES] = encoded_themes;
    fields.text[LOCNET_ET_SOURCES] = encoded_sources;
    igraph_integer_t ends[2] = {-1, -1}, edge = -1;
    const char *ids[2] = {a, b};
    for (int end = 0; end < 2; end++)
        locnet_builder_find_locality(&reader->builder, ids[end], &ends[end]);
    if ((status = locnet_builder_add_partnership(&reader->builder, ends[0], ends[1], &fields,
                                                 &edge)) != LOCNET_OK)
        goto cleanup;
    for (int end = 0; end < 2 && status == LOCNET_OK; end++) {
        if (ends[end] < 0)
            status = add_pending(reader, record, end == 0 ? "a" : "b", ids[end], REF_ENDPOINT,
                                 edge, end);
    }
cleanup:
    free(encoded_themes);
    free(encoded_sources);
    locnet_list_destroy(&themes);
    locnet_list_destroy(&sources);
    return status;
}

/* Reports a problem at a pending reference's place. */
static void report_at_reference(reader_t *reader, const pending_reference_t *ref, const char *message)
{
    label_t label = make_label(ref->record_kind, ref->record_number, ref->in_succession);
    if (ref->line > 0)
        locnet_diagnostics_add(reader->source->diagnostics, reader->source->name, ref->line,
                               ref->column, "%s: %s", label.text, message);
    else
        locnet_text_source_report(reader->source, ref->offset, "%s: %s", label.text, message);
    reader->problems++;
}

/* Reports each cycle of parent (or succeeded_by) links once, at the link that closes it.
 * Runs only on a file without other problems, where every locality was added in turn, so
 * that the numbers kept in the references are the localities' vertices. */
static void report_cycles(reader_t *reader, reference_kind_t kind)
{
    igraph_integer_t n = locnet_builder_locality_count(&reader->builder);
    igraph_integer_t *next = malloc(((size_t)n + 1) * sizeof *next);
    size_t *link = malloc(((size_t)n + 1) * sizeof *link);
    char *state = calloc((size_t)n + 1, 1);  /* 0 unseen, 1 on the current walk, 2 done */
    if (next == NULL || link == NULL || state == NULL)
        goto cleanup;  /* the check is skipped, as --as-of and --level still detect cycles */
    for (igraph_integer_t v = 0; v < n; v++)
        next[v] = -1;
    for (size_t i = 0; i < reader->pending_count; i++) {
        const pending_reference_t *ref = &reader->pending[i];
        igraph_integer_t target;
        if (ref->kind == kind && ref->edge < n &&
            locnet_builder_find_locality(&reader->builder, ref->id, &target)) {
            next[ref->edge] = target;
            link[ref->edge] = i;
        }
    }
    const char *what = kind == REF_PARENT ? "parent links" : "successions";
    for (igraph_integer_t v = 0; v < n; v++) {
        igraph_integer_t u = v;
        while (u >= 0 && state[u] == 0) {
            state[u] = 1;
            u = next[u];
        }
        if (u >= 0 && state[u] == 1) {
            char chain[400];
            int written = snprintf(chain, sizeof chain, "%s form a cycle: %s", what,
                                   locnet_builder_locality_id(&reader->builder, u));
            igraph_integer_t w = next[u];
            for (int step = 0; step < 8 && written > 0 && (size_t)written < sizeof chain; step++, w = next[w]) {
                written += snprintf(chain + written, sizeof chain - (size_t)written, " \xE2\x86\x92 %s",
                                    locnet_builder_locality_id(&reader->builder, w));
                if (w == u)
                    break;
            }
            if (w != u && written > 0 && (size_t)written < sizeof chain)
                snprintf(chain + written, sizeof chain - (size_t)written, " \xE2\x86\x92 ...");
            report_at_reference(reader, &reader->pending[link[u]], chain);
        }
        for (u = v; u >= 0 && state[u] == 1; u = next[u])
            state[u] = 2;
    }
cleanup:
    free(next);
    free(link);
    free(state);
}

/* Checks every pending reference now that the whole file is read; sets partnership ends; then,
 * on a file without other problems, looks for cycles of parents and of successions. */
void locnet_record_reader_resolve(locnet_record_reader_t *reader)
{
    for (size_t i = 0; i < reader->pending_count; i++) {
        pending_reference_t *ref = &reader->pending[i];
        igraph_integer_t vertex = -1;
        bool found = ref->kind == REF_SOURCE
                         ? locnet_builder_has_source(&reader->builder, ref->id)
                         : locnet_builder_find_locality(&reader->builder, ref->id, &vertex);
        if (found) {
            if (ref->kind == REF_ENDPOINT)
                locnet_builder_set_endpoint(&reader->builder, ref->edge, ref->end, vertex);
            continue;
        }
        const char *what = ref->kind == REF_SOURCE     ? "cites unknown source"
                           : ref->kind == REF_PARENT   ? "unknown parent locality"
                           : ref->kind == REF_SUCCESSOR ? "unknown successor locality"
                                                        : "unknown locality";
        char message[300];
        snprintf(message, sizeof message, "%s \"%.200s\"", what, ref->id);
        report_at_reference(reader, ref, message);
    }
    if (reader->problems == 0) {
        report_cycles(reader, REF_PARENT);
        report_cycles(reader, REF_SUCCESSOR);
    }
}

void locnet_record_reader_destroy(locnet_record_reader_t *reader)
{
    if (reader == NULL)
        return;
    locnet_builder_destroy(&reader->builder);
    for (size_t i = 0; i < reader->pending_count; i++)
        free(reader->pending[i].id);
    free(reader->pending);
    reader->pending = NULL;
    reader->pending_count = reader->pending_capacity = 0;
}

locnet_status_t locnet_record_reader_init(locnet_record_reader_t *reader)
{
    memset(reader, 0, sizeof *reader);
    return locnet_builder_init(&reader->builder);
}

void locnet_record_reader_report(locnet_record_reader_t *reader, size_t offset,
                                 const char *format, ...)
{
    char message[512];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    locnet_text_source_report(reader->source, offset, "%s", message);
    reader->problems++;
}

locnet_status_t locnet_record_reader_read(locnet_record_reader_t *reader,
                                          locnet_record_kind_t kind, size_t number,
                                          const locnet_json_value_t *value)
{
    record_t record = {reader, value, kind, number, false};
    if (!cJSON_IsObject(value->json)) {
        report_field(&record, NULL, "must be an object, not %s", locnet_json_type_name(value->json));
        return LOCNET_OK;
    }
    if (kind == LOCNET_RECORD_SOURCE)
        return read_source(reader, &record);
    if (kind == LOCNET_RECORD_LOCALITY)
        return read_locality(reader, &record);
    return read_partnership(reader, &record);
}

locnet_status_t locnet_record_reader_finish(locnet_record_reader_t *reader, locnet_network_t *net)
{
    if (reader->problems > 0)
        return LOCNET_EDATA;
    return locnet_builder_finish(&reader->builder, net);
}

