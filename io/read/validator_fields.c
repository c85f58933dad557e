/* io/read/validator_fields.c: single values checked the same way whatever format they come from. */
#include "io/read/validator_fields.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph/date.h"
#include "graph/limits.h"
#include "io/read/json_duplicates.h"
#include "io/read/json_walk.h"
#include "io/read/text_values.h"

void locnet_validator_report_field(locnet_validator_t *validator, const locnet_record_view_t *view,
                                   const char *field, const char *format, ...)
{
    char message[LOCNET_MESSAGE_SIZE];
    const char *context = validator->context != NULL ? validator->context : "";
    int written = snprintf(message, sizeof message, "%s", context);
    va_list args;
    va_start(args, format);
    vsnprintf(message + written, sizeof message - (size_t)written, format, args);
    va_end(args);
    locnet_input_place_t place;
    memset(&place, 0, sizeof place);
    view->place(view->self, field, &place);
    validator->report(validator->reporter, &place, message);
    validator->problems++;
}

void locnet_validator_missing(locnet_validator_t *validator, const locnet_record_view_t *view,
                              const char *field)
{
    /* at the field's own place: an empty cell, or the start of a record without the member */
    locnet_validator_report_field(validator, view, field, "missing required field \"%s\"", field);
}

/* Writes a number as it would be read back: a whole one in full, another in the shortest of 15
 * to 17 digits. */
static void write_number(double number, char *buffer, size_t size)
{
    if (number == floor(number) && fabs(number) < 1e17) {
        snprintf(buffer, size, "%.0f", number);
        return;
    }
    for (int digits = 15; digits <= 17; digits++) {
        snprintf(buffer, size, "%.*g", digits, number);
        if (strtod(buffer, NULL) == number)
            return;
    }
}

/* Parses text that is written as a number (spaces around it allowed, ',' for the decimal point
 * when there is no '.'), even one too large to hold. */
static bool text_number(const char *text, double *number)
{
    if (locnet_text_number(text, number))
        return true;
    char *end = NULL;
    while (isspace((unsigned char)*text))
        text++;
    *number = strtod(text, &end);
    while (end != text && isspace((unsigned char)*end))
        end++;
    return end != text && *end == '\0';
}

/* Says what a wrong value is, for "must be ..., not WHAT": a number as written, text in
 * quotes, or the JSON type. */
static void describe(const locnet_record_view_t *view, const char *field,
                     const locnet_value_t *value, char *buffer, size_t size)
{
    double number;
    const char *text = value->text;
    switch (value->kind) {
    case LOCNET_VALUE_NUMBER:
        if (text == NULL)
            write_number(value->number, buffer, size);
        else
            snprintf(buffer, size, "%s", text);
        return;
    case LOCNET_VALUE_TEXT:
        while (isspace((unsigned char)*text))
            text++;
        if (text_number(text, &number))
            snprintf(buffer, size, "%.*s", (int)strcspn(text, " \t\r\n"), text);
        else
            snprintf(buffer, size, "\"%.*s\"", LOCNET_QUOTE_SIZE, text);
        return;
    case LOCNET_VALUE_JSON:
        if (cJSON_IsString(value->json))
            snprintf(buffer, size, "\"%.*s\"", LOCNET_QUOTE_SIZE, value->json->valuestring);
        else if (!cJSON_IsNumber(value->json) || view->spell == NULL ||
                 !view->spell(view->self, field, buffer, size))
            cJSON_IsNumber(value->json)
                ? write_number(value->json->valuedouble, buffer, size)
                : (void)snprintf(buffer, size, "%s", locnet_json_type_name(value->json));
        return;
    default:
        snprintf(buffer, size, "%s", value->kind == LOCNET_VALUE_RECORD ? "a record" : "nothing");
    }
}

