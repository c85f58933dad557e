/* tests/unit/test_lookup.c: look-up keys, locality look-up and rank order on the bundled dataset
 * and a fixture. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "graph/collation.h"
#include "graph/lookup.h"
#include "graph/ranking.h"
#include "io/load.h"

static void assert_same_key(const char *a, const char *b)
{
    char *key_a = NULL, *key_b = NULL;
    assert_int_equal(locnet_lookup_key(a, &key_a), LOCNET_OK);
    assert_int_equal(locnet_lookup_key(b, &key_b), LOCNET_OK);
    assert_string_equal(key_a, key_b);
    free(key_a);
    free(key_b);
}

static void keys_ignore_case_spacing_hyphens_and_diacritics(void **state)
{
    (void)state;
    assert_same_key("Ha Noi", "Hà Nội");
    assert_same_key("HA NOI", "Hà Nội");
    assert_same_key("hanoi", "Hà Nội");
    assert_same_key("Dong Da", "Đống Đa");
    assert_same_key("DONG DA", "đống đa");
    assert_same_key("thua thien hue", "Thừa Thiên-Huế");
    assert_same_key("Ile de France", "Île-de-France");
    assert_same_key("Ba Ria – Vung Tau", "Bà Rịa - Vũng Tàu");  /* en dash */
    /* decomposed input (NFD) finds the composed name */
    assert_same_key("Ha\xCC\x80 No\xCC\xA3\xCC\x82i", "Hà Nội");
}

static void keys_keep_different_names_apart(void **state)
{
    (void)state;
    char *a = NULL, *b = NULL;
    assert_int_equal(locnet_lookup_key("Hải Phòng", &a), LOCNET_OK);
    assert_int_equal(locnet_lookup_key("Hải Dương", &b), LOCNET_OK);
    assert_string_not_equal(a, b);
    free(a);
    free(b);
}

/* The spelling key: ş/ș and ţ/ț (cedilla, comma below) are one letter, other marks are kept. */
static void spelling_keys_join_cedilla_and_comma_below(void **state)
{
    (void)state;
    char *a = NULL, *b = NULL;
    const char *const same[][2] = {
        {"Chi\xC5\x9Fin\xC4\x83u", "Chi\xC8\x99in\xC4\x83u"},  /* ş, ș */
        {"Constan\xC5\xA3" "a", "CONSTAN\xC8\x9A" "A"},            /* ţ, Ț */
        {"T\xC3\xA2rgu-Jiu", "T\xC3\xA2rgu Jiu"},
        {"\xEF\xBC\xB4okyo", "tokyo"},                             /* fullwidth T */
    };
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
        assert_int_equal(locnet_lookup_key_spelling(same[i][0], &a), LOCNET_OK);
        assert_int_equal(locnet_lookup_key_spelling(same[i][1], &b), LOCNET_OK);
        assert_string_equal(a, b);
        free(a);
        free(b);
    }
    assert_int_equal(locnet_lookup_key_spelling("M\xC3\xBCnster", &a), LOCNET_OK);  /* ü */
    assert_int_equal(locnet_lookup_key_spelling("Munster", &b), LOCNET_OK);
    assert_string_not_equal(a, b);
    free(a);
    free(b);
}

static void invalid_utf8_is_rejected(void **state)
{
    (void)state;
    char *key = NULL;
    assert_int_equal(locnet_lookup_key("H\xff", &key), LOCNET_EDATA);
    assert_null(key);
}

static int load_network(void **state, const char *path)
{
    locnet_network_t *net = malloc(sizeof *net);
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_status_t status = locnet_load(path, net, &diagnostics);
    locnet_diagnostics_print(&diagnostics, stderr);
    locnet_diagnostics_destroy(&diagnostics);
    if (status != LOCNET_OK) {
        free(net);
        return -1;
    }
    *state = net;
    return 0;
}

static int load_bundled(void **state)
{
    return load_network(state, LOCNET_SOURCE_DATA_DIR "/fr-vn.json");
}

/* two localities named Huế, as the bundled data had them before the old city was renamed */
static int load_two_hue(void **state)
{
    return load_network(state, LOCNET_TEST_DIR "/cli/nets/two_hue.json");
}

static int free_network(void **state)
{
    locnet_network_destroy(*state);
    free(*state);
    return 0;
}

