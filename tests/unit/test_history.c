/* tests/unit/test_history.c: --as-of (successions) and --level (roll-up). Expectations come
 * from the sources cited in data/fr-vn.json and from hand-made fixtures, not from locnet. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "graph/contraction.h"
#include "graph/filters.h"
#include "graph/history.h"
#include "graph/list_codec.h"
#include "graph/lookup.h"
#include "graph/timeline.h"
#include "io/load.h"
#include "io/read/json_reader.h"

static locnet_network_t *load(const char *path)
{
    locnet_network_t *net = malloc(sizeof *net);
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    assert_int_equal(locnet_load(path, net, &diagnostics), LOCNET_OK);
    locnet_diagnostics_destroy(&diagnostics);
    return net;
}

static void unload(locnet_network_t *net)
{
    locnet_network_destroy(net);
    free(net);
}

static igraph_integer_t vertex(const locnet_network_t *net, const char *query)
{
    igraph_integer_t v = -1;
    assert_int_equal(locnet_lookup_locality(net, query, &v, NULL), LOCNET_OK);
    return v;
}

/* True when the localities named a and b share a partnership; *via gets its "via" text. */
static bool linked(const locnet_network_t *net, const char *a, const char *b, const char **via)
{
    igraph_integer_t va = vertex(net, a), vb = vertex(net, b);
    for (igraph_integer_t e = 0; e < locnet_partnership_count(net); e++) {
        igraph_integer_t from = IGRAPH_FROM(&net->graph, e), to = IGRAPH_TO(&net->graph, e);
        if ((from == va && to == vb) || (from == vb && to == va)) {
            if (via != NULL)
                *via = igraph_cattribute_has_attr(&net->graph, IGRAPH_ATTRIBUTE_EDGE, LOCNET_E_VIA)
                           ? igraph_cattribute_EAS(&net->graph, LOCNET_E_VIA, e) : "";
            return true;
        }
    }
    return false;
}

static void apply_as_of(locnet_network_t *net, const char *date)
{
    assert_int_equal(locnet_history_as_of(net, date, NULL), LOCNET_OK);
}

static void lao_cai_gets_val_de_marne_through_yen_bai(void **state)
{
    (void)state;
    locnet_network_t *net = load(LOCNET_SOURCE_DATA_DIR "/fr-vn.json");
    assert_false(linked(net, "Lào Cai", "Val-de-Marne", NULL));
    apply_as_of(net, "2025-07-01");
    const char *via = NULL;
    assert_true(linked(net, "Lào Cai", "Val-de-Marne", &via));
    assert_true(locnet_list_contains(via, "Yên Bái → Lào Cai"));
    /* Yên Bái is gone: it is part of Lào Cai now */
    igraph_integer_t v;
    assert_int_equal(locnet_lookup_locality(net, "Yên Bái", &v, NULL), LOCNET_ENOTFOUND);
    unload(net);
}

static void hai_phong_gets_seine_saint_denis_and_keeps_brest(void **state)
{
    (void)state;
    locnet_network_t *net = load(LOCNET_SOURCE_DATA_DIR "/fr-vn.json");
    apply_as_of(net, "2025-07-01");
    assert_true(linked(net, "Hải Phòng", "Seine-Saint-Denis", NULL));
    assert_true(linked(net, "Hải Phòng", "Brest métropole", NULL));
    unload(net);
}

static void nothing_moves_before_the_date_of_a_change(void **state)
{
    (void)state;
    locnet_network_t *net = load(LOCNET_SOURCE_DATA_DIR "/fr-vn.json");
    apply_as_of(net, "2015-12-31");  /* the day before the French regions merged */
    /* Only the Communauté urbaine de Lyon had changed (into the Métropole de Lyon, 2015-01-01) */
    assert_int_equal(locnet_locality_count(net), 75);  /* the 76 of the file, less one */
    assert_true(linked(net, "Aquitaine", "Thừa Thiên-Huế", NULL));
    apply_as_of(net, "2025-06-30");  /* after 2016 and Huế (2025-01-01), before 2025-07-01 */
    assert_true(linked(net, "Nouvelle-Aquitaine", "VN-HUE", NULL));
    assert_true(linked(net, "Val-de-Marne", "Yên Bái", NULL));
    unload(net);
}