/* The value of field as text when it is text (a JSON string, text, a number's spelling). */
static const char *as_text(const locnet_value_t *value)
{
    if (value->kind == LOCNET_VALUE_TEXT || value->kind == LOCNET_VALUE_NUMBER)
        return value->text;
    if (value->kind == LOCNET_VALUE_JSON && cJSON_IsString(value->json))
        return value->json->valuestring;
    return NULL;
}

const char *locnet_validator_text(locnet_validator_t *validator, const locnet_record_view_t *view,
                                  const char *field, bool required)
{
    locnet_value_t value;
    view->get(view->self, field, &value);
    /* the usual case, read by the million: a JSON string (as cJSON_IsString, without a call) */
    if (value.kind == LOCNET_VALUE_JSON && (value.json->type & 0xFF) == cJSON_String &&
        value.json->valuestring[0] != '\0')
        return value.json->valuestring;
    const char *text = as_text(&value);
    bool empty_text = value.kind == LOCNET_VALUE_TEXT && text != NULL && text[0] == '\0';
    if (value.kind == LOCNET_VALUE_ABSENT || empty_text) {
        if (required)
            locnet_validator_missing(validator, view, field);
        return NULL;
    }
    if (text == NULL) {  /* only JSON has other types where text is expected */
        locnet_validator_report_field(
            validator, view, field, "field \"%s\" must be a string, not %s", field,
            value.kind == LOCNET_VALUE_JSON ? locnet_json_type_name(value.json) : "a record");
        return NULL;
    }
    if (text[0] == '\0') {
        locnet_validator_report_field(validator, view, field, "field \"%s\" must not be empty",
                                      field);
        return NULL;
    }
    return text;
}

const char *locnet_validator_date(locnet_validator_t *validator, const locnet_record_view_t *view,
                                  const char *field, bool required)
{
    const char *date = locnet_validator_text(validator, view, field, required);
    char why[64];
    locnet_date_check_t check = date != NULL ? locnet_date_check(date, why, sizeof why)
                                             : LOCNET_DATE_VALID;
    if (check == LOCNET_DATE_MALFORMED)
        locnet_validator_report_field(
            validator, view, field,
            "field \"%s\" must be a date YYYY, YYYY-MM or YYYY-MM-DD, not "
            "\"%.*s\"",
            field, LOCNET_QUOTE_SIZE, date);
    else if (check == LOCNET_DATE_NONEXISTENT)
        locnet_validator_report_field(validator, view, field,
                                      "field \"%s\" must be a date that exists, not \"%s\" (%s)",
                                      field, date, why);
    return check == LOCNET_DATE_VALID ? date : NULL;
}

/* A number field: NaN when absent; false when the value is not a number at all. */
static bool number_field(const locnet_record_view_t *view, const char *field, locnet_value_t *value,
                         double *number)
{
    view->get(view->self, field, value);
    if (value->kind == LOCNET_VALUE_JSON && (value->json->type & 0xFF) == cJSON_Number) {
        *number = value->json->valuedouble; /* the usual case, as cJSON_IsNumber */
        return true;
    }
    *number = NAN;
    switch (value->kind) {
    case LOCNET_VALUE_ABSENT:
        return true;
    case LOCNET_VALUE_NUMBER:
        *number = value->number;
        return true;
    case LOCNET_VALUE_TEXT:
        if (value->text[0] == '\0') {
            value->kind = LOCNET_VALUE_ABSENT;
            return true;
        }
        return locnet_text_number(value->text, number);
    case LOCNET_VALUE_JSON:
        if (!cJSON_IsNumber(value->json))
            return false;
        *number = value->json->valuedouble;
        return true;
    default:
        return false;
    }
}

