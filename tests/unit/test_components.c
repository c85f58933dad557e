/* tests/unit/test_components.c: components, articulation points, bridges and biconnected
 * components against NetworkX 2.8.8's answers (tests/reference/generated/NAME.expected.json),
 * and the parts a loss leaves against a removal done by brute force. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <cjson/cJSON.h>

#include "graph/collation.h"
#include "graph/components.h"
#include "graph/cut_structure.h"
#include "graph/lookup.h"
#include "io/load.h"

#define REFERENCE_DIR LOCNET_TEST_DIR "/reference/generated/"

/* A network and NetworkX's answers for it. */
typedef struct fixture {
    const char *network_path;
    const char *expected_path;
    locnet_network_t net;
    cJSON *expected;
} fixture_t;

static fixture_t fixtures[] = {
    {.network_path = REFERENCE_DIR "disconnected.json", .expected_path = REFERENCE_DIR "disconnected.expected.json"},
    {.network_path = REFERENCE_DIR "ties.json", .expected_path = REFERENCE_DIR "ties.expected.json"},
    {.network_path = REFERENCE_DIR "random_multi.json", .expected_path = REFERENCE_DIR "random_multi.expected.json"},
    {.network_path = REFERENCE_DIR "star_and_path.json", .expected_path = REFERENCE_DIR "star_and_path.expected.json"},
    {.network_path = LOCNET_SOURCE_DATA_DIR "/fr-vn.json", .expected_path = REFERENCE_DIR "bundled.expected.json"},
};

static cJSON *read_json(const char *path)
{
    FILE *file = fopen(path, "rb");
    if (file == NULL)
        return NULL;
    char *text = NULL;
    size_t size = 0, used = 0;
    for (;;) {
        if (used == size) {
            size = size ? size * 2 : 65536;
            text = realloc(text, size + 1);
            assert_non_null(text);
        }
        size_t got = fread(text + used, 1, size - used, file);
        used += got;
        if (got == 0)
            break;
    }
    fclose(file);
    text[used] = '\0';
    cJSON *json = cJSON_Parse(text);
    free(text);
    return json;
}

static int setup(void **state)
{
    fixture_t *fixture = *state;
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_status_t status = locnet_load(fixture->network_path, &fixture->net, &diagnostics);
    locnet_diagnostics_print(&diagnostics, stderr);
    locnet_diagnostics_destroy(&diagnostics);
    if (status != LOCNET_OK)
        return -1;
    fixture->expected = read_json(fixture->expected_path);
    if (fixture->expected == NULL) {
        fprintf(stderr, "cannot read %s\n", fixture->expected_path);
        locnet_network_destroy(&fixture->net);
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    fixture_t *fixture = *state;
    locnet_network_destroy(&fixture->net);
    cJSON_Delete(fixture->expected);
    fixture->expected = NULL;
    return 0;
}

static const char *id_of(const locnet_network_t *net, igraph_integer_t vertex)
{
    return locnet_locality_text(net, LOCNET_V_ID, vertex);
}

static igraph_integer_t vertex_of(const locnet_network_t *net, const char *id)
{
    igraph_integer_t vertex = -1;
    assert_int_equal(locnet_lookup_locality(net, id, &vertex, NULL), LOCNET_OK);
    assert_string_equal(id_of(net, vertex), id);
    return vertex;
}

static int compare_strings(const void *left, const void *right)
{
    return strcmp(*(char *const *)left, *(char *const *)right);
}

/* Sorts count strings and joins them with separator into a new string. */
static char *join_sorted(char **items, size_t count, const char *separator)
{
    qsort(items, count, sizeof *items, compare_strings);
    size_t length = 1;
    for (size_t i = 0; i < count; i++)
        length += strlen(items[i]) + strlen(separator);
    char *joined = calloc(length, 1);
    assert_non_null(joined);
    for (size_t i = 0; i < count; i++) {
        if (i > 0)
            strcat(joined, separator);
        strcat(joined, items[i]);
    }
    return joined;
}

/* A group of localities as text: its ids, sorted, joined by commas. */
static char *group_text(const locnet_network_t *net, const igraph_integer_t *vertices, size_t count)
{
    char **ids = calloc(count + 1, sizeof *ids);
    assert_non_null(ids);
    for (size_t i = 0; i < count; i++)
        ids[i] = (char *)id_of(net, vertices[i]);
    char *text = join_sorted(ids, count, ",");
    free(ids);
    return text;
}

/* A JSON array of id arrays as text: each group as group_text, the groups sorted, one a line. */
static char *expected_groups_text(const cJSON *groups)
{
    size_t count = (size_t)cJSON_GetArraySize(groups), g = 0;
    char **texts = calloc(count + 1, sizeof *texts);
    assert_non_null(texts);
    const cJSON *group;
    cJSON_ArrayForEach(group, groups) {
        size_t size = (size_t)cJSON_GetArraySize(group), i = 0;
        char **ids = calloc(size + 1, sizeof *ids);
        assert_non_null(ids);
        const cJSON *id;
        cJSON_ArrayForEach(id, group) {
            assert_true(cJSON_IsString(id));
            ids[i++] = id->valuestring;
        }
        texts[g++] = join_sorted(ids, size, ",");
        free(ids);
    }
    char *text = join_sorted(texts, count, "\n");
    for (size_t i = 0; i < count; i++)
        free(texts[i]);
    free(texts);
    return text;
}

static char *groups_text(char **texts, size_t count)
{
    char *text = join_sorted(texts, count, "\n");
    for (size_t i = 0; i < count; i++)
        free(texts[i]);
    free(texts);
    return text;
}

static const cJSON *expected_key(const fixture_t *fixture, const char *key)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(fixture->expected, key);
    assert_non_null(item);
    return item;
}

