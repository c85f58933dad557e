/* tests/library/test_process_state.c: every call of the public API (<locnet/locnet.h>, nothing
 * else of locnet's) leaves the process as it found it: igraph's default random number generator
 * (the same structure, the same state: the next number drawn is the one it would have been),
 * igraph's error handler, and cJSON's allocation hooks. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <cmocka.h>

#include <locnet/locnet.h>

#include "support.h"

#define BUNDLED LOCNET_SOURCE_DATA_DIR "/fr-vn.json"
#define GENERATED LOCNET_TEST_DIR "/reference/generated/"
#define CALLER_SEED 4242

/* ---- what the caller set up, and the check that it is still there ---- */

static void caller_error_handler(const char *reason, const char *file, int line,
                                 igraph_error_t error)
{
    fail_msg("igraph error reached the caller's handler: %s (%s:%d, %d)", reason, file, line,
             (int)error);
}

static size_t caller_allocations;

static void *caller_malloc(size_t size)
{
    caller_allocations++;
    return malloc(size);
}

typedef struct caller_state {
    igraph_rng_t rng;           /* the default generator's structure before the call */
    igraph_integer_t next;      /* the number it gives after CALLER_SEED */
} caller_state_t;

static void caller_set_up(caller_state_t *caller)
{
    igraph_set_error_handler(caller_error_handler);
    cJSON_Hooks hooks = {caller_malloc, free};
    cJSON_InitHooks(&hooks);
    igraph_rng_seed(igraph_rng_default(), CALLER_SEED);
    caller->next = igraph_rng_get_integer(igraph_rng_default(), 0, 1 << 30);
    igraph_rng_seed(igraph_rng_default(), CALLER_SEED);
    caller->rng = *igraph_rng_default();
}

static void caller_check(const caller_state_t *caller, const char *call)
{
    const igraph_rng_t *now = igraph_rng_default();
    if (now->type != caller->rng.type || now->state != caller->rng.state)
        fail_msg("%s: igraph's default generator was replaced", call);
    if (igraph_rng_get_integer(igraph_rng_default(), 0, 1 << 30) != caller->next)
        fail_msg("%s: igraph's default generator was drawn from or reseeded", call);
    igraph_error_handler_t *handler = igraph_set_error_handler(igraph_error_handler_ignore);
    if (handler != caller_error_handler)
        fail_msg("%s: igraph's error handler was replaced", call);
    size_t before = caller_allocations;
    cJSON_Delete(cJSON_CreateObject());
    if (caller_allocations == before)
        fail_msg("%s: cJSON's hooks were replaced", call);
    cJSON_InitHooks(NULL);
}

/* ---- the calls ---- */

static void reading(void **state)
{
    static const char *const paths[] = {BUNDLED, GENERATED "random_multi.json",
                                        LOCNET_TEST_DIR "/reference/classic/karate_edges.csv"};
    static const char bad[] = "{\"format\": \"locnet/1\", \"localities\": [{\"id\": 1}]}";
    caller_state_t caller;
    for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
        caller_set_up(&caller);
        locnet_network_t *net = support_read(paths[i]);
        caller_check(&caller, paths[i]);
        locnet_network_free(net);
    }
    locnet_network_t *net = NULL;
    char *problems = NULL;
    caller_set_up(&caller);
    assert_int_equal(locnet_network_read_text("bad.json", bad, sizeof bad - 1, NULL, &net,
                                              &problems),
                     LOCNET_EDATA);
    caller_check(&caller, "locnet_network_read_text of bad data");
    assert_null(net);
    assert_non_null(problems);
    free(problems);
}

static void selecting(void **state)
{
    locnet_selection_t selections[3] = {{0}};
    selections[0].as_of = "2016";
    selections[0].largest = true;
    selections[1].level = "region";
    selections[1].kinds = "agreement";
    selections[2].since = 2000;
    selections[2].as_of = "2023-02-30";  /* no such day: LOCNET_EUSAGE */
    for (size_t i = 0; i < sizeof selections / sizeof selections[0]; i++) {
        locnet_network_t *net = support_read(BUNDLED);
        caller_state_t caller;
        caller_set_up(&caller);
        locnet_status_t status = locnet_network_select(net, &selections[i]);
        caller_check(&caller, "locnet_network_select");
        assert_int_equal(status, i == 2 ? LOCNET_EUSAGE : LOCNET_OK);
        locnet_network_free(net);
    }
}

