/* io/write/html_writer.c: the escaping writer and the pieces of an HTML5 page. */
#include "io/write/html_writer.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

typedef enum escape_mode { ESCAPE_HTML, ESCAPE_JSON, ESCAPE_NONE } escape_mode_t;

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
    } else if (mode == ESCAPE_JSON) {
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

/* Writes the length bytes of text (NUL-terminated when length is -1) through the mapping. */
static void write_escaped(FILE *out, const char *text, utf8proc_ssize_t length_left,
                          escape_mode_t mode)
{
    const utf8proc_uint8_t *at = (const utf8proc_uint8_t *)text;
    const utf8proc_uint8_t *end = length_left < 0 ? NULL : at + length_left;
    while (end != NULL ? at < end : *at != '\0') {
        utf8proc_int32_t c;
        utf8proc_ssize_t length = utf8proc_iterate(at, end != NULL ? end - at : -1, &c);
        if (length <= 0) {  /* not UTF-8: one byte becomes U+FFFD */
            c = 0xfffd;
            length = 1;
        } else if (c == '\r' && (end == NULL || at + 1 < end) && at[1] == '\n') {
            length = 2;  /* CR LF: one line feed */
        }
        write_code_point(out, displayed(c), mode);
        at += length;
    }
}

void locnet_html_text(FILE *out, const char *text)
{
    if (text != NULL)
        write_escaped(out, text, -1, ESCAPE_HTML);
}

void locnet_html_markup(FILE *out, const char *markup, size_t length)
{
    write_escaped(out, markup, (utf8proc_ssize_t)length, ESCAPE_NONE);
}

void locnet_html_url(FILE *out, const char *url)
{
    for (const unsigned char *c = (const unsigned char *)url; *c != '\0'; c++) {
        if (*c == '&')
            fputs("&amp;", out);
        else if (*c <= 0x20 || *c >= 0x7f || strchr("\"<>\\^`{|}", *c) != NULL)
            fprintf(out, "%%%02X", *c);
        else
            fputc(*c, out);
    }
}

void locnet_html_json_string(FILE *out, const char *text)
{
    fputc('"', out);
    if (text != NULL)
        write_escaped(out, text, -1, ESCAPE_JSON);
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

/* The class attribute of a cell or header of this kind. */
static const char *kind_class(locnet_html_column_t kind)
{
    return kind == LOCNET_HTML_NUMBER ? " class=\"num\"" : kind == LOCNET_HTML_LONG ? " class=\"long\"" : "";
}

static void write_table_head(FILE *out, const locnet_html_table_spec_t *spec)
{
    static const char *const kind_names[] = {"text", "long", "number"};
    fputs("<div class=\"table-wrap\">\n<table class=\"data\"", out);
    if (spec->id != NULL)
        fprintf(out, " id=\"%s\"", spec->id);
    fprintf(out, " data-shown=\"%zu\" data-kinds=\"", spec->shown);
    for (size_t c = 0; c < spec->columns; c++)
        fprintf(out, "%s%s", c > 0 ? " " : "", kind_names[spec->kinds[c]]);
    fputs("\">\n<colgroup>", out);
    for (size_t c = 0; c < spec->columns; c++)
        fprintf(out, "<col class=\"%s\">", kind_names[spec->kinds[c]]);
    fputs("</colgroup>\n", out);
    if (spec->headers != NULL) {
        fputs("<thead><tr>", out);
        for (size_t c = 0; c < spec->columns; c++)
            fprintf(out, "<th scope=\"col\"%s>%s</th>",
                    spec->kinds[c] == LOCNET_HTML_NUMBER ? kind_class(LOCNET_HTML_NUMBER) : "",
                    spec->headers[c]);
        fputs("</tr></thead>\n", out);
    }
    fputs("<tbody>\n", out);
}

locnet_status_t locnet_html_table_write(FILE *out, const locnet_html_table_spec_t *spec,
                                        locnet_html_row_writer_t write_row, const void *data)
{
    locnet_html_table_t table = {out, spec, false, 0, 0};
    locnet_status_t status = LOCNET_OK;
    if (spec->rows == 0) {
        fputs("<p class=\"note\">None.</p>\n", out);
        return LOCNET_OK;
    }
    write_table_head(out, spec);
    for (size_t r = 0; status == LOCNET_OK && r < spec->rows && r < spec->shown; r++)
        status = write_row(&table, r, data);
    fputs("</tbody>\n</table>\n", out);
    if (status == LOCNET_OK && spec->rows > spec->shown && !spec->rows_elsewhere) {
        fputs("<script type=\"application/json\" class=\"table-rows\">[", out);
        table.json = true;
        table.row = 0;
        for (size_t r = 0; status == LOCNET_OK && r < spec->rows; r++)
            status = write_row(&table, r, data);
        fputs("]</script>\n", out);
    }
    fputs("</div>\n", out);
    if (spec->rows > spec->shown) {
        fputs("<p class=\"more\"><button type=\"button\" class=\"show-all\">Show all ", out);
        locnet_html_count(out, (long long)spec->rows);
        fputs(" rows</button></p>\n", out);
    }
    return status;
}

void locnet_html_row_begin(locnet_html_table_t *table, const char *id)
{
    table->cell = 0;
    if (table->json) {
        fputs(table->row++ == 0 ? "\n[" : ",\n[", table->out);
        return;
    }
    table->row++;
    fputs("<tr", table->out);
    if (id != NULL)
        fprintf(table->out, " id=\"%s\"", id);
    fputc('>', table->out);
}

void locnet_html_row_end(locnet_html_table_t *table)
{
    fputs(table->json ? "]" : "</tr>\n", table->out);
}

/* Opens the next cell: a separator in JSON, <td> in HTML. */
static void cell_begin(locnet_html_table_t *table)
{
    size_t column = table->cell++;
    if (table->json) {
        if (column > 0)
            fputc(',', table->out);
        return;
    }
    locnet_html_column_t kind = column < table->spec->columns ? table->spec->kinds[column]
                                                              : LOCNET_HTML_TEXT;
    fprintf(table->out, "<td%s>", kind_class(kind));
}

void locnet_html_cell(locnet_html_table_t *table, const char *text)
{
    cell_begin(table);
    if (table->json) {
        locnet_html_json_string(table->out, text);
        return;
    }
    bool clipped = text != NULL && strlen(text) > LOCNET_HTML_CLIP;
    fputs(clipped ? "<div class=\"clip\">" : "", table->out);
    locnet_html_text(table->out, text);
    fputs(clipped ? "</div></td>" : "</td>", table->out);
}

void locnet_html_cell_count(locnet_html_table_t *table, long long value)
{
    char text[48];
    locnet_html_format_count(value, text, sizeof text);
    locnet_html_cell(table, text);
}

void locnet_html_cell_links(locnet_html_table_t *table, const char *prefix,
                            const char *const *texts, const long *anchors, size_t count)
{
    FILE *out = table->out;
    cell_begin(table);
    fputs(table->json ? "[" : "", out);
    for (size_t i = 0; i < count; i++) {
        if (table->json) {
            fputs(i > 0 ? "," : "", out);
            if (anchors[i] >= 0)
                fputc('[', out);
            locnet_html_json_string(out, texts[i]);
            if (anchors[i] >= 0)
                fprintf(out, ",\"%s%ld\"]", prefix, anchors[i]);
            continue;
        }
        if (i > 0)
            fputs(", ", out);
        if (anchors[i] >= 0)
            fprintf(out, "<a href=\"#%s%ld\">", prefix, anchors[i]);
        locnet_html_text(out, texts[i]);
        if (anchors[i] >= 0)
            fputs("</a>", out);
    }
    fputs(table->json ? "]" : "</td>", out);
}

void locnet_html_cell_url(locnet_html_table_t *table, const char *url)
{
    if (table->json || !locnet_html_link_allowed(url)) {
        locnet_html_cell(table, url);
        return;
    }
    cell_begin(table);
    fputs("<a href=\"", table->out);
    locnet_html_url(table->out, url);
    fputs("\" rel=\"noreferrer noopener\">", table->out);
    locnet_html_text(table->out, url);
    fputs("</a></td>", table->out);
}
