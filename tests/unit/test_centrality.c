/* tests/unit/test_centrality.c: every centrality measure against NetworkX 2.8.8's values
 * (tests/reference/), and the sampled betweenness estimate. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <cmocka.h>

#include "graph/centrality.h"
#include "io/load.h"

#define CLASSIC_DIR LOCNET_TEST_DIR "/reference/classic/"
#define GENERATED_DIR LOCNET_TEST_DIR "/reference/generated/"
#define MAX_FIELDS 16
#define MAX_NODES 128

/* ---- a tiny CSV reader: the reference files have no quoted fields ---- */

static char *read_file(const char *path)
{
    FILE *file = fopen(path, "rb");
    if (file == NULL)
        fail_msg("cannot open %s", path);
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *text = malloc((size_t)size + 1);
    assert_non_null(text);
    assert_int_equal(fread(text, 1, (size_t)size, file), (size_t)size);
    text[size] = '\0';
    fclose(file);
    return text;
}

/* Splits line (modified in place) at commas; returns the number of fields. */
static int split_fields(char *line, char **fields)
{
    int count = 0;
    fields[count++] = line;
    for (char *p = line; *p; p++) {
        if (*p == ',' && count < MAX_FIELDS) {
            *p = '\0';
            fields[count++] = p + 1;
        } else if (*p == '\r') {
            *p = '\0';
        }
    }
    return count;
}

typedef struct csv_table {
    char *text;
    int columns;
    char *header[MAX_FIELDS];
    int rows;
    char *cells[MAX_NODES][MAX_FIELDS];
} csv_table_t;

static void csv_read(const char *path, csv_table_t *table)
{
    memset(table, 0, sizeof *table);
    table->text = read_file(path);
    char *save = NULL;
    char *line = strtok_r(table->text, "\n", &save);
    assert_non_null(line);
    table->columns = split_fields(line, table->header);
    while ((line = strtok_r(NULL, "\n", &save)) != NULL) {
        assert_true(table->rows < MAX_NODES);
        assert_int_equal(split_fields(line, table->cells[table->rows]), table->columns);
        table->rows++;
    }
}

static int csv_column(const csv_table_t *table, const char *name)
{
    for (int c = 0; c < table->columns; c++) {
        if (strcmp(table->header[c], name) == 0)
            return c;
    }
    fail_msg("no column %s", name);
    return -1;
}

static double csv_number(const csv_table_t *table, int row, const char *column)
{
    return strtod(table->cells[row][csv_column(table, column)], NULL);
}

/* ---- comparison ---- */

static void check_close(const char *graph, const char *vertex, const char *measure, double got,
                        double expected, double tolerance)
{
    if (!(fabs(got - expected) <= tolerance))
        fail_msg("%s, %s, %s: locnet %.17g, NetworkX %.17g (tolerance %g)", graph, vertex,
                 measure, got, expected, tolerance);
}

static void want_all(locnet_centrality_options_t *options)
{
    for (int m = 0; m < LOCNET_MEASURE_COUNT; m++)
        options->wanted[m] = true;
}

static double value_of(const locnet_centrality_t *result, locnet_measure_t measure,
                       igraph_integer_t vertex)
{
    assert_true(result->computed[measure]);
    return VECTOR(result->values[measure])[vertex];
}

/* ---- the classic graphs: karate, florentine, lesmis ---- */

typedef struct classic {
    csv_table_t centrality;  /* node order = vertex order */
    csv_table_t extra;
    igraph_t graph;
} classic_t;

static igraph_integer_t node_index(const csv_table_t *centrality, const char *name)
{
    for (int r = 0; r < centrality->rows; r++) {
        if (strcmp(centrality->cells[r][0], name) == 0)
            return r;
    }
    fail_msg("edge endpoint %s is not a node of the centrality file", name);
    return -1;
}

