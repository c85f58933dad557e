/* io/json_prescan.c: one linear, string-aware pass over the bytes. */
#include "io/json_prescan.h"

#include <stdbool.h>
#include <string.h>

#include <utf8proc.h>

size_t locnet_json_prescan(locnet_text_source_t *source)
{
    const unsigned char *text = (const unsigned char *)source->text;
    size_t length = source->length, problems = 0;
    int depth = 0;
    bool in_string = false;
    for (size_t i = source->start; i < length;) {
        unsigned char byte = text[i];
        if (byte == 0) {
            locnet_text_source_report(source, i, "NUL byte in the input");
            problems++;
            i++;
            continue;
        }
        if (byte >= 0x80) {
            utf8proc_int32_t codepoint;
            utf8proc_ssize_t width = utf8proc_iterate(text + i, (utf8proc_ssize_t)(length - i),
                                                      &codepoint);
            if (width <= 0) {
                locnet_text_source_report(source, i, "invalid UTF-8 (byte 0x%02X)", byte);
                problems++;
                width = 1;
            }
            i += (size_t)width;
            continue;
        }
        if (in_string) {
            if (byte == '\\') {
                if (i + 5 < length && text[i + 1] == 'u' && memcmp(text + i + 2, "0000", 4) == 0) {
                    locnet_text_source_report(source, i,
                                              "string contains a NUL character (\\u0000)");
                    problems++;
                }
                i += 2;  /* the escaped character cannot end the string */
                continue;
            }
            if (byte == '"')
                in_string = false;
        } else if (byte == '"') {
            in_string = true;
        } else if (byte == '{' || byte == '[') {
            if (++depth > LOCNET_JSON_MAX_DEPTH) {
                locnet_text_source_report(source, i, "nesting too deep (more than %d levels)",
                                          LOCNET_JSON_MAX_DEPTH);
                return problems + 1;
            }
        } else if ((byte == '}' || byte == ']') && depth > 0) {
            depth--;
        }
        i++;
    }
    return problems;
}
