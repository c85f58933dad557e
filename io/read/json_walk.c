/* io/read/json_walk.c: the top-level object's punctuation, with cJSON for every value. */
#include "io/read/json_walk.h"

#include <stdbool.h>
#include <string.h>

#include "graph/id_index.h"
#include "io/read/json_ahead.h"
#include "io/read/json_arena.h"

size_t locnet_json_skip_space(const locnet_text_source_t *source, size_t at)
{
    while (at < source->length) {
        char c = source->text[at];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        at++;
    }
    return at;
}

/* Reports a syntax error at offset: what was found there and what was expected. */
static locnet_status_t syntax_error(locnet_text_source_t *source, size_t offset,
                                    const char *expected)
{
    char found[32];
    locnet_text_source_describe(source, offset, found, sizeof found);
    locnet_text_source_report(source, offset, "malformed JSON: unexpected %s%s%s", found,
                              expected ? ", expected " : "", expected ? expected : "");
    return LOCNET_EDATA;
}

/* Parses one value at *at with cJSON; on success *value holds a tree and *at is past it. The
 * tree is in arena when arena is not NULL, else the caller deletes value->json. */
static locnet_status_t parse_value(locnet_text_source_t *source, size_t *at,
                                   locnet_json_value_t *value, locnet_json_arena_t *arena)
{
    const char *end = NULL;
    int out_of_memory = 0;
    cJSON *json = arena != NULL
        ? locnet_json_arena_parse(arena, source->text + *at, source->length - *at, &end,
                                  &out_of_memory)
        : cJSON_ParseWithLengthOpts(source->text + *at, source->length - *at, &end, 0);
    if (out_of_memory)
        return LOCNET_ENOMEM;
    if (json == NULL) {
        const char *error = cJSON_GetErrorPtr();
        size_t offset = error != NULL ? (size_t)(error - source->text) : *at;
        size_t open = locnet_json_unclosed_string(source->text, *at, offset, source->length);
        if (open < source->length) {
            locnet_text_source_report(source, open, "malformed JSON: a string opens here and "
                                                    "is never closed (the file is cut short, or "
                                                    "a closing quote is missing)");
            return LOCNET_EDATA;
        }
        return syntax_error(source, offset, NULL);
    }
    *value = (locnet_json_value_t){json, *at, (size_t)(end - source->text), false, NULL, -1, {0}};
    *at = value->end;
    return LOCNET_OK;
}

static bool is_record_array(const locnet_json_walk_handler_t *handler, const char *key)
{
    for (const char *const *name = handler->record_arrays; name && *name; name++) {
        if (strcmp(*name, key) == 0)
            return true;
    }
    return false;
}

/* Walks the elements of a record array; *at is just past its '['. */
static locnet_status_t walk_records(locnet_text_source_t *source, size_t *at, const char *key,
                                    const locnet_json_walk_handler_t *handler, void *context)
{
    *at = locnet_json_skip_space(source, *at);
    if (*at < source->length && source->text[*at] == ']') {
        (*at)++;
        return LOCNET_OK;
    }
    locnet_json_arena_t arena;
    locnet_json_arena_init(&arena);
    locnet_json_ahead_t *ahead = locnet_json_ahead_start(source, *at);
    locnet_status_t status = LOCNET_OK;
    for (size_t index = 0;; index++) {
        locnet_json_value_t record;
        *at = locnet_json_skip_space(source, *at);
        if (locnet_json_ahead_take(ahead, *at, &record))
            *at = record.end;  /* parsed on the other core */
        else if ((status = parse_value(source, at, &record, &arena)) != LOCNET_OK)
            break;
        status = handler->on_record(context, key, index, &record);
        locnet_json_arena_reset(&arena);
        if (status != LOCNET_OK)
            break;
        *at = locnet_json_skip_space(source, *at);
        if (*at < source->length && source->text[*at] == ',') {
            (*at)++;
            continue;
        }
        if (*at < source->length && source->text[*at] == ']') {
            (*at)++;
            break;
        }
        status = syntax_error(source, *at, "',' or ']'");
        break;
    }
    locnet_json_ahead_stop(ahead);
    locnet_json_arena_destroy(&arena);
    return status;
}

/* The top level is not an object: say what it is, or where its syntax breaks. */
static locnet_status_t not_an_object(locnet_text_source_t *source, size_t at)
{
    locnet_json_value_t value;
    size_t cursor = at;
    if (parse_value(source, &cursor, &value, NULL) != LOCNET_OK)
        return LOCNET_EDATA;
    locnet_text_source_report(source, at, "the top level must be an object, not %s",
                              locnet_json_type_name(value.json));
    cJSON_Delete((cJSON *)value.json);
    return LOCNET_EDATA;
}

/* Walks one member "key": value, starting at its key; *at ends past the value. names holds
 * the names of the members before it. */
