/* tests/unit/test_drawing.c: what diagrams are drawn from: map projection and panels
 * (graph/projection), the palette's rules (io/dot/dot_palette), and the DOT writer's legend,
 * markers and pinned positions. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "graph/projection.h"
#include "io/dot/dot_writer.h"
#include "io/load.h"

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

static void load_text(const char *text, locnet_network_t *net)
{
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    char base[] = "/tmp/locnet-test-drawing-XXXXXX", name[64];
    int fd = mkstemp(base);
    assert_true(fd >= 0);
    close(fd);
    snprintf(name, sizeof name, "%s.json", base);
    FILE *out = fopen(name, "w");
    assert_non_null(out);
    fputs(text, out);
    fclose(out);
    assert_int_equal(locnet_load(name, net, &diagnostics), LOCNET_OK);
    remove(name);
    remove(base);
    locnet_diagnostics_destroy(&diagnostics);
}

/* Paris, Lyon and an unplaced Paris suburb in FR; Hà Nội and Huế in VN. */
static const char *const far_apart =
    "{\"format\":\"locnet/1\",\"localities\":["
    "{\"id\":\"P\",\"name\":\"Paris\",\"country\":\"FR\",\"level\":\"commune\",\"lat\":48.85,\"lon\":2.35},"
    "{\"id\":\"L\",\"name\":\"Lyon\",\"country\":\"FR\",\"level\":\"commune\",\"lat\":45.75,\"lon\":4.85},"
    "{\"id\":\"S\",\"name\":\"Suburb\",\"country\":\"FR\",\"level\":\"commune\",\"parent\":\"P\"},"
    "{\"id\":\"N\",\"name\":\"Nowhere\",\"country\":\"FR\",\"level\":\"commune\"},"
    "{\"id\":\"H\",\"name\":\"Ha Noi\",\"country\":\"VN\",\"level\":\"province\",\"lat\":21.03,\"lon\":105.85},"
    "{\"id\":\"U\",\"name\":\"Hue\",\"country\":\"VN\",\"level\":\"province\",\"lat\":16.46,\"lon\":107.6},"
    "{\"id\":\"T\",\"name\":\"Twin\",\"country\":\"VN\",\"level\":\"province\",\"lat\":16.46,\"lon\":107.6}],"
    "\"partnerships\":[{\"a\":\"P\",\"b\":\"H\",\"kind\":\"agreement\"},"
    "{\"a\":\"L\",\"b\":\"U\",\"kind\":\"agreement\"},{\"a\":\"S\",\"b\":\"H\",\"kind\":\"twinning\"},"
    "{\"a\":\"N\",\"b\":\"T\",\"kind\":\"agreement\"}]}";

/* Loads text and projects it with the default options. */
static void project(const char *text, locnet_network_t *net, locnet_projection_t *map,
                    locnet_projection_options_t *options)
{
    load_text(text, net);
    locnet_projection_options_init(options);
    assert_int_equal(locnet_projection_compute(net, options, map), LOCNET_OK);
}

/* Far countries get a panel each, west to east; positions keep north up and east right. */
static void panels_for_far_countries(void **state)
{
    (void)state;
    locnet_network_t net;
    locnet_projection_options_t options;
    locnet_projection_t map;
    project(far_apart, &net, &map, &options);
    assert_int_equal(map.panel_count, 3);  /* FR, VN, the margin */
    assert_string_equal(map.panels[0].country, "FR");
    assert_string_equal(map.panels[1].country, "VN");
    assert_null(map.panels[2].country);
    assert_true(map.panels[0].x1 < map.panels[1].x0);
    /* Paris is north-west of Lyon; Ha Noi north of Hue */
    assert_true(VECTOR(map.y)[0] > VECTOR(map.y)[1] && VECTOR(map.x)[0] < VECTOR(map.x)[1]);
    assert_true(VECTOR(map.y)[4] > VECTOR(map.y)[5]);
    /* equirectangular: the panel's x/y ratio of Paris-Lyon is cos(φ0) times the degrees' */
    double phi0 = (48.85 + 45.75) / 2 * M_PI / 180;
    double dx = VECTOR(map.x)[1] - VECTOR(map.x)[0], dy = VECTOR(map.y)[0] - VECTOR(map.y)[1];
    assert_true(fabs(dx / dy - (4.85 - 2.35) * cos(phi0) / (48.85 - 45.75)) < 1e-9);
    /* Twin, on Hue, is moved at least the spacing away; the suburb sits beside Paris; Nowhere
     * goes to the margin */
    assert_true(hypot(VECTOR(map.x)[6] - VECTOR(map.x)[5], VECTOR(map.y)[6] - VECTOR(map.y)[5]) >=
                options.spacing - 1e-9);
    assert_int_equal(VECTOR(map.placement)[2], LOCNET_PLACED_BESIDE_PARENT);
    assert_true(hypot(VECTOR(map.x)[2] - VECTOR(map.x)[0], VECTOR(map.y)[2] - VECTOR(map.y)[0]) <
                3 * options.spacing);
    assert_int_equal(VECTOR(map.placement)[3], LOCNET_PLACED_IN_MARGIN);
    assert_true(VECTOR(map.x)[3] >= map.panels[2].x0 && VECTOR(map.x)[3] <= map.panels[2].x1);
    locnet_projection_destroy(&map);
    locnet_network_destroy(&net);
}

