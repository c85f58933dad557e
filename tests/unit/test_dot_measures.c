/* tests/unit/test_dot_measures.c: the measures `locnet dot` sizes and selects by, against
 * NetworkX 2.8.8's answers in tests/reference/generated. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <cjson/cJSON.h>

#include "graph/dot_measures.h"
#include "io/load.h"

static char *read_text(const char *path)
{
    FILE *in = fopen(path, "rb");
    assert_non_null(in);
    fseek(in, 0, SEEK_END);
    long size = ftell(in);
    fseek(in, 0, SEEK_SET);
    char *text = malloc((size_t)size + 1);
    assert_non_null(text);
    assert_int_equal(fread(text, 1, (size_t)size, in), (size_t)size);
    text[size] = '\0';
    fclose(in);
    return text;
}

/* Compares every measure locnet computes with the expected file of one generated network. */
static void check_network(const char *name)
{
    char path[512], expected_path[512];
    snprintf(path, sizeof path, "%s/reference/generated/%s.json", LOCNET_TEST_DIR, name);
    snprintf(expected_path, sizeof expected_path, "%s/reference/generated/%s.expected.json",
             LOCNET_TEST_DIR, name);
    locnet_network_t net;
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    assert_int_equal(locnet_load(path, &net, &diagnostics), LOCNET_OK);
    locnet_diagnostics_destroy(&diagnostics);
    char *text = read_text(expected_path);
    cJSON *expected = cJSON_Parse(text);
    assert_non_null(expected);
    const cJSON *centrality = cJSON_GetObjectItemCaseSensitive(expected, "centrality");
    static const char *const keys[] = {"degree", "strength", "pagerank", "betweenness"};
    static const locnet_dot_measure_t measures[] = {
        LOCNET_DOT_MEASURE_DEGREE, LOCNET_DOT_MEASURE_STRENGTH, LOCNET_DOT_MEASURE_PAGERANK,
        LOCNET_DOT_MEASURE_BETWEENNESS};
    igraph_vector_t values;
    igraph_vector_init(&values, 0);
    for (size_t m = 0; m < 4; m++) {
        assert_int_equal(locnet_dot_measure_compute(&net, measures[m], &values), LOCNET_OK);
        assert_int_equal(igraph_vector_size(&values), locnet_locality_count(&net));
        for (igraph_integer_t v = 0; v < locnet_locality_count(&net); v++) {
            const char *id = locnet_locality_text(&net, LOCNET_V_ID, v);
            const cJSON *entry = cJSON_GetObjectItemCaseSensitive(centrality, id);
            const cJSON *value = cJSON_GetObjectItemCaseSensitive(entry, keys[m]);
            assert_non_null(value);
            double want = value->valuedouble, got = VECTOR(values)[v];
            if (fabs(got - want) > 1e-9) {
                fprintf(stderr, "%s %s %s: locnet %.12g, NetworkX %.12g\n", name, id, keys[m],
                        got, want);
                fail();
            }
        }
    }
    igraph_vector_destroy(&values);
    cJSON_Delete(expected);
    free(text);
    locnet_network_destroy(&net);
}

static void star_and_path(void **state)
{
    (void)state;
    check_network("star_and_path");
}

static void disconnected(void **state)
{
    (void)state;
    check_network("disconnected");
}

static void random_multi(void **state)
{
    (void)state;
    check_network("random_multi");
}

static void ties(void **state)
{
    (void)state;
    check_network("ties");
}

static void names(void **state)
{
    (void)state;
    locnet_dot_measure_t measure;
    assert_int_equal(locnet_dot_measure_parse("pagerank", &measure), LOCNET_OK);
    assert_int_equal(measure, LOCNET_DOT_MEASURE_PAGERANK);
    assert_string_equal(locnet_dot_measure_name(measure), "pagerank");
    assert_int_equal(locnet_dot_measure_parse("closeness", &measure), LOCNET_EUSAGE);
    assert_int_equal(locnet_dot_measure_parse("", &measure), LOCNET_EUSAGE);
}

int main(void)
{
    locnet_attributes_install();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(star_and_path), cmocka_unit_test(disconnected),
        cmocka_unit_test(random_multi), cmocka_unit_test(ties), cmocka_unit_test(names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