static void chains_of_successions_are_followed(void **state)
{
    (void)state;
    locnet_network_t *net = load(LOCNET_TEST_DIR "/cli/nets/chain.json");
    apply_as_of(net, "2020");
    assert_true(linked(net, "Middle Town", "Partner X", NULL));
    locnet_network_destroy(net);
    free(net);
    net = load(LOCNET_TEST_DIR "/cli/nets/chain.json");
    apply_as_of(net, "2025-07-01");
    const char *via = NULL;
    assert_true(linked(net, "New Town", "Partner X", &via));
    assert_true(locnet_list_contains(via, "Old Town → New Town"));
    assert_true(linked(net, "New Town", "Partner Y", NULL));
    /* A–B became a partnership of New Town with itself: dropped */
    assert_int_equal(locnet_partnership_count(net), 3);
    assert_int_equal(locnet_locality_count(net), 5);
    unload(net);
}

/* A network from locnet/1 text: localities L0..L4 (level commune, except L4 a region) with the
 * given extra members ("" for none), and one partnership L0-L1. */
static locnet_network_t *read_links(const char *const links[5])
{
    char text[2048];
    int at = snprintf(text, sizeof text, "{\"format\": \"locnet/1\", \"localities\": [");
    for (int i = 0; i < 5; i++)
        at += snprintf(text + at, sizeof text - (size_t)at,
                       "%s{\"id\": \"L%d\", \"name\": \"L%d\", \"country\": \"FR\", "
                       "\"level\": \"%s\"%s}",
                       i ? ", " : "", i, i, i == 4 ? "region" : "commune", links[i]);
    snprintf(text + at, sizeof text - (size_t)at,
             "], \"partnerships\": [{\"a\": \"L0\", \"b\": \"L1\", \"kind\": \"agreement\"}]}");
    locnet_network_t *net = malloc(sizeof *net);
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    assert_int_equal(locnet_json_read("t", text, strlen(text), net, &diagnostics), LOCNET_OK);
    locnet_diagnostics_destroy(&diagnostics);
    return net;
}

#define SUCCEEDED(id, date) ", \"succeeded_by\": {\"id\": \"" id "\", \"date\": \"" date "\"}"
#define PARENT(id) ", \"parent\": \"" id "\""

static void successions_meet_in_one_unit_and_stop_at_their_date(void **state)
{
    (void)state;
    /* L0 -> L2 -> L3 and L1 -> L2, due; L3 -> L4 only in 2030 */
    const char *const links[5] = {SUCCEEDED("L2", "2000"), SUCCEEDED("L2", "2001"),
                                  SUCCEEDED("L3", "2002"), SUCCEEDED("L4", "2030"), ""};
    locnet_network_t *net = read_links(links);
    igraph_integer_t merged = 0;
    assert_int_equal(locnet_history_as_of(net, "2010", &merged), LOCNET_OK);
    assert_int_equal(merged, 3);  /* L0, L1, L2 into L3 */
    assert_int_equal(locnet_locality_count(net), 2);
    assert_int_equal(locnet_partnership_count(net), 0);  /* L0-L1 became L3-L3 */
    unload(net);
}

/* Sets a text attribute of locality v (the reader refuses cycles: they are made afterwards). */
static void set_text(locnet_network_t *net, const char *attribute, igraph_integer_t v,
                     const char *value)
{
    assert_int_equal(igraph_cattribute_VAS_set(&net->graph, attribute, v, value), IGRAPH_SUCCESS);
}

static void cycles_of_successions_or_parents_are_data_errors(void **state)
{
    (void)state;
    /* L1 -> L2 -> L3, then L3 -> L1 due only in 2030 */
    const char *const successions[5] = {"", SUCCEEDED("L2", "2000"), SUCCEEDED("L3", "2000"),
                                        "", ""};
    for (int year = 0; year < 2; year++) {
        locnet_network_t *net = read_links(successions);
        set_text(net, LOCNET_V_SUCCEEDED_BY, 3, "L1");
        set_text(net, LOCNET_V_SUCCEEDED_ON, 3, "2030");
        assert_int_equal(locnet_history_as_of(net, year ? "2031" : "2010", NULL),
                         year ? LOCNET_EDATA : LOCNET_OK);
        assert_int_equal(locnet_locality_count(net), year ? 5 : 3);  /* unchanged on failure */
        unload(net);
    }
    /* L0's parents: L1 -> L2 -> L1, never reaching the region L4 */
    const char *const parents[5] = {PARENT("L1"), PARENT("L2"), PARENT("L4"), "", ""};
    locnet_network_t *net = read_links(parents);
    set_text(net, LOCNET_V_PARENT, 2, "L1");
    assert_int_equal(locnet_history_roll_up(net, "region", NULL, NULL), LOCNET_EDATA);
    unload(net);
    /* a locality that is its own parent */
    net = read_links(parents);
    set_text(net, LOCNET_V_PARENT, 1, "L1");
    assert_int_equal(locnet_history_roll_up(net, "region", NULL, NULL), LOCNET_EDATA);
    unload(net);
}