/* The partition equals NetworkX's, numbered largest first, ties by first name, members by
 * name, and summary's figures come from the same computation. */
static void components_match_networkx(void **state)
{
    fixture_t *fixture = *state;
    const locnet_network_t *net = &fixture->net;
    locnet_components_t components;
    igraph_vector_int_t members;
    locnet_list_t keys;
    locnet_list_init(&keys);
    assert_int_equal(igraph_vector_int_init(&members, 0), IGRAPH_SUCCESS);
    assert_int_equal(locnet_components_compute(net, &components), LOCNET_OK);
    assert_int_equal(locnet_components_members(net, &components, &members), LOCNET_OK);
    assert_int_equal(locnet_collation_keys(net, &keys), LOCNET_OK);
    assert_int_equal(igraph_vector_int_size(&members), locnet_locality_count(net));

    const cJSON *expected = expected_key(fixture, "components");
    assert_int_equal(components.count, cJSON_GetArraySize(expected));
    char **texts = calloc((size_t)components.count + 1, sizeof *texts);
    assert_non_null(texts);
    for (igraph_integer_t c = 0, start = 0; c < components.count; c++) {
        igraph_integer_t size = VECTOR(components.sizes)[c];
        const igraph_integer_t *run = &VECTOR(members)[start];
        for (igraph_integer_t i = 0; i < size; i++) {
            assert_int_equal(VECTOR(components.membership)[run[i]], c);
            if (i > 0)
                assert_true(locnet_collation_compare(net, &keys, run[i - 1], run[i]) < 0);
        }
        assert_int_equal(VECTOR(components.first)[c], run[0]);
        if (c > 0) {
            igraph_integer_t previous = VECTOR(components.sizes)[c - 1];
            assert_true(previous >= size);
            if (previous == size)
                assert_true(locnet_collation_compare(net, &keys, VECTOR(components.first)[c - 1],
                                                     run[0]) < 0);
        }
        texts[c] = group_text(net, run, (size_t)size);
        start += size;
    }
    char *ours = groups_text(texts, (size_t)components.count);
    char *theirs = expected_groups_text(expected);
    assert_string_equal(ours, theirs);
    free(ours);
    free(theirs);
    locnet_list_destroy(&keys);
    igraph_vector_int_destroy(&members);
    locnet_components_destroy(&components);
}

