/* io/write/html_writer.h: HTML5 written safely: every text from the data goes through one
 * escaping writer, and the pieces of a page (document, sections, tables) are written once here.
 *
 * What the escaping does, for any UTF-8 text (so that a name can neither break the page nor run
 * as code, and the page has no parse error for a checker such as tidy to find):
 * - & < > " ' become character references, so text can sit in an element or a double-quoted
 *   attribute value;
 * - C0 control characters other than tab and line feed, and DEL, have no glyph and are parse
 *   errors in HTML: they are shown as their Unicode control pictures (U+2400 + code, U+2421 for
 *   DEL), as the DOT writer shows them; a carriage return, or CR LF, is a line feed;
 * - C1 control characters, noncharacters and bytes that are not UTF-8 become U+FFFD.
 * Text for a JSON string inside a <script> element gets the same display mapping, then JSON's
 * escapes, with < > & and U+2028/U+2029 written as \u escapes so that no "</script" or "<!--"
 * can end or change the element. */
#ifndef LOCNET_HTML_WRITER_H
#define LOCNET_HTML_WRITER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "locnet/status.h"

/* Writes text (NULL writes nothing) escaped for an element's content or a double-quoted
 * attribute value. */
void locnet_html_text(FILE *out, const char *text);
/* Writes markup made by a trusted writer (Graphviz's SVG, which escapes & < > in its texts) as
 * it is, but for the code points the escaping above replaces: no parse error can come from a
 * text it copied. length bytes are written. */
void locnet_html_markup(FILE *out, const char *markup, size_t length);
/* Writes url for a double-quoted href: & as &amp;, and spaces, quotes, < > \ ^ ` { | }, control
 * characters and every byte of a non-ASCII character percent-encoded (RFC 3986). */
void locnet_html_url(FILE *out, const char *url);
/* Writes text (NULL as "") as a JSON string literal, quotes included, safe inside <script>. */
void locnet_html_json_string(FILE *out, const char *text);
/* Like printf, for markup written by locnet itself: the format and every argument are written
 * as they are, so no argument may come from the data (use locnet_html_text for those). */
void locnet_html_printf(FILE *out, const char *format, ...) __attribute__((format(printf, 2, 3)));
/* Writes <TAG class="CLASS">text</TAG> with text escaped; klass may be NULL. */
void locnet_html_element(FILE *out, const char *tag, const char *klass, const char *text);

/* True when url may be a link on the page: an absolute http:// or https:// URL. Anything else
 * (javascript:, data:, relative paths) is shown as text, never linked. */
bool locnet_html_link_allowed(const char *url);
/* Writes a whole number with a comma between groups of three digits from five digits on:
 * 17,717 but 1989 (four-digit numbers are often years). */
void locnet_html_count(FILE *out, long long value);
/* The same into buffer (48 bytes hold any long long). */
void locnet_html_format_count(long long value, char *buffer, size_t size);
/* Writes value into buffer to 4 significant digits, never in exponent form ("0.0001523",
 * "3178"); whole numbers of integer measures are better written with locnet_html_count. */
void locnet_html_format_real(double value, char *buffer, size_t size);

/* The page around the sections: the doctype, a head with the title (escaped), a Content
 * Security Policy that lets the page load nothing and run only the script whose SHA-256
 * (base64) is script_sha256, the style sheet css (locnet's own text, written as is), and the
 * opening of the body. */
void locnet_html_begin(FILE *out, const char *title, const char *css, const char *script_sha256,
                       const char *generator);
/* Closes the page: the script (locnet's own text, written as is: its hash must be the one given
 * to locnet_html_begin), then the body and the document. */
void locnet_html_end(FILE *out, const char *script);

/* <section id="ID"><h2>heading</h2>; id and heading are locnet's own text. */
void locnet_html_section_begin(FILE *out, const char *id, const char *heading);
void locnet_html_section_end(FILE *out);

/* The kinds of columns and cells of a data table: how the page sorts a column when its header is
 * clicked, and how a cell wraps. */
typedef enum locnet_html_column {
    LOCNET_HTML_TEXT,    /* short text (a code, a kind, a date): wrapped between words only */
    LOCNET_HTML_LONG,    /* names and titles: wrapped anywhere when too long for the column */
    LOCNET_HTML_NUMBER   /* right-aligned, sorted as numbers */
} locnet_html_column_t;

/* A data table: <table class="data"> with one header cell per column, and a "show all" button
 * when it has more rows than it shows. The first `shown` rows are written as HTML; when there
 * are more, every row is also written as JSON in a <script type="application/json"
 * class="table-rows"> element after the table, which the page's script renders from (a page
 * of tens of thousands of rows then opens without building them all). */
typedef struct locnet_html_table_spec {
    const char *id;                     /* the table's element id (locnet's text), or NULL */
    const char *const *headers;         /* per column (locnet's text); NULL: no header row and
                                           no sorting */
    const locnet_html_column_t *kinds;  /* per column */
    size_t columns;
    size_t rows;                        /* rows in all */
    size_t shown;                       /* rows shown before "show all" */
    bool rows_elsewhere;                /* the page's script builds the rows past the shown
                                           ones from other data (the rankings): no JSON rows */
} locnet_html_table_spec_t;

/* Where a row writer writes: the table being written, as HTML or as JSON. */
typedef struct locnet_html_table {
    FILE *out;
    const locnet_html_table_spec_t *spec;
    bool json;       /* writing the JSON rows */
    size_t row;      /* rows begun */
    size_t cell;     /* cells begun in the row */
} locnet_html_table_t;

/* Writes row number `row` (from 0) of a table through the row and cell functions below. */
typedef locnet_status_t (*locnet_html_row_writer_t)(locnet_html_table_t *table, size_t row,
                                                    const void *data);

/* Writes the table: the header, the shown rows, the JSON rows when needed, the button; a table
 * without rows is a paragraph that says "None.". Returns
 * what a row writer returned first other than LOCNET_OK, or LOCNET_OK. */
locnet_status_t locnet_html_table_write(FILE *out, const locnet_html_table_spec_t *spec,
                                        locnet_html_row_writer_t write_row, const void *data);

/* Begins a row, with an element id (locnet's text; NULL: none; HTML rows only). */
void locnet_html_row_begin(locnet_html_table_t *table, const char *id);
void locnet_html_row_end(locnet_html_table_t *table);
/* Texts longer than this many bytes are shown in a box of a few lines that scrolls (the page's
 * script does the same for the rows it builds). */
#define LOCNET_HTML_CLIP 300
/* The next cell: escaped text (NULL: empty), styled by its column's kind. */
void locnet_html_cell(locnet_html_table_t *table, const char *text);
/* The next cell: a whole number, written with locnet_html_count. */
void locnet_html_cell_count(locnet_html_table_t *table, long long value);
/* The next cell: url (NULL: empty) as a link when locnet_html_link_allowed, else as text; in
 * the JSON rows, as text. */
void locnet_html_cell_url(locnet_html_table_t *table, const char *url);
/* The next cell: count texts separated by ", ", each linked to the element "PREFIXN" of the
 * page where anchors[i] = N >= 0 (prefix is locnet's text, such as "source-"). */
void locnet_html_cell_links(locnet_html_table_t *table, const char *prefix,
                            const char *const *texts, const long *anchors, size_t count);

#endif
