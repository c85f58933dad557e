/* io/shown.c: visible escapes for what a terminal would act on, found with utf8proc. */
#include "io/shown.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#define ESCAPE_SIZE 16  /* the longest escape, "\u202e", and its NUL, with room to spare */

/* Writes into escape (ESCAPE_SIZE bytes) how the code point is shown when it must be escaped,
 * and returns true; false when it is shown as it is. */
static bool escape_codepoint(utf8proc_int32_t c, char escape[ESCAPE_SIZE])
{
    if (c == '\n' || c == '\r' || c == '\t') {
        snprintf(escape, ESCAPE_SIZE, "\\%c", c == '\n' ? 'n' : c == '\r' ? 'r' : 't');
        return true;
    }
    if (c < 0x20 || c == 0x7F) {
        snprintf(escape, ESCAPE_SIZE, "\\x%02x", (unsigned)c);
        return true;
    }
    if (c < 0x80)
        return false;
    utf8proc_category_t category = utf8proc_category(c);
    int bidi = utf8proc_get_property(c)->bidi_class;
    bool hidden = category == UTF8PROC_CATEGORY_CC || category == UTF8PROC_CATEGORY_ZL ||
                  category == UTF8PROC_CATEGORY_ZP || bidi == UTF8PROC_BIDI_CLASS_LRE ||
                  bidi == UTF8PROC_BIDI_CLASS_LRO || bidi == UTF8PROC_BIDI_CLASS_RLE ||
                  bidi == UTF8PROC_BIDI_CLASS_RLO || bidi == UTF8PROC_BIDI_CLASS_PDF ||
                  bidi == UTF8PROC_BIDI_CLASS_LRI || bidi == UTF8PROC_BIDI_CLASS_RLI ||
                  bidi == UTF8PROC_BIDI_CLASS_FSI || bidi == UTF8PROC_BIDI_CLASS_PDI;
    if (hidden)
        snprintf(escape, ESCAPE_SIZE, "\\u%04x", (unsigned)c);
    return hidden;
}

/* Walks text[0..length): calls emit with each run of bytes shown as they are, and with each
 * escape; width (may be NULL) gets the terminal columns of the whole. */
static void walk(const char *text, size_t length, void (*emit)(void *, const char *, size_t),
                 void *context, size_t *width)
{
    const utf8proc_uint8_t *at = (const utf8proc_uint8_t *)text, *end = at + length;
    const utf8proc_uint8_t *run = at;
    size_t columns = 0;
    while (at < end) {
        utf8proc_int32_t c;
        utf8proc_ssize_t size = utf8proc_iterate(at, end - at, &c);
        char escape[ESCAPE_SIZE];
        bool escaped = size <= 0 ? (snprintf(escape, sizeof escape, "\\x%02x", *at), true)
                                 : escape_codepoint(c, escape);
        if (!escaped) {
            int w = utf8proc_charwidth(c);
            columns += w > 0 ? (size_t)w : 0;
            at += size;
            continue;
        }
        if (at > run)
            emit(context, (const char *)run, (size_t)(at - run));
        emit(context, escape, strlen(escape));
        columns += strlen(escape);
        at += size <= 0 ? 1 : size;
        run = at;
    }
    if (at > run)
        emit(context, (const char *)run, (size_t)(at - run));
    if (width != NULL)
        *width = columns;
}

static void emit_to_file(void *context, const char *bytes, size_t length)
{
    fwrite(bytes, 1, length, context);
}

typedef struct buffer {
    char *text;     /* NULL to only count */
    size_t length;
} buffer_t;

static void emit_to_buffer(void *context, const char *bytes, size_t length)
{
    buffer_t *buffer = context;
    if (buffer->text != NULL)
        memcpy(buffer->text + buffer->length, bytes, length);
    buffer->length += length;
}

char *locnet_shown_copy(const char *text)
{
    buffer_t buffer = {NULL, 0};
    size_t length = strlen(text);
    walk(text, length, emit_to_buffer, &buffer, NULL);
    if ((buffer.text = malloc(buffer.length + 1)) == NULL)
        return NULL;
    buffer.length = 0;
    walk(text, length, emit_to_buffer, &buffer, NULL);
    buffer.text[buffer.length] = '\0';
    return buffer.text;
}

void locnet_shown_write(FILE *out, const char *text)
{
    walk(text, strlen(text), emit_to_file, out, NULL);
}

size_t locnet_shown_width(const char *text)
{
    buffer_t count = {NULL, 0};
    size_t width = 0;
    walk(text, strlen(text), emit_to_buffer, &count, &width);
    return width;
}

void locnet_shown_vprintf(FILE *out, const char *format, va_list args)
{
    char small[512];
    va_list copy;
    va_copy(copy, args);
    int length = vsnprintf(small, sizeof small, format, copy);
    va_end(copy);
    if (length < 0)
        return;
    char *text = (size_t)length < sizeof small ? small : malloc((size_t)length + 1);
    if (text == NULL) {
        fputs("(message lost: out of memory)\n", out);
        return;
    }
    if (text != small)
        vsnprintf(text, (size_t)length + 1, format, args);
    bool newline = length > 0 && text[length - 1] == '\n';
    walk(text, (size_t)length - newline, emit_to_file, out, NULL);
    if (newline)
        fputc('\n', out);
    if (text != small)
        free(text);
}

void locnet_shown_printf(FILE *out, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    locnet_shown_vprintf(out, format, args);
    va_end(args);
}
