/* tests/unit/test_path_lengths.c: the histogram of shortest path lengths with the trees peeled
 * equals igraph_path_length_hist's plain breadth-first searches, pair for pair, on graphs
 * with and without trees hanging off them, cores, several components, and with 1 or 3 worker
 * processes; and a hand-counted case. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "graph/path_lengths.h"

/* Compares locnet_path_length_histogram with igraph_path_length_hist on graph. */
static void check_graph(const igraph_t *graph, int jobs)
{
    igraph_vector_t expected, got;
    igraph_real_t unconnected;
    assert_int_equal(igraph_vector_init(&expected, 0), IGRAPH_SUCCESS);
    assert_int_equal(igraph_vector_init(&got, 3), IGRAPH_SUCCESS);
    assert_int_equal(igraph_path_length_hist(graph, &expected, &unconnected, false),
                     IGRAPH_SUCCESS);
    assert_int_equal(locnet_path_length_histogram(graph, jobs, &got), LOCNET_OK);
    assert_int_equal(igraph_vector_size(&got), igraph_vector_size(&expected));
    for (igraph_integer_t i = 0; i < igraph_vector_size(&got); i++)
        assert_true(VECTOR(got)[i] == VECTOR(expected)[i]);
    igraph_vector_destroy(&expected);
    igraph_vector_destroy(&got);
}

/* A ring (the core) with a path of 3 hanging off vertex 0 and a star hanging off vertex 2,
 * 13 vertices: checked by hand, not only against igraph. The ring 0..5 has, over its 15
 * pairs, 6 at 1, 6 at 2, 3 at 3. */
static void test_by_hand(void **state)
{
    (void)state;
    igraph_t graph;
    igraph_vector_int_t edges;
    igraph_integer_t list[] = {0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 0,
                               0, 6, 6, 7, 7, 8, 2, 9, 9, 10, 9, 11, 9, 12};
    assert_int_equal(igraph_vector_int_init_array(&edges, list, sizeof list / sizeof list[0]),
                     IGRAPH_SUCCESS);
    assert_int_equal(igraph_create(&graph, &edges, 13, false), IGRAPH_SUCCESS);
    igraph_vector_int_destroy(&edges);
    igraph_vector_t got;
    assert_int_equal(igraph_vector_init(&got, 0), IGRAPH_SUCCESS);
    assert_int_equal(locnet_path_length_histogram(&graph, 1, &got), LOCNET_OK);
    /* the diameter: 8 to 10, 11 or 12, 3 + d(0, 2) + 2 = 7 partnerships apart */
    assert_int_equal(igraph_vector_size(&got), 7);
    assert_true(VECTOR(got)[6] == 3);
    assert_true(igraph_vector_sum(&got) == 13 * 12 / 2);
    assert_true(VECTOR(got)[0] == 13);  /* one per link */
    igraph_vector_destroy(&got);
    check_graph(&graph, 1);
    check_graph(&graph, 3);
    igraph_destroy(&graph);
}

/* Random graphs: sparse (trees hanging off a core), very sparse (mostly trees), a tree, a
 * graph without links, and the empty graph. */
static void test_random_graphs(void **state)
{
    (void)state;
    igraph_rng_seed(igraph_rng_default(), 20240614);
    const struct {
        igraph_integer_t n, m;
    } sizes[] = {{400, 480}, {600, 500}, {300, 330}, {1000, 1300}, {50, 0}, {1, 0}, {0, 0}};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        igraph_t graph;
        assert_int_equal(igraph_erdos_renyi_game_gnm(&graph, sizes[i].n, sizes[i].m, false, false),
                         IGRAPH_SUCCESS);
        check_graph(&graph, 1);
        check_graph(&graph, 3);
        igraph_destroy(&graph);
    }
    igraph_t tree;
    assert_int_equal(igraph_kary_tree(&tree, 500, 3, IGRAPH_TREE_UNDIRECTED), IGRAPH_SUCCESS);
    check_graph(&tree, 2);
    igraph_destroy(&tree);
}

/* Preferential attachment with one link per newcomer, then a few more links: a core with long
 * and deep trees hanging off it, as in the twin-town network. */
static void test_preferential(void **state)
{
    (void)state;
    igraph_rng_seed(igraph_rng_default(), 7);
    igraph_t graph;
    assert_int_equal(igraph_barabasi_game(&graph, 3000, 1.0, 1, NULL, false, 1.0, false,
                                          IGRAPH_BARABASI_PSUMTREE, NULL),
                     IGRAPH_SUCCESS);
    igraph_vector_int_t extra;
    igraph_integer_t list[] = {5, 900, 17, 2500, 40, 41, 1200, 2999, 300, 301};
    assert_int_equal(igraph_vector_int_init_array(&extra, list, sizeof list / sizeof list[0]),
                     IGRAPH_SUCCESS);
    assert_int_equal(igraph_add_edges(&graph, &extra, NULL), IGRAPH_SUCCESS);
    igraph_vector_int_destroy(&extra);
    check_graph(&graph, 1);
    check_graph(&graph, 2);
    igraph_destroy(&graph);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_by_hand),
        cmocka_unit_test(test_random_graphs),
        cmocka_unit_test(test_preferential),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
