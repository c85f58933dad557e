/* tests/unit/test_report_writer.c: the report page draws what it is given: the parts that wait
 * for data the network does not hold yet (communities, events) and Graphviz's SVG inlined. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "graph/cut_structure.h"
#include "graph/timeline.h"
#include "io/load.h"
#include "io/write/report_writer.h"

/* dot_small: ten localities in FR, VN, JP and XX, seven partnerships signed 1996 to 2023. */
typedef struct fixture {
    locnet_network_t net;
    locnet_cut_vertices_t cut;
    locnet_bridges_t bridges;
    locnet_timeline_t timeline;
    igraph_vector_int_t cut_order, bridge_order, order, membership, members;
    igraph_vector_t degree;
    locnet_list_t keys;
    locnet_report_ranking_t ranking;
    locnet_report_t report;
} fixture_t;

static int set_up(void **state)
{
    fixture_t *f = calloc(1, sizeof *f);
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    assert_int_equal(locnet_load(LOCNET_TEST_DIR "/cli/nets/dot_small.json", &f->net, &diagnostics),
                     LOCNET_OK);
    locnet_diagnostics_destroy(&diagnostics);
    igraph_integer_t n = locnet_locality_count(&f->net);
    assert_int_equal(locnet_cut_vertices_compute(&f->net, &f->cut), LOCNET_OK);
    assert_int_equal(locnet_bridges_compute(&f->net, &f->bridges), LOCNET_OK);
    assert_int_equal(locnet_timeline_compute(&f->net, &f->timeline), LOCNET_OK);
    igraph_vector_int_init_range(&f->cut_order, 0, igraph_vector_int_size(&f->cut.vertices));
    igraph_vector_int_init_range(&f->bridge_order, 0, igraph_vector_int_size(&f->bridges.edges));
    igraph_vector_int_init_range(&f->order, 0, n);
    igraph_vector_int_t degree;
    igraph_vector_int_init(&degree, 0);
    igraph_degree(&f->net.graph, &degree, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS);
    igraph_vector_init(&f->degree, n);
    for (igraph_integer_t v = 0; v < n; v++)
        VECTOR(f->degree)[v] = (double)VECTOR(degree)[v];
    igraph_vector_int_destroy(&degree);
    locnet_list_init(&f->keys);
    for (igraph_integer_t v = 0; v < n; v++)
        locnet_list_append(&f->keys, "key");
    /* two communities: the French localities (0) and the others (1), members in vertex order */
    igraph_vector_int_init(&f->membership, n);
    igraph_vector_int_init(&f->members, 0);
    for (int c = 0; c < 2; c++) {
        for (igraph_integer_t v = 0; v < n; v++) {
            bool french = strcmp(locnet_locality_text(&f->net, LOCNET_V_COUNTRY, v), "FR") == 0;
            VECTOR(f->membership)[v] = french ? 0 : 1;
            if ((french ? 0 : 1) == c)
                igraph_vector_int_push_back(&f->members, v);
        }
    }
    f->ranking = (locnet_report_ranking_t){LOCNET_MEASURE_DEGREE, &f->degree, NULL, &f->order, NULL};
    f->report = (locnet_report_t){.net = &f->net, .title = "small", .generator = "locnet test",
                                  .written = "today", .command_line = "locnet report",
                                  .input = "dot_small.json", .rankings = &f->ranking,
                                  .ranking_count = 1, .degree = &f->degree, .keys = &f->keys,
                                  .top = 20, .cut_vertices = &f->cut, .cut_order = &f->cut_order,
                                  .bridges = &f->bridges, .bridge_order = &f->bridge_order,
                                  .timeline = &f->timeline};
    *state = f;
    return 0;
}

static int tear_down(void **state)
{
    fixture_t *f = *state;
    locnet_cut_vertices_destroy(&f->cut);
    locnet_bridges_destroy(&f->bridges);
    locnet_timeline_destroy(&f->timeline);
    igraph_vector_int_destroy(&f->cut_order);
    igraph_vector_int_destroy(&f->bridge_order);
    igraph_vector_int_destroy(&f->order);
    igraph_vector_int_destroy(&f->membership);
    igraph_vector_int_destroy(&f->members);
    igraph_vector_destroy(&f->degree);
    locnet_list_destroy(&f->keys);
    locnet_network_destroy(&f->net);
    free(f);
    return 0;
}

/* The page for report, in a buffer the caller frees. (Not inlined: GCC 12 at -O3 then takes
 * pointers into the buffer for pointers to the local variable that held it.) */
__attribute__((noinline)) static char *page(const locnet_report_t *report)
{
    char *text = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&text, &length);
    assert_int_equal(locnet_report_write(report, out), LOCNET_OK);
    assert_int_equal(fclose(out), 0);
    /* a copy: GCC 12 -O3 otherwise takes the result for a pointer to the local text */
    char *copy = strdup(text);
    free(text);
    assert_non_null(copy);
    return copy;
}