/* Vietnam abolished the district level on 2025-07-01 (Resolution 203/2025/QH15, Law
 * 72/2025/QH15): Đống Đa's partnerships are Hà Nội's from that day, Nha Trang's Khánh Hòa's. */
static void ended_districts_hand_their_partnerships_to_the_province(void **state)
{
    (void)state;
    locnet_network_t *net = load(LOCNET_SOURCE_DATA_DIR "/fr-vn.json");
    apply_as_of(net, "2025-06-30");
    assert_true(linked(net, "Đống Đa", "Choisy-le-Roi", NULL));
    assert_false(linked(net, "Hà Nội", "Choisy-le-Roi", NULL));
    unload(net);
    net = load(LOCNET_SOURCE_DATA_DIR "/fr-vn.json");
    apply_as_of(net, "2025-07-01");
    const char *via = NULL;
    assert_true(linked(net, "Hà Nội", "Choisy-le-Roi", &via));
    assert_true(locnet_list_contains(via, "Đống Đa → Hà Nội"));
    assert_true(linked(net, "Khánh Hòa", "Brest métropole", &via));
    assert_true(locnet_list_contains(via, "Nha Trang → Khánh Hòa"));
    igraph_integer_t v;
    assert_int_equal(locnet_lookup_locality(net, "Nha Trang", &v, NULL), LOCNET_ENOTFOUND);
    unload(net);
}

/* The old city of Huế ended on 2025-01-01, the day its province became the centrally governed
 * city of Huế: its partnerships go to the province, then on to the city; the places of events
 * (the 6th conference, 2005) follow. */
static void an_end_then_a_succession_and_the_events_follow(void **state)
{
    (void)state;
    locnet_network_t *net = load(LOCNET_SOURCE_DATA_DIR "/fr-vn.json");
    const locnet_event_t *sixth = locnet_network_find_event(net, "assises-06-2005");
    assert_non_null(sixth);
    assert_string_equal(sixth->place, "VN-26-hue");
    apply_as_of(net, "2025-01-01");
    const char *via = NULL;
    assert_true(linked(net, "VN-HUE", "Rennes", &via));
    assert_true(locnet_list_contains(via, "Huế (thành phố thuộc tỉnh) → Huế"));
    sixth = locnet_network_find_event(net, "assises-06-2005");
    assert_string_equal(sixth->place, "VN-HUE");
    /* co-chairs move too: Thừa Thiên-Huế co-chaired a session of the 12th */
    const locnet_event_t *twelfth = locnet_network_find_event(net, "assises-12-2023");
    bool moved = false;
    for (size_t i = 0; i < twelfth->session_count; i++) {
        assert_false(locnet_list_contains(twelfth->sessions[i].cochairs, "VN-26"));
        moved |= locnet_list_contains(twelfth->sessions[i].cochairs, "VN-HUE");
    }
    assert_true(moved);
    unload(net);
}

static void roll_up_to_regions(void **state)
{
    (void)state;
    locnet_network_t *net = load(LOCNET_SOURCE_DATA_DIR "/fr-vn.json");
    locnet_list_t kept;
    locnet_list_init(&kept);
    assert_int_equal(locnet_history_roll_up(net, "region", &kept, NULL), LOCNET_OK);
    /* Choisy-le-Roi and Val-de-Marne → Île-de-France; Seine-Saint-Denis → Île-de-France */
    assert_true(linked(net, "Île-de-France", "Yên Bái", NULL));
    assert_true(linked(net, "Île-de-France", "Hải Dương", NULL));
    assert_true(linked(net, "Île-de-France", "Đống Đa", NULL));
    igraph_integer_t v;
    assert_int_equal(locnet_lookup_locality(net, "Choisy-le-Roi", &v, NULL), LOCNET_ENOTFOUND);
    /* the 22 Vietnamese localities have no enclosing region and stay */
    assert_int_equal(kept.count, 22);
    bool hanoi = false;
    for (size_t i = 0; i < kept.count; i++)
        hanoi |= strcmp(kept.items[i], "Hà Nội") == 0;
    assert_true(hanoi);
    locnet_list_destroy(&kept);
    unload(net);
}

static void roll_up_leaves_localities_without_ancestor(void **state)
{
    (void)state;
    locnet_network_t *net = load(LOCNET_TEST_DIR "/cli/nets/chain.json");
    locnet_list_t kept;
    locnet_list_init(&kept);
    assert_int_equal(locnet_history_roll_up(net, "department", &kept, NULL), LOCNET_OK);
    /* A, B, C roll into D; X, Y, Z have no department */
    assert_int_equal(locnet_locality_count(net), 4);
    assert_int_equal(kept.count, 3);
    assert_string_equal(kept.items[0], "Partner X");
    assert_true(linked(net, "Department", "Partner Z", NULL));
    assert_true(linked(net, "Department", "Partner X", NULL));
    locnet_list_destroy(&kept);
    unload(net);
}

