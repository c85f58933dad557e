/* tests/unit/test_communities.c: graph/communities, graph/weights, graph/statistics and
 * graph/eigenvector on small networks whose answers are worked out by hand (each is also what
 * NetworkX 2.8 gives; tests/networkx/ compares larger networks with NetworkX itself). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "graph/communities.h"
#include "graph/eigenvector.h"
#include "graph/statistics.h"
#include "graph/topology.h"
#include "graph/weights.h"
#include "io/read/json_reader.h"
#include "io/read/text_values.h"

/* Two triangles A-B-C and D-E-F joined by C-D, which is signed twice; G is isolated. The
 * partnerships carry "since" (years), used as weights and distances below. */
static const char network_text[] =
    "{\"format\":\"locnet/1\",\"localities\":["
    "{\"id\":\"A\",\"name\":\"Alpha\",\"country\":\"VN\",\"level\":\"province\"},"
    "{\"id\":\"B\",\"name\":\"Beta\",\"country\":\"VN\",\"level\":\"province\"},"
    "{\"id\":\"C\",\"name\":\"Gamma\",\"country\":\"VN\",\"level\":\"province\"},"
    "{\"id\":\"D\",\"name\":\"Delta\",\"country\":\"FR\",\"level\":\"region\"},"
    "{\"id\":\"E\",\"name\":\"Epsilon\",\"country\":\"FR\",\"level\":\"region\"},"
    "{\"id\":\"F\",\"name\":\"Phi\",\"country\":\"FR\",\"level\":\"region\"},"
    "{\"id\":\"G\",\"name\":\"Eta\",\"country\":\"FR\",\"level\":\"region\"}],"
    "\"partnerships\":["
    "{\"a\":\"A\",\"b\":\"B\",\"kind\":\"agreement\",\"since\":2001},"
    "{\"a\":\"B\",\"b\":\"C\",\"kind\":\"agreement\",\"since\":2002},"
    "{\"a\":\"C\",\"b\":\"A\",\"kind\":\"agreement\",\"since\":2003},"
    "{\"a\":\"C\",\"b\":\"D\",\"kind\":\"agreement\",\"since\":2004},"
    "{\"a\":\"D\",\"b\":\"C\",\"kind\":\"agreement\",\"since\":2010},"
    "{\"a\":\"D\",\"b\":\"E\",\"kind\":\"agreement\",\"since\":2005},"
    "{\"a\":\"E\",\"b\":\"F\",\"kind\":\"agreement\",\"since\":2006},"
    "{\"a\":\"F\",\"b\":\"D\",\"kind\":\"agreement\"}]}";

static int load(void **state)
{
    locnet_network_t *net = malloc(sizeof *net);
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_status_t status = locnet_json_read("t", network_text, sizeof network_text - 1, net,
                                              &diagnostics);
    locnet_diagnostics_print(&diagnostics, stderr);
    locnet_diagnostics_destroy(&diagnostics);
    *state = net;
    return status == LOCNET_OK ? 0 : -1;
}

static int unload(void **state)
{
    locnet_network_destroy(*state);
    free(*state);
    return 0;
}

static igraph_integer_t vertex_of(const locnet_network_t *net, const char *id)
{
    for (igraph_integer_t v = 0; v < locnet_locality_count(net); v++) {
        if (strcmp(locnet_locality_text(net, LOCNET_V_ID, v), id) == 0)
            return v;
    }
    fail_msg("no locality %s", id);
    return -1;
}

/* Every method splits the two triangles, puts G alone, numbers the communities largest first
 * (equal sizes: Alpha's before Delta's) and reports Q = 2 (3/7 - (7/14)^2) = 5/14. */
static void test_every_method_finds_the_triangles(void **state)
{
    const locnet_network_t *net = *state;
    for (int m = 0; m < LOCNET_COMMUNITY_METHOD_COUNT; m++) {
        locnet_communities_options_t options;
        locnet_communities_t result;
        locnet_communities_options_init(&options);
        options.method = (locnet_community_method_t)m;
        assert_int_equal(locnet_communities_compute(net, &options, &result), LOCNET_OK);
        assert_int_equal(result.count, 3);
        const igraph_integer_t expected[] = {0, 0, 0, 1, 1, 1, 2};
        const char *ids[] = {"A", "B", "C", "D", "E", "F", "G"};
        for (int i = 0; i < 7; i++)
            assert_int_equal(VECTOR(result.membership)[vertex_of(net, ids[i])], expected[i]);
        assert_true(fabs(result.modularity - 5.0 / 14.0) < 1e-12);
        locnet_communities_destroy(&result);
    }
}