/* The sizes of the parts left by removing vertex, found by deleting it from a copy. */
static void parts_by_removal(const locnet_network_t *net, igraph_integer_t vertex,
                             igraph_vector_int_t *parts)
{
    igraph_t copy;
    igraph_vector_int_t membership, sizes, neighbours;
    igraph_integer_t count = 0;
    igraph_vector_int_init(&membership, 0);
    igraph_vector_int_init(&sizes, 0);
    igraph_vector_int_init(&neighbours, 0);
    assert_int_equal(igraph_copy(&copy, &net->graph), IGRAPH_SUCCESS);
    assert_int_equal(igraph_neighbors(&net->graph, &neighbours, vertex, IGRAPH_ALL), IGRAPH_SUCCESS);
    assert_int_equal(igraph_delete_vertices(&copy, igraph_vss_1(vertex)), IGRAPH_SUCCESS);
    assert_int_equal(igraph_connected_components(&copy, &membership, &sizes, &count, IGRAPH_WEAK),
                     IGRAPH_SUCCESS);
    /* every part touches the removed locality; vertices after it moved down by one */
    igraph_vector_int_clear(parts);
    igraph_vector_int_t seen;
    igraph_vector_int_init(&seen, count);
    for (igraph_integer_t i = 0; i < igraph_vector_int_size(&neighbours); i++) {
        igraph_integer_t n = VECTOR(neighbours)[i];
        igraph_integer_t c = VECTOR(membership)[n > vertex ? n - 1 : n];
        if (!VECTOR(seen)[c]) {
            VECTOR(seen)[c] = 1;
            igraph_vector_int_push_back(parts, VECTOR(sizes)[c]);
        }
    }
    igraph_vector_int_reverse_sort(parts);
    igraph_vector_int_destroy(&seen);
    igraph_vector_int_destroy(&membership);
    igraph_vector_int_destroy(&sizes);
    igraph_vector_int_destroy(&neighbours);
    igraph_destroy(&copy);
}

static void assert_parts_equal_json(const igraph_vector_int_t *parts, const cJSON *expected)
{
    assert_int_equal(igraph_vector_int_size(parts), cJSON_GetArraySize(expected));
    igraph_integer_t i = 0;
    const cJSON *size;
    cJSON_ArrayForEach(size, expected)
        assert_int_equal(VECTOR(*parts)[i++], size->valueint);
}

/* The articulation points equal NetworkX's; each one's parts equal those left by deleting it
 * (and NetworkX's, where the expected file has them). */
static void cut_vertices_match_networkx(void **state)
{
    fixture_t *fixture = *state;
    const locnet_network_t *net = &fixture->net;
    locnet_cut_vertices_t cut;
    locnet_components_t components;
    igraph_vector_int_t parts;
    assert_int_equal(locnet_cut_vertices_compute(net, &cut), LOCNET_OK);
    assert_int_equal(locnet_components_compute(net, &components), LOCNET_OK);
    igraph_vector_int_init(&parts, 0);

    const cJSON *expected = expected_key(fixture, "articulation_points");
    const cJSON *expected_parts = cJSON_GetObjectItemCaseSensitive(fixture->expected, "cut_vertex_parts");
    igraph_integer_t count = igraph_vector_int_size(&cut.vertices);
    assert_int_equal(count, cJSON_GetArraySize(expected));
    assert_int_equal(igraph_vector_int_list_size(&cut.parts), count);
    char **ids = calloc((size_t)count + 1, sizeof *ids);
    assert_non_null(ids);
    for (igraph_integer_t k = 0; k < count; k++) {
        igraph_integer_t v = VECTOR(cut.vertices)[k];
        if (k > 0)
            assert_true(VECTOR(cut.vertices)[k - 1] < v);
        ids[k] = (char *)id_of(net, v);
        const igraph_vector_int_t *found = igraph_vector_int_list_get_ptr(&cut.parts, k);
        assert_true(igraph_vector_int_size(found) >= 2);
        assert_int_equal(igraph_vector_int_sum(found),
                         VECTOR(components.sizes)[VECTOR(components.membership)[v]] - 1);
        parts_by_removal(net, v, &parts);
        assert_true(igraph_vector_int_all_e(found, &parts));
        if (expected_parts != NULL)
            assert_parts_equal_json(found, cJSON_GetObjectItemCaseSensitive(expected_parts, ids[k]));
    }
    if (expected_parts != NULL)
        assert_int_equal(cJSON_GetArraySize(expected_parts), count);
    char *ours = join_sorted(ids, (size_t)count, ",");
    char **theirs_items = calloc((size_t)count + 1, sizeof *theirs_items);
    assert_non_null(theirs_items);
    igraph_integer_t i = 0;
    const cJSON *id;
    cJSON_ArrayForEach(id, expected)
        theirs_items[i++] = id->valuestring;
    char *theirs = join_sorted(theirs_items, (size_t)count, ",");
    assert_string_equal(ours, theirs);
    free(ours);
    free(theirs);
    free(theirs_items);
    free(ids);
    igraph_vector_int_destroy(&parts);
    locnet_components_destroy(&components);
    locnet_cut_vertices_destroy(&cut);
}