/* A whole number from min to max, or NaN (after a report when it is something else). */
static double whole_number(locnet_validator_t *validator, const locnet_record_view_t *view,
                           const char *field, double min, double max)
{
    locnet_value_t value;
    double number;
    bool ok = number_field(view, field, &value, &number);
    if (value.kind == LOCNET_VALUE_ABSENT)
        return NAN;
    if (ok && isfinite(number) && number == floor(number) && number >= min && number <= max)
        return number;
    char what[LOCNET_VALUE_SIZE];
    describe(view, field, &value, what, sizeof what);
    locnet_validator_report_field(validator, view, field,
                                  "field \"%s\" must be a whole number from %.0f to %.0f, not %s",
                                  field, min, max, what);
    return NAN;
}

double locnet_validator_year(locnet_validator_t *validator, const locnet_record_view_t *view,
                             const char *field)
{
    return whole_number(validator, view, field, LOCNET_YEAR_MIN, LOCNET_YEAR_MAX);
}

double locnet_validator_positive_whole(locnet_validator_t *validator,
                                       const locnet_record_view_t *view, const char *field)
{
    return whole_number(validator, view, field, 1, LOCNET_WHOLE_MAX);
}

double locnet_validator_coordinate(locnet_validator_t *validator, const locnet_record_view_t *view,
                                   const char *field, double limit)
{
    locnet_value_t value;
    double number;
    bool ok = number_field(view, field, &value, &number);
    if (value.kind == LOCNET_VALUE_ABSENT)
        return NAN;
    if (ok && isfinite(number) && fabs(number) <= limit)
        return number;
    char what[LOCNET_VALUE_SIZE];
    describe(view, field, &value, what, sizeof what);
    locnet_validator_report_field(validator, view, field,
                                  "field \"%s\" must be a number from %g to %g, "
                                  "not %s",
                                  field, -limit, limit, what);
    return NAN;
}

locnet_status_t locnet_validator_country_field(locnet_validator_t *validator,
                                               const locnet_record_view_t *view, const char *field,
                                               bool required, char code[3], bool *found)
{
    const char *text = locnet_validator_text(validator, view, field, required);
    *found = false;
    if (text == NULL)
        return LOCNET_OK;
    locnet_status_t status = locnet_validator_country(validator, text, code);
    *found = status == LOCNET_OK;
    if (status == LOCNET_ENOTFOUND)
        locnet_validator_report_field(validator, view, field,
                                      "unknown country \"%.*s\" (give an ISO 3166-1 code or an "
                                      "English name)",
                                      LOCNET_QUOTE_SIZE, text);
    return status == LOCNET_ENOTFOUND ? LOCNET_OK : status;
}

/* Appends the items of a JSON array of non-empty strings; reports the first that is not. */
/* Appends the strings of array to items: copies of them (NFC when normalise), or the strings
 * themselves when borrow (array then outlives items). */
static locnet_status_t json_items(locnet_validator_t *validator, const locnet_record_view_t *view,
                                  const char *field, const cJSON *array, bool normalise,
                                  bool borrow, locnet_list_t *items)
{
    const cJSON *item;
    size_t index = 0;
    cJSON_ArrayForEach(item, array)
    {
        index++;
        if (!cJSON_IsString(item) || item->valuestring[0] == '\0') {
            locnet_validator_report_field(
                validator, view, field, "field \"%s\": item %zu must be a non-empty string, not %s",
                field, index, cJSON_IsString(item) ? "empty" : locnet_json_type_name(item));
            return LOCNET_EDATA;
        }
        if (!normalise) {  /* kept as it is: the record's own string, or one copy */
            if ((borrow ? locnet_list_borrow(items, item->valuestring)
                        : locnet_list_append(items, item->valuestring)) != LOCNET_OK)
                return LOCNET_ENOMEM;
            continue;
        }
        char *value = locnet_text_nfc(item->valuestring);
        locnet_status_t status = value != NULL ? locnet_list_append(items, value) : LOCNET_ENOMEM;
        free(value);
        if (status != LOCNET_OK)
            return status;
    }
    return LOCNET_OK;
}

/* Parses text written as JSON when it starts with start ('[' or '{'); NULL when it does not
 * start so, or does not parse (*malformed then set). Caller deletes. */
