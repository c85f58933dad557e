/* graph/lookup.c: diacritic-insensitive look-up through utf8proc. */
#include "graph/lookup.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "graph/list_codec.h"

/* đ and Đ carry a stroke, not a combining mark, so no decomposition reaches d: map them. */
static utf8proc_int32_t map_d_with_stroke(utf8proc_int32_t codepoint, void *data)
{
    (void)data;
    return (codepoint == 0x0110 || codepoint == 0x0111) ? 'd' : codepoint;
}

/* s and t with a cedilla stand for s and t with a comma below (Romanian and Moldovan names are
 * written both ways: Chişinău, Chișinău): map the cedilla forms to the comma forms. */
static utf8proc_int32_t map_cedilla_to_comma(utf8proc_int32_t codepoint, void *data)
{
    (void)data;
    switch (codepoint) {
    case 0x015E: return 0x0218;  /* Ş */
    case 0x015F: return 0x0219;  /* ş */
    case 0x0162: return 0x021A;  /* Ţ */
    case 0x0163: return 0x021B;  /* ţ */
    default: return codepoint;
    }
}

static bool is_ignored_separator(utf8proc_int32_t codepoint)
{
    utf8proc_category_t category = utf8proc_category(codepoint);
    return category == UTF8PROC_CATEGORY_ZS || category == UTF8PROC_CATEGORY_PD ||
           codepoint == '\t' || codepoint == '\n' || codepoint == '\r';
}

/* The key of an ASCII text, without utf8proc: lower case, without spaces, tabs, line ends and
 * hyphens (the only ASCII separators utf8proc's categories Zs and Pd hold). NULL when text is
 * not all ASCII or memory is short (*ascii tells which). */
static char *ascii_key(const char *text, bool *ascii)
{
    size_t length = 0;
    for (const unsigned char *at = (const unsigned char *)text; *at != '\0'; at++, length++) {
        if (*at >= 0x80) {
            *ascii = false;
            return NULL;
        }
    }
    *ascii = true;
    char *key = malloc(length + 1), *out = key;
    if (key == NULL)
        return NULL;
    for (const char *at = text; *at != '\0'; at++) {
        char c = *at;
        if (c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r')
            continue;
        *out++ = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
    }
    *out = '\0';
    return key;
}

/* The key with or without the marks (strip), code points first mapped by custom (may be
 * NULL): see lookup.h. */
static locnet_status_t make_key(const char *text, bool strip, utf8proc_custom_func custom,
                                char **key)
{
    bool ascii;
    if ((*key = ascii_key(text, &ascii)) != NULL || ascii)
        return *key != NULL ? LOCNET_OK : LOCNET_ENOMEM;
    utf8proc_uint8_t *mapped = NULL;
    utf8proc_ssize_t length = utf8proc_map_custom(
        (const utf8proc_uint8_t *)text, 0, &mapped,
        UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
            UTF8PROC_CASEFOLD | (strip ? UTF8PROC_STRIPMARK : 0),
        custom, NULL);
    if (length < 0)
        return length == UTF8PROC_ERROR_NOMEM ? LOCNET_ENOMEM : LOCNET_EDATA;
    /* Drop separators in place: the output is never longer than the input. */
    utf8proc_ssize_t read = 0, written = 0;
    while (read < length) {
        utf8proc_int32_t codepoint;
        utf8proc_ssize_t size = utf8proc_iterate(mapped + read, length - read, &codepoint);
        if (size <= 0)
            break;
        if (!is_ignored_separator(codepoint)) {
            memmove(mapped + written, mapped + read, (size_t)size);
            written += size;
        }
        read += size;
    }
    mapped[written] = '\0';
    *key = (char *)mapped;
    return LOCNET_OK;
}

locnet_status_t locnet_lookup_key(const char *text, char **key)
{
    return make_key(text, true, map_d_with_stroke, key);
}

locnet_status_t locnet_lookup_key_marked(const char *text, char **key)
{
    return make_key(text, false, NULL, key);
}

locnet_status_t locnet_lookup_key_spelling(const char *text, char **key)
{
    return make_key(text, false, map_cedilla_to_comma, key);
}

/* True when the vertex's name or one of its aliases has this key. */
static locnet_status_t vertex_matches(const locnet_network_t *net, igraph_integer_t vertex,
                                      const char *key, bool *matches)
{
    locnet_list_t names;
    locnet_list_init(&names);
    locnet_status_t status = locnet_list_append(&names, locnet_locality_text(net, LOCNET_V_NAME, vertex));
    if (status == LOCNET_OK)
        status = locnet_list_decode(locnet_locality_text(net, LOCNET_V_ALIASES, vertex), &names);
    *matches = false;
    for (size_t i = 0; status == LOCNET_OK && i < names.count && !*matches; i++) {
        char *candidate = NULL;
        status = locnet_lookup_key(names.items[i], &candidate);
        if (status == LOCNET_OK)
            *matches = strcmp(candidate, key) == 0;
        free(candidate);
    }
    locnet_list_destroy(&names);
    return status;
}

locnet_status_t locnet_lookup_locality(const locnet_network_t *net, const char *query,
                                       igraph_integer_t *vertex, igraph_vector_int_t *candidates)
{
    igraph_integer_t count = locnet_locality_count(net);
    for (igraph_integer_t v = 0; v < count; v++) {
        if (strcmp(locnet_locality_text(net, LOCNET_V_ID, v), query) == 0) {
            *vertex = v;
            return LOCNET_OK;
        }
    }
    char *key = NULL;
    igraph_vector_int_t found;
    locnet_status_t status = locnet_lookup_key(query, &key);
    if (status != LOCNET_OK)
        return status == LOCNET_EDATA ? LOCNET_ENOTFOUND : status;
    if (igraph_vector_int_init(&found, 0) != IGRAPH_SUCCESS) {
        free(key);
        return LOCNET_ENOMEM;
    }
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < count; v++) {
        bool matches = false;
        status = vertex_matches(net, v, key, &matches);
        if (status == LOCNET_OK && matches && igraph_vector_int_push_back(&found, v) != IGRAPH_SUCCESS)
            status = LOCNET_ENOMEM;
    }
    if (status != LOCNET_OK)
        goto cleanup;
    igraph_integer_t matched = igraph_vector_int_size(&found);
    if (matched == 0) {
        status = LOCNET_ENOTFOUND;
    } else if (matched == 1) {
        *vertex = VECTOR(found)[0];
    } else {
        status = LOCNET_EAMBIGUOUS;
        if (candidates != NULL && igraph_vector_int_update(candidates, &found) != IGRAPH_SUCCESS)
            status = LOCNET_ENOMEM;
    }
cleanup:
    igraph_vector_int_destroy(&found);
    free(key);
    return status;
}
