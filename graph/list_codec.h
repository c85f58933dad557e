/* graph/list_codec.h: how list and map values (aliases, codes, themes, sources) are kept in
 * igraph's string attributes.
 *
 * The encoding, written down once here and nowhere else: an empty list is the empty string; a
 * non-empty list is the compact JSON array of its strings (["heritage","urban planning"]); a map
 * is the compact JSON object of its string values ({"iso3166_2":"VN-HN"}). The encoding is
 * lossless for any UTF-8 strings and reads back in every tool that understands JSON, so GraphML
 * and CSV exports stay usable. Other modules build and read lists only through this header. */
#ifndef LOCNET_LIST_CODEC_H
#define LOCNET_LIST_CODEC_H

#include <stdbool.h>
#include <stddef.h>

#include "locnet/status.h"

/* A list of UTF-8 strings, owned by the list or, when borrowed, by whoever lent them. A map is a
 * list of alternating keys and values. */
typedef struct locnet_list {
    char **items;
    size_t count;
    size_t capacity;
    bool borrowed; /* the items are not the list's: destroy leaves them */
} locnet_list_t;

/* Makes an empty list. Never fails. */
void locnet_list_init(locnet_list_t *list);
/* Frees every item and the list's storage; accepts NULL. The list is empty afterwards. */
void locnet_list_destroy(locnet_list_t *list);
/* Appends a copy of item (not NULL). On failure the list is unchanged. */
locnet_status_t locnet_list_append(locnet_list_t *list, const char *item);
/* Appends item itself, not a copy: it must outlive the list. A list holds copies or borrowed
 * items, never both: on a list of copies this appends a copy, and locnet_list_append on a list
 * of borrowed items first copies them. On failure the list is unchanged. */
locnet_status_t locnet_list_borrow(locnet_list_t *list, const char *item);

/* Encodes list as an array into *encoded (caller frees). */
locnet_status_t locnet_list_encode(const locnet_list_t *list, char **encoded);
/* Encodes list as a map of count/2 key-value pairs into *encoded (caller frees). */
locnet_status_t locnet_map_encode(const locnet_list_t *pairs, char **encoded);
/* The length of the list encoding that text starts with (text has at least size bytes), when it
 * is written there exactly as locnet_list_encode writes it; else 0. That is '[', one or more
 * non-empty strings in double quotes separated by ',', then ']', with no backslash, control
 * character or space outside the strings: what cJSON prints for strings that need no escape
 * (a text with an escape gives 0, even one cJSON writes alike). Whether the items are valid
 * UTF-8 is the caller's to know. */
size_t locnet_list_written_length(const char *text, size_t size);
/* Decodes an encoded array (or "" or NULL, the empty list) by appending to list.
 * Returns LOCNET_EDATA if encoded is not an array of strings. */
locnet_status_t locnet_list_decode(const char *encoded, locnet_list_t *list);
/* Decodes an encoded map (or "" or NULL) by appending key, value, key, value... to pairs. */
locnet_status_t locnet_map_decode(const char *encoded, locnet_list_t *pairs);
/* True when the encoded array holds item, compared byte for byte. */
bool locnet_list_contains(const char *encoded, const char *item);
/* True when the encoded array holds any of wanted's items; the array is parsed once. */
bool locnet_list_contains_any(const char *encoded, const locnet_list_t *wanted);

#endif