static const char *found_id(const locnet_network_t *net, const char *query)
{
    igraph_integer_t vertex = -1;
    if (locnet_lookup_locality(net, query, &vertex, NULL) != LOCNET_OK)
        return NULL;
    return locnet_locality_text(net, LOCNET_V_ID, vertex);
}

static void finds_localities_by_id_name_and_alias(void **state)
{
    const locnet_network_t *net = *state;
    assert_string_equal(found_id(net, "VN-HN"), "VN-HN");
    assert_string_equal(found_id(net, "Ha Noi"), "VN-HN");
    assert_string_equal(found_id(net, "HA NOI"), "VN-HN");
    assert_string_equal(found_id(net, "Hà Nội"), "VN-HN");
    assert_string_equal(found_id(net, "Hanoi"), "VN-HN");
    assert_string_equal(found_id(net, "Dong Da"), "VN-HN-dong-da");
    assert_string_equal(found_id(net, "ile de france"), "FR-IDF");
    assert_string_equal(found_id(net, "Ho Chi Minh City"), "VN-SG");
    /* the city of Huế today, and the provincial city it replaced, each by its own name */
    assert_string_equal(found_id(net, "Huế"), "VN-HUE");
    assert_string_equal(found_id(net, "Hue"), "VN-HUE");
    assert_string_equal(found_id(net, "Huế (thành phố thuộc tỉnh)"), "VN-26-hue");
}

static void ambiguous_and_unknown_names(void **state)
{
    const locnet_network_t *net = *state;
    igraph_vector_int_t candidates;
    igraph_vector_int_init(&candidates, 0);
    igraph_integer_t vertex = -1;
    assert_int_equal(locnet_lookup_locality(net, "Hue", &vertex, &candidates), LOCNET_EAMBIGUOUS);
    assert_int_equal(igraph_vector_int_size(&candidates), 2);
    const char *first = locnet_locality_text(net, LOCNET_V_ID, VECTOR(candidates)[0]);
    const char *second = locnet_locality_text(net, LOCNET_V_ID, VECTOR(candidates)[1]);
    assert_true((strcmp(first, "VN-HUE") == 0 && strcmp(second, "VN-26-hue") == 0) ||
                (strcmp(first, "VN-26-hue") == 0 && strcmp(second, "VN-HUE") == 0));
    assert_int_equal(locnet_lookup_locality(net, "Atlantis", &vertex, &candidates), LOCNET_ENOTFOUND);
    igraph_vector_int_destroy(&candidates);
}

static void collation_sorts_diacritics_among_plain_letters(void **state)
{
    const locnet_network_t *net = *state;
    locnet_list_t keys;
    locnet_list_init(&keys);
    assert_int_equal(locnet_collation_keys(net, &keys), LOCNET_OK);
    igraph_integer_t dong_da = -1, dn = -1, hn = -1;
    locnet_lookup_locality(net, "VN-HN-dong-da", &dong_da, NULL);
    locnet_lookup_locality(net, "VN-DN", &dn, NULL);
    locnet_lookup_locality(net, "VN-HN", &hn, NULL);
    /* Đà Nẵng < Đống Đa < Hà Nội, although Đ sorts after H byte by byte */
    assert_true(locnet_collation_compare(net, &keys, dn, dong_da) < 0);
    assert_true(locnet_collation_compare(net, &keys, dong_da, hn) < 0);
    locnet_list_destroy(&keys);
}

/* ---- rank order, against the definition written out plainly: every value rounded to 12
 * significant digits, every name's sort key made, then one sort by (rounded value, largest
 * first; name) ---- */

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
        cmocka_unit_test(keys_ignore_case_spacing_hyphens_and_diacritics),
        cmocka_unit_test(keys_keep_different_names_apart),
        cmocka_unit_test(spelling_keys_join_cedilla_and_comma_below),
        cmocka_unit_test(invalid_utf8_is_rejected),
        cmocka_unit_test_setup_teardown(finds_localities_by_id_name_and_alias, load_bundled, free_network),
        cmocka_unit_test_setup_teardown(ambiguous_and_unknown_names, load_two_hue, free_network),
        cmocka_unit_test_setup_teardown(collation_sorts_diacritics_among_plain_letters, load_bundled, free_network),
        cmocka_unit_test_setup_teardown(all_tied_is_name_order, load_bundled, free_network),
        cmocka_unit_test_setup_teardown(rounding_noise_ties_and_real_differences_do_not,
                                        load_bundled, free_network),
        cmocka_unit_test_setup_teardown(distinct_values_sort_by_value, load_bundled, free_network),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
