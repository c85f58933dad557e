/* tests/library/test_communities.c: locnet_network_communities through the public API alone.
 * Each partition it returns goes to NetworkX 2.8.8 (communities_peer.py, Debian's
 * /usr/bin/python3), which checks its numbering and computes its modularity; the modularity
 * returned must be NetworkX's. The partition must also be the locnet program's for the same
 * options (the header promises it), and bad settings are refused with the outputs untouched. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include <locnet/locnet.h>

#include "support.h"

#define CLASSIC LOCNET_TEST_DIR "/reference/classic/"
#define GENERATED LOCNET_TEST_DIR "/reference/generated/"
#define PEER "/usr/bin/python3 " LOCNET_TEST_DIR "/library/communities_peer.py"
#define COMMAND_SIZE 1024
#define LINE_SIZE 512

typedef struct example {
    const char *path;
    locnet_communities_settings_t settings;
    const char *options;  /* the same settings as the program's options, compared with it; "":
                           * the API gets NULL settings, the program no option; NULL: not
                           * compared */
} example_t;

/* Writes "ID<TAB>COMMUNITY" lines into a new temporary file, whose name goes to path. */
static void write_partition(const locnet_network_t *net, const igraph_vector_int_t *membership,
                            char *path)
{
    strcpy(path, "/tmp/locnet-communities-XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *out = fdopen(fd, "w");
    assert_non_null(out);
    for (igraph_integer_t v = 0; v < igraph_vector_int_size(membership); v++)
        fprintf(out, "%s\t%lld\n", locnet_network_locality(net, v, "id"),
                (long long)VECTOR(*membership)[v]);
    assert_int_equal(fclose(out), 0);
}

/* NetworkX's count and modularity of the partition. */
static void ask_networkx(const example_t *example, const char *partition, long long *count,
                         double *modularity)
{
    char command[COMMAND_SIZE], line[LINE_SIZE] = "";
    const char *weight = example->settings.weight != NULL ? example->settings.weight : "-";
    snprintf(command, sizeof command, PEER " '%s' '%s' '%s'", example->path, weight, partition);
    FILE *peer = popen(command, "r");
    assert_non_null(peer);
    char *got = fgets(line, sizeof line, peer);
    int code = pclose(peer);
    if (got == NULL || code != 0 || sscanf(line, "%lld %lf", count, modularity) != 2)
        fail_msg("%s: NetworkX's peer failed (%d): %s", example->path, code, line);
}

/* Checks that the program's `communities --format csv` puts every locality in the community
 * numbered one more than membership's. */
static void compare_with_program(const example_t *example, const locnet_network_t *net,
                                 const igraph_vector_int_t *membership)
{
    char command[COMMAND_SIZE], line[LINE_SIZE];
    snprintf(command, sizeof command, "'%s' communities --format csv %s '%s'", LOCNET_PROGRAM,
             example->options, example->path);
    FILE *program = popen(command, "r");
    assert_non_null(program);
    igraph_integer_t rows = 0, n = igraph_vector_int_size(membership);
    /* rows id,name,country,level,community: the CSV examples' ids and names hold no comma */
    for (bool header = true; fgets(line, sizeof line, program) != NULL; header = false) {
        if (header)
            continue;
        char *id_end = strchr(line, ','), *community = strrchr(line, ',');
        assert_non_null(id_end);
        *id_end = '\0';
        igraph_integer_t v = 0;
        while (v < n && strcmp(locnet_network_locality(net, v, "id"), line) != 0)
            v++;
        if (v == n || atoll(community + 1) != VECTOR(*membership)[v] + 1)
            fail_msg("%s %s: %s is in community %s for the program", example->path,
                     example->options, line, community + 1);
        rows++;
    }
    assert_int_equal(pclose(program), 0);
    assert_int_equal(rows, n);
}

static void check_example(const example_t *example)
{
    locnet_network_t *net = support_read(example->path);
    const locnet_communities_settings_t *settings =
        example->options != NULL && strcmp(example->options, "") == 0 ? NULL : &example->settings;
    igraph_vector_int_t membership;
    igraph_vector_int_init(&membership, 0);
    igraph_integer_t count = -1;
    double modularity = -2;
    locnet_status_t status = locnet_network_communities(net, settings, &membership, &count,
                                                        &modularity);
    if (status != LOCNET_OK)
        fail_msg("%s: %s", example->path, locnet_strerror(status));
    assert_int_equal(igraph_vector_int_size(&membership), igraph_vcount(locnet_network_graph(net)));
    char partition[64];
    write_partition(net, &membership, partition);
    long long expected_count;
    double expected;
    ask_networkx(example, partition, &expected_count, &expected);
    unlink(partition);
    assert_int_equal(count, expected_count);
    if (!(fabs(modularity - expected) <= 1e-9))
        fail_msg("%s: modularity %.17g, NetworkX %.17g", example->path, modularity, expected);
    if (example->options != NULL)
        compare_with_program(example, net, &membership);
    igraph_vector_int_destroy(&membership);
    locnet_network_free(net);
}

static void against_networkx(void **state)
{
    const example_t examples[] = {
        {GENERATED "random_multi.json", {0}, ""},  /* NULL settings: the program's defaults */
        {GENERATED "random_multi.json", {.weight = "count", .resolution = 1.5, .seed = 7},
         "--weight count --resolution 1.5 --seed 7"},
        {CLASSIC "karate_edges.csv", {.weight = "weight", .seed = 1}, "--weight weight"},
        {CLASSIC "lesmis_edges.csv", {.method = "leiden", .weight = "weight", .trials = 3,
                                      .seed = 11},
         "--method leiden --weight weight --trials 3 --seed 11"},
        {GENERATED "disconnected.json", {.method = "label-propagation", .seed = 2},
         "--method label-propagation --seed 2"},
        {GENERATED "disconnected.json", {.method = "fast-greedy", .weight = "count"},
         "--method fast-greedy --weight count"},
        {GENERATED "disconnected.json", {.method = "walktrap", .steps = 3},
         "--method walktrap --steps 3"},
        {CLASSIC "florentine_edges.csv", {.method = "infomap", .trials = 2, .seed = 5},
         "--method infomap --trials 2 --seed 5"},
        {GENERATED "ties.json", {.seed = 0}, NULL},
    };
    for (size_t i = 0; i < sizeof examples / sizeof examples[0]; i++)
        check_example(&examples[i]);
}

/* Checks the communities of the network text with the default settings: expected_count of
 * them, expected[v] for locality v, the modularity expected (NaN: NaN). */
static void check_loners(const char *text, igraph_integer_t expected_count,
                         const igraph_integer_t *expected, double expected_modularity)
{
    locnet_network_t *net = NULL;
    assert_int_equal(locnet_network_read_text("t.json", text, strlen(text), NULL, &net, NULL),
                     LOCNET_OK);
    igraph_vector_int_t membership;
    igraph_vector_int_init(&membership, 0);
    igraph_integer_t count = 0;
    double modularity = 0;
    assert_int_equal(locnet_network_communities(net, NULL, &membership, &count, &modularity),
                     LOCNET_OK);
    assert_int_equal(count, expected_count);
    for (igraph_integer_t v = 0; v < igraph_vector_int_size(&membership); v++)
        assert_int_equal(VECTOR(membership)[v], expected[v]);
    if (isnan(expected_modularity))
        assert_true(isnan(modularity));
    else
        assert_true(fabs(modularity - expected_modularity) <= 1e-12);
    igraph_vector_int_destroy(&membership);
    locnet_network_free(net);
}

#define LOCALITIES_ABCD                                                                      \
    "{\"format\":\"locnet/1\",\"localities\":["                                             \
    "{\"id\":\"A\",\"name\":\"A\",\"country\":\"VN\",\"level\":\"province\"},"             \
    "{\"id\":\"B\",\"name\":\"B\",\"country\":\"FR\",\"level\":\"region\"},"               \
    "{\"id\":\"C\",\"name\":\"C\",\"country\":\"FR\",\"level\":\"region\"},"               \
    "{\"id\":\"D\",\"name\":\"D\",\"country\":\"FR\",\"level\":\"region\"}],"

static void loners(void **state)
{
    /* nothing linked: four communities, no modularity */
    const igraph_integer_t alone[] = {0, 1, 2, 3};
    check_loners(LOCALITIES_ABCD "\"partnerships\":[]}", 4, alone, NAN);
    /* one pair and two loners: 3 communities, more than the 4 localities less the 2 loners
     * (once refused by igraph_reindex_membership); Q = (1/2)((1 - 1/2) * 2 - 1/2 * 2) = 0 */
    const igraph_integer_t pair[] = {0, 0, 1, 2};
    check_loners(LOCALITIES_ABCD "\"partnerships\":[{\"a\":\"A\",\"b\":\"B\",\"kind\":\"x\"}]}", 3,
                 pair, 0);
}

/* The same seed gives the same partition; a larger resolution gives more communities. */
static void seed_and_resolution(void **state)
{
    locnet_network_t *net = support_read(CLASSIC "lesmis_edges.csv");
    locnet_communities_settings_t settings = {.seed = 3, .trials = 2};
    igraph_vector_int_t first, second;
    igraph_vector_int_init(&first, 0);
    igraph_vector_int_init(&second, 0);
    igraph_integer_t coarse, fine;
    settings.resolution = 0.5;
    assert_int_equal(locnet_network_communities(net, &settings, &first, &coarse, NULL), LOCNET_OK);
    assert_int_equal(locnet_network_communities(net, &settings, &second, NULL, NULL), LOCNET_OK);
    assert_true(igraph_vector_int_all_e(&first, &second));
    settings.resolution = 3;
    assert_int_equal(locnet_network_communities(net, &settings, &second, &fine, NULL), LOCNET_OK);
    assert_true(fine > coarse);
    igraph_vector_int_destroy(&first);
    igraph_vector_int_destroy(&second);
    locnet_network_free(net);
}

static void refused(void **state)
{
    const struct {
        locnet_communities_settings_t settings;
        locnet_status_t status;
    } bad[] = {
        {{.method = "spectral"}, LOCNET_EUSAGE},
        {{.method = "walktrap", .resolution = 2}, LOCNET_EUSAGE},
        {{.resolution = -1}, LOCNET_EUSAGE},
        {{.resolution = INFINITY}, LOCNET_EUSAGE},
        {{.trials = -3}, LOCNET_EUSAGE},
        {{.method = "walktrap", .steps = -1}, LOCNET_EUSAGE},
        {{.weight = "no such attribute"}, LOCNET_EDATA},
        {{.weight = "kind"}, LOCNET_EDATA},  /* words, not numbers */
    };
    locnet_network_t *net = support_read(GENERATED "disconnected.json");
    igraph_vector_int_t membership;
    igraph_vector_int_init(&membership, 3);
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        igraph_integer_t count = -1;
        double modularity = -2;
        assert_int_equal(locnet_network_communities(net, &bad[i].settings, &membership, &count,
                                                    &modularity),
                         bad[i].status);
        assert_int_equal(igraph_vector_int_size(&membership), 3);
        assert_int_equal(count, -1);
        assert_true(modularity == -2);
    }
    igraph_vector_int_destroy(&membership);
    locnet_network_free(net);
}

int main(void)
{
    locnet_library_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(against_networkx),
        cmocka_unit_test(loners),
        cmocka_unit_test(seed_and_resolution),
        cmocka_unit_test(refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
