/* tests/unit/test_json_io.c: the locnet/1 reader and writer. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "graph/list_codec.h"
#include "io/read/json_duplicates.h"
#include "io/read/json_reader.h"
#include "io/write/json_writer.h"
#include "io/load.h"

static locnet_status_t load_path(const char *path, locnet_network_t *net)
{
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_status_t status = locnet_load(path, net, &diagnostics);
    locnet_diagnostics_print(&diagnostics, stderr);
    locnet_diagnostics_destroy(&diagnostics);
    return status;
}

static void bundled_dataset_counts(void **state)
{
    (void)state;
    locnet_network_t net;
    assert_int_equal(load_path(LOCNET_SOURCE_DATA_DIR "/fr-vn.json", &net), LOCNET_OK);
    /* counted independently: python3 -c "import json; d=json.load(open('data/fr-vn.json')); ..." */
    assert_int_equal(locnet_locality_count(&net), 76);
    assert_int_equal(locnet_partnership_count(&net), 77);
    assert_int_equal(net.source_count, 85);
    assert_int_equal(net.event_count, 9);
    /* every partnership in the bundled data cites a source that exists */
    for (igraph_integer_t e = 0; e < locnet_partnership_count(&net); e++) {
        locnet_list_t sources;
        locnet_list_init(&sources);
        assert_int_equal(locnet_list_decode(locnet_partnership_text(&net, LOCNET_E_SOURCES, e), &sources), LOCNET_OK);
        assert_true(sources.count >= 1);
        for (size_t i = 0; i < sources.count; i++)
            assert_non_null(locnet_network_find_source(&net, sources.items[i]));
        locnet_list_destroy(&sources);
    }
    locnet_network_destroy(&net);
}

static void repeated_partnerships_stay_separate_edges(void **state)
{
    (void)state;
    static const char text[] =
        "{\"format\":\"locnet/1\",\"localities\":["
        "{\"id\":\"A\",\"name\":\"A\",\"country\":\"VN\",\"level\":\"province\"},"
        "{\"id\":\"B\",\"name\":\"B\",\"country\":\"FR\",\"level\":\"region\"}],"
        "\"partnerships\":["
        "{\"a\":\"A\",\"b\":\"B\",\"kind\":\"agreement\",\"since\":1995},"
        "{\"a\":\"B\",\"b\":\"A\",\"kind\":\"cochair\",\"since\":2023}]}";
    locnet_network_t net;
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    assert_int_equal(locnet_json_read("t", text, sizeof text - 1, &net, &diagnostics), LOCNET_OK);
    assert_int_equal(locnet_partnership_count(&net), 2);
    assert_string_equal(locnet_partnership_text(&net, LOCNET_E_KIND, 1), "cochair");
    assert_true(locnet_partnership_number(&net, LOCNET_E_SINCE, 0) == 1995);
    assert_true(isnan(locnet_partnership_number(&net, LOCNET_E_UNTIL, 0)));
    locnet_network_destroy(&net);
    locnet_diagnostics_destroy(&diagnostics);
}

static void forward_references_resolve(void **state)
{
    (void)state;
    locnet_network_t net;
    assert_int_equal(load_path(LOCNET_TEST_DIR "/cli/nets/forward_refs.json", &net), LOCNET_OK);
    assert_int_equal(locnet_partnership_count(&net), 1);
    igraph_integer_t from = IGRAPH_FROM(&net.graph, 0), to = IGRAPH_TO(&net.graph, 0);
    const char *a = locnet_locality_text(&net, LOCNET_V_ID, from);
    const char *b = locnet_locality_text(&net, LOCNET_V_ID, to);
    assert_true((strcmp(a, "FR-IDF") == 0 && strcmp(b, "VN-HN") == 0) ||
                (strcmp(a, "VN-HN") == 0 && strcmp(b, "FR-IDF") == 0));
    locnet_network_destroy(&net);
}

static void names_are_stored_in_nfc(void **state)
{
    (void)state;
    /* "Hà Nội" written decomposed (NFD) in the file */
    static const char text[] =
        "{\"format\":\"locnet/1\",\"localities\":["
        "{\"id\":\"A\",\"name\":\"Ha\xCC\x80 No\xCC\xA3\xCC\x82i\",\"country\":\"VN\",\"level\":\"province\"}]}";
    locnet_network_t net;
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    assert_int_equal(locnet_json_read("t", text, sizeof text - 1, &net, &diagnostics), LOCNET_OK);
    assert_string_equal(locnet_locality_text(&net, LOCNET_V_NAME, 0), "H\xC3\xA0 N\xE1\xBB\x99i");
    locnet_network_destroy(&net);
    locnet_diagnostics_destroy(&diagnostics);
}

