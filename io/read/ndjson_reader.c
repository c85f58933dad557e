/* io/read/ndjson_reader.c: each line checked like a JSON text, parsed into an arena, and handed to
 * the record reader by its "type". */
#include "io/read/ndjson_reader.h"

#include <stdbool.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "io/read/json_arena.h"
#include "io/read/json_prescan.h"
#include "io/read/json_reader.h"
#include "io/read/json_records.h"
#include "io/read/ndjson_ahead.h"
#include "io/read/text_source.h"

static size_t skip_space(const locnet_text_source_t *source, size_t at)
{
    while (at < source->length && strchr(" \t\r\n", source->text[at]) != NULL &&
           source->text[at] != '\0')
        at++;
    return at;
}

static void syntax_error(locnet_json_records_t *records, size_t offset, const char *expected)
{
    if (offset >= records->source->length) {
        locnet_json_records_report(records, offset, "malformed JSON: the record ends with the "
                                                     "line before it is complete");
        return;
    }
    char found[32];
    locnet_text_source_describe(records->source, offset, found, sizeof found);
    locnet_json_records_report(records, offset, "malformed JSON: unexpected %s%s%s", found,
                                expected ? ", expected " : "", expected ? expected : "");
}

/* The line {"format": ...}: it must name locnet/1. */
static void check_format(locnet_json_records_t *records, const locnet_json_value_t *value,
                         const cJSON *format)
{
    if (cJSON_IsString(format) && strcmp(format->valuestring, LOCNET_JSON_FORMAT) == 0)
        return;
    size_t at = locnet_json_member_offset(records->source, value->start, value->end, "format");
    char *printed = cJSON_PrintUnformatted(format);
    locnet_json_records_report(records, at, "unknown format %.32s (expected \"%s\")",
                                printed != NULL ? printed : "?", LOCNET_JSON_FORMAT);
    cJSON_free(printed);
}

/* True when object, which has no "type", is a whole locnet/1 document: it has an array of
 * localities or of partnerships, or a format with an array of sources or events (a partnership
 * or an event without its type has "sources" too). */
static bool is_document(const cJSON *object)
{
    const cJSON *member;
    bool format = cJSON_HasObjectItem(object, "format");
    cJSON_ArrayForEach(member, object) {
        const char *name = member->string != NULL ? member->string : "";
        if (cJSON_IsArray(member) && locnet_json_is_record_array(name) &&
            (format || strcmp(name, "localities") == 0 || strcmp(name, "partnerships") == 0))
            return true;
    }
    return false;
}

/* Hands one parsed line to the record reader according to its type. */
static locnet_status_t read_record(locnet_json_records_t *records,
                                   size_t counts[LOCNET_RECORD_KINDS],
                                   const locnet_json_value_t *value)
{
    static const char *const types[LOCNET_RECORD_KINDS] = {"source", "locality", "partnership",
                                                           "event"};
    const cJSON *json = value->json;
    if (!cJSON_IsObject(json)) {
        locnet_json_records_report(records, value->start, "a line must hold an object, not %s",
                                    locnet_json_type_name(json));
        return LOCNET_OK;
    }
    const cJSON *type = cJSON_GetObjectItemCaseSensitive(json, "type");
    const cJSON *format = cJSON_GetObjectItemCaseSensitive(json, "format");
    if (type == NULL && is_document(json)) {
        locnet_json_records_report(records, value->start,
                                    "a whole locnet/1 document on one line, where NDJSON has one "
                                    "record a line (read it as JSON: --from json)");
        return LOCNET_OK;
    }
    if (type == NULL && format != NULL) {
        check_format(records, value, format);
        return locnet_json_records_check_names(records, value);
    }
    if (type == NULL) {
        locnet_json_records_report(records, value->start,
                                    "missing required field \"type\" (\"source\", \"locality\", "
                                    "\"partnership\" or \"event\")");
        return LOCNET_OK;
    }
    for (int kind = 0; kind < LOCNET_RECORD_KINDS; kind++) {
        if (cJSON_IsString(type) && strcmp(type->valuestring, types[kind]) == 0)
            return locnet_json_records_read(records, (locnet_record_kind_t)kind, ++counts[kind],
                                             value);
    }
    size_t at = locnet_json_member_offset(records->source, value->start, value->end, "type");
    char *printed = cJSON_PrintUnformatted(type);
    locnet_json_records_report(records, at,
                                "field \"type\" must be \"source\", \"locality\", "
                                "\"partnership\" or \"event\", not %.40s",
                                printed != NULL ? printed : "?");
    cJSON_free(printed);
    return LOCNET_OK;
}

