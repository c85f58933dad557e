/* io/write/report_diagram.c: Graphviz's SVG, inlined in the page. */
#include "io/write/report_parts.h"

#include <string.h>

/* Writes the value of attribute name in the start tag [tag, end), escaped, or nothing. */
static void write_attribute_value(FILE *out, const char *tag, const char *end, const char *name)
{
    size_t length = strlen(name);
    for (const char *at = tag; at + length + 2 < end; at++) {
        if (strncmp(at, name, length) != 0 || at[length] != '=' || at[length + 1] != '"' ||
            (at > tag && at[-1] != ' ' && at[-1] != '\n'))
            continue;
        const char *value = at + length + 2, *close = memchr(value, '"', (size_t)(end - value));
        if (close == NULL)
            return;
        char copy[128];
        snprintf(copy, sizeof copy, "%.*s", (int)(close - value), value);
        locnet_html_text(out, copy);
        return;
    }
}

/* Writes text up to end without the comments Graphviz writes (<!-- ... -->), through
 * locnet_html_markup. */
static void write_without_comments(FILE *out, const char *text, const char *end)
{
    while (text < end) {
        const char *comment = strstr(text, "<!--");
        if (comment == NULL || comment >= end) {
            locnet_html_markup(out, text, (size_t)(end - text));
            return;
        }
        locnet_html_markup(out, text, (size_t)(comment - text));
        const char *close = strstr(comment + 4, "-->");
        if (close == NULL)
            return;
        text = close + 3;
        if (*text == '\n')
            text++;
    }
}

/* Writes the SVG element of svg: its prolog (XML declaration, doctype, comments) dropped, its
 * root start tag rewritten with only the viewBox (the page sizes and zooms it), the rest as
 * Graphviz wrote it, which escapes every text it draws. False when svg holds no SVG element. */
static bool write_svg(FILE *out, const char *svg)
{
    const char *root = strstr(svg, "<svg");
    const char *root_end = root != NULL ? strchr(root, '>') : NULL;
    const char *close = root_end != NULL ? strstr(root_end, "</svg>") : NULL;
    if (close == NULL)
        return false;
    fputs("<svg id=\"diagram-svg\" viewBox=\"", out);
    write_attribute_value(out, root, root_end, "viewBox");
    fputs("\" role=\"img\" aria-label=\"Diagram of the network\">", out);
    write_without_comments(out, root_end + 1, close);
    fputs("</svg>\n", out);
    return true;
}

locnet_status_t locnet_report_write_diagram(const locnet_report_t *report, FILE *out)
{
    locnet_html_section_begin(out, "diagram", "Diagram");
    if (report->diagram_note != NULL) {
        locnet_html_element(out, "p", "note", report->diagram_note);
        fputc('\n', out);
    }
    if (report->svg != NULL) {
        fputs("<div class=\"diagram-tools\" hidden><button type=\"button\" data-zoom=\"in\" "
              "title=\"Zoom in\">+</button><button type=\"button\" data-zoom=\"out\" "
              "title=\"Zoom out\">&minus;</button><button type=\"button\" data-zoom=\"fit\">"
              "Fit</button> <span>Zoom with the buttons or Ctrl and the wheel, move by dragging; "
              "point at a locality for its details.</span></div>\n<div class=\"diagram-frame\">",
              out);
        if (!write_svg(out, report->svg))
            fputs("<p>Graphviz's drawing holds no SVG element.</p>", out);
        fputs("</div>\n", out);
    }
    if (report->diagram_left_out != NULL) {
        locnet_html_element(out, "p", "note", report->diagram_left_out);
        fputc('\n', out);
    }
    locnet_html_section_end(out);
    return LOCNET_OK;
}