static void classic_load(const char *name, classic_t *classic)
{
    char path[512];
    snprintf(path, sizeof path, CLASSIC_DIR "%s_centrality_networkx-2.8.8.csv", name);
    csv_read(path, &classic->centrality);
    snprintf(path, sizeof path, CLASSIC_DIR "%s_extra_networkx-2.8.8.csv", name);
    csv_read(path, &classic->extra);
    assert_int_equal(classic->extra.rows, classic->centrality.rows);
    for (int r = 0; r < classic->extra.rows; r++)
        assert_string_equal(classic->extra.cells[r][0], classic->centrality.cells[r][0]);

    snprintf(path, sizeof path, CLASSIC_DIR "%s_edges.csv", name);
    char *text = read_file(path);
    igraph_vector_int_t edges;
    igraph_vector_int_init(&edges, 0);
    char *save = NULL;
    char *line = strtok_r(text, "\n", &save);  /* header: source,target,weight */
    char *header[MAX_FIELDS];
    split_fields(line, header);
    assert_string_equal(header[0], "source");
    while ((line = strtok_r(NULL, "\n", &save)) != NULL) {
        char *fields[MAX_FIELDS];
        assert_true(split_fields(line, fields) >= 2);
        igraph_vector_int_push_back(&edges, node_index(&classic->centrality, fields[0]));
        igraph_vector_int_push_back(&edges, node_index(&classic->centrality, fields[1]));
    }
    free(text);
    assert_int_equal(igraph_create(&classic->graph, &edges, classic->centrality.rows,
                                   IGRAPH_UNDIRECTED),
                     IGRAPH_SUCCESS);
    igraph_vector_int_destroy(&edges);
}

static void classic_free(classic_t *classic)
{
    free(classic->centrality.text);
    free(classic->extra.text);
    igraph_destroy(&classic->graph);
}

static void check_classic(const char *name, double eigenvector_tolerance)
{
    classic_t classic;
    classic_load(name, &classic);
    const csv_table_t *ref = &classic.centrality;
    igraph_integer_t n = ref->rows;
    assert_int_equal(igraph_vcount(&classic.graph), n);

    locnet_centrality_options_t options;
    locnet_centrality_options_init(&options);
    want_all(&options);
    locnet_centrality_t normal, raw;
    assert_int_equal(locnet_centrality_compute(&classic.graph, &options, &normal), LOCNET_OK);
    options.raw = true;
    assert_int_equal(locnet_centrality_compute(&classic.graph, &options, &raw), LOCNET_OK);

    const double tolerance = 1e-9;  /* the files are rounded to 10 decimals */
    for (igraph_integer_t v = 0; v < n; v++) {
        const char *node = ref->cells[v][0];
        double degree = csv_number(ref, (int)v, "degree");
        check_close(name, node, "degree", value_of(&normal, LOCNET_MEASURE_DEGREE, v), degree, 0);
        check_close(name, node, "degree_centrality",
                    value_of(&normal, LOCNET_MEASURE_DEGREE, v) / (double)(n - 1),
                    csv_number(ref, (int)v, "degree_centrality"), tolerance);
        /* no repeated pairs in these graphs: strength is the degree */
        check_close(name, node, "strength", value_of(&normal, LOCNET_MEASURE_STRENGTH, v),
                    degree, 0);
        check_close(name, node, "betweenness", value_of(&normal, LOCNET_MEASURE_BETWEENNESS, v),
                    csv_number(ref, (int)v, "betweenness_norm"), tolerance);
        check_close(name, node, "betweenness --raw", value_of(&raw, LOCNET_MEASURE_BETWEENNESS, v),
                    csv_number(ref, (int)v, "betweenness_raw"), 1e-8);
        double closeness = csv_number(ref, (int)v, "closeness");
        check_close(name, node, "closeness", value_of(&normal, LOCNET_MEASURE_CLOSENESS, v),
                    closeness, tolerance);
        /* connected: r = n - 1, so 1 / (sum of distances) = closeness / (n - 1) */
        check_close(name, node, "closeness --raw", value_of(&raw, LOCNET_MEASURE_CLOSENESS, v),
                    closeness / (double)(n - 1), tolerance);
        double reachable = csv_number(&classic.extra, (int)v, "closeness_raw_reachable");
        check_close(name, node, "reachable", (double)VECTOR(normal.reachable)[v], reachable, 0);
        check_close(name, node, "reachable --raw", (double)VECTOR(raw.reachable)[v], reachable, 0);
        check_close(name, node, "harmonic", value_of(&normal, LOCNET_MEASURE_HARMONIC, v),
                    csv_number(ref, (int)v, "harmonic"), tolerance);
        check_close(name, node, "eigenvector", value_of(&normal, LOCNET_MEASURE_EIGENVECTOR, v),
                    csv_number(ref, (int)v, "eigenvector_unweighted"), eigenvector_tolerance);
        check_close(name, node, "pagerank", value_of(&normal, LOCNET_MEASURE_PAGERANK, v),
                    csv_number(ref, (int)v, "pagerank_0.85_unweighted"), tolerance);
        check_close(name, node, "coreness", value_of(&normal, LOCNET_MEASURE_CORENESS, v),
                    csv_number(&classic.extra, (int)v, "coreness"), 0);
        /* --raw leaves the other measures alone */
        for (int m = 0; m < LOCNET_MEASURE_COUNT; m++) {
            if (m != LOCNET_MEASURE_BETWEENNESS && m != LOCNET_MEASURE_CLOSENESS)
                check_close(name, node, locnet_measure_names[m],
                            value_of(&raw, (locnet_measure_t)m, v),
                            value_of(&normal, (locnet_measure_t)m, v), 0);
        }
    }
    locnet_centrality_destroy(&normal);
    locnet_centrality_destroy(&raw);
    classic_free(&classic);
}

