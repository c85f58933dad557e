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

#include "graph/list_codec.h"
#include "io/read/json_reader.h"
#include "io/tuning.h"

#define LOCALITIES 2000
#define PARTNERSHIPS 30000  /* about 2.5 MB of text: more than the second core needs */
#define NAME "big.json"

/* What partnership k (from 1) is made of, before any change to it. */
static int end_a(int k)
{
    return 1 + k % LOCALITIES;
}

static int end_b(int k)
{
    int b = 1 + (k * 7 + 3) % LOCALITIES;
    return b != end_a(k) ? b : 1 + (k + 1) % LOCALITIES;
}

static int since(int k)
{
    return 1900 + k % 120;
}

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

typedef void (*change_fn)(int k, char *line, size_t size);

/* The whole text, with change (may be NULL) applied to the line of each partnership. */
static char *make_text(change_fn change, size_t *length)
{
    size_t capacity = 256 + (size_t)LOCALITIES * 100 + (size_t)PARTNERSHIPS * 200, used = 0;
    char *text = malloc(capacity), line[256];
    assert_non_null(text);
    used += (size_t)snprintf(text + used, capacity - used,
                             "{\"format\":\"locnet/1\",\"sources\":[{\"id\":\"s1\",\"title\":\"t\","
                             "\"publisher\":\"p\",\"date\":\"2000\"}],\n\"localities\":[\n");
    for (int v = 1; v <= LOCALITIES; v++)
        used += (size_t)snprintf(text + used, capacity - used,
                                 "{\"id\":\"L%d\",\"name\":\"Ville %d\",\"country\":\"FR\","
                                 "\"level\":\"commune\"}%s\n", v, v, v < LOCALITIES ? "," : "");
    used += (size_t)snprintf(text + used, capacity - used, "],\"partnerships\":[\n");
    for (int k = 1; k <= PARTNERSHIPS; k++) {
        partnership_line(k, line, sizeof line);
        if (change != NULL)
            change(k, line, sizeof line);
        used += (size_t)snprintf(text + used, capacity - used, "%s\n", line);
    }
    used += (size_t)snprintf(text + used, capacity - used, "]}\n");
    *length = used;
    return text;
}

/* Reads the text made with change; the messages go to *messages (one per line, caller frees). */
static locnet_status_t read_made(change_fn change, locnet_network_t *net, char **messages)
{
    size_t length, size = 0;
    char *text = make_text(change, &length);
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_status_t status = locnet_json_read(NAME, text, length, net, &diagnostics);
    FILE *out = open_memstream(messages, &size);
    assert_non_null(out);
    locnet_diagnostics_print(&diagnostics, out);
    fclose(out);
    locnet_diagnostics_destroy(&diagnostics);
    free(text);
    return status;
}

static void every_record_is_read_in_order(void **state)
{
    (void)state;
    locnet_network_t net;
    char *messages = NULL;
    assert_int_equal(read_made(NULL, &net, &messages), LOCNET_OK);
    assert_string_equal(messages, "");
    assert_int_equal(locnet_locality_count(&net), LOCALITIES);
    assert_int_equal(locnet_partnership_count(&net), PARTNERSHIPS);
    for (igraph_integer_t e = 0; e < PARTNERSHIPS; e++) {
        int k = (int)e + 1;
        igraph_integer_t from = IGRAPH_FROM(&net.graph, e), to = IGRAPH_TO(&net.graph, e);
        igraph_integer_t low = end_a(k) < end_b(k) ? end_a(k) - 1 : end_b(k) - 1;
        assert_int_equal(from < to ? from : to, low);
        assert_int_equal((int)locnet_partnership_number(&net, LOCNET_E_SINCE, e), since(k));
        char theme[16];
        snprintf(theme, sizeof theme, "t%d", k % 7);
        assert_true(locnet_list_contains(locnet_partnership_text(&net, LOCNET_E_THEMES, e), theme));
    }
    locnet_network_destroy(&net);
    free(messages);
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