static void measuring(void **state)
{
    static const char *const measures[] = {"degree", "strength", "betweenness", "closeness",
                                           "harmonic", "eigenvector", "pagerank", "coreness"};
    locnet_network_t *net = support_read(GENERATED "random_multi.json");
    locnet_centrality_settings_t sampled = {0};
    sampled.samples = 20;
    sampled.seed = 3;
    igraph_vector_t values;
    igraph_vector_int_t found;
    igraph_vector_init(&values, 0);
    igraph_vector_int_init(&found, 0);
    caller_state_t caller;
    for (size_t i = 0; i < sizeof measures / sizeof measures[0]; i++) {
        for (int samples = 0; samples < 2; samples++) {
            caller_set_up(&caller);
            assert_int_equal(locnet_network_centrality(net, measures[i],
                                                       samples ? &sampled : NULL, &values),
                             LOCNET_OK);
            caller_check(&caller, measures[i]);
        }
    }
    caller_set_up(&caller);
    assert_int_equal(locnet_network_centrality(net, "no such measure", NULL, &values),
                     LOCNET_EUSAGE);
    caller_check(&caller, "an unknown measure");
    caller_set_up(&caller);
    assert_int_equal(locnet_network_components(net, &found, NULL), LOCNET_OK);
    assert_int_equal(locnet_network_cut_vertices(net, &found), LOCNET_OK);
    assert_int_equal(locnet_network_bridges(net, &found), LOCNET_OK);
    caller_check(&caller, "components, cut vertices and bridges");
    igraph_vector_destroy(&values);
    igraph_vector_int_destroy(&found);
    locnet_network_free(net);
}

static void finding_communities(void **state)
{
    static const char *const methods[] = {"louvain", "leiden", "label-propagation",
                                          "fast-greedy", "walktrap", "infomap"};
    locnet_network_t *net = support_read(GENERATED "random_multi.json");
    igraph_vector_int_t membership;
    igraph_vector_int_init(&membership, 0);
    caller_state_t caller;
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++) {
        locnet_communities_settings_t settings = {.method = methods[i], .weight = "count",
                                                  .trials = 2, .seed = 9};
        caller_set_up(&caller);
        assert_int_equal(locnet_network_communities(net, &settings, &membership, NULL, NULL),
                         LOCNET_OK);
        caller_check(&caller, methods[i]);
    }
    caller_set_up(&caller);
    assert_int_equal(locnet_network_communities(net, NULL, &membership, NULL, NULL), LOCNET_OK);
    caller_check(&caller, "communities with the default settings");
    locnet_communities_settings_t bad = {.weight = "no such attribute"};
    caller_set_up(&caller);
    assert_int_equal(locnet_network_communities(net, &bad, &membership, NULL, NULL), LOCNET_EDATA);
    caller_check(&caller, "communities refused");
    igraph_vector_int_destroy(&membership);
    locnet_network_free(net);
}

static void writing(void **state)
{
    static const char *const formats[] = {"json", "ndjson", "csv", "graphml", "dot"};
    locnet_network_t *net = support_read(BUNDLED);
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
        FILE *out = tmpfile();
        assert_non_null(out);
        caller_state_t caller;
        caller_set_up(&caller);
        assert_int_equal(locnet_network_write(net, formats[i], out), LOCNET_OK);
        caller_check(&caller, formats[i]);
        assert_true(ftell(out) > 0);
        fclose(out);
    }
    locnet_network_free(net);
}

int main(void)
{
    locnet_library_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(reading),
        cmocka_unit_test(selecting),
        cmocka_unit_test(measuring),
        cmocka_unit_test(finding_communities),
        cmocka_unit_test(writing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
