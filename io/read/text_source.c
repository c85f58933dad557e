/* io/read/text_source.c: offsets to positions, and reporting at a position. */
#include "io/read/text_source.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <utf8proc.h>

#include "graph/limits.h"

void locnet_text_source_init(locnet_text_source_t *source, const char *name, const char *text,
                             size_t length, locnet_diagnostics_t *diagnostics)
{
    source->name = name;
    source->text = text;
    source->length = length;
    source->start = (length >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
    source->diagnostics = diagnostics;
    source->first_line = 1;
    source->at = source->start;
    source->line = 1;
    source->column = 1;
}

/* True when the byte at i ends a line: a line feed, or a carriage return not followed by one
 * (the line ends of old Mac files, which editors show as such). */
static bool ends_line(const locnet_text_source_t *source, size_t i)
{
    char byte = source->text[i];
    return byte == '\n' ||
           (byte == '\r' && (i + 1 >= source->length || source->text[i + 1] != '\n'));
}

void locnet_text_source_locate(locnet_text_source_t *source, size_t offset, long *line,
                               long *column)
{
    if (offset > source->length)
        offset = source->length;
    if (source->line < source->first_line) {
        source->at = source->start;
        source->line = source->first_line;
        source->column = 1;
    }
    if (offset < source->at) {
        /* step back rather than rescan from the start: uncount the line breaks passed, then
         * count the column from the start of offset's line */
        for (size_t i = offset; i < source->at; i++)
            source->line -= ends_line(source, i);
        size_t line_start = offset;
        while (line_start > source->start && !ends_line(source, line_start - 1))
            line_start--;
        source->column = 1;
        for (size_t i = line_start; i < offset; i++)
            source->column += ((unsigned char)source->text[i] & 0xC0) != 0x80;
        source->at = offset;
    }
    for (; source->at < offset; source->at++) {
        unsigned char byte = (unsigned char)source->text[source->at];
        if (ends_line(source, source->at)) {
            source->line++;
            source->column = 1;
        } else if ((byte & 0xC0) != 0x80) {  /* count characters, not continuation bytes */
            source->column++;
        }
    }
    *line = source->line;
    *column = source->column;
}

void locnet_text_source_report(locnet_text_source_t *source, size_t offset, const char *format,
                               ...)
{
    locnet_diagnostics_t *diagnostics = source->diagnostics;
    if (diagnostics->count >= diagnostics->limit) {  /* it would only be counted */
        diagnostics->dropped++;
        return;
    }
    long line, column;
    locnet_text_source_locate(source, offset, &line, &column);
    char message[LOCNET_MESSAGE_SIZE];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    locnet_diagnostics_add(source->diagnostics, source->name, line, column, "%s", message);
}

void locnet_text_source_describe(const locnet_text_source_t *source, size_t offset, char *buffer,
                                 size_t size)
{
    if (offset >= source->length) {
        snprintf(buffer, size, "end of input");
        return;
    }
    const utf8proc_uint8_t *at = (const utf8proc_uint8_t *)source->text + offset;
    utf8proc_int32_t codepoint;
    utf8proc_ssize_t width = utf8proc_iterate(at, (utf8proc_ssize_t)(source->length - offset),
                                              &codepoint);
    if (width <= 0 || codepoint < 0x20 || codepoint == 0x7F)
        snprintf(buffer, size, "byte 0x%02X", (unsigned)*at);
    else
        snprintf(buffer, size, "'%.*s'", (int)width, (const char *)at);
}