/* Neighbouring countries share one panel. */
static void one_panel_for_neighbours(void **state)
{
    (void)state;
    locnet_network_t net;
    locnet_projection_options_t options;
    locnet_projection_t map;
    project("{\"format\":\"locnet/1\",\"localities\":["
              "{\"id\":\"P\",\"name\":\"Paris\",\"country\":\"FR\",\"level\":\"city\",\"lat\":48.85,\"lon\":2.35},"
              "{\"id\":\"B\",\"name\":\"Berlin\",\"country\":\"DE\",\"level\":\"city\",\"lat\":52.52,\"lon\":13.4},"
              "{\"id\":\"M\",\"name\":\"Munich\",\"country\":\"DE\",\"level\":\"city\",\"lat\":48.14,\"lon\":11.58}],"
              "\"partnerships\":[{\"a\":\"P\",\"b\":\"B\",\"kind\":\"twinning\"}]}",
              &net, &map, &options);
    assert_int_equal(map.panel_count, 1);
    assert_string_equal(map.panels[0].country, "");
    locnet_projection_destroy(&map);
    locnet_network_destroy(&net);
}

/* The palette: reserved FR and VN colours, the rest in order, grey past the palette. */
static void palette_rules(void **state)
{
    (void)state;
    const char *names[] = {"DE", "FR", "IT", "US", "PL", "GB", "JP", "VN", "ES", "NL"};
    const char *colours[10];
    locnet_dot_give_colours(names, 10, NULL, true, colours);
    assert_string_equal(colours[1], "#0072b2");  /* FR */
    assert_string_equal(colours[0], "#d55e00");  /* DE: VN is past the palette, its colour free */
    assert_string_equal(colours[7], LOCNET_DOT_OTHER_COLOUR);
    assert_string_equal(colours[8], LOCNET_DOT_OTHER_COLOUR);
    for (size_t i = 0; i < locnet_dot_palette_size; i++) {
        for (size_t j = 0; j < i; j++)
            assert_string_not_equal(colours[i], colours[j]);
    }
    locnet_list_t pairs;
    locnet_list_init(&pairs);
    locnet_list_append(&pairs, "NL");
    locnet_list_append(&pairs, "#ff6600");
    locnet_dot_give_colours(names, 10, &pairs, true, colours);
    assert_string_equal(colours[9], "#ff6600");
    locnet_list_destroy(&pairs);
    /* the kinds locnet/1 names keep their lines whatever their order; others take the
     * lines left, then any */
    const char *kinds[] = {"twinning", "agreement", "cochair", "visit", "other"};
    const char *lines[5];
    locnet_dot_give_lines(kinds, 5, NULL, lines);
    assert_string_equal(lines[0], "dashed");
    assert_string_equal(lines[1], "solid");
    assert_string_equal(lines[2], "dotted");
    assert_string_equal(lines[3], "bold");
    assert_string_equal(lines[4], "solid");
    const char *cochair_first[] = {"cochair", "twinning"};
    locnet_dot_give_lines(cochair_first, 2, NULL, lines);
    assert_string_equal(lines[0], "dotted");
    assert_string_equal(lines[1], "dashed");
    const char *alone[] = {"twinning"};  /* one kind alone: solid */
    locnet_dot_give_lines(alone, 1, NULL, lines);
    assert_string_equal(lines[0], "solid");
}

/* What locnet_dot_write writes, through a temporary file; caller frees. */
static char *written(const locnet_network_t *net, const locnet_dot_style_t *style)
{
    FILE *file = tmpfile();
    assert_non_null(file);
    assert_int_equal(locnet_dot_write(net, style, file), LOCNET_OK);
    long size = ftell(file);
    char *text = calloc((size_t)size + 1, 1);
    assert_non_null(text);
    rewind(file);
    assert_int_equal(fread(text, 1, (size_t)size, file), (size_t)size);
    fclose(file);
    return text;
}

