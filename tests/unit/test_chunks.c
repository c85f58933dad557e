/* tests/unit/test_chunks.c: the worker pool: results come back in chunk order whatever the
 * number of workers, a failing chunk or a dying worker is reported, and chunked betweenness,
 * closeness and harmonic are the same bits with any number of jobs and igraph's single call
 * within rounding. */
#include <math.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "graph/chunks.h"
#include "graph/shortest_path_measures.h"

#define CHUNKS 40

typedef struct squares {
    igraph_integer_t failing;  /* chunk that fails, or -1 */
    igraph_integer_t dying;    /* chunk whose worker dies, or -1 */
    igraph_integer_t seen[CHUNKS];
    igraph_integer_t collected;
    double total;
} squares_t;

/* Chunk c: c + 1 values, each c * c; takes a little longer for low chunks, so that they
 * finish out of order. */
static igraph_error_t square_chunk(void *context, igraph_integer_t chunk, igraph_vector_t *result)
{
    const squares_t *squares = context;
    if (chunk == squares->failing)
        return IGRAPH_EINVAL;
    if (chunk == squares->dying)
        raise(SIGKILL);
    struct timespec pause = {0, (long)(CHUNKS - chunk) * 200000};
    nanosleep(&pause, NULL);
    IGRAPH_CHECK(igraph_vector_resize(result, chunk + 1));
    igraph_vector_fill(result, (double)(chunk * chunk));
    return IGRAPH_SUCCESS;
}

static void collect_square(void *context, igraph_integer_t chunk, const igraph_vector_t *result)
{
    squares_t *squares = context;
    assert_int_equal(igraph_vector_size(result), chunk + 1);
    squares->seen[squares->collected++] = chunk;
    squares->total += igraph_vector_sum(result);
}

static locnet_status_t run_squares(squares_t *squares, int jobs)
{
    locnet_chunk_work_t work = {CHUNKS, square_chunk, collect_square, squares, NULL};
    squares->collected = 0;
    squares->total = 0;
    return locnet_chunks_run(&work, jobs);
}

static void results_arrive_in_chunk_order(void **state)
{
    (void)state;
    double expected = 0;
    for (int c = 0; c < CHUNKS; c++)
        expected += (double)(c + 1) * c * c;
    for (int jobs = 1; jobs <= 5; jobs++) {
        squares_t squares = {.failing = -1, .dying = -1};
        assert_int_equal(run_squares(&squares, jobs), LOCNET_OK);
        assert_int_equal(squares.collected, CHUNKS);
        for (int c = 0; c < CHUNKS; c++)
            assert_int_equal(squares.seen[c], c);
        assert_true(squares.total == expected);
    }
}

static void a_failing_chunk_or_a_dying_worker_is_reported(void **state)
{
    (void)state;
    for (int jobs = 1; jobs <= 3; jobs++) {
        squares_t failing = {.failing = 17, .dying = -1};
        assert_int_equal(run_squares(&failing, jobs), LOCNET_EINTERNAL);
        assert_true(failing.collected <= 17);
    }
    squares_t dying = {.failing = -1, .dying = 5};
    assert_int_equal(run_squares(&dying, 2), LOCNET_EINTERNAL);
    assert_true(dying.collected <= 5);
}

static void chunk_sizes_depend_on_the_work_only(void **state)
{
    (void)state;
    /* a small network: one chunk; a large one: at most 64 chunks */
    assert_int_equal(locnet_chunks_size(500, 1500), 667);
    igraph_integer_t size = locnet_chunks_size(1000000, 6000000);
    assert_true((1000000 + size - 1) / size <= 64);
    assert_true(locnet_chunks_processors() >= 1);
}

/* A graph large enough for several chunks: a heavy-tailed core (1500 vertices, about 4500
 * edges), 500 vertices in trees hanging off it (each linked to one earlier vertex), a path and
 * a star of their own, and a few isolated vertices. */