static cJSON *text_json(const char *text, char start, bool *malformed)
{
    while (isspace((unsigned char)*text))
        text++;
    *malformed = false;
    if (*text != start)
        return NULL;
    cJSON *json = cJSON_Parse(text);
    *malformed = json == NULL;
    return json;
}

void locnet_validator_report_shape(locnet_validator_t *validator, const locnet_record_view_t *view,
                         const char *field, const locnet_value_t *value, const char *shape)
{
    char what[LOCNET_VALUE_SIZE];
    describe(view, field, value, what, sizeof what);
    locnet_validator_report_field(validator, view, field, "field \"%s\" must be %s, not %s", field,
                                  shape, what);
}

bool locnet_validator_json_array(locnet_validator_t *validator, const locnet_record_view_t *view,
                                 const char *field, const char *shape, const cJSON **array,
                                 cJSON **parsed)
{
    locnet_value_t value;
    view->get(view->self, field, &value);
    *array = *parsed = NULL;
    if (value.kind == LOCNET_VALUE_ABSENT)
        return false;
    bool malformed = false;
    if (value.kind == LOCNET_VALUE_TEXT || value.kind == LOCNET_VALUE_NUMBER)
        *array = *parsed = text_json(value.text != NULL ? value.text : "", '[', &malformed);
    else if (value.kind == LOCNET_VALUE_JSON)
        *array = value.json;
    if (cJSON_IsArray(*array))
        return true;
    locnet_validator_report_shape(validator, view, field, &value, shape);
    cJSON_Delete(*parsed);
    *array = *parsed = NULL;
    return false;
}

/* True when text (length bytes, a list as locnet_list_written_length takes it: quoted items
 * without escapes) holds exactly the items of items, in order. The text is found by its place
 * in the input, so this makes sure it is the list that was read. */
static bool writes_items(const char *text, size_t length, const locnet_list_t *items)
{
    size_t at = 1, item = 0;  /* past '[' */
    for (; at < length && text[at] == '"' && item < items->count; item++) {
        const char *close = memchr(text + at + 1, '"', length - at - 1);
        size_t size = close != NULL ? (size_t)(close - text) - at - 1 : 0;
        if (close == NULL || strlen(items->items[item]) != size ||
            memcmp(text + at + 1, items->items[item], size) != 0)
            return false;
        at += size + 3;  /* the quotes and the ',' or ']' after them */
    }
    return item == items->count && at == length;
}

/* Sets *encoded to a copy of the list value as the input writes it, when that is already how
 * the list is kept (graph/list_codec.h) and holds the items read: copied, not printed again.
 * False when it is not, or cannot be told. */
static bool copy_written(const locnet_record_view_t *view, const char *field,
                         const locnet_value_t *value, const locnet_list_t *items,
                         char **encoded)
{
    const char *text = NULL;
    size_t size = 0;
    if (value->kind == LOCNET_VALUE_TEXT && value->text != NULL) {
        text = value->text;
        size = strlen(text);
    } else if (value->kind != LOCNET_VALUE_JSON || view->raw == NULL ||
               !view->raw(view->self, field, &text, &size)) {
        return false;
    }
    size_t length = locnet_list_written_length(text, size);
    if (length == 0 || (value->kind == LOCNET_VALUE_TEXT && length != size) ||
        !writes_items(text, length, items))
        return false;
    *encoded = strndup(text, length);
    return *encoded != NULL;
}

