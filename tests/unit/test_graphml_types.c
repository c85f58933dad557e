/* tests/unit/test_graphml_types.c: the types a GraphML file declares, kept by the reader
 * (io/read/graphml_types.h): whole numbers, booleans and the graph's own attributes, wherever
 * the graph's data stand, as the typed writers see them (io/write/typed_attributes.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "graph/network.h"
#include "io/read/graphml_reader.h"
#include "io/write/typed_attributes.h"

/* The type a typed writer gives attribute name of domain (io/write/typed_attributes.h); -1
 * when there is none. */
static int written_type(const locnet_network_t *net, locnet_domain_t domain, const char *name)
{
    locnet_typed_attributes_t list;
    assert_int_equal(locnet_typed_attributes_list(net, &list), LOCNET_OK);
    int type = -1;
    for (size_t i = 0; i < list.count; i++) {
        if (list.items[i].domain == domain && strcmp(list.items[i].name, name) == 0)
            type = (int)list.items[i].type;
    }
    locnet_typed_attributes_destroy(&list);
    return type;
}

/* The graph's data before and after its nodes (NetworkX writes them last) keep their declared
 * types, and so do whole numbers and booleans of the nodes; a graph number that is not one is
 * reported at its line and column. */
static void graphml_types_and_graph_data_anywhere(void **state)
{
    (void)state;
    static const char text[] =
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
        "<key id=\"g0\" for=\"graph\" attr.name=\"name\" attr.type=\"string\"/>\n"
        "<key id=\"g1\" for=\"graph\" attr.name=\"version\" attr.type=\"int\"/>\n"
        "<key id=\"g2\" for=\"graph\" attr.name=\"complete\" attr.type=\"boolean\"/>\n"
        "<key id=\"g3\" for=\"graph\" attr.name=\"sources\" attr.type=\"string\"/>\n"
        "<key id=\"n0\" for=\"node\" attr.name=\"count\" attr.type=\"long\"/>\n"
        "<key id=\"n1\" for=\"node\" attr.name=\"flag\" attr.type=\"boolean\"/>\n"
        "<key id=\"e0\" for=\"edge\" attr.name=\"sources\" attr.type=\"string\"/>\n"
        "<graph edgedefault=\"undirected\"><data key=\"g0\">typed</data>\n"
        "<node id=\"a\"><data key=\"n0\">4</data><data key=\"n1\">True</data></node>\n"
        "<node id=\"b\"><data key=\"n0\">5</data></node>\n"
        "<edge source=\"a\" target=\"b\"><data key=\"e0\">s1</data></edge>\n"
        "<data key=\"g1\">3</data><data key=\"g2\">true</data>\n"
        "<data key=\"g3\">[{\"id\":\"s1\",\"title\":\"T\",\"publisher\":\"P\","
        "\"date\":\"2020\"}]</data>\n"
        "</graph></graphml>\n";
    locnet_network_t net;
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    assert_int_equal(locnet_graphml_read_text("t.graphml", text, sizeof text - 1, &net,
                                              &diagnostics), LOCNET_OK);
    assert_int_equal(diagnostics.count, 0);
    assert_string_equal(igraph_cattribute_GAS(&net.graph, "name"), "typed");
    assert_true(igraph_cattribute_GAN(&net.graph, "version") == 3);
    assert_int_equal(written_type(&net, LOCNET_DOMAIN_GRAPH, "name"), LOCNET_VALUE_TEXT);
    assert_int_equal(written_type(&net, LOCNET_DOMAIN_GRAPH, "version"), LOCNET_VALUE_INTEGER);
    assert_int_equal(written_type(&net, LOCNET_DOMAIN_GRAPH, "complete"), LOCNET_VALUE_BOOLEAN);
    assert_true(igraph_cattribute_GAB(&net.graph, "complete"));
    assert_int_equal(net.source_count, 1);
    assert_int_equal(written_type(&net, LOCNET_DOMAIN_GRAPH, "sources"), -1);
    assert_int_equal(written_type(&net, LOCNET_DOMAIN_VERTEX, "count"), LOCNET_VALUE_INTEGER);
    assert_int_equal(written_type(&net, LOCNET_DOMAIN_VERTEX, "flag"), LOCNET_VALUE_BOOLEAN);
    assert_string_equal(locnet_locality_text(&net, LOCNET_V_ID, 0), "a");
    assert_true(igraph_cattribute_VAB(&net.graph, "flag", 0));
    assert_false(igraph_cattribute_VAB(&net.graph, "flag", 1));
    assert_true(igraph_cattribute_VAN(&net.graph, "count", 1) == 5);
    locnet_network_destroy(&net);

    char *bad = strdup(text);
    assert_non_null(bad);
    memcpy(strstr(bad, ">3</data>") + 1, "x", 1);
    assert_int_equal(locnet_graphml_read_text("t.graphml", bad, strlen(bad), &net, &diagnostics),
                     LOCNET_EDATA);
    assert_int_equal(diagnostics.count, 1);
    assert_string_equal(diagnostics.items[0].text,
                        "t.graphml:13:1: graph attribute \"version\" must be a number, not \"x\"");
    free(bad);
    locnet_diagnostics_destroy(&diagnostics);
}

int main(void)
{
    locnet_attributes_install();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(graphml_types_and_graph_data_anywhere),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