/* NetworkX's eigenvector_centrality stops at its default tol (1e-6 summed over the nodes), so
 * the classic files' eigenvector values carry about 1e-7 of that error. */
static void karate_matches_networkx(void **state)
{
    (void)state;
    check_classic("karate", 1e-6);
}

static void florentine_matches_networkx(void **state)
{
    (void)state;
    check_classic("florentine", 1e-6);
}

static void lesmis_matches_networkx(void **state)
{
    (void)state;
    check_classic("lesmis", 1e-6);
}

/* ---- the generated locnet/1 networks ---- */

static void load_network(const char *name, locnet_network_t *net)
{
    char path[512];
    snprintf(path, sizeof path, GENERATED_DIR "%s.json", name);
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_status_t status = locnet_load(path, net, &diagnostics);
    locnet_diagnostics_print(&diagnostics, stderr);
    locnet_diagnostics_destroy(&diagnostics);
    assert_int_equal(status, LOCNET_OK);
}

static cJSON *load_expected(const char *name)
{
    char path[512];
    snprintf(path, sizeof path, GENERATED_DIR "%s.expected.json", name);
    char *text = read_file(path);
    cJSON *expected = cJSON_Parse(text);
    free(text);
    assert_non_null(expected);
    return expected;
}

static double expected_number(const cJSON *values, const char *key, const char *id)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(values, key);
    if (!cJSON_IsNumber(item))
        fail_msg("%s: no number %s in the expected file", id, key);
    return item->valuedouble;
}

/* Compares every measure of every locality of a generated network with its expected file.
 * eigenvector_expected says whether the file must hold eigenvector values. */
