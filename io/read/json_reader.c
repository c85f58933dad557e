/* io/read/json_reader.c: the locnet/1 document: its "format" member and its four record arrays,
 * each record handed to the record reader as cJSON parses it. */
#include "io/read/json_reader.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "graph/limits.h"
#include "io/read/input.h"
#include "io/read/json_prescan.h"
#include "io/read/json_walk.h"
#include "io/progress.h"
#include "io/read/json_records.h"
#include "io/read/text_source.h"

typedef struct reader {
    locnet_text_source_t source;
    locnet_json_records_t records;
    bool format_seen;
    locnet_progress_t *progress;  /* may be NULL */
} reader_t;

static const char *const record_arrays[] = {"sources", "localities", "partnerships", "events",
                                            NULL};

bool locnet_json_is_record_array(const char *key)
{
    for (const char *const *name = record_arrays; *name; name++) {
        if (strcmp(*name, key) == 0)
            return true;
    }
    return false;
}

static locnet_status_t on_record(void *context, const char *array, size_t index,
                                 const locnet_json_value_t *value)
{
    reader_t *reader = context;
    if (reader->progress != NULL)
        locnet_progress_update(reader->progress, value->end);
    locnet_record_kind_t kind = strcmp(array, "sources") == 0      ? LOCNET_RECORD_SOURCE
                                : strcmp(array, "localities") == 0 ? LOCNET_RECORD_LOCALITY
                                : strcmp(array, "events") == 0     ? LOCNET_RECORD_EVENT
                                                                   : LOCNET_RECORD_PARTNERSHIP;
    return locnet_json_records_read(&reader->records, kind, index + 1, value);
}

static locnet_status_t on_member(void *context, const char *key, const locnet_json_value_t *value)
{
    reader_t *reader = context;
    if (strcmp(key, "format") == 0) {
        reader->format_seen = true;
        if (!cJSON_IsString(value->json) || strcmp(value->json->valuestring, LOCNET_JSON_FORMAT) != 0) {
            char raw[40];
            size_t length = value->end - value->start;
            snprintf(raw, sizeof raw, "%.*s", (int)(length < 32 ? length : 32),
                     reader->source.text + value->start);
            locnet_json_records_report(&reader->records, value->start,
                                        "unknown format %s (expected \"%s\")", raw,
                                        LOCNET_JSON_FORMAT);
        }
    } else if (locnet_json_is_record_array(key)) {
        locnet_json_records_report(&reader->records, value->start,
                                    "field \"%s\" must be an array, not %s", key,
                                    locnet_json_type_name(value->json));
    }
    return LOCNET_OK;
}

static void on_duplicate(void *context, const char *key, size_t offset)
{
    reader_t *reader = context;
    locnet_json_records_report(&reader->records, offset, "duplicate key \"%.*s\" in one object",
                                LOCNET_QUOTE_SIZE, key);
}

/* Reads the document; input, when not NULL, holds text and is closed as soon as the text is
 * no longer needed, before the network is made. */
static locnet_status_t read_document(const char *name, const char *text, size_t length,
                                     locnet_input_text_t *input, locnet_progress_t *progress,
                                     locnet_network_t *net, locnet_diagnostics_t *diagnostics)
{
    reader_t reader;
    memset(&reader, 0, sizeof reader);
    reader.progress = progress;
    locnet_text_source_init(&reader.source, name, text, length, diagnostics);
    locnet_status_t status = locnet_json_records_init(&reader.records);
    if (status != LOCNET_OK)
        return status;
    reader.records.source = &reader.source;
    if (locnet_json_prescan(&reader.source) > 0) {
        status = LOCNET_EDATA;
        goto cleanup;
    }
    static const locnet_json_walk_handler_t handler = {record_arrays, on_record, on_member,
                                                       on_duplicate};
    status = locnet_json_walk(&reader.source, &handler, &reader);
    if (status != LOCNET_OK)
        goto cleanup;
    if (!reader.format_seen)
        locnet_json_records_report(&reader.records, reader.source.start,
                                    "missing required field \"format\" (expected \"%s\")",
                                    LOCNET_JSON_FORMAT);
    /* the references are checked while the text is here, to place their messages */
    locnet_validator_check(&reader.records.validator);
    locnet_input_close_text(input);  /* its memory is better spent on the network */
    locnet_progress_phase(reader.progress, "making the network");
    status = locnet_json_records_finish(&reader.records, net);
cleanup:
    locnet_diagnostics_sort(diagnostics);
    locnet_json_records_destroy(&reader.records);
    return status;
}

locnet_status_t locnet_json_read(const char *name, const char *text, size_t length,
                                 locnet_network_t *net, locnet_diagnostics_t *diagnostics)
{
    return read_document(name, text, length, NULL, NULL, net, diagnostics);
}

locnet_status_t locnet_json_read_input(const char *name, locnet_input_text_t *input,
                                       locnet_progress_t *progress, locnet_network_t *net,
                                       locnet_diagnostics_t *diagnostics)
{
    locnet_status_t status = read_document(name, input->text, input->length, input, progress,
                                           net, diagnostics);
    locnet_input_close_text(input);
    return status;
}