locnet_status_t locnet_validator_list(locnet_validator_t *validator,
                                      const locnet_record_view_t *view, const char *field,
                                      bool normalise, locnet_list_t *items, char **encoded)
{
    locnet_value_t value;
    view->get(view->self, field, &value);
    *encoded = NULL;
    if (value.kind == LOCNET_VALUE_ABSENT)
        return LOCNET_OK;
    bool malformed = false;
    cJSON *parsed = NULL;
    const cJSON *array = value.kind == LOCNET_VALUE_JSON ? value.json : NULL;
    if (value.kind == LOCNET_VALUE_TEXT || value.kind == LOCNET_VALUE_NUMBER) {
        const char *text = value.text != NULL ? value.text : "";
        array = parsed = text_json(text, '[', &malformed);
        if (array == NULL && !malformed)  /* items separated by ';' */
            return locnet_text_list(text, normalise, items, encoded);
    }
    locnet_status_t status = LOCNET_EDATA;
    if (cJSON_IsArray(array))
        status = json_items(validator, view, field, array, normalise, parsed == NULL, items);
    else
        locnet_validator_report_shape(validator, view, field, &value, "an array of strings");
    cJSON_Delete(parsed);
    if (status == LOCNET_OK && items->count > 0 &&
        (normalise || !copy_written(view, field, &value, items, encoded)))
        status = locnet_list_encode(items, encoded);
    return status == LOCNET_EDATA ? LOCNET_OK : status;
}

locnet_status_t locnet_validator_map(locnet_validator_t *validator,
                                     const locnet_record_view_t *view, const char *field,
                                     char **encoded)
{
    locnet_value_t value;
    view->get(view->self, field, &value);
    *encoded = NULL;
    bool is_text = value.kind == LOCNET_VALUE_TEXT || value.kind == LOCNET_VALUE_NUMBER;
    if (value.kind == LOCNET_VALUE_ABSENT ||
        (is_text && value.text != NULL && value.text[strspn(value.text, " \t\r\n")] == '\0'))
        return LOCNET_OK;
    bool malformed = false;
    cJSON *parsed = is_text && value.text != NULL ? text_json(value.text, '{', &malformed) : NULL;
    const cJSON *object = value.kind == LOCNET_VALUE_JSON ? value.json : parsed;
    locnet_list_t pairs;
    locnet_list_init(&pairs);
    locnet_status_t status = LOCNET_OK;
    if (!cJSON_IsObject(object)) {
        locnet_validator_report_shape(validator, view, field, &value, "an object of strings");
        goto cleanup;
    }
    const cJSON *item = NULL;  /* a JSON record's own objects are checked as it is read */
    if (parsed != NULL && (status = locnet_json_find_duplicate(parsed, &item)) != LOCNET_OK)
        goto cleanup;
    if (item != NULL) {
        locnet_validator_report_field(validator, view, field,
                                      "field \"%s\": duplicate key \"%.*s\" in one object", field,
                                      LOCNET_QUOTE_SIZE, item->string);
        goto cleanup;
    }
    cJSON_ArrayForEach(item, object)
    {
        if (!cJSON_IsString(item)) {
            locnet_validator_report_field(
                validator, view, field, "field \"%s\": \"%.*s\" must be a string, not %s", field,
                LOCNET_QUOTE_SIZE, item->string, locnet_json_type_name(item));
            goto cleanup;
        }
        if ((status = locnet_list_append(&pairs, item->string)) != LOCNET_OK ||
            (status = locnet_list_append(&pairs, item->valuestring)) != LOCNET_OK)
            goto cleanup;
    }
    if (pairs.count > 0)
        status = locnet_map_encode(&pairs, encoded);
cleanup:
    cJSON_Delete(parsed);
    locnet_list_destroy(&pairs);
    return status;
}

bool locnet_validator_record(locnet_validator_t *validator, const locnet_record_view_t *view,
                             const char *field, locnet_record_view_t *inner)
{
    locnet_value_t value;
    view->get(view->self, field, &value);
    if (value.kind == LOCNET_VALUE_ABSENT)
        return false;
    if (value.kind == LOCNET_VALUE_RECORD ||
        (value.kind == LOCNET_VALUE_JSON && cJSON_IsObject(value.json))) {
        view->record(view->self, field, inner);
        return true;
    }
    locnet_validator_report_shape(validator, view, field, &value, "an object");
    return false;
}
