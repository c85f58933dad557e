/* io/read/json_records.c: each JSON record seen through the validator, and their messages placed.
 */
#include "io/read/json_records.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "graph/limits.h"
#include "io/read/json_duplicates.h"

enum { NO_RECORD = -1 };

/* Writes a message at place: "locality 7: ", "locality 7: succeeded_by: " inside a succession
 * (place->detail names the nested record). */
static void report(void *self, const locnet_input_place_t *place, const char *message)
{
    locnet_json_records_t *records = self;
    locnet_text_source_t *source = records->source;
    static const char *const kinds[LOCNET_RECORD_KINDS] = {"source", "locality", "partnership",
                                                            "event"};
    char label[LOCNET_LABEL_SIZE] = "";
    const char *nested = locnet_nested_name(place->detail);
    if (place->kind != NO_RECORD)
        snprintf(label, sizeof label, "%s %zu%s%s: ", kinds[place->kind], place->record,
                 nested != NULL ? ": " : "", nested != NULL ? nested : "");
    if (place->line > 0)
        locnet_diagnostics_add(source->diagnostics, source->name, place->line, place->column,
                               "%s%s", label, message);
    else
        locnet_text_source_report(source, place->offset, "%s%s", label, message);
}

locnet_status_t locnet_json_records_init(locnet_json_records_t *records)
{
    memset(records, 0, sizeof *records);
    return locnet_validator_init(&records->validator, report, records);
}

void locnet_json_records_destroy(locnet_json_records_t *records)
{
    if (records != NULL)
        locnet_validator_destroy(&records->validator);
}

void locnet_json_records_report(locnet_json_records_t *records, size_t offset, const char *format,
                                ...)
{
    char message[LOCNET_MESSAGE_SIZE];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    locnet_input_place_t place = {.kind = NO_RECORD, .offset = offset};
    if (records->locate_now)
        locnet_text_source_locate(records->source, offset, &place.line, &place.column);
    locnet_validator_report(&records->validator, &place, "%s", message);
}

/* Reports a member of value (at any depth) that repeats an earlier member's name, at that name;
 * place is value's place (its record, or none). */
static locnet_status_t check_names(locnet_json_records_t *records, locnet_input_place_t place,
                                   const locnet_json_value_t *value)
{
    const cJSON *member = value->repeated_name;
    locnet_status_t status =
        value->names_checked ? LOCNET_OK : locnet_json_find_duplicate(value->json, &member);
    if (status != LOCNET_OK || member == NULL)
        return status;
    locnet_text_source_t *source = records->source;
    place.offset = locnet_json_name_offset(source->text, source->length, value->start,
                                           value->json, member);
    place.line = place.column = 0;
    if (records->locate_now)
        locnet_text_source_locate(source, place.offset, &place.line, &place.column);
    locnet_validator_report(&records->validator, &place, "duplicate key \"%.*s\" in one object",
                            LOCNET_QUOTE_SIZE, member->string);
    return LOCNET_OK;
}

locnet_status_t locnet_json_records_check_names(locnet_json_records_t *records,
                                                const locnet_json_value_t *value)
{
    return check_names(records, (locnet_input_place_t){.kind = NO_RECORD}, value);
}

locnet_status_t locnet_json_records_read(locnet_json_records_t *records, locnet_record_kind_t kind,
                                         size_t number, const locnet_json_value_t *value)
{
    locnet_json_record_t inner, record = {
                                    .json = value->json,
                                    .source = records->source,
                                    .start = value->start,
                                    .end = value->end,
                                    .locate_now = records->locate_now,
                                    .inner = &inner,
                                    .member_values = value->member_values,
                                    .members_placed = value->members_placed,
                                    .place = {.kind = (int)kind, .record = number},
                                };
    locnet_record_view_t view;
    locnet_json_record_view(&record, &view);
    if (!cJSON_IsObject(value->json)) {
        locnet_input_place_t place;
        view.place(view.self, NULL, &place);
        locnet_validator_report(&records->validator, &place, "must be an object, not %s",
                                locnet_json_type_name(value->json));
        return LOCNET_OK;
    }
    locnet_input_place_t place;
    view.place(view.self, NULL, &place);
    locnet_status_t status = check_names(records, place, value);
    if (status != LOCNET_OK)
        return status;
    if (kind == LOCNET_RECORD_SOURCE)
        return locnet_validator_source(&records->validator, &view);
    if (kind == LOCNET_RECORD_LOCALITY)
        return locnet_validator_locality(&records->validator, &view, NULL);
    if (kind == LOCNET_RECORD_EVENT)
        return locnet_validator_event(&records->validator, &view);
    return locnet_validator_partnership(&records->validator, &view, NULL);
}

locnet_status_t locnet_json_records_finish(locnet_json_records_t *records, locnet_network_t *net)
{
    return locnet_validator_finish(&records->validator, net);
}