/* A map pins every node; unnamed localities are markers with their name as tooltip; the
 * legend draws the level's real shape. */
static void map_markers_and_legend(void **state)
{
    (void)state;
    locnet_network_t net;
    locnet_projection_options_t options;
    locnet_projection_t map;
    project(far_apart, &net, &map, &options);
    igraph_vector_bool_t labelled;
    igraph_vector_bool_init(&labelled, locnet_locality_count(&net));
    VECTOR(labelled)[0] = true;
    locnet_dot_style_t style;
    locnet_dot_style_init(&style);
    style.layout = "neato";
    style.map = &map;
    style.labelled = &labelled;
    char *dot = written(&net, &style);
    assert_non_null(strstr(dot, "\"P\" [label=\"\", xlabel=\"Paris\", shape=\"ellipse\""));
    assert_non_null(strstr(dot, "\"L\" [label=\"\", tooltip=\"Lyon\", shape=\"ellipse\""));
    assert_non_null(strstr(dot, "\"locnet:panel0\" [label=\"FR\""));
    assert_non_null(strstr(dot, "shape=\"box\", width=\"2.64\", height=\"0.38\", fontsize=\"14\", "
                                "fillcolor=\"#ffffff\", fontcolor=\"#000000\", label=<province (3)>"));
    for (const char *at = strstr(dot, "\n  \""); at != NULL; at = strstr(at + 1, "\n  \"")) {
        if (strstr(at, " -- ") != NULL && strstr(at, " -- ") < strchr(at + 1, '\n'))
            continue;  /* an edge */
        const char *end = strchr(at + 1, '\n');
        const char *pos = strstr(at, "pos=\"");
        assert_true(pos != NULL && pos < end && strstr(pos, "!\"") < end);
    }
    free(dot);
    igraph_vector_bool_destroy(&labelled);
    locnet_projection_destroy(&map);
    locnet_network_destroy(&net);
}

/* A ring of n localities as locnet/1 text (caller frees). */
static char *ring(int n)
{
    size_t size = 200 + 200 * (size_t)n, used = 0;
    char *text = malloc(size);
    assert_non_null(text);
    used += (size_t)snprintf(text, size, "{\"format\":\"locnet/1\",\"localities\":[");
    for (int i = 0; i < n; i++)
        used += (size_t)snprintf(text + used, size - used,
                                 "%s{\"id\":\"v%d\",\"name\":\"V%d\",\"country\":\"FR\","
                                 "\"level\":\"commune\"}", i ? "," : "", i, i);
    used += (size_t)snprintf(text + used, size - used, "],\"partnerships\":[");
    for (int i = 0; i < n; i++)
        used += (size_t)snprintf(text + used, size - used, "%s{\"a\":\"v%d\",\"b\":\"v%d\",\"kind\":\"x\"}",
                                 i ? "," : "", i, (i + 1) % n);
    snprintf(text + used, size - used, "]}");
    return text;
}

/* Under a force-directed layout the legend (the graph's label) grows with the network, about
 * as its square root, from 14 to 28 points; dot's column keeps 14. */
static void legend_grows_with_the_network(void **state)
{
    (void)state;
    static const int sizes[] = {9, 100, 144, 1000};
    static const char *const fonts[] = {"fontsize=\"14\";", "fontsize=\"23\";",
                                        "fontsize=\"28\";", "fontsize=\"28\";"};
    for (size_t i = 0; i < 4; i++) {
        char *text = ring(sizes[i]);
        locnet_network_t net;
        load_text(text, &net);
        free(text);
        locnet_dot_style_t style;
        locnet_dot_style_init(&style);
        style.layout = "sfdp";
        char *dot = written(&net, &style);
        assert_non_null(strstr(dot, "labelloc=\"b\"; labeljust=\"l\"; "));
        assert_non_null(strstr(strstr(dot, "labeljust=\"l\"; "), fonts[i]));
        free(dot);
        style.layout = "dot";
        dot = written(&net, &style);
        assert_non_null(strstr(dot, "shape=\"plain\", style=\"\", fontsize=\"14\""));
        free(dot);
        style.legend_below = true;  /* no legend nodes, whatever the engine */
        dot = written(&net, &style);
        assert_null(strstr(dot, "\"locnet:legend"));
        assert_non_null(strstr(strstr(dot, "labeljust=\"l\"; "), fonts[i]));
        free(dot);
        locnet_network_destroy(&net);
    }
}

int main(void)
{
    locnet_attributes_install();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(panels_for_far_countries), cmocka_unit_test(one_panel_for_neighbours),
        cmocka_unit_test(palette_rules),
        cmocka_unit_test(map_markers_and_legend),   cmocka_unit_test(legend_grows_with_the_network),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
