/* tests/unit/test_dot_writer.c: DOT escaping, node IDs, styling checks and write failures.
 * (That Graphviz reads the output back exactly is checked by tests/dot/check_exact.py.) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "io/dot/dot_escape.h"
#include "io/dot/dot_writer.h"
#include "io/load.h"

typedef void (*escape_t)(FILE *out, const char *text);

/* What escape writes for text; caller frees. */
/* Not inlined: GCC 12 at -O3 then takes pointers into the returned text for pointers to the
 * local that open_memstream fills (-Wdangling-pointer, a false positive). */
__attribute__((noinline)) static char *escaped(escape_t escape, const char *text)
{
    char *buffer = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&buffer, &length);
    assert_non_null(out);
    escape(out, text);
    assert_int_equal(fclose(out), 0);
    return buffer;
}

static void check(escape_t escape, const char *text, const char *expected)
{
    char *got = escaped(escape, text);
    assert_string_equal(got, expected);
    free(got);
}

static void labels(void **state)
{
    (void)state;
    check(locnet_dot_write_label, "Hà Nội", "\"Hà Nội\"");
    check(locnet_dot_write_label, "say \"hi\"", "\"say \\\"hi\\\"\"");
    check(locnet_dot_write_label, "a\\", "\"a\\\\\"");
    check(locnet_dot_write_label, "\\", "\"\\\\\"");
    check(locnet_dot_write_label, "x\\\"", "\"x\\\\\\\"\"");
    check(locnet_dot_write_label, "\\N \\G \\l", "\"\\\\N \\\\G \\\\l\"");
    check(locnet_dot_write_label, "<b>{x|y}; a -- b -> c", "\"<b>{x|y}; a -- b -> c\"");
    check(locnet_dot_write_label, "A & B &amp;", "\"A &amp; B &amp;amp;\"");
    check(locnet_dot_write_label, "two\nlines", "\"two\\nlines\"");
    check(locnet_dot_write_label, "crlf\r\nline", "\"crlf\\nline\"");
    check(locnet_dot_write_label, "cr\ronly", "\"cr\\nonly\"");
    check(locnet_dot_write_label, "end\n", "\"end\\n\\n\"");
    check(locnet_dot_write_label, "gap\n\nx", "\"gap\\n\\nx\"");
    check(locnet_dot_write_label, "tab\tkept", "\"tab\tkept\"");
    check(locnet_dot_write_label, "bell\a del\x7f", "\"bell\xe2\x90\x87 del\xe2\x90\xa1\"");
    check(locnet_dot_write_label, "\x1f", "\"\xe2\x90\x9f\"");
    /* U+FFFE and U+FFFF, which XML (Graphviz's SVG) cannot hold, are shown as U+FFFD */
    check(locnet_dot_write_label, "a\xef\xbf\xbe b\xef\xbf\xbf \xef\xbf\xbd",
          "\"a\xef\xbf\xbd b\xef\xbf\xbd \xef\xbf\xbd\"");
    check(locnet_dot_write_label, "", "\"\"");
}

/* Removes every backslash-newline (which Graphviz's scanner removes). */
static void join_lines(char *text)
{
    char *to = text;
    for (char *from = text; *from != '\0'; from++) {
        if (from[0] == '\\' && from[1] == '\n') {
            from++;
            continue;
        }
        *to++ = *from;
    }
    *to = '\0';
}

/* The longest run of bytes without a backslash, quote or line end. */
static size_t longest_run(const char *text)
{
    size_t longest = 0, run = 0;
    for (; *text != '\0'; text++) {
        run = strchr("\\\"\n", *text) ? 0 : run + 1;
        if (run > longest)
            longest = run;
    }
    return longest;
}

static void long_runs(void **state)
{
    (void)state;
    /* 30,000 bytes of 2-byte characters: cut into runs Graphviz accepts, never inside one */
    size_t count = 15000;
    char *text = malloc(2 * count + 1);
    assert_non_null(text);
    for (size_t i = 0; i < count; i++)
        memcpy(text + 2 * i, "\xc3\xa9", 2);
    text[2 * count] = '\0';
    escape_t escapes[] = {locnet_dot_write_label, locnet_dot_write_id};
    for (size_t e = 0; e < 2; e++) {
        char *got = escaped(escapes[e], text);
        assert_true(longest_run(got) <= 4001);
        for (char *cut = strstr(got, "\\\n"); cut != NULL; cut = strstr(cut + 2, "\\\n"))
            assert_true(((unsigned char)cut[2] & 0xc0) != 0x80);
        join_lines(got);
        assert_int_equal(strlen(got), 2 * count + 2);
        assert_memory_equal(got + 1, text, 2 * count);
        free(got);
    }
    free(text);
    /* a long run of backslashes needs no cut: each pair is its own token */
    char *backslashes = malloc(20001);
    assert_non_null(backslashes);
    memset(backslashes, '\\', 20000);
    backslashes[20000] = '\0';
    char *got = escaped(locnet_dot_write_label, backslashes);
    assert_int_equal(strlen(got), 40002);
    assert_null(strchr(got, '\n'));
    free(got);
    free(backslashes);
}