/* The sides of edge once deleted from a copy: sizes of the parts holding its two ends. */
static void sides_by_removal(const locnet_network_t *net, igraph_integer_t edge,
                             igraph_integer_t *from_side, igraph_integer_t *to_side)
{
    igraph_t copy;
    igraph_vector_int_t membership, sizes;
    igraph_integer_t count = 0;
    igraph_vector_int_init(&membership, 0);
    igraph_vector_int_init(&sizes, 0);
    assert_int_equal(igraph_copy(&copy, &net->graph), IGRAPH_SUCCESS);
    assert_int_equal(igraph_delete_edges(&copy, igraph_ess_1(edge)), IGRAPH_SUCCESS);
    assert_int_equal(igraph_connected_components(&copy, &membership, &sizes, &count, IGRAPH_WEAK),
                     IGRAPH_SUCCESS);
    igraph_integer_t from = VECTOR(membership)[IGRAPH_FROM(&net->graph, edge)];
    igraph_integer_t to = VECTOR(membership)[IGRAPH_TO(&net->graph, edge)];
    assert_int_not_equal(from, to);
    *from_side = VECTOR(sizes)[from];
    *to_side = VECTOR(sizes)[to];
    igraph_vector_int_destroy(&membership);
    igraph_vector_int_destroy(&sizes);
    igraph_destroy(&copy);
}

/* "a,b" of a bridge with its ends in id order; the order of the two sides follows. */
static char *bridge_text(const locnet_network_t *net, igraph_integer_t edge, igraph_integer_t *from_side,
                         igraph_integer_t *to_side)
{
    const char *a = id_of(net, IGRAPH_FROM(&net->graph, edge));
    const char *b = id_of(net, IGRAPH_TO(&net->graph, edge));
    if (strcmp(a, b) > 0) {
        const char *swap = a;
        a = b;
        b = swap;
        igraph_integer_t side = *from_side;
        *from_side = *to_side;
        *to_side = side;
    }
    char *text = malloc(strlen(a) + strlen(b) + 2);
    assert_non_null(text);
    sprintf(text, "%s,%s", a, b);
    return text;
}

/* The bridges equal NetworkX's on the multigraph (a repeated pair is never one), and their
 * sides equal those left by deleting them (and NetworkX's, where the file has them). */
static void bridges_match_networkx(void **state)
{
    fixture_t *fixture = *state;
    const locnet_network_t *net = &fixture->net;
    locnet_bridges_t bridges;
    assert_int_equal(locnet_bridges_compute(net, &bridges), LOCNET_OK);
    const cJSON *expected = expected_key(fixture, "bridges");
    const cJSON *expected_sides = cJSON_GetObjectItemCaseSensitive(fixture->expected, "bridge_sides");
    igraph_integer_t count = igraph_vector_int_size(&bridges.edges);
    assert_int_equal(count, cJSON_GetArraySize(expected));
    char **texts = calloc((size_t)count + 1, sizeof *texts);
    assert_non_null(texts);
    for (igraph_integer_t i = 0; i < count; i++) {
        igraph_integer_t e = VECTOR(bridges.edges)[i], from_side = 0, to_side = 0;
        igraph_integer_t from = IGRAPH_FROM(&net->graph, e), to = IGRAPH_TO(&net->graph, e);
        igraph_integer_t multiplicity = 0;
        for (igraph_integer_t f = 0; f < locnet_partnership_count(net); f++) {
            igraph_integer_t x = IGRAPH_FROM(&net->graph, f), y = IGRAPH_TO(&net->graph, f);
            multiplicity += (x == from && y == to) || (x == to && y == from);
        }
        assert_int_equal(multiplicity, 1);
        sides_by_removal(net, e, &from_side, &to_side);
        assert_int_equal(VECTOR(bridges.from_side)[i], from_side);
        assert_int_equal(VECTOR(bridges.to_side)[i], to_side);
        texts[i] = bridge_text(net, e, &from_side, &to_side);
        if (expected_sides != NULL) {
            const cJSON *row = cJSON_GetArrayItem(expected_sides, 0);
            cJSON_ArrayForEach(row, expected_sides) {
                char pair[256];
                snprintf(pair, sizeof pair, "%s,%s", cJSON_GetArrayItem(row, 0)->valuestring,
                         cJSON_GetArrayItem(row, 1)->valuestring);
                if (strcmp(pair, texts[i]) == 0)
                    break;
            }
            assert_non_null(row);
            assert_int_equal(cJSON_GetArrayItem(row, 2)->valueint, from_side);
            assert_int_equal(cJSON_GetArrayItem(row, 3)->valueint, to_side);
        }
    }
    char *ours = groups_text(texts, (size_t)count);
    char *theirs = expected_groups_text(expected);
    assert_string_equal(ours, theirs);
    free(ours);
    free(theirs);
    locnet_bridges_destroy(&bridges);
}

