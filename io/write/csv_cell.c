/* io/write/csv_cell.c: RFC 4180 quoting, with the formula guard of io/csv_guard.h. */
#include "io/write/csv_cell.h"

#include <string.h>

#include "io/csv_guard.h"

void locnet_csv_put_cell(FILE *out, const char *text, bool guard)
{
    size_t length = strlen(text);
    bool guarded = guard && locnet_csv_needs_guard(text);
    bool quote = guarded || strpbrk(text, ",\"\r\n") != NULL ||
                 (length > 0 && (text[0] == ' ' || text[0] == '\t' || text[length - 1] == ' ' ||
                                 text[length - 1] == '\t'));
    if (!quote) {
        fputs(text, out);
        return;
    }
    fputs(guarded ? "\"'" : "\"", out);
    for (const char *at = text; *at != '\0'; at++) {
        if (*at == '"')
            fputc('"', out);
        fputc(*at, out);
    }
    fputc('"', out);
}