static void ids(void **state)
{
    (void)state;
    check(locnet_dot_write_id, "VN-HN", "\"VN-HN\"");
    check(locnet_dot_write_id, "q\"q", "\"q\\\"q\"");
    check(locnet_dot_write_id, "a\\\\", "\"a\\\\\"");
    check(locnet_dot_write_id, "node", "\"node\"");
    assert_true(locnet_dot_id_exact("VN-HN"));
    assert_true(locnet_dot_id_exact("node"));
    assert_true(locnet_dot_id_exact("q\"q"));
    assert_true(locnet_dot_id_exact("a\\\\"));
    assert_true(locnet_dot_id_exact("a\\b"));
    assert_true(locnet_dot_id_exact("a\\\\\"b"));
    assert_true(locnet_dot_id_exact(""));
    assert_false(locnet_dot_id_exact("a\\"));
    assert_false(locnet_dot_id_exact("a\\\\\\"));
    assert_false(locnet_dot_id_exact("a\\\"b"));
    assert_false(locnet_dot_id_exact("line\nbreak"));
    assert_false(locnet_dot_id_exact("tab\t"));
    assert_false(locnet_dot_id_exact("del\x7f"));
    assert_false(locnet_dot_id_exact("non\xef\xbf\xbe"));
    assert_false(locnet_dot_id_exact("non\xef\xbf\xbf"));
    assert_true(locnet_dot_id_exact("ok\xef\xbf\xbd"));
}

static void html_text(void **state)
{
    (void)state;
    check(locnet_dot_write_html_text, "A & <b> \"q\" \\N", "A &amp; &lt;b&gt; &quot;q&quot; \\\\N");
    check(locnet_dot_write_html_text, "two\nlines\r\nthree", "two<BR/>lines<BR/>three");
    check(locnet_dot_write_html_text, "bell\a", "bell\xe2\x90\x87");
    check(locnet_dot_write_html_text, "x\xef\xbf\xbf", "x\xef\xbf\xbd");
}

static void names(void **state)
{
    (void)state;
    /* "a\" cannot be an ID; its stand-in "a\\" is taken, and so is "a\\~2" */
    const char *texts[] = {"a\\", "a\\\\", "a\\\\~2", "ok", "ctl\x01", "q\"q", "nc\xef\xbf\xbe"};
    locnet_list_t names;
    locnet_list_init(&names);
    assert_int_equal(locnet_dot_assign_names("", texts, 7, &names), LOCNET_OK);
    assert_int_equal(names.count, 7);
    assert_string_equal(names.items[0], "a\\\\~3");
    assert_string_equal(names.items[1], "a\\\\");
    assert_string_equal(names.items[2], "a\\\\~2");
    assert_string_equal(names.items[3], "ok");
    assert_string_equal(names.items[4], "ctl\xe2\x90\x81");
    assert_string_equal(names.items[5], "q\"q");
    assert_string_equal(names.items[6], "nc\xef\xbf\xbd");
    locnet_list_destroy(&names);
    locnet_list_init(&names);
    assert_int_equal(locnet_dot_assign_names("cluster_", texts + 3, 2, &names), LOCNET_OK);
    assert_string_equal(names.items[0], "cluster_ok");
    assert_string_equal(names.items[1], "cluster_ctl\xe2\x90\x81");
    locnet_list_destroy(&names);
}

