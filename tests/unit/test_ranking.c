/* tests/unit/test_ranking.c: rank order on the bundled dataset, against the definition written
 * out plainly here: every value rounded to 12 significant digits, every name's sort key made,
 * then one sort by (rounded value, largest first; name). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "graph/collation.h"
#include "graph/ranking.h"
#include "io/load.h"

static int load_bundled(void **state)
{
    locnet_network_t *net = malloc(sizeof *net);
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_status_t status = locnet_load(LOCNET_SOURCE_DATA_DIR "/fr-vn.json", net, &diagnostics);
    locnet_diagnostics_print(&diagnostics, stderr);
    locnet_diagnostics_destroy(&diagnostics);
    if (status != LOCNET_OK) {
        free(net);
        return -1;
    }
    *state = net;
    return 0;
}

static int free_network(void **state)
{
    locnet_network_destroy(*state);
    free(*state);
    return 0;
}

typedef struct reference {
    const locnet_network_t *net;
    locnet_list_t keys;
    double *rounded;
} reference_t;

static int compare_reference(void *data, const void *left, const void *right)
{
    const reference_t *ref = data;
    igraph_integer_t a = *(const igraph_integer_t *)left, b = *(const igraph_integer_t *)right;
    if (ref->rounded[a] != ref->rounded[b])
        return ref->rounded[a] > ref->rounded[b] ? -1 : 1;
    return locnet_collation_compare(ref->net, &ref->keys, a, b);
}

/* Ranks values both ways and checks that the orders are the same. */
static void assert_rank_as_defined(const locnet_network_t *net, const igraph_vector_t *values)
{
    igraph_integer_t n = locnet_locality_count(net);
    reference_t ref = {net, {0}, calloc((size_t)n, sizeof(double))};
    locnet_list_init(&ref.keys);
    assert_int_equal(locnet_collation_keys(net, &ref.keys), LOCNET_OK);
    igraph_integer_t *expected = malloc((size_t)n * sizeof *expected);
    for (igraph_integer_t v = 0; v < n; v++) {
        char text[64];
        snprintf(text, sizeof text, "%.11e", VECTOR(*values)[v]);
        ref.rounded[v] = strtod(text, NULL);
        expected[v] = v;
    }
    igraph_qsort_r(expected, (size_t)n, sizeof *expected, &ref, compare_reference);
    igraph_vector_int_t order;
    igraph_vector_int_init(&order, 0);
    assert_int_equal(locnet_rank_localities(net, values, &order), LOCNET_OK);
    assert_int_equal(igraph_vector_int_size(&order), n);
    for (igraph_integer_t i = 0; i < n; i++)
        assert_int_equal(VECTOR(order)[i], expected[i]);
    igraph_vector_int_destroy(&order);
    free(expected);
    free(ref.rounded);
    locnet_list_destroy(&ref.keys);
}

static void all_tied_is_name_order(void **state)
{
    const locnet_network_t *net = *state;
    igraph_vector_t values;
    igraph_vector_init(&values, locnet_locality_count(net));
    igraph_vector_fill(&values, 0.25);
    assert_rank_as_defined(net, &values);
    igraph_vector_destroy(&values);
}

/* Values in a few groups, each with noise below, at and above the 12th significant digit, of
 * both signs: ties are exactly the values equal to 12 digits. */
static void rounding_noise_ties_and_real_differences_do_not(void **state)
{
    const locnet_network_t *net = *state;
    igraph_integer_t n = locnet_locality_count(net);
    static const double bases[] = {1.0 / 3.0, 1e-7, 0.0, -2.5, 1234.5678};
    static const double noise[] = {0, 1e-16, -1e-16, 3e-13, -3e-13, 4.9e-12, 5.1e-12, 1e-11, 2e-10};
    igraph_vector_t values;
    igraph_vector_init(&values, n);
    for (igraph_integer_t v = 0; v < n; v++) {
        double base = bases[v % 5];
        VECTOR(values)[v] = base + (base == 0 ? 1e-300 : base) * noise[(v / 5) % 9] * (v % 2 ? 1 : -1);
    }
    assert_rank_as_defined(net, &values);
    igraph_vector_destroy(&values);
}

static void distinct_values_sort_by_value(void **state)
{
    const locnet_network_t *net = *state;
    igraph_integer_t n = locnet_locality_count(net);
    igraph_vector_t values;
    igraph_vector_init(&values, n);
    for (igraph_integer_t v = 0; v < n; v++)
        VECTOR(values)[v] = (double)((v * 7919) % n) / (double)n;
    assert_rank_as_defined(net, &values);
    igraph_vector_destroy(&values);
}

int main(void)
{
    locnet_attributes_install();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(all_tied_is_name_order),
        cmocka_unit_test(rounding_noise_ties_and_real_differences_do_not),
        cmocka_unit_test(distinct_values_sort_by_value),
    };
    return cmocka_run_group_tests(tests, load_bundled, free_network);
}
