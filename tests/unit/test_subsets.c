/* tests/unit/test_subsets.c: ego networks and top-N selections. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "graph/subsets.h"
#include "io/load.h"

/* star_and_path: L001 is the centre of a star with leaves L002..L005 (L001-L002 twice) and is
 * joined to the path L006-L007-L008-L009. */
static void load_star(locnet_network_t *net)
{
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    assert_int_equal(locnet_load(LOCNET_TEST_DIR "/reference/generated/star_and_path.json", net,
                                 &diagnostics),
                     LOCNET_OK);
    locnet_diagnostics_destroy(&diagnostics);
}

/* The ids of net's localities, comma-separated, into buffer. */
static const char *ids(const locnet_network_t *net, char *buffer, size_t size)
{
    buffer[0] = '\0';
    for (igraph_integer_t v = 0; v < locnet_locality_count(net); v++) {
        if (v > 0)
            strncat(buffer, ",", size - strlen(buffer) - 1);
        strncat(buffer, locnet_locality_text(net, LOCNET_V_ID, v), size - strlen(buffer) - 1);
    }
    return buffer;
}

static void around(void **state)
{
    (void)state;
    static const struct {
        igraph_integer_t centre, radius;
        const char *ids;
        igraph_integer_t partnerships;
    } cases[] = {
        {0, 0, "L001", 0},
        {0, 1, "L001,L002,L003,L004,L005,L006", 6},
        {0, 2, "L001,L002,L003,L004,L005,L006,L007", 7},
        {8, 1, "L008,L009", 1},
        {8, 3, "L006,L007,L008,L009", 3},
    };
    char buffer[256];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        locnet_network_t net;
        igraph_vector_int_t members, kept;
        load_star(&net);
        igraph_vector_int_init(&members, 0);
        igraph_vector_int_init(&kept, 0);
        assert_int_equal(locnet_subset_around(&net, cases[i].centre, cases[i].radius, &members),
                         LOCNET_OK);
        assert_int_equal(locnet_subset_keep(&net, &members, &kept), LOCNET_OK);
        assert_string_equal(ids(&net, buffer, sizeof buffer), cases[i].ids);
        assert_int_equal(locnet_partnership_count(&net), cases[i].partnerships);
        assert_int_equal(igraph_vector_int_size(&kept), locnet_locality_count(&net));
        /* attributes travel with the localities and partnerships */
        for (igraph_integer_t v = 0; v < locnet_locality_count(&net); v++) {
            char name[32];
            snprintf(name, sizeof name, "Locality %d", (int)VECTOR(kept)[v] + 1);
            assert_string_equal(locnet_locality_text(&net, LOCNET_V_NAME, v), name);
        }
        for (igraph_integer_t e = 0; e < locnet_partnership_count(&net); e++)
            assert_false(isnan(locnet_partnership_number(&net, LOCNET_E_SINCE, e)));
        igraph_vector_int_destroy(&members);
        igraph_vector_int_destroy(&kept);
        locnet_network_destroy(&net);
    }
}

static void top(void **state)
{
    (void)state;
    locnet_network_t net;
    igraph_vector_int_t members, kept;
    igraph_vector_t scores;
    char buffer[256];
    load_star(&net);
    igraph_vector_int_init(&members, 0);
    igraph_vector_int_init(&kept, 0);
    /* equal scores rank by name: "Locality 6" before "Locality 7" */
    double values[] = {5, 1, 1, 1, 1, 2, 2, 2, 1};
    igraph_vector_view(&scores, values, 9);
    assert_int_equal(locnet_subset_top(&net, &scores, 3, &members), LOCNET_OK);
    assert_int_equal(igraph_vector_int_size(&members), 3);
    assert_int_equal(VECTOR(members)[0], 0);
    assert_int_equal(VECTOR(members)[1], 5);
    assert_int_equal(VECTOR(members)[2], 6);
    igraph_vector_t copy;
    igraph_vector_init_copy(&copy, &scores);
    assert_int_equal(locnet_subset_keep(&net, &members, &kept), LOCNET_OK);
    assert_int_equal(locnet_subset_cut(&copy, &kept), LOCNET_OK);
    assert_string_equal(ids(&net, buffer, sizeof buffer), "L001,L006,L007");
    assert_int_equal(locnet_partnership_count(&net), 2);
    assert_int_equal(igraph_vector_size(&copy), 3);
    assert_true(VECTOR(copy)[0] == 5 && VECTOR(copy)[1] == 2 && VECTOR(copy)[2] == 2);
    /* scores equal to 12 significant digits tie, and ties go by name; a count beyond the
     * network takes everything */
    double close[] = {0.3, 0.1 + 0.2, 0.2};  /* 0.1 + 0.2 is a hair above 0.3 */
    igraph_vector_view(&scores, close, 3);
    assert_int_equal(locnet_subset_top(&net, &scores, 1, &members), LOCNET_OK);
    assert_int_equal(igraph_vector_int_size(&members), 1);
    assert_int_equal(VECTOR(members)[0], 0);
    assert_int_equal(locnet_subset_top(&net, &scores, 99, &members), LOCNET_OK);
    assert_int_equal(igraph_vector_int_size(&members), 3);
    igraph_vector_destroy(&copy);
    igraph_vector_int_destroy(&members);
    igraph_vector_int_destroy(&kept);
    locnet_network_destroy(&net);
}

int main(void)
{
    locnet_attributes_install();
    const struct CMUnitTest tests[] = {cmocka_unit_test(around), cmocka_unit_test(top)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
