/* tests/unit/test_html_writer.c: the escaping writer and the data tables of io/write/html_writer.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "io/write/html_writer.h"

/* What write(out, text) writes, in a buffer the caller frees. (Not inlined: GCC 12 at -O3 then
 * takes pointers into the buffer for pointers to the local variable that held it.) */
__attribute__((noinline)) static char *written(void (*write)(FILE *, const char *),
                                               const char *text)
{
    char *buffer = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&buffer, &length);
    assert_non_null(out);
    write(out, text);
    assert_int_equal(fclose(out), 0);
    /* a copy: GCC 12 -O3 otherwise takes the result for a pointer to the local buffer */
    char *copy = strdup(buffer);
    free(buffer);
    assert_non_null(copy);
    return copy;
}

static void expect(void (*write)(FILE *, const char *), const char *text, const char *want)
{
    char *got = written(write, text);
    assert_string_equal(got, want);
    free(got);
}

static void text_escapes(void **state)
{
    (void)state;
    expect(locnet_html_text, "a<b>&\"'c", "a&lt;b&gt;&amp;&quot;&#39;c");
    expect(locnet_html_text, "Hà Nội", "Hà Nội");
    expect(locnet_html_text, "&amp;", "&amp;amp;");
    /* control characters as control pictures, tab and line feed kept, CR LF and CR as LF */
    expect(locnet_html_text, "bell\x07 del\x7f tab\tlf\n", "bell\xe2\x90\x87 del\xe2\x90\xa1 tab\tlf\n");
    expect(locnet_html_text, "\x01", "\xe2\x90\x81");
    expect(locnet_html_text, "crlf\r\nend\r", "crlf\nend\n");
    /* C1 controls, noncharacters and what is not UTF-8 as U+FFFD */
    expect(locnet_html_text, "c1\xc2\x85", "c1\xef\xbf\xbd");
    expect(locnet_html_text, "\xef\xbf\xbe\xef\xbf\xbf\xef\xb7\x90", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
    expect(locnet_html_text, "\xf0\x9f\xbf\xbe", "\xef\xbf\xbd");  /* U+1FFFE */
    expect(locnet_html_text, "bad\xff", "bad\xef\xbf\xbd");
    expect(locnet_html_text, "cut\xc3", "cut\xef\xbf\xbd");
    expect(locnet_html_text, "\xed\xa0\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");  /* a surrogate */
    expect(locnet_html_text, "", "");
    expect(locnet_html_text, NULL, "");
}

static void json_strings(void **state)
{
    (void)state;
    expect(locnet_html_json_string, "</script><!--", "\"\\u003c/script\\u003e\\u003c!--\"");
    expect(locnet_html_json_string, "a\"b\\c", "\"a\\\"b\\\\c\"");
    expect(locnet_html_json_string, "l\nt\t&", "\"l\\nt\\t\\u0026\"");
    expect(locnet_html_json_string, "\xe2\x80\xa8\xe2\x80\xa9", "\"\\u2028\\u2029\"");
    expect(locnet_html_json_string, "\x01\r\n", "\"\xe2\x90\x81\\n\"");
    expect(locnet_html_json_string, "Đống Đa", "\"Đống Đa\"");
    expect(locnet_html_json_string, NULL, "\"\"");
}

static void write_markup(FILE *out, const char *text)
{
    locnet_html_markup(out, text, strlen(text));
}

/* The first four bytes of text as markup. */
static void write_four(FILE *out, const char *text)
{
    locnet_html_markup(out, text, 4);
}

static void markup(void **state)
{
    (void)state;
    expect(write_markup, "<g id=\"a\"><text>&amp; &#45;</text></g>\n",
           "<g id=\"a\"><text>&amp; &#45;</text></g>\n");
    expect(write_markup, "<text>\xef\xbf\xbe\x01</text>", "<text>\xef\xbf\xbd\xe2\x90\x81</text>");
    expect(write_four, "<a>\xc3\xa9</a>", "<a>\xef\xbf\xbd");  /* stops inside é: its lead byte */
}

static void urls(void **state)
{
    (void)state;
    expect(locnet_html_url, "https://example.org/a?b=1&c=2#d", "https://example.org/a?b=1&amp;c=2#d");
    expect(locnet_html_url, "https://x/ \"<>\\^`{|}", "https://x/%20%22%3C%3E%5C%5E%60%7B%7C%7D");
    expect(locnet_html_url, "https://x/é\x01", "https://x/%C3%A9%01");
    assert_true(locnet_html_link_allowed("https://example.org"));
    assert_true(locnet_html_link_allowed("HTTP://example.org/x"));
    assert_false(locnet_html_link_allowed("javascript:alert(1)"));
    assert_false(locnet_html_link_allowed("data:text/html,x"));
    assert_false(locnet_html_link_allowed("https://"));
    assert_false(locnet_html_link_allowed("http:///x"));
    assert_false(locnet_html_link_allowed("//example.org"));
    assert_false(locnet_html_link_allowed(" https://example.org"));
    assert_false(locnet_html_link_allowed(NULL));
}

static void numbers(void **state)
{
    (void)state;
    static const struct {
        long long value;
        const char *text;
    } counts[] = {{0, "0"}, {7, "7"}, {1989, "1989"}, {17717, "17,717"}, {1234567, "1,234,567"},
                  {-12345, "-12,345"}, {LLONG_MIN, "-9,223,372,036,854,775,808"}};
    char buffer[48];
    for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++) {
        locnet_html_format_count(counts[i].value, buffer, sizeof buffer);
        assert_string_equal(buffer, counts[i].text);
    }
    static const struct {
        double value;
        const char *text;
    } reals[] = {{0.15920081922531262, "0.1592"}, {3178.4808968805555, "3178"}, {0.00015232776, "0.0001523"},
                 {0, "0"}, {1, "1.000"}, {-0.5, "-0.5000"}, {123456.7, "123457"}, {NAN, ""}};
    for (size_t i = 0; i < sizeof reals / sizeof reals[0]; i++) {
        locnet_html_format_real(reals[i].value, buffer, sizeof buffer);
        assert_string_equal(buffer, reals[i].text);
    }
}