static void dates_compare_by_their_first_day(void **state)
{
    (void)state;
    assert_true(locnet_date_is_valid("2025"));
    assert_true(locnet_date_is_valid("2025-07"));
    assert_true(locnet_date_is_valid("2025-07-01"));
    assert_false(locnet_date_is_valid("2025-13-01"));
    assert_false(locnet_date_is_valid("25-07-01"));
    assert_false(locnet_date_is_valid("2024-02-30"));  /* days that do not exist */
    assert_false(locnet_date_is_valid("1900-02-29"));
    assert_false(locnet_date_is_valid("0000"));
    assert_true(locnet_date_is_valid("2000-02-29"));
    char why[64] = "";
    assert_int_equal(locnet_date_check("2023-02-29", why, sizeof why), LOCNET_DATE_NONEXISTENT);
    assert_string_equal(why, "February 2023 has 28 days");
    assert_int_equal(locnet_date_check("2023-2-9", why, sizeof why), LOCNET_DATE_MALFORMED);
    assert_int_equal(locnet_date_compare("2025", "2025-01-01"), 0);
    assert_true(locnet_date_compare("2025-07", "2025-06-30") > 0);
}

static void timeline_counts_by_year(void **state)
{
    (void)state;
    locnet_network_t *net = load(LOCNET_TEST_DIR "/cli/nets/chain.json");
    locnet_timeline_t timeline;
    assert_int_equal(locnet_timeline_compute(net, &timeline), LOCNET_OK);
    assert_int_equal(timeline.count, 31);  /* 1990 to 2020 */
    assert_int_equal(timeline.years[0].year, 1990);
    assert_int_equal(timeline.years[0].localities, 2);
    locnet_timeline_year_t *y2000 = &timeline.years[10], *y2020 = &timeline.years[30];
    assert_int_equal(y2000->year, 2000);
    assert_int_equal(y2000->partnerships, 2);
    assert_int_equal(y2000->localities, 3);       /* A, B, X */
    assert_int_equal(y2000->largest_component, 3);
    assert_int_equal(y2020->new_partnerships, 1);
    assert_int_equal(y2020->partnerships, 4);
    assert_int_equal(y2020->localities, 6);       /* A, B, X, Y, D, Z */
    assert_int_equal(y2020->largest_component, 4);
    locnet_timeline_destroy(&timeline);
    unload(net);
}

/* The years of events widen the span; each year counts the events that started in it. */
static void timeline_counts_events(void **state)
{
    (void)state;
    locnet_network_t *net = load(LOCNET_TEST_DIR "/cli/nets/events.json");
    locnet_timeline_t timeline;
    assert_int_equal(locnet_timeline_compute(net, &timeline), LOCNET_OK);
    assert_int_equal(timeline.count, 28);  /* 1996 (an event) to 2023 */
    assert_int_equal(timeline.years[0].year, 1996);
    assert_int_equal(timeline.years[0].events, 1);
    assert_int_equal(timeline.years[0].partnerships, 0);
    assert_int_equal(timeline.years[14].events, 1);  /* 2010 */
    assert_int_equal(timeline.years[27].events, 1);  /* 2023 */
    assert_int_equal(timeline.years[27].new_partnerships, 1);
    locnet_timeline_destroy(&timeline);
    unload(net);
}

int main(void)
{
    locnet_attributes_install();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lao_cai_gets_val_de_marne_through_yen_bai),
        cmocka_unit_test(hai_phong_gets_seine_saint_denis_and_keeps_brest),
        cmocka_unit_test(nothing_moves_before_the_date_of_a_change),
        cmocka_unit_test(chains_of_successions_are_followed),
        cmocka_unit_test(successions_meet_in_one_unit_and_stop_at_their_date),
        cmocka_unit_test(cycles_of_successions_or_parents_are_data_errors),
        cmocka_unit_test(ended_districts_hand_their_partnerships_to_the_province),
        cmocka_unit_test(an_end_then_a_succession_and_the_events_follow),
        cmocka_unit_test(roll_up_to_regions),
        cmocka_unit_test(roll_up_leaves_localities_without_ancestor),
        cmocka_unit_test(dates_compare_by_their_first_day),
        cmocka_unit_test(timeline_counts_by_year),
        cmocka_unit_test(timeline_counts_events),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