/* Every attribute of every locality, partnership and source is equal. */
static void assert_same_network(const locnet_network_t *a, const locnet_network_t *b)
{
    assert_int_equal(locnet_locality_count(a), locnet_locality_count(b));
    assert_int_equal(locnet_partnership_count(a), locnet_partnership_count(b));
    assert_int_equal(a->source_count, b->source_count);
    for (igraph_integer_t v = 0; v < locnet_locality_count(a); v++) {
        for (int i = 0; i < LOCNET_VT_COUNT; i++)
            assert_string_equal(locnet_locality_text(a, locnet_vertex_text_names[i], v),
                                locnet_locality_text(b, locnet_vertex_text_names[i], v));
        for (int i = 0; i < LOCNET_VN_COUNT; i++) {
            double x = locnet_locality_number(a, locnet_vertex_number_names[i], v);
            double y = locnet_locality_number(b, locnet_vertex_number_names[i], v);
            assert_true((isnan(x) && isnan(y)) || x == y);
        }
    }
    for (igraph_integer_t e = 0; e < locnet_partnership_count(a); e++) {
        assert_int_equal(IGRAPH_FROM(&a->graph, e), IGRAPH_FROM(&b->graph, e));
        assert_int_equal(IGRAPH_TO(&a->graph, e), IGRAPH_TO(&b->graph, e));
        for (int i = 0; i < LOCNET_ET_COUNT; i++)
            assert_string_equal(locnet_partnership_text(a, locnet_edge_text_names[i], e),
                                locnet_partnership_text(b, locnet_edge_text_names[i], e));
        for (int i = 0; i < LOCNET_EN_COUNT; i++) {
            double x = locnet_partnership_number(a, locnet_edge_number_names[i], e);
            double y = locnet_partnership_number(b, locnet_edge_number_names[i], e);
            assert_true((isnan(x) && isnan(y)) || x == y);
        }
    }
    for (size_t i = 0; i < a->source_count; i++) {
        assert_string_equal(a->sources[i].id, b->sources[i].id);
        assert_string_equal(a->sources[i].title, b->sources[i].title);
        assert_string_equal(a->sources[i].publisher, b->sources[i].publisher);
        assert_string_equal(a->sources[i].date, b->sources[i].date);
        assert_true((a->sources[i].url == NULL && b->sources[i].url == NULL) ||
                    strcmp(a->sources[i].url, b->sources[i].url) == 0);
    }
}

static void write_then_read_gives_the_same_network(const char *path)
{
    locnet_network_t first, second;
    assert_int_equal(load_path(path, &first), LOCNET_OK);
    char *text = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&text, &length);
    assert_non_null(out);
    assert_int_equal(locnet_json_write(&first, out), LOCNET_OK);
    fclose(out);
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    assert_int_equal(locnet_json_read("written", text, length, &second, &diagnostics), LOCNET_OK);
    assert_same_network(&first, &second);
    locnet_diagnostics_destroy(&diagnostics);
    locnet_network_destroy(&first);
    locnet_network_destroy(&second);
    free(text);
}

static void round_trip_bundled(void **state)
{
    (void)state;
    write_then_read_gives_the_same_network(LOCNET_SOURCE_DATA_DIR "/fr-vn.json");
}

static void round_trip_multigraph(void **state)
{
    (void)state;
    write_then_read_gives_the_same_network(LOCNET_TEST_DIR "/reference/generated/disconnected.json");
}

static void bad_input_writes_nothing_into_the_network(void **state)
{
    (void)state;
    static const char text[] = "{\"format\":\"locnet/1\",\"localities\":[{\"id\":\"A\"}]}";
    locnet_network_t net;
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    assert_int_equal(locnet_json_read("t", text, sizeof text - 1, &net, &diagnostics), LOCNET_EDATA);
    assert_int_equal(locnet_diagnostics_total(&diagnostics), 3);  /* name, country, level */
    assert_string_equal(diagnostics.items[0].text, "t:1:36: locality 1: missing required field \"name\"");
    locnet_diagnostics_destroy(&diagnostics);
}

/* The repeated member that locnet_json_find_duplicate finds in text, at the offset of the nth
 * (from 0) occurrence of the quoted name spelled as written. */
static void assert_duplicate(const char *text, const char *name, const char *written, int nth)
{
    cJSON *json = cJSON_Parse(text);
    assert_non_null(json);
    const cJSON *member = NULL;
    assert_int_equal(locnet_json_find_duplicate(json, &member), LOCNET_OK);
    if (name == NULL) {
        assert_null(member);
    } else {
        assert_non_null(member);
        assert_string_equal(member->string, name);
        const char *at = text;
        for (int i = 0; i <= nth; i++)
            at = strstr(at + (i > 0), written);
        assert_non_null(at);
        assert_int_equal(locnet_json_name_offset(text, strlen(text), 0, json, member),
                         (size_t)(at - text));
    }
    cJSON_Delete(json);
}

static void duplicate_keys_are_found_where_written(void **state)
{
    (void)state;
    char wide[2048] = "{";  /* 40 members, sorted rather than compared pairwise */
    for (int i = 0; i < 40; i++)
        snprintf(wide + strlen(wide), sizeof wide - strlen(wide), "%s\"k%d\": %d",
                 i > 0 ? ", " : "", i == 25 ? 7 : i == 30 ? 3 : i, i);
    strcat(wide, "}");
    assert_duplicate(wide, "k7", "\"k7\"", 1);  /* the earliest repeat, not the first name */
    wide[strstr(wide, "\"k7\": 25") - wide + 2] = '9';  /* k9 twice now, then k3 */
    assert_duplicate(wide, "k9", "\"k9\"", 1);
    assert_duplicate("{\"a\": [1, {\"x\": \"}\", \"y\": {\"z\": 1, \"z\": [2]}}], \"b\": {}}", "z",
                     "\"z\"", 1);
    assert_duplicate("{\"a\\u0062\": 1, \"ab\": 2}", "ab", "\"ab\"", 0);
    assert_duplicate("{\"a\": {\"b\": 1}, \"b\": {\"a\": 1}, \"c\": []}", NULL, NULL, 0);
    assert_duplicate("[{\"a\": 1}, {\"a\": 1, \"a\": 1}]", "a", "\"a\"", 2);
}

int main(void)
{
    locnet_attributes_install();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(bundled_dataset_counts),
        cmocka_unit_test(repeated_partnerships_stay_separate_edges),
        cmocka_unit_test(forward_references_resolve),
        cmocka_unit_test(names_are_stored_in_nfc),
        cmocka_unit_test(round_trip_bundled),
        cmocka_unit_test(round_trip_multigraph),
        cmocka_unit_test(bad_input_writes_nothing_into_the_network),
        cmocka_unit_test(duplicate_keys_are_found_where_written),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