static void test_central_member_ties_by_name(void **state)
{
    const locnet_network_t *net = *state;
    locnet_communities_options_t options;
    locnet_communities_t result;
    locnet_communities_options_init(&options);
    assert_int_equal(locnet_communities_compute(net, &options, &result), LOCNET_OK);
    /* Alpha, Beta and Gamma each have 2 ties inside their triangle: Alpha comes first */
    assert_int_equal(VECTOR(result.central)[0], vertex_of(net, "A"));
    assert_true(VECTOR(result.inside)[vertex_of(net, "C")] == 2);
    assert_int_equal(VECTOR(result.central)[2], vertex_of(net, "G"));
    locnet_communities_destroy(&result);
}

static void test_seed_repeats_and_rng_is_left_alone(void **state)
{
    const locnet_network_t *net = *state;
    locnet_communities_options_t options;
    locnet_communities_t first, second;
    locnet_communities_options_init(&options);
    options.method = LOCNET_COMMUNITY_LABEL_PROPAGATION;
    options.seed = 42;
    igraph_rng_seed(igraph_rng_default(), 7);
    igraph_integer_t before = igraph_rng_get_integer(igraph_rng_default(), 0, 1000000);
    igraph_rng_seed(igraph_rng_default(), 7);
    assert_int_equal(locnet_communities_compute(net, &options, &first), LOCNET_OK);
    igraph_integer_t after = igraph_rng_get_integer(igraph_rng_default(), 0, 1000000);
    assert_int_equal(before, after);
    assert_int_equal(locnet_communities_compute(net, &options, &second), LOCNET_OK);
    assert_true(igraph_vector_int_all_e(&first.membership, &second.membership));
    locnet_communities_destroy(&first);
    locnet_communities_destroy(&second);
}

static void test_invalid_options(void **state)
{
    const locnet_network_t *net = *state;
    locnet_communities_options_t options;
    locnet_communities_t result;
    locnet_communities_options_init(&options);
    options.method = LOCNET_COMMUNITY_WALKTRAP;
    options.resolution = 2;
    assert_int_equal(locnet_communities_compute(net, &options, &result), LOCNET_EUSAGE);
    locnet_communities_options_init(&options);
    options.trials = 0;
    assert_int_equal(locnet_communities_compute(net, &options, &result), LOCNET_EUSAGE);
}

/* "count": C-D weighs 2; "since" as a weight sums (4014), as a distance keeps the smaller
 * (2004); F-D has no year, which is a problem either way. */
static void test_weights_and_distances(void **state)
{
    const locnet_network_t *net = *state;
    locnet_value_problems_t problems;
    igraph_vector_t values, link_values;
    igraph_t simple;
    locnet_value_problems_init(&problems);
    igraph_vector_init(&values, 0);
    igraph_vector_init(&link_values, 0);
    assert_int_equal(locnet_partnership_values(net, "since", LOCNET_VALUE_DISTANCE,
                                               locnet_text_number, &problems, &values),
                     LOCNET_EDATA);
    assert_int_equal(problems.count, 1);
    assert_int_equal(problems.items[0].kind, LOCNET_VALUE_MISSING);
    assert_int_equal(problems.items[0].partnership, 7);
    assert_int_equal(locnet_partnership_values(net, "nothing", LOCNET_VALUE_WEIGHT,
                                               locnet_text_number, &problems, &values),
                     LOCNET_EDATA);
    assert_int_equal(problems.items[1].kind, LOCNET_VALUE_ABSENT);
    VECTOR(values)[7] = 1;  /* give F-D a value */
    assert_int_equal(locnet_simple_graph(&net->graph, &simple), LOCNET_OK);
    igraph_integer_t c = vertex_of(net, "C"), d = vertex_of(net, "D"), link;
    assert_int_equal(igraph_get_eid(&simple, &link, c, d, false, true), IGRAPH_SUCCESS);
    assert_int_equal(locnet_simple_values(&net->graph, &simple, &values, LOCNET_VALUE_WEIGHT,
                                          &link_values), LOCNET_OK);
    assert_true(VECTOR(link_values)[link] == 4014);
    assert_int_equal(locnet_simple_values(&net->graph, &simple, &values, LOCNET_VALUE_DISTANCE,
                                          &link_values), LOCNET_OK);
    assert_true(VECTOR(link_values)[link] == 2004);
    assert_int_equal(locnet_partnership_values(net, LOCNET_WEIGHT_COUNT, LOCNET_VALUE_WEIGHT,
                                               locnet_text_number, &problems, &values), LOCNET_OK);
    assert_int_equal(locnet_simple_values(&net->graph, &simple, &values, LOCNET_VALUE_WEIGHT,
                                          &link_values), LOCNET_OK);
    assert_true(VECTOR(link_values)[link] == 2);
    igraph_destroy(&simple);
    igraph_vector_destroy(&values);
    igraph_vector_destroy(&link_values);
    locnet_value_problems_destroy(&problems);
}

