/* tests/unit/test_filters.c: the shared partnership filters on a small hand-checked network. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "graph/components.h"
#include "graph/filters.h"
#include "io/read/json_reader.h"

/* A-B agreement 1989 [heritage], B-C cochair 2023 [water], C-D agreement (no year),
 * E-F agreement 1995, G isolated. */
static const char network_text[] =
    "{\"format\":\"locnet/1\",\"sources\":[{\"id\":\"s\",\"title\":\"t\",\"publisher\":\"p\",\"date\":\"2023\"}],"
    "\"localities\":["
    "{\"id\":\"A\",\"name\":\"Alpha\",\"country\":\"VN\",\"level\":\"province\"},"
    "{\"id\":\"B\",\"name\":\"Beta\",\"country\":\"FR\",\"level\":\"region\"},"
    "{\"id\":\"C\",\"name\":\"Gamma\",\"country\":\"VN\",\"level\":\"province\"},"
    "{\"id\":\"D\",\"name\":\"Delta\",\"country\":\"FR\",\"level\":\"commune\"},"
    "{\"id\":\"E\",\"name\":\"Epsilon\",\"country\":\"VN\",\"level\":\"province\"},"
    "{\"id\":\"F\",\"name\":\"Phi\",\"country\":\"FR\",\"level\":\"department\"},"
    "{\"id\":\"G\",\"name\":\"Eta\",\"country\":\"FR\",\"level\":\"commune\"}],"
    "\"partnerships\":["
    "{\"a\":\"A\",\"b\":\"B\",\"kind\":\"agreement\",\"since\":1989,\"themes\":[\"heritage\"],\"sources\":[\"s\"]},"
    "{\"a\":\"B\",\"b\":\"C\",\"kind\":\"cochair\",\"since\":2023,\"themes\":[\"water\"]},"
    "{\"a\":\"C\",\"b\":\"D\",\"kind\":\"agreement\"},"
    "{\"a\":\"E\",\"b\":\"F\",\"kind\":\"agreement\",\"since\":1995}]}";

static int load(void **state)
{
    locnet_network_t *net = malloc(sizeof *net);
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_status_t status = locnet_json_read("t", network_text, sizeof network_text - 1, net, &diagnostics);
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

/* The sorted ids of the localities left, joined: "ABC". */
static void assert_ids(const locnet_network_t *net, const char *expected)
{
    char ids[32] = "";
    for (igraph_integer_t v = 0; v < locnet_locality_count(net); v++)
        strcat(ids, locnet_locality_text(net, LOCNET_V_ID, v));
    assert_string_equal(ids, expected);
}

static void no_filter_keeps_everything(void **state)
{
    locnet_network_t *net = *state;
    locnet_filter_t filter;
    locnet_filter_init(&filter);
    assert_false(locnet_filter_selects_partnerships(&filter));
    assert_int_equal(locnet_filter_apply(&filter, net, NULL), LOCNET_OK);
    assert_ids(net, "ABCDEFG");
    assert_int_equal(locnet_partnership_count(net), 4);
    locnet_filter_destroy(&filter);
}

static void kind_filter_keeps_partners_of_that_kind(void **state)
{
    locnet_network_t *net = *state;
    locnet_filter_t filter;
    locnet_filter_init(&filter);
    locnet_list_append(&filter.kinds, "cochair");
    assert_int_equal(locnet_filter_apply(&filter, net, NULL), LOCNET_OK);
    assert_ids(net, "BC");
    assert_string_equal(locnet_partnership_text(net, LOCNET_E_KIND, 0), "cochair");
    assert_int_equal(net->source_count, 1);  /* sources travel with the network */
    locnet_filter_destroy(&filter);
}

static void theme_filter(void **state)
{
    locnet_network_t *net = *state;
    locnet_filter_t filter;
    locnet_filter_init(&filter);
    locnet_list_append(&filter.themes, "heritage");
    assert_int_equal(locnet_filter_apply(&filter, net, NULL), LOCNET_OK);
    assert_ids(net, "AB");
    locnet_filter_destroy(&filter);
}

static void year_filters_leave_out_partnerships_without_a_year(void **state)
{
    locnet_network_t *net = *state;
    locnet_filter_t filter;
    locnet_filter_init(&filter);
    filter.until = 1999;
    assert_int_equal(locnet_filter_apply(&filter, net, NULL), LOCNET_OK);
    assert_ids(net, "ABEF");
    assert_int_equal(locnet_partnership_count(net), 2);
    locnet_filter_destroy(&filter);
}

static void since_filter(void **state)
{
    locnet_network_t *net = *state;
    locnet_filter_t filter;
    locnet_filter_init(&filter);
    filter.since = 1995;
    assert_int_equal(locnet_filter_apply(&filter, net, NULL), LOCNET_OK);
    assert_ids(net, "BCEF");
    locnet_filter_destroy(&filter);
}

static void largest_component(void **state)
{
    locnet_network_t *net = *state;
    locnet_filter_t filter;
    locnet_filter_init(&filter);
    filter.largest = true;
    assert_int_equal(locnet_filter_apply(&filter, net, NULL), LOCNET_OK);
    assert_ids(net, "ABCD");
    locnet_filter_destroy(&filter);
}

static void components_are_numbered_largest_first_then_by_name(void **state)
{
    const locnet_network_t *net = *state;
    locnet_components_t components;
    assert_int_equal(locnet_components_compute(net, &components), LOCNET_OK);
    assert_int_equal(components.count, 3);
    assert_int_equal(VECTOR(components.sizes)[0], 4);  /* A B C D */
    assert_int_equal(VECTOR(components.sizes)[1], 2);  /* E F (Epsilon) */
    assert_int_equal(VECTOR(components.sizes)[2], 1);  /* G (Eta) */
    assert_int_equal(VECTOR(components.membership)[6], 2);
    assert_int_equal(VECTOR(components.membership)[4], 1);
    locnet_components_destroy(&components);
}

int main(void)
{
    locnet_attributes_install();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(no_filter_keeps_everything, load, unload),
        cmocka_unit_test_setup_teardown(kind_filter_keeps_partners_of_that_kind, load, unload),
        cmocka_unit_test_setup_teardown(theme_filter, load, unload),
        cmocka_unit_test_setup_teardown(year_filters_leave_out_partnerships_without_a_year, load, unload),
        cmocka_unit_test_setup_teardown(since_filter, load, unload),
        cmocka_unit_test_setup_teardown(largest_component, load, unload),
        cmocka_unit_test_setup_teardown(components_are_numbered_largest_first_then_by_name, load, unload),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