static void validation(void **state)
{
    (void)state;
    assert_true(locnet_dot_colour_valid("#fff"));
    assert_true(locnet_dot_colour_valid("#0055A4"));
    assert_false(locnet_dot_colour_valid("red"));
    assert_false(locnet_dot_colour_valid("#ffff"));
    assert_false(locnet_dot_colour_valid("#gggggg"));
    assert_false(locnet_dot_colour_valid("#"));
    assert_false(locnet_dot_colour_valid(""));
    assert_true(locnet_dot_shape_valid("hexagon"));
    assert_false(locnet_dot_shape_valid("record"));
    assert_false(locnet_dot_shape_valid("Mrecord"));
    assert_true(locnet_dot_layout_valid("sfdp"));
    assert_false(locnet_dot_layout_valid("twopi"));
}

static void load(const char *path, locnet_network_t *net)
{
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    assert_int_equal(locnet_load(path, net, &diagnostics), LOCNET_OK);
    locnet_diagnostics_destroy(&diagnostics);
}

/* Not inlined, as escaped() above. */
__attribute__((noinline)) static char *written(const locnet_network_t *net,
                                               const locnet_dot_style_t *style)
{
    char *buffer = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&buffer, &length);
    assert_non_null(out);
    assert_int_equal(locnet_dot_write(net, style, out), LOCNET_OK);
    assert_int_equal(fclose(out), 0);
    return buffer;
}

/* Ids DOT cannot hold get stand-ins that collide with no other node ID. */
static void stand_in_ids(void **state)
{
    (void)state;
    locnet_network_t net;
    load(LOCNET_TEST_DIR "/cli/nets/dot_hostile.json", &net);
    locnet_dot_style_t style;
    locnet_dot_style_init(&style);
    style.legend = false;
    char *dot = written(&net, &style);
    /* "a\" would become "a\\", which another locality has: it takes "a\\~2" */
    assert_non_null(strstr(dot, "\n  \"a\\\\~2\" [label=\"two\\nlines\""));
    assert_non_null(strstr(dot, "\n  \"a\\\\\" [label=\"crlf\\nand trailing newline\\n\\n\""));
    assert_non_null(strstr(dot, "\n  \"ctl\xe2\x90\x81\" [label="));
    assert_non_null(strstr(dot, "charset=\"UTF-8\""));
    free(dot);
    locnet_network_destroy(&net);
}

/* Sizes are fixed-notation numbers whatever the measure's magnitude. */
static void sizes_without_exponents(void **state)
{
    (void)state;
    locnet_network_t net;
    load(LOCNET_TEST_DIR "/cli/nets/dot_small.json", &net);
    double values[] = {1e300, 1e-300, 0, NAN, INFINITY, -5, 3e299, 1, 2, 5e-324};
    igraph_vector_t sizes;
    igraph_vector_view(&sizes, values, 10);
    locnet_dot_style_t style;
    locnet_dot_style_init(&style);
    style.sizes = &sizes;
    style.size_label = "degree";
    char *dot = written(&net, &style);
    for (char *at = strstr(dot, "fontsize=\""); at != NULL; at = strstr(at + 1, "fontsize=\"")) {
        char *value = at + strlen("fontsize=\"");
        size_t length = strcspn(value, "\"");
        assert_true(length > 0 && strspn(value, "0123456789.") == length);
        double size = strtod(value, NULL);
        assert_true(size >= 9 && size <= 24);
    }
    assert_non_null(strstr(dot, "\"FR-BRE\" [label=\"Bretagne\", shape=\"box\", fillcolor=\"#0072b2\", "
                                "fontcolor=\"#ffffff\", fontsize=\"24\"]"));
    free(dot);
    locnet_network_destroy(&net);
}

/* A stream that reports errors gives LOCNET_EWRITE. */
static void write_failure(void **state)
{
    (void)state;
    locnet_network_t net;
    load(LOCNET_TEST_DIR "/cli/nets/dot_small.json", &net);
    FILE *full = fopen("/dev/full", "w");
    if (full == NULL) {
        locnet_network_destroy(&net);
        skip();
    }
    setvbuf(full, NULL, _IONBF, 0);
    locnet_dot_style_t style;
    locnet_dot_style_init(&style);
    assert_int_equal(locnet_dot_write(&net, &style, full), LOCNET_EWRITE);
    fclose(full);
    locnet_network_destroy(&net);
}

int main(void)
{
    locnet_attributes_install();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(labels),       cmocka_unit_test(long_runs),
        cmocka_unit_test(ids),          cmocka_unit_test(html_text),
        cmocka_unit_test(names),        cmocka_unit_test(validation),
        cmocka_unit_test(stand_in_ids), cmocka_unit_test(sizes_without_exponents),
        cmocka_unit_test(write_failure),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
