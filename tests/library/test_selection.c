/* tests/library/test_selection.c: locnet_network_select through the public API alone, on a
 * small network whose answers are worked out by hand: look-alike names merged by diacritics but
 * not by spelling, countries named by their common English names at level "country", and bad
 * selections refused with the network left as it was. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <locnet/locnet.h>

/* Hà Nội is written twice, once without diacritics; Rennes lies in Ille-et-Vilaine. */
static const char network_text[] =
    "{\"format\":\"locnet/1\",\"localities\":["
    "{\"id\":\"VN-HN\",\"name\":\"H\xc3\xa0 N\xe1\xbb\x99i\",\"country\":\"VN\","
    "\"level\":\"province\"},"
    "{\"id\":\"VN-HN2\",\"name\":\"Ha Noi\",\"country\":\"VN\",\"level\":\"province\"},"
    "{\"id\":\"VN-TTH\",\"name\":\"Hu\xe1\xba\xbf\",\"country\":\"VN\",\"level\":\"province\"},"
    "{\"id\":\"FR-35\",\"name\":\"Ille-et-Vilaine\",\"country\":\"FR\",\"level\":\"department\"},"
    "{\"id\":\"FR-35238\",\"name\":\"Rennes\",\"country\":\"FR\",\"level\":\"commune\","
    "\"parent\":\"FR-35\"},"
    "{\"id\":\"FR-31555\",\"name\":\"Toulouse\",\"country\":\"FR\",\"level\":\"commune\"}],"
    "\"partnerships\":["
    "{\"a\":\"VN-HN\",\"b\":\"FR-31555\",\"kind\":\"agreement\",\"since\":2005},"
    "{\"a\":\"VN-HN2\",\"b\":\"FR-35238\",\"kind\":\"agreement\",\"since\":2010},"
    "{\"a\":\"VN-TTH\",\"b\":\"FR-35238\",\"kind\":\"twinning\",\"since\":1990}]}";

static locnet_network_t *load(void)
{
    locnet_network_t *net = NULL;
    char *problems = NULL;
    locnet_status_t status = locnet_network_read_text("t.json", network_text,
                                                      sizeof network_text - 1, NULL, &net,
                                                      &problems);
    if (status != LOCNET_OK)
        fail_msg("%s\n%s", locnet_strerror(status), problems ? problems : "");
    free(problems);
    return net;
}

static igraph_integer_t localities(const locnet_network_t *net)
{
    return igraph_vcount(locnet_network_graph(net));
}

static void look_alikes(void **state)
{
    locnet_selection_t selection = {0};
    locnet_network_t *net = load();
    selection.look_alikes = "spelling";  /* "Ha Noi" lacks diacritics: not the same spelling */
    assert_int_equal(locnet_network_select(net, &selection), LOCNET_OK);
    assert_int_equal(localities(net), 6);
    selection.look_alikes = "diacritics";
    assert_int_equal(locnet_network_select(net, &selection), LOCNET_OK);
    assert_int_equal(localities(net), 5);
    assert_int_equal(igraph_ecount(locnet_network_graph(net)), 3);
    locnet_network_free(net);
}

static void countries_named(void **state)
{
    locnet_selection_t selection = {0};
    locnet_network_t *net = load();
    selection.level = "country";
    selection.since = 2000;  /* leaves out Huế's partnership, and Huế with it */
    assert_int_equal(locnet_network_select(net, &selection), LOCNET_OK);
    assert_int_equal(localities(net), 2);
    assert_int_equal(igraph_ecount(locnet_network_graph(net)), 2);
    for (igraph_integer_t v = 0; v < 2; v++) {
        const char *id = locnet_network_locality(net, v, "id");
        const char *name = locnet_network_locality(net, v, "name");
        /* the common English names (Debian's iso-codes: VN's name is "Viet Nam", its
         * common_name "Vietnam") */
        assert_string_equal(name, strcmp(id, "FR") == 0 ? "France" : "Vietnam");
        assert_string_equal(locnet_network_locality(net, v, "level"), "country");
    }
    locnet_network_free(net);
}

static void level_and_kind(void **state)
{
    locnet_selection_t selection = {0};
    locnet_network_t *net = load();
    selection.level = "department";  /* Rennes becomes Ille-et-Vilaine */
    selection.kinds = "twinning";
    assert_int_equal(locnet_network_select(net, &selection), LOCNET_OK);
    assert_int_equal(localities(net), 2);
    for (igraph_integer_t v = 0; v < 2; v++) {
        const char *id = locnet_network_locality(net, v, "id");
        assert_true(strcmp(id, "FR-35") == 0 || strcmp(id, "VN-TTH") == 0);
    }
    locnet_network_free(net);
}

static void refused(void **state)
{
    locnet_selection_t bad[4] = {{0}};
    bad[0].look_alikes = "accents";
    bad[1].level = "";
    bad[2].as_of = "2023-02-29";
    bad[3].until = 99999;
    locnet_network_t *net = load();
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        bad[i].kinds = "agreement";
        assert_int_equal(locnet_network_select(net, &bad[i]), LOCNET_EUSAGE);
        assert_int_equal(localities(net), 6);
        assert_int_equal(igraph_ecount(locnet_network_graph(net)), 3);
    }
    locnet_network_free(net);
}

int main(void)
{
    locnet_library_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(look_alikes),
        cmocka_unit_test(countries_named),
        cmocka_unit_test(level_and_kind),
        cmocka_unit_test(refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
