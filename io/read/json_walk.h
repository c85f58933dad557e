/* io/read/json_walk.h: reading a JSON document whose top level is an object, one record at a time.
 * The walker handles only the punctuation of the top-level object and of the record arrays it
 * is told about; cJSON parses every key, value and record. Memory holds one record's tree. */
#ifndef LOCNET_JSON_WALK_H
#define LOCNET_JSON_WALK_H

#include <stdbool.h>

#include <cjson/cJSON.h>

#include "locnet/status.h"
#include "io/read/text_source.h"

/* A parsed value and where its text is: [start, end) byte offsets in the source. */
/* The members of an object whose values' offsets a parsed value can carry. */
#define LOCNET_JSON_MEMBERS 16

typedef struct locnet_json_value {
    const cJSON *json;
    size_t start;
    size_t end;
    bool names_checked;          /* repeated_name is known (found on the parsing thread) */
    const cJSON *repeated_name;  /* then: the first member to repeat a name, at any depth */
    int members_placed;          /* -1, or the number of members whose values are placed: */
    size_t member_values[LOCNET_JSON_MEMBERS];  /* offsets of the object's member values, in
                                                   order (found on the parsing thread) */
} locnet_json_value_t;

typedef struct locnet_json_walk_handler {
    /* Names of the top-level members whose array elements are handed over one by one. */
    const char *const *record_arrays;
    /* Called for each element (index from 0) of a record array. */
    locnet_status_t (*on_record)(void *context, const char *array, size_t index,
                                 const locnet_json_value_t *record);
    /* Called for every other top-level member, and for a record-array member whose value is
     * not an array. */
    locnet_status_t (*on_member)(void *context, const char *key, const locnet_json_value_t *value);
    /* Called (when not NULL) for a top-level member whose name an earlier member has, with the
     * offset of its name, before the member is walked like any other. */
    void (*on_duplicate)(void *context, const char *key, size_t offset);
} locnet_json_walk_handler_t;

/* Walks source. Syntax errors, empty input and a top level that is not an object are reported
 * and give LOCNET_EDATA; a handler's non-OK status stops the walk and is returned. */
locnet_status_t locnet_json_walk(locnet_text_source_t *source,
                                 const locnet_json_walk_handler_t *handler, void *context);

/* The offset of the first byte from at on that is not JSON white space (or the length). */
size_t locnet_json_skip_space(const locnet_text_source_t *source, size_t at);

/* The offset of the value of member key inside the object text [start, end), or start when
 * the key is not found at the object's top level. Used to point messages at a field. */
size_t locnet_json_member_offset(const locnet_text_source_t *source, size_t start, size_t end,
                                 const char *key);

/* Places the values of the members of the object text [start, end) into offsets, in order:
 * returns how many, or -1 when there are more than max. */
int locnet_json_member_values(const char *text, size_t start, size_t end, size_t *offsets,
                              int max);

/* The offset of the opening quote of a string that is open at offset in the JSON text
 * [start, end) (start outside any string) and never closed before end; or end when offset is
 * not inside such a string. For messages: cJSON reports an unclosed string at its first
 * character, as if that character were wrong. */
size_t locnet_json_unclosed_string(const char *text, size_t start, size_t offset, size_t end);

/* "a string", "an array"...: what a JSON value is, for messages. */
const char *locnet_json_type_name(const cJSON *json);

#endif
