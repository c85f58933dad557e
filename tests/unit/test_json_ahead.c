/* tests/unit/test_json_ahead.c: a locnet/1 text large enough for the reader's second core (the
 * records parsed ahead, the encoding checked beside): the network and the messages are those
 * the text was made to give, in order. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "big_network.h"

#include "io/read/json_reader.h"
#include "io/tuning.h"

#define NAME "big.json"

/* The line of partnership k; its text goes to line (size at least 200). */
static void partnership_line(int k, char *line, size_t size)
{
    snprintf(line, size,
             "{\"a\":\"L%d\",\"b\":\"L%d\",\"kind\":\"agreement\",\"since\":%d,"
             "\"themes\":[\"t%d\"],\"sources\":[\"s1\"]}%s",
             end_a(k), end_b(k), since(k), k % 7, k < PARTNERSHIPS ? "," : "");
}

static int partnership_line_number(int k)
{
    return 3 + LOCALITIES + k;  /* the head, "localities", the localities, "partnerships" */
}

static void locality_line(int v, char *line, size_t size)
{
    snprintf(line, size,
             "{\"id\":\"L%d\",\"name\":\"Ville %d\",\"country\":\"FR\",\"level\":\"commune\"}%s\n",
             v, v, v < LOCALITIES ? "," : "");
}

/* The whole text, with change (may be NULL) applied to the line of each partnership. */
static char *make_text(change_fn change, size_t *length)
{
    static const big_text_format_t json = {
        "{\"format\":\"locnet/1\",\"sources\":[{\"id\":\"s1\",\"title\":\"t\","
        "\"publisher\":\"p\",\"date\":\"2000\"}],\n\"localities\":[\n",
        locality_line, "],\"partnerships\":[\n", "]}\n"};
    return make_big_text(&json, partnership_line, change, length);
}

/* Reads the text made with change; the messages go to *messages (one per line, caller frees). */
static locnet_status_t read_made(change_fn change, locnet_network_t *net, char **messages)
{
    size_t length;
    char *text = make_text(change, &length);
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_status_t status = locnet_json_read(NAME, text, length, net, &diagnostics);
    *messages = take_messages(&diagnostics);
    free(text);
    return status;
}

static void every_record_is_read_in_order(void **state)
{
    (void)state;
    assert_reads_big_network(read_made);
}

/* Reads the text made with change: it must fail with exactly the messages expected. */
static void assert_messages(change_fn change, const char *expected)
{
    locnet_network_t net;
    char *messages = NULL;
    assert_int_equal(read_made(change, &net, &messages), LOCNET_EDATA);
    assert_string_equal(messages, expected);
    free(messages);
}

static void drop_comma_after_20000(int k, char *line, size_t size)
{
    (void)size;
    if (k == 20000)
        line[strlen(line) - 1] = '\0';
}

static void a_syntax_error_far_in_is_placed(void **state)
{
    (void)state;
    char expected[200];
    snprintf(expected, sizeof expected,
             NAME ":%d:1: malformed JSON: unexpected '{', expected ',' or ']'\n",
             partnership_line_number(20001));
    assert_messages(drop_comma_after_20000, expected);
}

/* Partnership 10 links a number; 25000's kind has a byte that is not UTF-8. */
static void number_and_bad_byte(int k, char *line, size_t size)
{
    if (k == 10)
        snprintf(line, size, "{\"a\":7,\"b\":\"L1\"},");
    if (k == 25000)
        memcpy(strstr(line, "agreement"), "agr\xff", 4);
}

static void only_the_encoding_problem_is_reported(void **state)
{
    (void)state;
    char expected[200], line[256];
    partnership_line(25000, line, sizeof line);
    snprintf(expected, sizeof expected, NAME ":%d:%d: invalid UTF-8 (byte 0xFF)\n",
             partnership_line_number(25000), (int)(strstr(line, "agreement") - line) + 4);
    assert_messages(number_and_bad_byte, expected);
}

/* Partnerships 5000 and 29000 link L1 to itself. */
static void two_loops(int k, char *line, size_t size)
{
    if (k == 5000 || k == 29000)
        snprintf(line, size, "{\"a\":\"L1\",\"b\":\"L1\",\"kind\":\"agreement\"},");
}

static void problems_in_records_come_in_order(void **state)
{
    (void)state;
    char expected[400];
    snprintf(expected, sizeof expected,
             NAME ":%d:15: partnership 5000: links locality \"L1\" to itself\n"
             NAME ":%d:15: partnership 29000: links locality \"L1\" to itself\n",
             partnership_line_number(5000), partnership_line_number(29000));
    assert_messages(two_loops, expected);
}

/* As the program: the attributes installed, the records parsed on the second core. */
static int tune_as_the_program(void **state)
{
    (void)state;
    locnet_attributes_install();
    locnet_io_tune_for_large_loads();
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(every_record_is_read_in_order),
                                       cmocka_unit_test(a_syntax_error_far_in_is_placed),
                                       cmocka_unit_test(only_the_encoding_problem_is_reported),
                                       cmocka_unit_test(problems_in_records_come_in_order)};
    return cmocka_run_group_tests(tests, tune_as_the_program, NULL);
}
