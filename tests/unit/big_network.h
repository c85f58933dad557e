/* tests/unit/big_network.h: the network of the tests of the readers' second core (the records
 * parsed ahead): LOCALITIES localities L1, L2... and PARTNERSHIPS partnerships, each made of its
 * number k, and the check that a network read is that one, in order. */
#ifndef LOCNET_TEST_BIG_NETWORK_H
#define LOCNET_TEST_BIG_NETWORK_H

#include <stdio.h>
#include <stdlib.h>

#include "graph/list_codec.h"
#include "graph/network.h"
#include "io/diagnostics.h"

#define LOCALITIES 2000
#define PARTNERSHIPS 30000  /* about 3 MB of text: more than the second core needs */

/* The ends (numbers of localities) of partnership k, from 1. */
static inline int end_a(int k)
{
    return 1 + k % LOCALITIES;
}

static inline int end_b(int k)
{
    int b = 1 + (k * 7 + 3) % LOCALITIES;
    return b != end_a(k) ? b : 1 + (k + 1) % LOCALITIES;
}

static inline int since(int k)
{
    return 1900 + k % 120;
}

/* Checks that net holds the localities and the partnerships in order, with their ends, years
 * and themes ("t" and k % 7). */
static inline void assert_big_network(const locnet_network_t *net)
{
    assert_int_equal(locnet_locality_count(net), LOCALITIES);
    assert_int_equal(locnet_partnership_count(net), PARTNERSHIPS);
    for (igraph_integer_t e = 0; e < PARTNERSHIPS; e++) {
        int k = (int)e + 1;
        igraph_integer_t from = IGRAPH_FROM(&net->graph, e), to = IGRAPH_TO(&net->graph, e);
        igraph_integer_t low = end_a(k) < end_b(k) ? end_a(k) - 1 : end_b(k) - 1;
        assert_int_equal(from < to ? from : to, low);
        assert_int_equal((int)locnet_partnership_number(net, LOCNET_E_SINCE, e), since(k));
        char theme[16];
        snprintf(theme, sizeof theme, "t%d", k % 7);
        assert_true(locnet_list_contains(locnet_partnership_text(net, LOCNET_E_THEMES, e), theme));
    }
}

/* Changes the text of partnership k's record (size bytes at line) to make a test's problem. */
typedef void (*change_fn)(int k, char *line, size_t size);

/* How a format writes the network: the text before the localities, each locality's line (with
 * its end) made from its number, the text between the localities and the partnerships, and
 * after them. */
typedef struct big_text_format {
    const char *head;
    void (*locality_line)(int v, char *line, size_t size);
    const char *between;
    const char *tail;
} big_text_format_t;

/* The whole text in format (caller frees), each partnership's line made by line_of, then
 * changed by change (may be NULL). */
static inline char *make_big_text(const big_text_format_t *format,
                                  void (*line_of)(int k, char *line, size_t size),
                                  change_fn change, size_t *length)
{
    size_t capacity = 256 + (size_t)LOCALITIES * 100 + (size_t)PARTNERSHIPS * 200, used = 0;
    char *text = malloc(capacity), line[256];
    assert_non_null(text);
    used += (size_t)snprintf(text + used, capacity - used, "%s", format->head);
    for (int v = 1; v <= LOCALITIES; v++) {
        format->locality_line(v, line, sizeof line);
        used += (size_t)snprintf(text + used, capacity - used, "%s", line);
    }
    used += (size_t)snprintf(text + used, capacity - used, "%s", format->between);
    for (int k = 1; k <= PARTNERSHIPS; k++) {
        line_of(k, line, sizeof line);
        if (change != NULL)
            change(k, line, sizeof line);
        used += (size_t)snprintf(text + used, capacity - used, "%s\n", line);
    }
    used += (size_t)snprintf(text + used, capacity - used, "%s", format->tail);
    *length = used;
    return text;
}

/* A reader of the test's text made with change: the status, the network in *net when it is
 * LOCNET_OK, and the messages in *messages (caller frees). */
typedef locnet_status_t (*read_made_fn)(change_fn change, locnet_network_t *net,
                                        char **messages);

/* The messages of diagnostics as printed, one a line (caller frees); diagnostics is destroyed. */
static inline char *take_messages(locnet_diagnostics_t *diagnostics)
{
    char *messages = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&messages, &size);
    assert_non_null(out);
    locnet_diagnostics_print(diagnostics, out);
    fclose(out);
    locnet_diagnostics_destroy(diagnostics);
    return messages;
}

/* The unchanged text reads without a message as the network of assert_big_network. */
static inline void assert_reads_big_network(read_made_fn read_made)
{
    locnet_network_t net;
    char *messages = NULL;
    assert_int_equal(read_made(NULL, &net, &messages), LOCNET_OK);
    assert_string_equal(messages, "");
    assert_big_network(&net);
    locnet_network_destroy(&net);
    free(messages);
}

#endif