/* A first record that goes on past its line is a JSON document written over several lines
 * (pretty-printed): said once, in place of a message for every line of it. */
static locnet_status_t report_document_over_lines(locnet_json_records_t *records, size_t at)
{
    locnet_json_records_report(records, at,
                               "the first record goes on past the end of its line, where NDJSON "
                               "has one whole record a line (a locnet/1 document written over "
                               "several lines is read as JSON: --from json)");
    return LOCNET_EDATA;
}

/* Reads one line (without its end) that holds a record at offset at: checks its bytes unless
 * the thread reading ahead found them clean, parses it unless the thread did (ahead->record),
 * and hands it over. first says whether it is the file's first record. */
static locnet_status_t read_line(locnet_json_records_t *records, locnet_json_arena_t *arena,
                                 size_t counts[LOCNET_RECORD_KINDS], size_t at, bool first,
                                 const locnet_ndjson_line_t *ahead)
{
    locnet_text_source_t *source = records->source;
    const char *line = source->text;
    size_t length = source->length;
    const locnet_json_value_t *parsed = &ahead->record;
    size_t problems = ahead->clean ? 0 : locnet_json_prescan(source);
    if (problems > 0) {
        records->validator.problems += problems;
        return LOCNET_OK;
    }
    locnet_json_value_t value = *parsed;
    if (value.json == NULL || value.start != at) {
        const char *end = NULL;
        int no_memory = 0;
        /* one byte more (the end of the line, or the NUL after the last one): a record cut
         * short fails there, not on its last character */
        cJSON *json = locnet_json_arena_parse(arena, line + at, length - at + 1, &end, &no_memory);
        if (no_memory)
            return LOCNET_ENOMEM;
        if (json == NULL) {
            const char *error = cJSON_GetErrorPtr();
            size_t offset = error != NULL ? (size_t)(error - line) : at;
            if (first && offset >= length)
                return report_document_over_lines(records, at);
            size_t open = locnet_json_unclosed_string(line, at, offset, length);
            if (open < length)
                locnet_json_records_report(records, open, "malformed JSON: a string opens here "
                                           "and is not closed on its line (the record is cut "
                                           "short, or a closing quote is missing)");
            else
                syntax_error(records, offset, NULL);
            return LOCNET_OK;
        }
        value = (locnet_json_value_t){json, at, (size_t)(end - line), false, NULL, -1, {0}};
    }
    size_t after = skip_space(source, value.end);
    if (after < length) {
        syntax_error(records, after, "the end of the line (one record per line)");
        return LOCNET_OK;
    }
    return read_record(records, counts, &value);
}

/* Where the lines come from: the thread reading ahead when there is one, else the reader. */
typedef struct line_feed {
    locnet_line_reader_t *lines;
    locnet_ndjson_ahead_t *ahead;  /* may be NULL */
} line_feed_t;

/* The next line into *line, its record parsed when the thread parsed it: false at the end.
 * When the thread stops early (at a line it could not parse), the reader gives the rest. */