static void check_generated(const char *name, bool eigenvector_expected)
{
    locnet_network_t net;
    load_network(name, &net);
    cJSON *expected = load_expected(name);
    const cJSON *centrality = cJSON_GetObjectItemCaseSensitive(expected, "centrality");
    assert_non_null(centrality);
    igraph_integer_t n = locnet_locality_count(&net);
    assert_int_equal(cJSON_GetArraySize(centrality), (int)n);

    locnet_centrality_options_t options;
    locnet_centrality_options_init(&options);
    want_all(&options);
    locnet_centrality_t normal, raw, half;
    assert_int_equal(locnet_centrality_compute(&net.graph, &options, &normal), LOCNET_OK);
    options.raw = true;
    assert_int_equal(locnet_centrality_compute(&net.graph, &options, &raw), LOCNET_OK);
    options.raw = false;
    options.damping = 0.5;
    assert_int_equal(locnet_centrality_compute(&net.graph, &options, &half), LOCNET_OK);

    const double tolerance = 1e-9;
    int eigenvectors = 0, half_pageranks = 0;
    for (igraph_integer_t v = 0; v < n; v++) {
        const char *id = locnet_locality_text(&net, LOCNET_V_ID, v);
        const cJSON *values = cJSON_GetObjectItemCaseSensitive(centrality, id);
        if (values == NULL)
            fail_msg("%s: %s has no expected values", name, id);
        check_close(name, id, "degree", value_of(&normal, LOCNET_MEASURE_DEGREE, v),
                    expected_number(values, "degree", id), 0);
        check_close(name, id, "strength", value_of(&normal, LOCNET_MEASURE_STRENGTH, v),
                    expected_number(values, "strength", id), 0);
        check_close(name, id, "betweenness", value_of(&normal, LOCNET_MEASURE_BETWEENNESS, v),
                    expected_number(values, "betweenness", id), tolerance);
        check_close(name, id, "betweenness --raw", value_of(&raw, LOCNET_MEASURE_BETWEENNESS, v),
                    expected_number(values, "betweenness_raw", id), tolerance);
        check_close(name, id, "closeness", value_of(&normal, LOCNET_MEASURE_CLOSENESS, v),
                    expected_number(values, "closeness", id), tolerance);
        double reachable = expected_number(values, "reachable", id);
        check_close(name, id, "reachable", (double)VECTOR(normal.reachable)[v], reachable, 0);
        /* closeness_reachable = r / (sum of distances), so 1 / (sum) = it / r (0 when r = 0) */
        double over_reachable = expected_number(values, "closeness_reachable", id);
        check_close(name, id, "closeness --raw", value_of(&raw, LOCNET_MEASURE_CLOSENESS, v),
                    reachable > 0 ? over_reachable / reachable : 0, tolerance);
        check_close(name, id, "harmonic", value_of(&normal, LOCNET_MEASURE_HARMONIC, v),
                    expected_number(values, "harmonic", id), tolerance);
        check_close(name, id, "pagerank", value_of(&normal, LOCNET_MEASURE_PAGERANK, v),
                    expected_number(values, "pagerank", id), tolerance);
        check_close(name, id, "coreness", value_of(&normal, LOCNET_MEASURE_CORENESS, v),
                    expected_number(values, "coreness", id), 0);
        if (cJSON_HasObjectItem(values, "eigenvector")) {
            /* power iteration to 1e-12, and tiny non-zero values outside the leading component:
             * an absolute tolerance (tests/reference/README.md) */
            check_close(name, id, "eigenvector", value_of(&normal, LOCNET_MEASURE_EIGENVECTOR, v),
                        expected_number(values, "eigenvector", id), 1e-8);
            eigenvectors++;
        }
        if (cJSON_HasObjectItem(values, "pagerank_d0.5")) {
            check_close(name, id, "pagerank --damping 0.5",
                        value_of(&half, LOCNET_MEASURE_PAGERANK, v),
                        expected_number(values, "pagerank_d0.5", id), tolerance);
            half_pageranks++;
        }
    }
    /* nothing was skipped silently */
    assert_int_equal(eigenvectors, eigenvector_expected ? (int)n : 0);
    assert_int_equal(half_pageranks, strcmp(name, "disconnected") == 0 ? (int)n : 0);
    locnet_centrality_destroy(&normal);
    locnet_centrality_destroy(&raw);
    locnet_centrality_destroy(&half);
    cJSON_Delete(expected);
    locnet_network_destroy(&net);
}

static void disconnected_matches_networkx(void **state)
{
    (void)state;
    check_generated("disconnected", true);
}

static void ties_matches_networkx(void **state)
{
    (void)state;
    check_generated("ties", false);  /* eigenvector ill-defined: two equal leading eigenvalues */
}

static void random_multi_matches_networkx(void **state)
{
    (void)state;
    check_generated("random_multi", true);
}

static void star_and_path_matches_networkx(void **state)
{
    (void)state;
    check_generated("star_and_path", true);
}

/* ---- sampled betweenness ---- */