static const char *const cells[][2] = {{"a<1>", "1"}, {"b", "2"}, {"c", "3"}};

static locnet_status_t write_row(locnet_html_table_t *table, size_t row, const void *data)
{
    (void)data;
    locnet_html_row_begin(table, row == 0 ? "first" : NULL);
    locnet_html_cell(table, cells[row][0]);
    locnet_html_cell(table, cells[row][1]);
    locnet_html_row_end(table);
    return LOCNET_OK;
}

/* Writes the table of cells; spec is a locnet_html_table_spec_t passed as text. */
static void write_table(FILE *out, const char *spec)
{
    assert_int_equal(locnet_html_table_write(out, (const locnet_html_table_spec_t *)(const void *)spec,
                                             write_row, NULL), LOCNET_OK);
}

/* The table of cells with spec's rows, shown and rows_elsewhere, as text (caller frees). */
static char *table_text(size_t rows, size_t shown, bool elsewhere)
{
    static const char *const headers[] = {"name", "value"};
    static const locnet_html_column_t kinds[] = {LOCNET_HTML_LONG, LOCNET_HTML_NUMBER};
    locnet_html_table_spec_t spec = {"t", headers, kinds, 2, rows, shown, elsewhere};
    return written(write_table, (const char *)&spec);
}

static size_t occurrences(const char *text, const char *what)
{
    size_t count = 0;
    for (const char *at = strstr(text, what); at != NULL; at = strstr(at + 1, what))
        count++;
    return count;
}

static void tables(void **state)
{
    (void)state;
    char *text = table_text(3, 2, false);
    assert_int_equal(occurrences(text, "<tr"), 3);  /* the header and two rows */
    assert_non_null(strstr(text, "<tr id=\"first\"><td class=\"long\">a&lt;1&gt;</td>"
                                 "<td class=\"num\">1</td></tr>"));
    assert_non_null(strstr(text, "<col class=\"long\"><col class=\"number\">"));
    assert_non_null(strstr(text, "data-shown=\"2\" data-kinds=\"long number\""));
    assert_non_null(strstr(text, "<script type=\"application/json\" class=\"table-rows\">[\n"
                                 "[\"a\\u003c1\\u003e\",\"1\"],\n[\"b\",\"2\"],\n[\"c\",\"3\"]]"
                                 "</script>"));
    assert_non_null(strstr(text, "</div>\n<p class=\"more\"><button type=\"button\" "
                                 "class=\"show-all\">Show all 3 rows</button></p>"));
    free(text);
    text = table_text(3, 2, true);  /* the script has the rows elsewhere */
    assert_null(strstr(text, "table-rows"));
    assert_non_null(strstr(text, "Show all 3 rows"));
    free(text);
    text = table_text(2, 20, false);  /* every row shown: no JSON, no button */
    assert_null(strstr(text, "table-rows"));
    assert_null(strstr(text, "button"));
    free(text);
    text = table_text(0, 20, false);
    assert_string_equal(text, "<p class=\"note\">None.</p>\n");
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(text_escapes), cmocka_unit_test(json_strings), cmocka_unit_test(markup),
        cmocka_unit_test(urls), cmocka_unit_test(numbers), cmocka_unit_test(tables)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