static bool next_line(line_feed_t *feed, locnet_ndjson_line_t *line, bool *out_of_memory)
{
    if (feed->ahead != NULL) {
        if (locnet_ndjson_ahead_take(feed->ahead, line, out_of_memory))
            return true;
        locnet_ndjson_ahead_stop(feed->ahead);
        feed->ahead = NULL;
        if (*out_of_memory)
            return false;
    }
    line->text = locnet_line_reader_next(feed->lines, &line->length, out_of_memory);
    line->number = feed->lines->line;
    line->consumed = feed->lines->consumed;
    line->clean = false;
    line->record.json = NULL;
    return line->text != NULL;
}

/* Points the source at one line's record; says once that lines end with a carriage return
 * alone. */
static void start_line(locnet_json_records_t *records, const locnet_ndjson_line_t *line,
                       bool *carriage_return_said)
{
    locnet_text_source_t *source = records->source;
    bool carriage_return_alone = line->length > 0 && line->text[line->length - 1] == '\r';
    size_t length = locnet_ndjson_record_length(line->text, line->length);
    locnet_text_source_init(source, source->name, line->text, length, source->diagnostics);
    source->first_line = line->number;
    if (line->number > 1)
        source->start = 0;  /* a byte-order mark counts only at the start of the file */
    if (carriage_return_alone && !*carriage_return_said) {
        *carriage_return_said = true;
        locnet_json_records_report(records, length,
                                   "the line ends with a carriage return alone; NDJSON lines "
                                   "end with a line feed (or CR LF)");
    }
}

/* Reads every line; *any_record says whether one was not blank. */
static locnet_status_t read_lines(locnet_json_records_t *records, locnet_line_reader_t *lines,
                                  locnet_progress_t *progress, bool *any_record)
{
    locnet_text_source_t *source = records->source;
    locnet_json_arena_t arena;
    size_t counts[LOCNET_RECORD_KINDS] = {0};
    bool out_of_memory = false, carriage_return_said = false;  /* once: every line has one */
    locnet_status_t status = LOCNET_OK;
    locnet_ndjson_line_t line;
    line_feed_t feed = {lines, locnet_ndjson_ahead_start(lines)};
    locnet_json_arena_init(&arena);
    while (status == LOCNET_OK && next_line(&feed, &line, &out_of_memory)) {
        locnet_json_arena_reset(&arena);
        if (progress != NULL)
            locnet_progress_update(progress, line.consumed);
        start_line(records, &line, &carriage_return_said);
        size_t at = skip_space(source, source->start);
        if (at == source->length)
            continue;
        status = read_line(records, &arena, counts, at, !*any_record, &line);
        *any_record = true;
    }
    locnet_ndjson_ahead_stop(feed.ahead);
    locnet_json_arena_destroy(&arena);
    return status == LOCNET_OK && out_of_memory ? LOCNET_ENOMEM : status;
}

locnet_status_t locnet_ndjson_read(locnet_line_reader_t *lines, const char *name,
                                   locnet_progress_t *progress, locnet_network_t *net,
                                   locnet_diagnostics_t *diagnostics)
{
    locnet_json_records_t records;
    locnet_text_source_t source;
    locnet_status_t status = locnet_json_records_init(&records);
    if (status != LOCNET_OK)
        return status;
    records.source = &source;
    records.locate_now = true;  /* a line's text is gone once the next one is read */
    locnet_text_source_init(&source, name, "", 0, diagnostics);
    bool any_record = false;
    if ((status = read_lines(&records, lines, progress, &any_record)) != LOCNET_OK)
        goto cleanup;
    if ((status = locnet_line_reader_check(lines, diagnostics)) != LOCNET_OK)
        goto cleanup;
    if (!any_record) {
        locnet_diagnostics_add(diagnostics, name, 1, 1, "empty input: expected NDJSON records");
        status = LOCNET_EDATA;
        goto cleanup;
    }
    locnet_validator_check(&records.validator);
    locnet_progress_phase(progress, "making the network");
    status = locnet_json_records_finish(&records, net);
cleanup:
    locnet_diagnostics_sort(diagnostics);
    locnet_json_records_destroy(&records);
    return status;
}
