/* io/read/json_duplicates.h: JSON objects that give one member name twice. JSON (RFC 8259) leaves
 * their meaning open, and readers differ: cJSON keeps the first, Python's json the last. locnet
 * refuses them rather than pick one. */
#ifndef LOCNET_JSON_DUPLICATES_H
#define LOCNET_JSON_DUPLICATES_H

#include <stddef.h>

#include <cjson/cJSON.h>

#include "locnet/status.h"

/* Finds, in json (may be NULL) and every value inside it, a member whose name an earlier member
 * of the same object has. *member gets that later member (the first such in each object), or
 * NULL when every object names each member once. Time n log n in the members of an object.
 * LOCNET_ENOMEM when memory ran out (*member is then NULL). */
locnet_status_t locnet_json_find_duplicate(const cJSON *json, const cJSON **member);

/* The offset in text[0, length) of the opening quote of member's name, where text[start] is the
 * first byte of the JSON text that json was parsed from (white space before it is allowed);
 * start when member is not in json. */
size_t locnet_json_name_offset(const char *text, size_t length, size_t start, const cJSON *json,
                               const cJSON *member);

#endif
