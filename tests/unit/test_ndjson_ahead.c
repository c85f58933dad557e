/* tests/unit/test_ndjson_ahead.c: an NDJSON text large enough for the reader's second core (the
 * lines read, checked and parsed ahead): the network and the messages are those the text was
 * made to give, in order, and the same as with the lines read on one core. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "big_network.h"

#include "io/read/line_reader.h"
#include "io/read/ndjson_reader.h"
#include "io/tuning.h"

#define NAME "big.ndjson"

/* The line of partnership k (from 1) into line (size at least 200). */
static void partnership_line(int k, char *line, size_t size)
{
    snprintf(line, size,
             "{\"type\":\"partnership\",\"a\":\"L%d\",\"b\":\"L%d\",\"kind\":\"agreement\","
             "\"since\":%d,\"themes\":[\"t%d\"],\"sources\":[\"s1\"]}",
             end_a(k), end_b(k), since(k), k % 7);
}

static int partnership_line_number(int k)
{
    return 2 + LOCALITIES + k;  /* the format, the source, the localities */
}

static void locality_line(int v, char *line, size_t size)
{
    snprintf(line, size,
             "{\"type\":\"locality\",\"id\":\"L%d\",\"name\":\"Ville %d\",\"country\":\"FR\","
             "\"level\":\"commune\"}\n", v, v);
}

/* The whole text, with change (may be NULL) applied to the line of each partnership. */
static char *make_text(change_fn change, size_t *length)
{
    static const big_text_format_t ndjson = {
        "{\"format\":\"locnet/1\"}\n{\"type\":\"source\",\"id\":\"s1\",\"title\":\"t\","
        "\"publisher\":\"p\",\"date\":\"2000\"}\n",
        locality_line, "", ""};
    return make_big_text(&ndjson, partnership_line, change, length);
}

/* Reads the text made with change; the messages go to *messages (caller frees). */
static locnet_status_t read_made(change_fn change, locnet_network_t *net, char **messages)
{
    size_t length;
    char *text = make_text(change, &length);
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_line_reader_t lines;
    assert_int_equal(locnet_line_reader_open_memory(&lines, NAME, text, length, &diagnostics),
                     LOCNET_OK);
    locnet_status_t status = locnet_ndjson_read(&lines, NAME, NULL, net, &diagnostics);
    locnet_line_reader_close(&lines);
    *messages = take_messages(&diagnostics);
    free(text);
    return status;
}

static void every_record_is_read_in_order(void **state)
{
    (void)state;
    assert_reads_big_network(read_made);
}

/* Partnership 5000 has a byte that is not UTF-8, 12000 names "a" twice (and no "b"), 20000
 * links L1 to itself (without a kind), and `cut` is cut short: the thread stops there and the
 * caller reads the rest. */
static int cut;

static void four_problems(int k, char *line, size_t size)
{
    if (k == cut)
        line[strlen(line) - 1] = '\0';
    if (k == 5000)
        memcpy(strstr(line, "agreement"), "agr\xff", 4);
    if (k == 12000)
        memcpy(strstr(line, "\"b\""), "\"a\"", 3);
    if (k == 20000)
        snprintf(line, size, "{\"type\":\"partnership\",\"a\":\"L1\",\"b\":\"L1\"}");
}

/* The messages of four_problems with partnership k cut short: before the others (then they
 * are one number lower: the line cut short is no record) or after them. */
static void expect_four(int k, char *expected, size_t size)
{
    char line[256];
    partnership_line(5000, line, sizeof line);
    int bad_byte = (int)(strstr(line, "agreement") - line) + 4;
    partnership_line(12000, line, sizeof line);
    int second_a = (int)(strstr(line, "\"b\"") - line) + 1;
    partnership_line(k, line, sizeof line);
    char malformed[160], *at = expected;
    snprintf(malformed, sizeof malformed,
             NAME ":%d:%d: malformed JSON: the record ends with the line before it is complete\n",
             partnership_line_number(k), (int)strlen(line));
    int shift = k < 5000 ? 1 : 0;
    at += snprintf(at, size, "%s", k < 5000 ? malformed : "");
    at += snprintf(at, size - (size_t)(at - expected),
                   NAME ":%d:%d: invalid UTF-8 (byte 0xFF)\n"
                   NAME ":%d:1: partnership %d: missing required field \"b\"\n"
                   NAME ":%d:%d: partnership %d: duplicate key \"a\" in one object\n"
                   NAME ":%d:1: partnership %d: missing required field \"kind\"\n"
                   NAME ":%d:36: partnership %d: links locality \"L1\" to itself\n",
                   partnership_line_number(5000), bad_byte, partnership_line_number(12000),
                   11999 - shift, partnership_line_number(12000), second_a, 11999 - shift,
                   partnership_line_number(20000), 19999 - shift, partnership_line_number(20000),
                   19999 - shift);
    snprintf(at, size - (size_t)(at - expected), "%s", k < 5000 ? "" : malformed);
}

static void assert_four_problems(int cut_at)
{
    char expected[1000];
    cut = cut_at;
    expect_four(cut_at, expected, sizeof expected);
    locnet_network_t net;
    char *messages = NULL;
    assert_int_equal(read_made(four_problems, &net, &messages), LOCNET_EDATA);
    assert_string_equal(messages, expected);
    free(messages);
}

/* The thread finds the first three, then stops at the line cut short. */
static void problems_found_ahead_come_in_order(void **state)
{
    (void)state;
    assert_four_problems(29000);
}

/* The thread stops at the line cut short, before the others: the caller finds them. */
static void lines_after_a_stop_are_read_all_the_same(void **state)
{
    (void)state;
    assert_four_problems(3000);
}

/* As the program: the attributes installed, the lines read on the second core. */
static int tune_as_the_program(void **state)
{
    (void)state;
    locnet_attributes_install();
    locnet_io_tune_for_large_loads();
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_record_is_read_in_order),
        cmocka_unit_test(problems_found_ahead_come_in_order),
        cmocka_unit_test(lines_after_a_stop_are_read_all_the_same),
    };
    return cmocka_run_group_tests(tests, tune_as_the_program, NULL);
}