/* The biconnected components equal NetworkX's, ordered like the connected components. */
static void biconnected_match_networkx(void **state)
{
    fixture_t *fixture = *state;
    const locnet_network_t *net = &fixture->net;
    locnet_biconnected_t blocks;
    locnet_list_t keys;
    locnet_list_init(&keys);
    assert_int_equal(locnet_collation_keys(net, &keys), LOCNET_OK);
    assert_int_equal(locnet_biconnected_compute(net, &blocks), LOCNET_OK);
    const cJSON *expected = expected_key(fixture, "biconnected_components");
    igraph_integer_t count = igraph_vector_int_list_size(&blocks.members);
    assert_int_equal(count, cJSON_GetArraySize(expected));
    char **texts = calloc((size_t)count + 1, sizeof *texts);
    assert_non_null(texts);
    for (igraph_integer_t b = 0; b < count; b++) {
        const igraph_vector_int_t *members = igraph_vector_int_list_get_ptr(&blocks.members, b);
        igraph_integer_t size = igraph_vector_int_size(members);
        assert_true(size >= 2);
        for (igraph_integer_t i = 1; i < size; i++)
            assert_true(locnet_collation_compare(net, &keys, VECTOR(*members)[i - 1], VECTOR(*members)[i]) < 0);
        if (b > 0) {
            const igraph_vector_int_t *previous = igraph_vector_int_list_get_ptr(&blocks.members, b - 1);
            assert_true(igraph_vector_int_size(previous) >= size);
            if (igraph_vector_int_size(previous) == size) {
                igraph_integer_t i = 0;  /* the first locality that differs comes first by name */
                while (i < size && VECTOR(*previous)[i] == VECTOR(*members)[i])
                    i++;
                assert_true(i < size);
                assert_true(locnet_collation_compare(net, &keys, VECTOR(*previous)[i], VECTOR(*members)[i]) < 0);
            }
        }
        texts[b] = group_text(net, VECTOR(*members), (size_t)size);
    }
    char *ours = groups_text(texts, (size_t)count);
    char *theirs = expected_groups_text(expected);
    assert_string_equal(ours, theirs);
    free(ours);
    free(theirs);
    locnet_list_destroy(&keys);
    locnet_biconnected_destroy(&blocks);
}

/* star_and_path, by hand: L001 is the hub of leaves L002..L005 (L001-L002 doubled) and of the
 * path L006-L007-L008-L009. */