/* Transitivity: 2 triangles, so 6 closed triples, over the connected triples: 1 centred on each
 * of A, B, E, F and 3 on each of C and D, 10 in all: 0.6. Clustering: A, B, E, F 1; C, D 1/3;
 * G 0: (4 + 2/3) / 7. Largest component A..F: diameter 3 (A to E); over its 15 pairs, 7 at 1
 * partnership, 4 at 2, 4 at 3: average path length 27/15. */
static void test_statistics(void **state)
{
    const locnet_network_t *net = *state;
    locnet_statistics_t statistics;
    assert_int_equal(locnet_statistics_compute(net, 1, &statistics), LOCNET_OK);
    assert_true(fabs(statistics.transitivity - 0.6) < 1e-12);
    assert_true(fabs(statistics.average_clustering - (4 + 2.0 / 3) / 7) < 1e-12);
    assert_int_equal(statistics.largest, 6);
    assert_int_equal(statistics.diameter, 3);
    assert_true(fabs(statistics.average_path_length - 27.0 / 15) < 1e-12);
    assert_int_equal(statistics.isolated, 1);
    /* the 7 links join degrees (2,2) twice, (2,3) four times, (3,3) once: over the 14 ordered
     * ends, mean 17/7, sum of products 82, sum of squares 86, so Pearson's r is
     * (82/14 - 289/49) / (86/14 - 289/49) = -1/6 */
    assert_true(fabs(statistics.assortativity - (-1.0 / 6)) < 1e-12);
    igraph_vector_int_t counts;
    igraph_vector_int_init(&counts, 0);
    assert_int_equal(locnet_degree_distribution(net, &counts), LOCNET_OK);
    assert_int_equal(igraph_vector_int_size(&counts), 4);
    assert_int_equal(VECTOR(counts)[0], 1);
    assert_int_equal(VECTOR(counts)[2], 4);
    assert_int_equal(VECTOR(counts)[3], 2);
    igraph_vector_int_destroy(&counts);
}

/* Two separate triangles tie: every locality gets 1/sqrt(6), and the tie is said. */
static void test_eigenvector_ties(void **state)
{
    igraph_t graph;
    igraph_vector_t values;
    locnet_eigenvector_ties_t ties;
    igraph_small(&graph, 7, IGRAPH_UNDIRECTED, 0, 1, 1, 2, 2, 0, 3, 4, 4, 5, 5, 3, -1);
    igraph_vector_init(&values, 0);
    assert_int_equal(locnet_eigenvector_centrality(&graph, NULL, &values, &ties), LOCNET_OK);
    assert_int_equal(ties.components, 2);
    assert_true(fabs(ties.eigenvalue - 2) < 1e-12);
    for (int v = 0; v < 6; v++)
        assert_true(fabs(VECTOR(values)[v] - 1 / sqrt(6)) < 1e-12);
    assert_true(VECTOR(values)[6] == 0);
    igraph_destroy(&graph);
    igraph_small(&graph, 3, IGRAPH_UNDIRECTED, -1);  /* no link: every locality tied at 0 */
    assert_int_equal(locnet_eigenvector_centrality(&graph, NULL, &values, &ties), LOCNET_OK);
    assert_int_equal(ties.components, 3);
    for (int v = 0; v < 3; v++)
        assert_true(fabs(VECTOR(values)[v] - 1 / sqrt(3)) < 1e-12);
    igraph_destroy(&graph);
    igraph_vector_destroy(&values);
    (void)state;
}

int main(void)
{
    locnet_attributes_install();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_method_finds_the_triangles),
        cmocka_unit_test(test_central_member_ties_by_name),
        cmocka_unit_test(test_seed_repeats_and_rng_is_left_alone),
        cmocka_unit_test(test_invalid_options),
        cmocka_unit_test(test_weights_and_distances),
        cmocka_unit_test(test_statistics),
        cmocka_unit_test(test_eigenvector_ties),
    };
    return cmocka_run_group_tests(tests, load, unload);
}