static void compute_betweenness(const igraph_t *graph, igraph_integer_t samples,
                                igraph_uint_t seed, bool raw, igraph_vector_t *values)
{
    locnet_centrality_options_t options;
    locnet_centrality_options_init(&options);
    options.wanted[LOCNET_MEASURE_BETWEENNESS] = true;
    options.samples = samples;
    options.seed = seed;
    options.raw = raw;
    locnet_centrality_t result;
    assert_int_equal(locnet_centrality_compute(graph, &options, &result), LOCNET_OK);
    for (int m = 0; m < LOCNET_MEASURE_COUNT; m++)
        assert_true(result.computed[m] == (m == LOCNET_MEASURE_BETWEENNESS));
    igraph_vector_update(values, &result.values[LOCNET_MEASURE_BETWEENNESS]);
    locnet_centrality_destroy(&result);
}

static void sampled_betweenness_is_reproducible(void **state)
{
    (void)state;
    locnet_network_t net;
    load_network("random_multi", &net);
    igraph_vector_t first, again, other;
    igraph_vector_init(&first, 0);
    igraph_vector_init(&again, 0);
    igraph_vector_init(&other, 0);
    compute_betweenness(&net.graph, 30, 42, false, &first);
    compute_betweenness(&net.graph, 30, 7, false, &other);
    compute_betweenness(&net.graph, 30, 42, false, &again);
    assert_true(igraph_vector_all_e(&first, &again));
    assert_false(igraph_vector_all_e(&first, &other));
    igraph_vector_destroy(&first);
    igraph_vector_destroy(&again);
    igraph_vector_destroy(&other);
    locnet_network_destroy(&net);
}

/* With every locality as a source the estimate is exact, whatever the seed. */
static void sampled_betweenness_with_every_source_is_exact(void **state)
{
    (void)state;
    const char *names[] = {"random_multi", "disconnected", "star_and_path"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        locnet_network_t net;
        load_network(names[i], &net);
        igraph_integer_t n = locnet_locality_count(&net);
        cJSON *expected = load_expected(names[i]);
        const cJSON *centrality = cJSON_GetObjectItemCaseSensitive(expected, "centrality");
        igraph_vector_t all, more;
        igraph_vector_init(&all, 0);
        igraph_vector_init(&more, 0);
        compute_betweenness(&net.graph, n, 3, true, &all);
        compute_betweenness(&net.graph, n + 5, 4, true, &more);
        for (igraph_integer_t v = 0; v < n; v++) {
            const char *id = locnet_locality_text(&net, LOCNET_V_ID, v);
            const cJSON *values = cJSON_GetObjectItemCaseSensitive(centrality, id);
            double exact = expected_number(values, "betweenness_raw", id);
            check_close(names[i], id, "betweenness --samples n", VECTOR(all)[v], exact, 1e-9);
            check_close(names[i], id, "betweenness --samples n+5", VECTOR(more)[v], exact, 1e-9);
        }
        igraph_vector_destroy(&all);
        igraph_vector_destroy(&more);
        cJSON_Delete(expected);
        locnet_network_destroy(&net);
    }
}

/* The n/K scaling makes the estimate unbiased: averaged over many seeds it approaches NetworkX's
 * exact betweenness (a scaling by (n-1)/K would fall 1/n = 7 % short on these 15 nodes). */
static void sampled_betweenness_is_unbiased(void **state)
{
    (void)state;
    classic_t classic;
    classic_load("florentine", &classic);
    igraph_integer_t n = classic.centrality.rows;
    const int draws = 4000;
    igraph_vector_t sum, values;
    igraph_vector_init(&sum, n);
    igraph_vector_init(&values, 0);
    for (int seed = 1; seed <= draws; seed++) {
        compute_betweenness(&classic.graph, 5, (igraph_uint_t)seed, true, &values);
        igraph_vector_add(&sum, &values);
    }
    double total_error = 0, total = 0;
    for (igraph_integer_t v = 0; v < n; v++) {
        double exact = csv_number(&classic.centrality, (int)v, "betweenness_raw");
        total_error += fabs(VECTOR(sum)[v] / draws - exact);
        total += exact;
    }
    if (!(total_error <= 0.02 * total))
        fail_msg("mean estimate is off by %.4f of the total betweenness", total_error / total);
    igraph_vector_destroy(&sum);
    igraph_vector_destroy(&values);
    classic_free(&classic);
}