static void make_graph(igraph_t *graph)
{
    igraph_rng_seed(igraph_rng_default(), 20240607);
    assert_int_equal(igraph_barabasi_game(graph, 1500, 1, 3, NULL, false, 1, false,
                                          IGRAPH_BARABASI_PSUMTREE, NULL),
                     IGRAPH_SUCCESS);
    igraph_vector_int_t edges;
    igraph_vector_int_init(&edges, 0);
    for (igraph_integer_t v = 1500; v < 2000; v++) {
        igraph_vector_int_push_back(&edges, v);
        igraph_vector_int_push_back(&edges, RNG_INTEGER(0, v - 1));
    }
    for (igraph_integer_t v = 2000; v < 2004; v++) {  /* a path */
        igraph_vector_int_push_back(&edges, v);
        igraph_vector_int_push_back(&edges, v + 1);
    }
    for (igraph_integer_t v = 2006; v < 2011; v++) {  /* a star */
        igraph_vector_int_push_back(&edges, 2005);
        igraph_vector_int_push_back(&edges, v);
    }
    igraph_add_vertices(graph, 515, NULL);
    igraph_add_edges(graph, &edges, NULL);
    igraph_vector_int_destroy(&edges);
}

static double relative_gap(const igraph_vector_t *a, const igraph_vector_t *b)
{
    double worst = 0;
    for (igraph_integer_t i = 0; i < igraph_vector_size(a); i++) {
        double scale = fmax(fabs(VECTOR(*b)[i]), 1e-300);
        worst = fmax(worst, fabs(VECTOR(*a)[i] - VECTOR(*b)[i]) / scale);
    }
    return worst;
}

static void betweenness_in_chunks_is_the_same_with_any_jobs(void **state)
{
    (void)state;
    igraph_t graph;
    make_graph(&graph);
    assert_true(locnet_chunks_size(igraph_vcount(&graph), igraph_vcount(&graph) +
                                   igraph_ecount(&graph)) < igraph_vcount(&graph));
    igraph_vector_t single, one, three;
    igraph_vector_init(&single, 0);
    igraph_vector_init(&one, 0);
    igraph_vector_init(&three, 0);
    assert_int_equal(igraph_betweenness(&graph, &single, igraph_vss_all(), false, NULL), IGRAPH_SUCCESS);
    assert_int_equal(locnet_betweenness_by_sources(&graph, NULL, NULL, 1, NULL, &one), LOCNET_OK);
    assert_int_equal(locnet_betweenness_by_sources(&graph, NULL, NULL, 3, NULL, &three), LOCNET_OK);
    assert_true(igraph_vector_all_e(&one, &three));
    assert_true(relative_gap(&one, &single) < 1e-12);
    igraph_vector_destroy(&single);
    igraph_vector_destroy(&one);
    igraph_vector_destroy(&three);
    igraph_destroy(&graph);
}

static void closeness_and_harmonic_in_chunks_are_igraphs(void **state)
{
    (void)state;
    igraph_t graph;
    make_graph(&graph);
    igraph_vector_t closeness, harmonic, expected;
    igraph_vector_int_t reachable, expected_reachable;
    igraph_vector_init(&closeness, 0);
    igraph_vector_init(&harmonic, 0);
    igraph_vector_init(&expected, 0);
    igraph_vector_int_init(&reachable, 0);
    igraph_vector_int_init(&expected_reachable, 0);
    locnet_distance_outputs_t outputs = {&closeness, &reachable, &harmonic};
    assert_int_equal(locnet_distance_measures(&graph, NULL, NULL, 2, NULL, &outputs), LOCNET_OK);
    igraph_closeness(&graph, &expected, &expected_reachable, NULL, igraph_vss_all(), IGRAPH_ALL,
                     NULL, true);
    for (igraph_integer_t v = 0; v < igraph_vcount(&graph); v++) {
        /* NaN where nothing is reachable, in both */
        assert_true(VECTOR(closeness)[v] == VECTOR(expected)[v] ||
                    (isnan(VECTOR(closeness)[v]) && isnan(VECTOR(expected)[v])));
    }
    assert_true(igraph_vector_int_all_e(&reachable, &expected_reachable));
    igraph_harmonic_centrality(&graph, &expected, igraph_vss_all(), IGRAPH_ALL, NULL, false);
    assert_true(igraph_vector_all_e(&harmonic, &expected));
    igraph_vector_destroy(&closeness);
    igraph_vector_destroy(&harmonic);
    igraph_vector_destroy(&expected);
    igraph_vector_int_destroy(&reachable);
    igraph_vector_int_destroy(&expected_reachable);
    igraph_destroy(&graph);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(results_arrive_in_chunk_order),
        cmocka_unit_test(a_failing_chunk_or_a_dying_worker_is_reported),
        cmocka_unit_test(chunk_sizes_depend_on_the_work_only),
        cmocka_unit_test(betweenness_in_chunks_is_the_same_with_any_jobs),
        cmocka_unit_test(closeness_and_harmonic_in_chunks_are_igraphs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