static void communities_when_given(void **state)
{
    fixture_t *f = *state;
    char *text = page(&f->report);
    assert_null(strstr(text, "id=\"communities\""));  /* left out until communities exist */
    assert_null(strstr(text, "#communities"));
    free(text);
    locnet_report_partition_t partition = {&f->membership, 2, &f->members, NULL,
                                           "Louvain <method>, seed 1.", 0.25};
    f->report.communities = &partition;
    text = page(&f->report);
    assert_non_null(strstr(text, "<a href=\"#communities\">Communities</a>"));
    assert_non_null(strstr(text, "<p>Louvain &lt;method&gt;, seed 1. Modularity: 0.2500.</p>"));
    assert_non_null(strstr(text, "<tr><td class=\"num\">1</td><td class=\"num\">4</td><td "
                                 "class=\"long\">Bretagne; Ille-et-Vilaine; Rennes; Finistère</td></tr>"));
    assert_non_null(strstr(text, "<tr><td class=\"num\">2</td><td class=\"num\">6</td><td "
                                 "class=\"long\">Thừa Thiên-Huế; Huế; Hà Nội; Tōkyō; Kyōto; "
                                 "Lone &quot;island&quot;</td></tr>"));
    assert_true(strstr(text, "id=\"communities\"") < strstr(text, "id=\"weak-points\""));
    free(text);
    igraph_vector_int_t central;  /* Rennes and Huế, say */
    igraph_vector_int_init(&central, 2);
    VECTOR(central)[0] = 2;
    VECTOR(central)[1] = 5;
    partition.central = &central;
    text = page(&f->report);
    assert_non_null(strstr(text, "<th scope=\"col\">most central</th>"));
    assert_non_null(strstr(text, "<td class=\"num\">4</td><td class=\"long\">Rennes</td><td "
                                 "class=\"long\">Bretagne;"));
    assert_non_null(strstr(text, "<td class=\"num\">6</td><td class=\"long\">Huế</td><td "
                                 "class=\"long\">Thừa Thiên-Huế;"));
    igraph_vector_int_destroy(&central);
    free(text);
}

static void events_on_the_timeline(void **state)
{
    fixture_t *f = *state;
    locnet_report_event_t events[] = {{2001, "<12>", "Conference <12>"}, {1800, "early", "too early"}};
    f->report.events = events;
    f->report.event_count = 2;
    char *text = page(&f->report);
    assert_non_null(strstr(text, "Dashed lines mark the events"));
    assert_non_null(strstr(text, ">&lt;12&gt;</text><title>2001: Conference &lt;12&gt;</title>"));
    assert_null(strstr(text, "too early"));  /* outside the years drawn */
    assert_int_equal(f->timeline.years[0].year, 1996);
    /* one bar per year from 1996 to 2023 */
    size_t bars = 0;
    for (const char *at = strstr(text, "class=\"bar\""); at != NULL; at = strstr(at + 1, "class=\"bar\""))
        bars++;
    assert_int_equal(bars, 2023 - 1996 + 1);
    free(text);
}

static void svg_inlined(void **state)
{
    fixture_t *f = *state;
    f->report.svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"x\">\n<!-- Generated -->\n"
                    "<svg width=\"10pt\" height=\"20pt\"\n viewBox=\"0.00 0.00 10.5 20\" "
                    "xmlns=\"http://www.w3.org/2000/svg\">\n<g id=\"v0\" class=\"node\"><!-- a "
                    "--><title>a</title><text>&amp;\xef\xbf\xbe</text></g>\n</svg>\n";
    f->report.diagram_note = "The whole <network>.";
    f->report.diagram_left_out = "2 <left> out.";
    char *text = page(&f->report);
    assert_null(strstr(text, "<?xml"));
    assert_null(strstr(text, "<!DOCTYPE svg"));
    assert_null(strstr(text, "<!--"));
    assert_non_null(strstr(text, "<p class=\"note\">The whole &lt;network&gt;.</p>"));
    assert_non_null(strstr(text, "<svg id=\"diagram-svg\" viewBox=\"0.00 0.00 10.5 20\" role=\"img\" "
                                 "aria-label=\"Diagram of the network\">\n<g id=\"v0\" class=\"node\">"
                                 "<title>a</title><text>&amp;\xef\xbf\xbd</text></g>\n</svg>"));
    const char *under = strstr(text, "<p class=\"note\">2 &lt;left&gt; out.</p>");
    assert_non_null(under);  /* under the diagram */
    assert_true(under > strstr(text, "<svg id=\"diagram-svg\""));
    free(text);
    f->report.svg = NULL;  /* no diagram: the note alone, no tools */
    text = page(&f->report);
    assert_null(strstr(text, "class=\"diagram-tools\""));
    free(text);
}

int main(void)
{
    locnet_attributes_install();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(communities_when_given, set_up, tear_down),
        cmocka_unit_test_setup_teardown(events_on_the_timeline, set_up, tear_down),
        cmocka_unit_test_setup_teardown(svg_inlined, set_up, tear_down)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
