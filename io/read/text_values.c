/* io/read/text_values.c: strtod, the list codec for the JSON forms, and booleans. */
#include "io/read/text_values.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

char *locnet_text_nfc(const char *text)
{
    const unsigned char *at = (const unsigned char *)text;
    while (*at != '\0' && *at < 0x80)
        at++;
    if (*at == '\0')
        return strdup(text);  /* ASCII is in NFC already */
    /* utf8proc_NFC decomposes twice (to size, then to fill) and allocates twice: a name fits a
     * buffer on the stack, and UTF-8 never needs more bytes than the code points it encodes */
    utf8proc_int32_t buffer[256];
    const int options = UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE;
    utf8proc_ssize_t count = utf8proc_decompose((const utf8proc_uint8_t *)text, 0, buffer,
                                                (utf8proc_ssize_t)(sizeof buffer / sizeof *buffer),
                                                options);
    if (count < 0)
        return NULL;
    if ((size_t)count > sizeof buffer / sizeof *buffer)
        return (char *)utf8proc_NFC((const utf8proc_uint8_t *)text);
    utf8proc_ssize_t length = utf8proc_reencode(buffer, count, options);
    if (length < 0)
        return NULL;
    char *copy = malloc((size_t)length + 1);
    if (copy != NULL) {
        memcpy(copy, buffer, (size_t)length);
        copy[length] = '\0';
    }
    return copy;
}

bool locnet_text_number(const char *text, double *value)
{
    char copy[64];
    while (isspace((unsigned char)*text))
        text++;
    size_t length = strlen(text);
    if (length == 0 || length >= sizeof copy)
        return false;
    memcpy(copy, text, length + 1);
    if (strchr(copy, '.') == NULL) {
        char *comma = strchr(copy, ',');
        if (comma != NULL)
            *comma = '.';
    }
    char *end = NULL;
    *value = strtod(copy, &end);
    while (isspace((unsigned char)*end))
        end++;
    return end != copy && *end == '\0' && isfinite(*value);
}

/* Splits text at ';' into raw, without the spaces around items and without empty items. */
static locnet_status_t split_items(const char *text, locnet_list_t *raw)
{
    for (const char *at = text; *at != '\0';) {
        const char *semicolon = strchr(at, ';');
        size_t length = semicolon != NULL ? (size_t)(semicolon - at) : strlen(at);
        const char *start = at;
        at += length + (semicolon != NULL);
        while (length > 0 && isspace((unsigned char)*start)) {
            start++;
            length--;
        }
        while (length > 0 && isspace((unsigned char)start[length - 1]))
            length--;
        if (length == 0)
            continue;
        char *item = strndup(start, length);
        locnet_status_t status = item != NULL ? locnet_list_append(raw, item) : LOCNET_ENOMEM;
        free(item);
        if (status != LOCNET_OK)
            return status;
    }
    return LOCNET_OK;
}

locnet_status_t locnet_text_list(const char *text, bool normalise, locnet_list_t *items,
                                 char **encoded)
{
    locnet_list_t raw;
    locnet_list_init(&raw);
    *encoded = NULL;
    locnet_status_t status = text[0] == '[' ? locnet_list_decode(text, &raw)
                                            : split_items(text, &raw);
    for (size_t i = 0; status == LOCNET_OK && i < raw.count; i++) {
        if (raw.items[i][0] == '\0') {
            status = LOCNET_EDATA;
            break;
        }
        char *value = normalise ? locnet_text_nfc(raw.items[i]) : strdup(raw.items[i]);
        status = value != NULL ? locnet_list_append(items, value) : LOCNET_ENOMEM;
        free(value);
    }
    if (status == LOCNET_OK && items->count > 0)
        status = locnet_list_encode(items, encoded);
    locnet_list_destroy(&raw);
    return status;
}

bool locnet_text_boolean(const char *text, bool *truth)
{
    static const char *const words[] = {"true", "yes", "false", "no"};
    text += strspn(text, " \t\r\n");
    size_t length = strlen(text);
    while (length > 0 && strchr(" \t\r\n", text[length - 1]) != NULL)
        length--;
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++) {
        if (strlen(words[w]) == length && strncasecmp(text, words[w], length) == 0) {
            *truth = w < 2;
            return true;
        }
    }
    size_t digits = length > 0 && (text[0] == '-' || text[0] == '+');
    size_t sign = digits;
    while (digits < length && isdigit((unsigned char)text[digits]))
        digits++;
    *truth = strspn(text + sign, "0") < length - sign;
    return length > sign && digits == length;
}
