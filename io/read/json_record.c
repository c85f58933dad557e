/* io/read/json_record.c: members for fields, member offsets for places. */
#include "io/read/json_record.h"

#include <stdio.h>
#include <string.h>

#include "io/read/json_walk.h"

/* The member named field. (As cJSON_GetObjectItemCaseSensitive, which compares every key
 * whole: records are read by the million.) */
static void get(void *self, const char *field, locnet_value_t *value)
{
    const cJSON *json = NULL, *item;
    cJSON_ArrayForEach(item, ((const locnet_json_record_t *)self)->json)
    {
        if (item->string != NULL && item->string[0] == field[0] &&
            strcmp(item->string, field) == 0) {
            json = item;
            break;
        }
    }
    memset(value, 0, sizeof *value);
    value->kind = json != NULL ? LOCNET_VALUE_JSON : LOCNET_VALUE_ABSENT;
    value->json = json;
}

/* True when the value at offset value is preceded by the key field, written as it is (no
 * escape): "field" then white space and ':'. */
static bool key_written(const char *text, size_t start, size_t value, const char *field)
{
    size_t length = strlen(field);
    while (value > start && strchr(" \t\r\n:", text[value - 1]) != NULL)
        value--;
    return value >= start + length + 2 && text[value - 1] == '"' &&
           text[value - length - 2] == '"' && memcmp(text + value - length - 1, field, length) == 0;
}

/* Where field's value is written: its offset, or the record's start when field is NULL or
 * missing, or written with an escape (as the text scan of locnet_json_member_offset finds
 * it, so that messages are placed alike whether or not the parsing thread placed the
 * values). */
static size_t field_offset(const locnet_json_record_t *record, const char *field)
{
    if (field == NULL)
        return record->start;
    const cJSON *member = cJSON_IsObject(record->json) ? record->json->child : NULL;
    for (int i = 0; member != NULL && i < record->members_placed; i++, member = member->next) {
        if (member->string != NULL && member->string[0] == field[0] &&
            strcmp(member->string, field) == 0 &&
            key_written(record->source->text, record->start, record->member_values[i], field))
            return record->member_values[i];
    }
    return locnet_json_member_offset(record->source, record->start, record->end, field);
}

static void place(void *self, const char *field, locnet_input_place_t *place)
{
    const locnet_json_record_t *record = self;
    *place = record->place;
    if (record->source == NULL)
        return;
    place->offset = field_offset(record, field);
    place->line = place->column = 0;
    if (record->locate_now)
        locnet_text_source_locate(record->source, place->offset, &place->line, &place->column);
}

/* Copies the raw text of a field's value (a number as written), cut to fit buffer. */
static bool spell(void *self, const char *field, char *buffer, size_t size)
{
    const locnet_json_record_t *record = self;
    if (record->source == NULL || size == 0)
        return false;
    const char *text = record->source->text;
    size_t start = field_offset(record, field), end = start;
    while (end < record->end && end - start < size - 1 && !strchr(",}] \t\r\n", text[end]))
        end++;
    snprintf(buffer, size, "%.*s", (int)(end - start), text + start);
    return end > start;
}

static bool raw(void *self, const char *field, const char **text, size_t *size)
{
    const locnet_json_record_t *record = self;
    if (record->source == NULL)
        return false;
    size_t start = field_offset(record, field);
    *text = record->source->text + start;
    *size = record->end - start;
    return true;
}

static void nested(void *self, const char *field, locnet_record_view_t *view)
{
    locnet_json_record_t *record = self, *inner = record->inner;
    locnet_value_t value;
    get(record, field, &value);
    inner->json = value.json;
    inner->source = record->source;
    inner->start = record->source != NULL ? field_offset(record, field) : 0;
    inner->end = record->end;
    inner->locate_now = record->locate_now;
    inner->place = record->place;
    inner->place.detail = (int)locnet_nested_of(field);
    inner->inner = NULL;
    inner->member_values = NULL;
    inner->members_placed = -1;
    locnet_json_record_view(inner, view);
}

void locnet_json_record_view(locnet_json_record_t *record, locnet_record_view_t *view)
{
    *view = (locnet_record_view_t){record, get, place, nested, spell, raw};
}