static void star_and_path_by_hand(void **state)
{
    fixture_t *fixture = *state;
    const locnet_network_t *net = &fixture->net;
    locnet_cut_vertices_t cut;
    locnet_bridges_t bridges;
    assert_int_equal(locnet_cut_vertices_compute(net, &cut), LOCNET_OK);
    assert_int_equal(locnet_bridges_compute(net, &bridges), LOCNET_OK);
    assert_int_equal(igraph_vector_int_size(&cut.vertices), 4);
    static const char *const points[] = {"L001", "L006", "L007", "L008"};
    static const igraph_integer_t parts[4][6] = {
        {4, 1, 1, 1, 1, -1}, {5, 3, -1}, {6, 2, -1}, {7, 1, -1}};
    for (int k = 0; k < 4; k++) {
        igraph_integer_t v = vertex_of(net, points[k]);
        assert_int_equal(VECTOR(cut.vertices)[k], v);
        const igraph_vector_int_t *found = igraph_vector_int_list_get_ptr(&cut.parts, k);
        igraph_integer_t i = 0;
        for (; parts[k][i] >= 0; i++)
            assert_int_equal(VECTOR(*found)[i], parts[k][i]);
        assert_int_equal(igraph_vector_int_size(found), i);
    }
    /* 7 bridges: every pair but the doubled L001-L002; L001-L006 leaves 5 and 4 */
    assert_int_equal(igraph_vector_int_size(&bridges.edges), 7);
    igraph_integer_t hub = vertex_of(net, "L001"), leaf = vertex_of(net, "L002");
    igraph_integer_t path = vertex_of(net, "L006");
    bool found_hub_path = false;
    for (igraph_integer_t i = 0; i < 7; i++) {
        igraph_integer_t e = VECTOR(bridges.edges)[i];
        igraph_integer_t from = IGRAPH_FROM(&net->graph, e), to = IGRAPH_TO(&net->graph, e);
        assert_false((from == hub && to == leaf) || (from == leaf && to == hub));
        if ((from == hub && to == path) || (from == path && to == hub)) {
            found_hub_path = true;
            assert_int_equal(VECTOR(bridges.from_side)[i], from == hub ? 5 : 4);
            assert_int_equal(VECTOR(bridges.to_side)[i], from == hub ? 4 : 5);
        }
    }
    assert_true(found_hub_path);
    locnet_bridges_destroy(&bridges);
    locnet_cut_vertices_destroy(&cut);
}

/* ties: two components of five; "Brest" (L010) names the first by name, though L001 has the
 * smallest id. */
static void ties_go_to_the_first_name(void **state)
{
    fixture_t *fixture = *state;
    const locnet_network_t *net = &fixture->net;
    locnet_components_t components;
    assert_int_equal(locnet_components_compute(net, &components), LOCNET_OK);
    assert_int_equal(components.count, 3);
    assert_int_equal(VECTOR(components.first)[0], vertex_of(net, "L010"));
    assert_int_equal(VECTOR(components.membership)[vertex_of(net, "L001")], 1);
    assert_int_equal(VECTOR(components.membership)[vertex_of(net, "L011")], 2);
    locnet_components_destroy(&components);
}

/* An empty network has no component, cut vertex, bridge or biconnected component. */
static void empty_network(void **state)
{
    (void)state;
    locnet_network_t net;
    locnet_components_t components;
    locnet_cut_vertices_t cut;
    locnet_bridges_t bridges;
    locnet_biconnected_t blocks;
    igraph_vector_int_t members;
    igraph_vector_int_init(&members, 3);
    assert_int_equal(locnet_network_init_empty(&net), LOCNET_OK);
    assert_int_equal(locnet_components_compute(&net, &components), LOCNET_OK);
    assert_int_equal(components.count, 0);
    assert_int_equal(locnet_components_members(&net, &components, &members), LOCNET_OK);
    assert_int_equal(igraph_vector_int_size(&members), 0);
    assert_int_equal(locnet_cut_vertices_compute(&net, &cut), LOCNET_OK);
    assert_int_equal(igraph_vector_int_size(&cut.vertices), 0);
    assert_int_equal(locnet_bridges_compute(&net, &bridges), LOCNET_OK);
    assert_int_equal(igraph_vector_int_size(&bridges.edges), 0);
    assert_int_equal(locnet_biconnected_compute(&net, &blocks), LOCNET_OK);
    assert_int_equal(igraph_vector_int_list_size(&blocks.members), 0);
    locnet_biconnected_destroy(&blocks);
    locnet_bridges_destroy(&bridges);
    locnet_cut_vertices_destroy(&cut);
    locnet_components_destroy(&components);
    igraph_vector_int_destroy(&members);
    locnet_network_destroy(&net);
    locnet_cut_vertices_destroy(NULL);
    locnet_bridges_destroy(NULL);
    locnet_biconnected_destroy(NULL);
}

#define ON(test, index) cmocka_unit_test_prestate_setup_teardown(test, setup, teardown, &fixtures[index])
#define ON_EACH(test) ON(test, 0), ON(test, 1), ON(test, 2), ON(test, 3), ON(test, 4)

int main(void)
{
    locnet_attributes_install();
    const struct CMUnitTest tests[] = {
        ON_EACH(components_match_networkx),
        ON_EACH(cut_vertices_match_networkx),
        ON_EACH(bridges_match_networkx),
        ON_EACH(biconnected_match_networkx),
        ON(star_and_path_by_hand, 3),
        ON(ties_go_to_the_first_name, 1),
        cmocka_unit_test(empty_network),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
