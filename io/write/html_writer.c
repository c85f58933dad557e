/* io/write/html_writer.c: the escaping writer and the pieces of an HTML5 page. */
#include "io/write/html_writer.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

typedef enum escape_mode { ESCAPE_HTML, ESCAPE_JSON } escape_mode_t;

/* What a code point is shown as: itself, or its replacement (see html_writer.h). */
static utf8proc_int32_t displayed(utf8proc_int32_t c)
{
    if (c == '\r')
        return '\n';
    if ((c < 0x20 && c != '\t' && c != '\n'))
        return 0x2400 + c;
    if (c == 0x7f)
        return 0x2421;
    if ((c >= 0x80 && c <= 0x9f) || (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe)
        return 0xfffd;
    return c;
}

/* Writes one displayed code point escaped for mode. */
static void write_code_point(FILE *out, utf8proc_int32_t c, escape_mode_t mode)
{
    if (mode == ESCAPE_HTML) {
        switch (c) {
        case '&': fputs("&amp;", out); return;
        case '<': fputs("&lt;", out); return;
        case '>': fputs("&gt;", out); return;
        case '"': fputs("&quot;", out); return;
        case '\'': fputs("&#39;", out); return;
        default: break;
        }
    } else {
        switch (c) {
        case '"': fputs("\\\"", out); return;
        case '\\': fputs("\\\\", out); return;
        case '\n': fputs("\\n", out); return;
        case '\t': fputs("\\t", out); return;
        case '<': case '>': case '&': case 0x2028: case 0x2029:
            fprintf(out, "\\u%04x", (unsigned)c);
            return;
        default: break;
        }
    }
    utf8proc_uint8_t bytes[4];
    utf8proc_ssize_t length = utf8proc_encode_char(c, bytes);
    fwrite(bytes, 1, (size_t)length, out);
}

static void write_escaped(FILE *out, const char *text, escape_mode_t mode)
{
    const utf8proc_uint8_t *at = (const utf8proc_uint8_t *)text;
    while (*at != '\0') {
        utf8proc_int32_t c;
        utf8proc_ssize_t length = utf8proc_iterate(at, -1, &c);
        if (length <= 0) {  /* not UTF-8: one byte becomes U+FFFD */
            c = 0xfffd;
            length = 1;
        } else if (c == '\r' && at[1] == '\n') {
            length = 2;  /* CR LF: one line feed */
        }
        write_code_point(out, displayed(c), mode);
        at += length;
    }
}

void locnet_html_text(FILE *out, const char *text)
{
    if (text != NULL)
        write_escaped(out, text, ESCAPE_HTML);
}

void locnet_html_json_string(FILE *out, const char *text)
{
    fputc('"', out);
    if (text != NULL)
        write_escaped(out, text, ESCAPE_JSON);
    fputc('"', out);
}

void locnet_html_printf(FILE *out, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    vfprintf(out, format, args);
    va_end(args);
}

void locnet_html_element(FILE *out, const char *tag, const char *klass, const char *text)
{
    fprintf(out, "<%s", tag);
    if (klass != NULL)
        fprintf(out, " class=\"%s\"", klass);
    fputc('>', out);
    locnet_html_text(out, text);
    fprintf(out, "</%s>", tag);
}

bool locnet_html_link_allowed(const char *url)
{
    if (url == NULL)
        return false;
    size_t scheme = strncasecmp(url, "https://", 8) == 0 ? 8
                    : strncasecmp(url, "http://", 7) == 0 ? 7 : 0;
    return scheme > 0 && url[scheme] != '\0' && url[scheme] != '/';
}

void locnet_html_format_count(long long value, char *buffer, size_t size)
{
    char digits[32], grouped[48];
    int length = snprintf(digits, sizeof digits, "%llu",
                          value < 0 ? 0 - (unsigned long long)value : (unsigned long long)value);
    size_t at = 0;
    if (value < 0)
        grouped[at++] = '-';
    for (int i = 0; i < length; i++) {
        if (length > 4 && i > 0 && (length - i) % 3 == 0)
            grouped[at++] = ',';
        grouped[at++] = digits[i];
    }
    grouped[at] = '\0';
    snprintf(buffer, size, "%s", grouped);
}

void locnet_html_format_real(double value, char *buffer, size_t size)
{
    if (!isfinite(value)) {
        buffer[0] = '\0';
        return;
    }
    int decimals = value == 0 ? 0 : 3 - (int)floor(log10(fabs(value)));
    decimals = decimals < 0 ? 0 : decimals > 17 ? 17 : decimals;
    snprintf(buffer, size, "%.*f", decimals, value);
}

void locnet_html_count(FILE *out, long long value)
{
    char text[48];
    locnet_html_format_count(value, text, sizeof text);
    fputs(text, out);
}

void locnet_html_begin(FILE *out, const char *title, const char *css, const char *script_sha256,
                       const char *generator)
{
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
          out);
    fprintf(out, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                 "style-src 'unsafe-inline'; script-src 'sha256-%s'\">\n",
            script_sha256);
    fputs("<meta name=\"generator\" content=\"", out);
    locnet_html_text(out, generator);
    fputs("\">\n<title>", out);
    locnet_html_text(out, title);
    fprintf(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n", css);
}

void locnet_html_end(FILE *out, const char *script)
{
    fprintf(out, "<script>%s</script>\n</body>\n</html>\n", script);
}

void locnet_html_section_begin(FILE *out, const char *id, const char *heading)
{
    fprintf(out, "<section id=\"%s\">\n<h2>%s</h2>\n", id, heading);
}

void locnet_html_section_end(FILE *out)
{
    fputs("</section>\n", out);
}

void locnet_html_table_begin(locnet_html_table_t *table, FILE *out, const char *id,
                             const char *caption, const char *const *headers,
                             const locnet_html_column_t *kinds, size_t columns, size_t rows,
                             size_t shown)
{
    table->out = out;
    table->rows = rows;
    table->shown = shown;
    table->written = 0;
    fputs("<div class=\"table-wrap\">\n<table class=\"data\"", out);
    if (id != NULL)
        fprintf(out, " id=\"%s\"", id);
    fputs(">\n", out);
    if (caption != NULL) {
        locnet_html_element(out, "caption", NULL, caption);
        fputc('\n', out);
    }
    if (headers != NULL) {
        fputs("<thead><tr>", out);
        for (size_t c = 0; c < columns; c++)
            fprintf(out, "<th scope=\"col\"%s>%s</th>",
                    kinds[c] == LOCNET_HTML_NUMBER ? " class=\"num\" data-type=\"number\"" : "",
                    headers[c]);
        fputs("</tr></thead>\n", out);
    }
    fputs("<tbody>\n", out);
}

void locnet_html_row_begin(locnet_html_table_t *table, const char *id)
{
    fputs("<tr", table->out);
    if (id != NULL)
        fprintf(table->out, " id=\"%s\"", id);
    fputs(table->written++ < table->shown ? ">" : " hidden>", table->out);
}

void locnet_html_cell_begin(locnet_html_table_t *table, locnet_html_column_t kind)
{
    fputs(kind == LOCNET_HTML_NUMBER ? "<td class=\"num\">"
          : kind == LOCNET_HTML_LONG ? "<td class=\"long\">" : "<td>", table->out);
}

void locnet_html_cell_end(locnet_html_table_t *table)
{
    fputs("</td>", table->out);
}

void locnet_html_cell(locnet_html_table_t *table, const char *text, locnet_html_column_t kind)
{
    locnet_html_cell_begin(table, kind);
    locnet_html_text(table->out, text);
    locnet_html_cell_end(table);
}

void locnet_html_cell_count(locnet_html_table_t *table, long long value)
{
    locnet_html_cell_begin(table, LOCNET_HTML_NUMBER);
    locnet_html_count(table->out, value);
    locnet_html_cell_end(table);
}

void locnet_html_row_end(locnet_html_table_t *table)
{
    fputs("</tr>\n", table->out);
}

void locnet_html_table_end(locnet_html_table_t *table)
{
    FILE *out = table->out;
    fputs("</tbody>\n</table>\n", out);
    if (table->rows > table->shown) {
        fputs("<p class=\"more\"><button type=\"button\" class=\"show-all\" data-all=\"", out);
        locnet_html_count(out, (long long)table->rows);
        fputs("\">Show all ", out);
        locnet_html_count(out, (long long)table->rows);
        fputs(" rows</button></p>\n", out);
    }
    fputs("</div>\n", out);
}