/* ---- small cases and options ---- */

static void empty_and_isolated_graphs(void **state)
{
    (void)state;
    locnet_centrality_options_t options;
    locnet_centrality_options_init(&options);
    want_all(&options);
    locnet_centrality_t result;
    igraph_t graph;

    igraph_empty(&graph, 0, IGRAPH_UNDIRECTED);
    assert_int_equal(locnet_centrality_compute(&graph, &options, &result), LOCNET_OK);
    for (int m = 0; m < LOCNET_MEASURE_COUNT; m++) {
        assert_true(result.computed[m]);
        assert_int_equal(igraph_vector_size(&result.values[m]), 0);
    }
    locnet_centrality_destroy(&result);
    igraph_destroy(&graph);

    /* one isolated locality: NetworkX gives closeness 0, betweenness 0, PageRank 1 */
    igraph_empty(&graph, 1, IGRAPH_UNDIRECTED);
    assert_int_equal(locnet_centrality_compute(&graph, &options, &result), LOCNET_OK);
    check_close("single", "0", "closeness", value_of(&result, LOCNET_MEASURE_CLOSENESS, 0), 0, 0);
    check_close("single", "0", "betweenness", value_of(&result, LOCNET_MEASURE_BETWEENNESS, 0), 0, 0);
    check_close("single", "0", "harmonic", value_of(&result, LOCNET_MEASURE_HARMONIC, 0), 0, 0);
    check_close("single", "0", "pagerank", value_of(&result, LOCNET_MEASURE_PAGERANK, 0), 1, 1e-12);
    assert_int_equal(VECTOR(result.reachable)[0], 0);
    locnet_centrality_destroy(&result);
    igraph_destroy(&graph);
}

static void measure_names_parse(void **state)
{
    (void)state;
    locnet_measure_t measure;
    for (int m = 0; m < LOCNET_MEASURE_COUNT; m++) {
        assert_int_equal(locnet_measure_parse(locnet_measure_names[m], &measure), LOCNET_OK);
        assert_int_equal(measure, m);
    }
    assert_int_equal(locnet_measure_parse("Degree", &measure), LOCNET_EUSAGE);
    assert_int_equal(locnet_measure_parse("all", &measure), LOCNET_EUSAGE);
    assert_int_equal(locnet_measure_parse("", &measure), LOCNET_EUSAGE);
    assert_true(locnet_measure_is_integer(LOCNET_MEASURE_CORENESS));
    assert_false(locnet_measure_is_integer(LOCNET_MEASURE_PAGERANK));
}

static void bad_options_are_refused(void **state)
{
    (void)state;
    igraph_t graph;
    igraph_empty(&graph, 3, IGRAPH_UNDIRECTED);
    locnet_centrality_options_t options;
    locnet_centrality_options_init(&options);
    want_all(&options);
    locnet_centrality_t result;
    options.damping = 1.5;
    assert_int_equal(locnet_centrality_compute(&graph, &options, &result), LOCNET_EUSAGE);
    options.damping = NAN;
    assert_int_equal(locnet_centrality_compute(&graph, &options, &result), LOCNET_EUSAGE);
    options.damping = 0.85;
    options.samples = -1;
    assert_int_equal(locnet_centrality_compute(&graph, &options, &result), LOCNET_EUSAGE);
    igraph_destroy(&graph);
}

int main(void)
{
    locnet_attributes_install();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(karate_matches_networkx),
        cmocka_unit_test(florentine_matches_networkx),
        cmocka_unit_test(lesmis_matches_networkx),
        cmocka_unit_test(disconnected_matches_networkx),
        cmocka_unit_test(ties_matches_networkx),
        cmocka_unit_test(random_multi_matches_networkx),
        cmocka_unit_test(star_and_path_matches_networkx),
        cmocka_unit_test(sampled_betweenness_is_reproducible),
        cmocka_unit_test(sampled_betweenness_with_every_source_is_exact),
        cmocka_unit_test(sampled_betweenness_is_unbiased),
        cmocka_unit_test(empty_and_isolated_graphs),
        cmocka_unit_test(measure_names_parse),
        cmocka_unit_test(bad_options_are_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