static locnet_status_t walk_member(locnet_text_source_t *source, size_t *at,
                                   const locnet_json_walk_handler_t *handler, void *context,
                                   locnet_id_index_t *names)
{
    if (*at >= source->length || source->text[*at] != '"')
        return syntax_error(source, *at, "a member name in double quotes");
    locnet_json_value_t key;
    locnet_status_t status = parse_value(source, at, &key, NULL);
    if (status != LOCNET_OK)
        return status;
    status = locnet_id_index_insert(names, key.json->valuestring, 0, NULL);
    if (status == LOCNET_ENOMEM)
        goto cleanup;
    if (status == LOCNET_EDATA && handler->on_duplicate != NULL)
        handler->on_duplicate(context, key.json->valuestring, key.start);
    status = LOCNET_OK;
    *at = locnet_json_skip_space(source, *at);
    if (*at >= source->length || source->text[*at] != ':') {
        status = syntax_error(source, *at, "':'");
        goto cleanup;
    }
    *at = locnet_json_skip_space(source, *at + 1);
    const char *name = key.json->valuestring;
    if (is_record_array(handler, name) && *at < source->length && source->text[*at] == '[') {
        (*at)++;
        status = walk_records(source, at, name, handler, context);
        goto cleanup;
    }
    locnet_json_value_t value;
    if ((status = parse_value(source, at, &value, NULL)) != LOCNET_OK)
        goto cleanup;
    status = handler->on_member(context, name, &value);
    cJSON_Delete((cJSON *)value.json);
cleanup:
    cJSON_Delete((cJSON *)key.json);
    return status;
}

locnet_status_t locnet_json_walk(locnet_text_source_t *source,
                                 const locnet_json_walk_handler_t *handler, void *context)
{
    size_t at = locnet_json_skip_space(source, source->start);
    if (at >= source->length) {
        locnet_text_source_report(source, at, "empty input: expected a JSON object");
        return LOCNET_EDATA;
    }
    if (source->text[at] != '{')
        return not_an_object(source, at);
    locnet_id_index_t names;
    locnet_id_index_init(&names);
    locnet_status_t status = LOCNET_OK;
    at = locnet_json_skip_space(source, at + 1);
    if (at < source->length && source->text[at] == '}') {
        at++;
    } else {
        for (;;) {
            if ((status = walk_member(source, &at, handler, context, &names)) != LOCNET_OK)
                goto cleanup;
            at = locnet_json_skip_space(source, at);
            if (at < source->length && source->text[at] == ',') {
                at = locnet_json_skip_space(source, at + 1);
                continue;
            }
            if (at < source->length && source->text[at] == '}') {
                at++;
                break;
            }
            status = syntax_error(source, at, "',' or '}'");
            goto cleanup;
        }
    }
    at = locnet_json_skip_space(source, at);
    if (at < source->length)
        status = syntax_error(source, at, "end of input after the top-level object");
cleanup:
    locnet_id_index_destroy(&names);
    return status;
}

/* The offset of the quote that closes the string whose text starts at `from`, or end. */
static size_t string_end(const char *text, size_t from, size_t end)
{
    for (;;) {
        const char *quote = from < end ? memchr(text + from, '"', end - from) : NULL;
        if (quote == NULL)
            return end;
        size_t at = (size_t)(quote - text), backslashes = 0;
        while (at - backslashes > from && text[at - backslashes - 1] == '\\')
            backslashes++;
        if (backslashes % 2 == 0)
            return at;
        from = at + 1;  /* an escaped quote: the string goes on */
    }
}

size_t locnet_json_unclosed_string(const char *text, size_t start, size_t offset, size_t end)
{
    size_t at = start;
    while (at < offset) {
        const char *quote = memchr(text + at, '"', offset - at);
        if (quote == NULL)
            return end;  /* offset is outside every string */
        size_t open = (size_t)(quote - text), close = string_end(text, open + 1, end);
        if (close >= end)
            return open;  /* never closed: offset is in it, or after its start */
        at = close + 1;
    }
    return end;
}

/* Calls visit for each member of the object text [start, end), with its key's text (as
 * written, without the quotes) and its value's offset, until visit returns false. */
static void scan_members(const char *text, size_t start, size_t end,
                         bool (*visit)(void *context, const char *key, size_t key_length,
                                       size_t value),
                         void *context)
{
    int depth = 0;
    bool expecting_key = false;
    for (size_t i = start; i < end; i++) {
        char c = text[i];
        if (c == '"') {
            size_t close = string_end(text, i + 1, end);
            if (depth == 1 && expecting_key) {
                size_t value = close + 1;
                while (value < end && (text[value] == ' ' || text[value] == ':' ||
                                       text[value] == '\t' || text[value] == '\n' ||
                                       text[value] == '\r'))
                    value++;
                if (!visit(context, text + i + 1, close - i - 1, value))
                    return;
            }
            expecting_key = false;
            i = close;
        } else if (c == '{' || c == '[') {
            depth++;
            expecting_key = c == '{' && depth == 1;
        } else if (c == '}' || c == ']') {
            depth--;
        } else if (c == ',' && depth == 1) {
            expecting_key = true;
        }
    }
}

typedef struct key_search {
    const char *key;
    size_t key_length;
    size_t value;
} key_search_t;

static bool find_key(void *context, const char *key, size_t key_length, size_t value)
{
    key_search_t *search = context;
    if (key_length != search->key_length || memcmp(key, search->key, key_length) != 0)
        return true;
    search->value = value;
    return false;
}

size_t locnet_json_member_offset(const locnet_text_source_t *source, size_t start, size_t end,
                                 const char *key)
{
    key_search_t search = {key, strlen(key), start};
    scan_members(source->text, start, end, find_key, &search);
    return search.value;
}

typedef struct value_list {
    size_t *offsets;
    int count;
    int max;
} value_list_t;

static bool add_value(void *context, const char *key, size_t key_length, size_t value)
{
    (void)key;
    (void)key_length;
    value_list_t *list = context;
    if (list->count == list->max) {
        list->count = -1;
        return false;
    }
    list->offsets[list->count++] = value;
    return true;
}

int locnet_json_member_values(const char *text, size_t start, size_t end, size_t *offsets,
                              int max)
{
    value_list_t list = {offsets, 0, max};
    scan_members(text, start, end, add_value, &list);
    return list.count;
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
