/* tests/unit/test_formats.c: CSV, NDJSON and GraphML readers and writers, country names, format
 * sniffing, and round trips through every format. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "graph/network.h"
#include "io/read/country_names.h"
#include "io/write/csv_writer.h"
#include "io/write/graphml_writer.h"
#include "io/write/json_writer.h"
#include "io/read/line_reader.h"
#include "io/load.h"

#define NETS LOCNET_TEST_DIR "/cli/nets/"
#define BAD LOCNET_TEST_DIR "/cli/bad/"

/* ---- helpers ----------------------------------------------------------------------------- */

static locnet_status_t load_with(const char *path, const locnet_load_options_t *options,
                                 locnet_network_t *net, locnet_diagnostics_t *diagnostics)
{
    locnet_diagnostics_init(diagnostics);
    return locnet_load_with(path, options, net, diagnostics);
}

static void load_ok(const char *path, const locnet_load_options_t *options, locnet_network_t *net)
{
    locnet_diagnostics_t diagnostics;
    locnet_status_t status = load_with(path, options, net, &diagnostics);
    locnet_diagnostics_print(&diagnostics, stderr);
    locnet_diagnostics_destroy(&diagnostics);
    assert_int_equal(status, LOCNET_OK);
}

static char temporary_dir[] = "/tmp/locnet-test-XXXXXX";

/* A new temporary file name with this extension, in a folder of this run. Caller frees. */
static char *temporary_path(const char *extension)
{
    static int counter;
    char *path = malloc(sizeof temporary_dir + 32);
    assert_non_null(path);
    snprintf(path, sizeof temporary_dir + 32, "%s/f%d%s", temporary_dir, ++counter, extension);
    return path;
}

static void remove_path(char *path)
{
    unlink(path);
    free(path);
}

static igraph_integer_t find_vertex(const locnet_network_t *net, const char *id)
{
    for (igraph_integer_t v = 0; v < locnet_locality_count(net); v++) {
        if (strcmp(locnet_locality_text(net, LOCNET_V_ID, v), id) == 0)
            return v;
    }
    fail_msg("no locality \"%s\"", id);
    return -1;
}

static bool same_number(double a, double b)
{
    return (isnan(a) && isnan(b)) || a == b;
}

/* Two texts that may be NULL are equal. */
static void assert_same_text(const char *a, const char *b)
{
    assert_true((a == NULL) == (b == NULL));
    if (a != NULL)
        assert_string_equal(a, b);
}

/* Every field of every event, and of its sessions, is equal. */
static void assert_same_events(const locnet_network_t *a, const locnet_network_t *b)
{
    assert_int_equal(a->event_count, b->event_count);
    for (size_t i = 0; i < a->event_count; i++) {
        const locnet_event_t *x = &a->events[i], *y = &b->events[i];
        assert_string_equal(x->id, y->id);
        assert_string_equal(x->name, y->name);
        assert_true(same_number(x->number, y->number));
        assert_string_equal(x->start, y->start);
        assert_same_text(x->end, y->end);
        assert_same_text(x->place, y->place);
        assert_same_text(x->sources, y->sources);
        assert_same_text(x->note, y->note);
        assert_int_equal(x->session_count, y->session_count);
        for (size_t s = 0; s < x->session_count; s++) {
            assert_string_equal(x->sessions[s].theme, y->sessions[s].theme);
            assert_same_text(x->sessions[s].cochairs, y->sessions[s].cochairs);
        }
    }
}

/* Every attribute of every locality and partnership, and every source and event, are equal. */
static void assert_same_network(const locnet_network_t *a, const locnet_network_t *b)
{
    assert_same_events(a, b);
    assert_int_equal(locnet_locality_count(a), locnet_locality_count(b));
    assert_int_equal(locnet_partnership_count(a), locnet_partnership_count(b));
    assert_int_equal(a->source_count, b->source_count);
    for (size_t i = 0; i < a->source_count; i++) {
        assert_string_equal(a->sources[i].id, b->sources[i].id);
        assert_string_equal(a->sources[i].title, b->sources[i].title);
        assert_string_equal(a->sources[i].publisher, b->sources[i].publisher);
        assert_string_equal(a->sources[i].date, b->sources[i].date);
        assert_true((a->sources[i].url == NULL) == (b->sources[i].url == NULL));
        if (a->sources[i].url != NULL)
            assert_string_equal(a->sources[i].url, b->sources[i].url);
    }
    for (igraph_integer_t v = 0; v < locnet_locality_count(a); v++) {
        for (int i = 0; i < LOCNET_VT_COUNT; i++)
            assert_string_equal(locnet_locality_text(a, locnet_vertex_text_names[i], v),
                                locnet_locality_text(b, locnet_vertex_text_names[i], v));
        for (int i = 0; i < LOCNET_VN_COUNT; i++)
            assert_true(same_number(locnet_locality_number(a, locnet_vertex_number_names[i], v),
                                    locnet_locality_number(b, locnet_vertex_number_names[i], v)));
    }
    for (igraph_integer_t e = 0; e < locnet_partnership_count(a); e++) {
        assert_string_equal(locnet_locality_text(a, LOCNET_V_ID, IGRAPH_FROM(&a->graph, e)),
                            locnet_locality_text(b, LOCNET_V_ID, IGRAPH_FROM(&b->graph, e)));
        assert_string_equal(locnet_locality_text(a, LOCNET_V_ID, IGRAPH_TO(&a->graph, e)),
                            locnet_locality_text(b, LOCNET_V_ID, IGRAPH_TO(&b->graph, e)));
        for (int i = 0; i < LOCNET_ET_COUNT; i++)
            assert_string_equal(locnet_partnership_text(a, locnet_edge_text_names[i], e),
                                locnet_partnership_text(b, locnet_edge_text_names[i], e));
        for (int i = 0; i < LOCNET_EN_COUNT; i++)
            assert_true(same_number(locnet_partnership_number(a, locnet_edge_number_names[i], e),
                                    locnet_partnership_number(b, locnet_edge_number_names[i], e)));
    }
}

typedef locnet_status_t (*writer_t)(const locnet_network_t *net, FILE *out);

/* Writes net to a temporary file with writer and reads it back into *back. */
static void write_and_read(const locnet_network_t *net, writer_t writer, const char *extension,
                           locnet_network_t *back)
{
    char *path = temporary_path(extension);
    FILE *out = fopen(path, "w");
    assert_non_null(out);
    assert_int_equal(writer(net, out), LOCNET_OK);
    assert_int_equal(fclose(out), 0);
    load_ok(path, NULL, back);
    remove_path(path);
}

/* ---- country names ----------------------------------------------------------------------- */

static void country_names_and_codes(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        const char *code;
    } cases[] = {
        {"FR", "FR"}, {"fr", "FR"}, {"VNM", "VN"}, {"France", "FR"}, {"Viet Nam", "VN"},
        {"Vietnam", "VN"}, {"VIETNAM", "VN"}, {"Côte d'Ivoire", "CI"}, {"Cote d'Ivoire", "CI"},
        {"Ivory Coast", "CI"}, {"England", "GB"}, {"United Kingdom", "GB"},
        {"Réunion, France", "FR"}, {"Lower Saxony, Germany", "DE"}, {"Georgia (country)", "GE"},
        {"The Gambia", "GM"}, {"Falkland Islands", "FK"}, {"Korea, Republic of", "KR"},
        {"Republic of Korea", "KR"}, {"Democratic Republic of the Congo", "CD"},
        {"Kosovo", "XK"}, {"Türkiye", "TR"}, {"Turkey", "TR"}, {"bosnia and herzegovina", "BA"},
        {"  Japan  ", "JP"}, {"ZZ", "ZZ"},
    };
    locnet_country_names_t names;
    assert_int_equal(locnet_country_names_init(&names), LOCNET_OK);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char code[3] = "";
        locnet_status_t status = locnet_country_code(&names, cases[i].text, code);
        if (status != LOCNET_OK || strcmp(code, cases[i].code) != 0)
            fail_msg("\"%s\" gave %s (status %d), not %s", cases[i].text, code, status,
                     cases[i].code);
    }
    char code[3];
    assert_int_equal(locnet_country_code(&names, "Narnia", code), LOCNET_ENOTFOUND);
    assert_int_equal(locnet_country_code(&names, "", code), LOCNET_ENOTFOUND);
    assert_int_equal(locnet_country_code(&names, "QL", code), LOCNET_ENOTFOUND);  /* neither ISO nor user-assigned */
    assert_int_equal(locnet_country_code(&names, "QQ", code), LOCNET_OK);  /* user-assigned, as QM to QZ */
    assert_int_equal(locnet_country_code(&names, "Iraq", code), LOCNET_OK);
    assert_string_equal(code, "IQ");  /* not Iran: names are matched whole */
    locnet_country_names_destroy(&names);
    locnet_country_names_destroy(NULL);
}

/* ---- CSV --------------------------------------------------------------------------------- */

static void csv_twin_town_layout(void **state)
{
    (void)state;
    locnet_network_t net;
    locnet_diagnostics_t diagnostics;
    assert_int_equal(load_with(NETS "twins.csv", NULL, &net, &diagnostics), LOCNET_OK);
    /* the row linking Nienburg to itself is left out with a note, not a problem */
    assert_int_equal(diagnostics.count, 1);
    assert_non_null(strstr(diagnostics.items[0].text, "twins.csv:8:33: column \"city2\""));
    locnet_diagnostics_destroy(&diagnostics);
    assert_int_equal(locnet_locality_count(&net), 26);
    assert_int_equal(locnet_partnership_count(&net), 15);
    /* "Varna, Bulgaria" with no country is Varna of BG, as named elsewhere in the file */
    igraph_integer_t varna = find_vertex(&net, "BG:Varna");
    assert_string_equal(locnet_locality_text(&net, LOCNET_V_NAME, varna), "Varna");
    assert_string_equal(locnet_locality_text(&net, LOCNET_V_COUNTRY, varna), "BG");
    assert_string_equal(locnet_locality_text(&net, LOCNET_V_LEVEL, varna), "city");
    assert_true(locnet_locality_number(&net, LOCNET_V_LAT, varna) == 43.2167);
    assert_true(locnet_locality_number(&net, LOCNET_V_LON, varna) == 27.9167);
    igraph_vector_int_t degree;
    igraph_vector_int_init(&degree, 0);
    igraph_degree(&net.graph, &degree, igraph_vss_all(), IGRAPH_ALL, true);
    assert_int_equal(VECTOR(degree)[varna], 3);
    assert_int_equal(VECTOR(degree)[find_vertex(&net, "DE:Nienburg")], 0);
    assert_int_equal(VECTOR(degree)[find_vertex(&net, "AL:Berat")], 4);
    igraph_vector_int_destroy(&degree);
    assert_string_equal(locnet_locality_text(&net, LOCNET_V_COUNTRY,
                                             find_vertex(&net, "FK:Falkland Islands")),
                        "FK");
    assert_string_equal(locnet_locality_text(&net, LOCNET_V_COUNTRY,
                                             find_vertex(&net, "IS:Norðurþing")),
                        "IS");
    assert_string_equal(locnet_locality_text(&net, LOCNET_V_NAME,
                                             find_vertex(&net, "AU:Bayside, Victoria")),
                        "Bayside, Victoria");
    assert_true(locnet_locality_number(&net, LOCNET_V_LON, find_vertex(&net, "US:Maui County")) ==
                -156.3105);
    for (igraph_integer_t e = 0; e < locnet_partnership_count(&net); e++) {
        assert_string_equal(locnet_partnership_text(&net, LOCNET_E_KIND, e), "twinning");
        assert_true(isnan(locnet_partnership_number(&net, LOCNET_E_SINCE, e)));
    }
    locnet_network_destroy(&net);
}

/* Writes text to a temporary file with this extension; caller removes it. */
static char *file_with(const char *extension, const char *text, size_t length)
{
    char *path = temporary_path(extension);
    FILE *out = fopen(path, "wb");
    assert_non_null(out);
    assert_int_equal(fwrite(text, 1, length, out), length);
    assert_int_equal(fclose(out), 0);
    return path;
}

static void csv_quoting_separators_and_mapping(void **state)
{
    (void)state;
    static const char text[] =
        "\xEF\xBB\xBF" "de;\"vers\";genre;ann\xC3\xA9" "e;lat_de;note\r\n"
        "Lyon;\"Hu\xE1\xBA\xBF\";agreement;1990;45,76;\"two\r\nlines; and \"\"quotes\"\"\"\r\n"
        "\r\n"
        "Lyon;Turin;;;;\r\n";
    char *path = file_with(".csv", text, sizeof text - 1);
    locnet_load_options_t options;
    locnet_load_options_init(&options);
    options.columns = "a=de,b=vers,kind=genre,since=année,a_lat=lat_de";
    locnet_network_t net;
    load_ok(path, &options, &net);
    assert_int_equal(locnet_locality_count(&net), 3);
    assert_int_equal(locnet_partnership_count(&net), 2);
    igraph_integer_t lyon = find_vertex(&net, "Lyon");
    assert_true(locnet_locality_number(&net, LOCNET_V_LAT, lyon) == 45.76);  /* decimal comma */
    assert_string_equal(locnet_locality_text(&net, LOCNET_V_COUNTRY, lyon), "ZZ");
    assert_string_equal(locnet_locality_text(&net, LOCNET_V_LEVEL, lyon), "locality");
    find_vertex(&net, "Huế");
    assert_string_equal(locnet_partnership_text(&net, LOCNET_E_NOTE, 0),
                        "two\r\nlines; and \"quotes\"");
    assert_true(locnet_partnership_number(&net, LOCNET_E_SINCE, 0) == 1990);
    assert_string_equal(locnet_partnership_text(&net, LOCNET_E_KIND, 1), "agreement");
    locnet_network_destroy(&net);
    remove_path(path);

    static const char tabs[] = "source\ttarget\tweight\nA\tB\t2.5\nB\tC\t\n";
    path = file_with(".tsv", tabs, sizeof tabs - 1);
    load_ok(path, NULL, &net);
    assert_int_equal(locnet_partnership_count(&net), 2);
    assert_string_equal(igraph_cattribute_EAS(&net.graph, "weight", 0), "2.5");  /* kept */
    assert_string_equal(igraph_cattribute_EAS(&net.graph, "weight", 1), "");
    locnet_network_destroy(&net);
    remove_path(path);
}

/* The diagnostics of loading path, joined by newlines. */
static char *problems_of(const char *path, const locnet_load_options_t *options,
                         locnet_status_t expected)
{
    locnet_network_t net;
    locnet_diagnostics_t diagnostics;
    assert_int_equal(load_with(path, options, &net, &diagnostics), expected);
    size_t size = 1;
    for (size_t i = 0; i < diagnostics.count; i++)
        size += strlen(diagnostics.items[i].text) + 1;
    char *text = calloc(size, 1);
    assert_non_null(text);
    for (size_t i = 0; i < diagnostics.count; i++) {
        strcat(text, diagnostics.items[i].text);
        strcat(text, "\n");
    }
    locnet_diagnostics_destroy(&diagnostics);
    return text;
}

static void csv_problems_name_line_column_and_header(void **state)
{
    (void)state;
    char *text = problems_of(BAD "csv_problems.csv", NULL, LOCNET_EDATA);
    assert_non_null(strstr(text, "csv_problems.csv:2:32: column \"country2\": unknown country "
                                 "\"Narnia\""));
    assert_non_null(strstr(text, "csv_problems.csv:3:12: column \"lat1\": field \"lat\" must be a "
                                 "number from -90 to 90, not 91.5"));
    assert_non_null(strstr(text, "csv_problems.csv:4:1: row has 5 cells, the header has 8"));
    assert_non_null(strstr(text, "csv_problems.csv:5:1: column \"city1\": missing required field "
                                 "\"a\""));
    free(text);
    text = problems_of(BAD "csv_unclosed.csv", NULL, LOCNET_EDATA);
    assert_non_null(strstr(text, "csv_unclosed.csv:2:5: malformed CSV: a quoted cell is not "
                                 "closed"));
    free(text);
    locnet_load_options_t options;
    locnet_load_options_init(&options);
    options.columns = "a=x";
    text = problems_of(NETS "two.json", &options, LOCNET_EUSAGE);
    assert_non_null(strstr(text, "--columns applies to CSV input"));
    free(text);
}

static void csv_tables_round_trip(void **state)
{
    (void)state;
    locnet_network_t net, back;
    load_ok(LOCNET_SOURCE_DATA_DIR "/fr-vn.json", NULL, &net);
    char *edges = temporary_path(".csv"), *localities = temporary_path(".csv"),
         *sources = temporary_path(".csv"), *events = temporary_path(".csv");
    FILE *out[4] = {fopen(edges, "w"), fopen(localities, "w"), fopen(sources, "w"),
                    fopen(events, "w")};
    locnet_csv_tables_t tables = {out[0], out[1], out[2], out[3], false};
    assert_int_equal(locnet_csv_write_tables(&net, &tables), LOCNET_OK);
    for (int i = 0; i < 4; i++)
        assert_int_equal(fclose(out[i]), 0);
    locnet_load_options_t options;
    locnet_load_options_init(&options);
    options.localities = localities;
    options.sources = sources;
    options.events = events;
    load_ok(edges, &options, &back);
    assert_int_equal(back.event_count, 9);
    assert_same_network(&net, &back);
    locnet_network_destroy(&back);
    /* without the events table, the events and the partnerships' references to them are gone */
    out[0] = fopen(edges, "w");
    assert_int_equal(locnet_csv_write(&net, out[0], NULL, NULL), LOCNET_OK);
    assert_int_equal(fclose(out[0]), 0);
    load_ok(edges, NULL, &back);
    assert_int_equal(back.event_count, 0);
    for (igraph_integer_t e = 0; e < locnet_partnership_count(&back); e++)
        assert_string_equal(locnet_partnership_text(&back, LOCNET_E_EVENT, e), "");
    locnet_network_destroy(&back);
    remove_path(edges);
    remove_path(localities);
    remove_path(sources);
    remove_path(events);
    locnet_network_destroy(&net);
}

/* ---- NDJSON ------------------------------------------------------------------------------ */

static void ndjson_round_trip_and_forward_references(void **state)
{
    (void)state;
    locnet_network_t net, back;
    load_ok(LOCNET_SOURCE_DATA_DIR "/fr-vn.json", NULL, &net);
    write_and_read(&net, locnet_ndjson_write, ".ndjson", &back);
    assert_same_network(&net, &back);
    locnet_network_destroy(&back);
    locnet_network_destroy(&net);
    /* a partnership before its localities and source */
    load_ok(NETS "two.ndjson", NULL, &net);
    assert_int_equal(locnet_partnership_count(&net), 1);
    assert_int_equal(net.source_count, 1);
    locnet_network_destroy(&net);
}

static void ndjson_problems_have_line_and_column(void **state)
{
    (void)state;
    char *text = problems_of(BAD "ndjson_problems.ndjson", NULL, LOCNET_EDATA);
    assert_non_null(strstr(text, "ndjson_problems.ndjson:4:40: partnership 1: unknown locality "
                                 "\"VN-XX\""));
    assert_non_null(strstr(text, "ndjson_problems.ndjson:9:79: malformed JSON"));
    free(text);
}

/* The line reader holds a line, not the file: its buffer stays at its first size for a file of
 * short lines however long, and grows for a long line. */
static void line_reader_memory_follows_lines(void **state)
{
    (void)state;
    char *path = temporary_path(".ndjson");
    FILE *out = fopen(path, "w");
    for (int i = 0; i < 200000; i++)
        fprintf(out, "{\"type\":\"locality\",\"id\":\"L%d\",\"name\":\"Place %d\",\"country\":\"FR\","
                     "\"level\":\"commune\"}\n", i, i);
    fputc('{', out);
    for (int i = 0; i < 300000; i++)
        fputc(' ', out);
    fputs("}\n", out);
    assert_int_equal(fclose(out), 0);
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_line_reader_t lines;
    assert_int_equal(locnet_line_reader_open(&lines, path, &diagnostics), LOCNET_OK);
    size_t length, longest = 0, largest_buffer = 0;
    const char *line;
    while ((line = locnet_line_reader_next(&lines, &length, NULL)) != NULL) {
        if (lines.line <= 200000)
            largest_buffer = lines.capacity > largest_buffer ? lines.capacity : largest_buffer;
        longest = length > longest ? length : longest;
    }
    assert_int_equal(lines.line, 200001);
    assert_true(lines.size > 15000000);          /* a file of more than 15 MB ... */
    assert_true(largest_buffer <= 64 * 1024);    /* ... read through 64 KB */
    assert_int_equal(longest, 300003);
    assert_true(lines.capacity >= longest);
    locnet_line_reader_close(&lines);
    locnet_diagnostics_destroy(&diagnostics);
    remove_path(path);
}

/* ---- GraphML ----------------------------------------------------------------------------- */

static void graphml_round_trip(void **state)
{
    (void)state;
    locnet_network_t net, back;
    load_ok(LOCNET_SOURCE_DATA_DIR "/fr-vn.json", NULL, &net);
    write_and_read(&net, locnet_graphml_write, ".graphml", &back);
    assert_same_network(&net, &back);
    locnet_network_destroy(&back);
    locnet_network_destroy(&net);
}

/* A network whose events use every field (quotes, separators, new lines, no end, no number,
 * no place, empty sessions) through each writer in turn, read back each time. */
static void events_through_every_format(void **state)
{
    (void)state;
    locnet_network_t first, net, back;
    load_ok(NETS "events.json", NULL, &first);
    assert_int_equal(first.event_count, 3);
    const locnet_event_t *twelfth = &first.events[0];
    assert_string_equal(twelfth->id, "e-12");
    assert_true(twelfth->number == 12);
    assert_int_equal(twelfth->session_count, 3);
    assert_null(first.events[1].end);
    assert_null(first.events[1].place);
    assert_true(isnan(first.events[1].number));
    assert_null(twelfth->sessions[2].cochairs);
    write_and_read(&first, locnet_ndjson_write, ".ndjson", &net);
    assert_same_network(&first, &net);
    write_and_read(&net, locnet_graphml_write, ".graphml", &back);
    assert_same_network(&first, &back);
    locnet_network_destroy(&net);
    write_and_read(&back, locnet_json_write, ".json", &net);
    assert_same_network(&first, &net);
    locnet_network_destroy(&back);
    locnet_network_destroy(&net);
    locnet_network_destroy(&first);
}

static void graphml_from_gephi_keeps_its_attributes(void **state)
{
    (void)state;
    locnet_network_t net, back;
    locnet_diagnostics_t diagnostics;
    assert_int_equal(load_with(NETS "gephi.graphml", NULL, &net, &diagnostics), LOCNET_OK);
    assert_int_equal(diagnostics.count, 0);
    locnet_diagnostics_destroy(&diagnostics);
    assert_int_equal(locnet_locality_count(&net), 3);
    assert_int_equal(locnet_partnership_count(&net), 2);
    igraph_integer_t hanoi = find_vertex(&net, "0");
    assert_string_equal(locnet_locality_text(&net, LOCNET_V_NAME, hanoi), "Hà Nội");
    assert_string_equal(locnet_locality_text(&net, LOCNET_V_COUNTRY, hanoi), "VN");
    assert_string_equal(locnet_locality_text(&net, LOCNET_V_COUNTRY, find_vertex(&net, "2")),
                        "ZZ");
    assert_true(igraph_cattribute_VAN(&net.graph, "Modularity Class", find_vertex(&net, "2")) == 1);
    assert_true(igraph_cattribute_VAN(&net.graph, "x", hanoi) == -12.5);
    assert_true(igraph_cattribute_EAN(&net.graph, "weight", 0) == 2);
    assert_string_equal(igraph_cattribute_EAS(&net.graph, "Edge Label", 0), "since 1989");
    assert_string_equal(locnet_partnership_text(&net, LOCNET_E_KIND, 0), "agreement");
    /* written and read again, the other attributes stay, with their types */
    write_and_read(&net, locnet_graphml_write, ".graphml", &back);
    assert_same_network(&net, &back);
    assert_true(igraph_cattribute_VAN(&back.graph, "size", hanoi) == 20);
    assert_string_equal(igraph_cattribute_EAS(&back.graph, "Edge Label", 0), "since 1989");
    locnet_network_destroy(&back);
    locnet_network_destroy(&net);
}

static void graphml_from_networkx_and_igraph(void **state)
{
    (void)state;
    locnet_network_t net;
    load_ok(NETS "networkx.graphml", NULL, &net);
    igraph_integer_t v = find_vertex(&net, "FR-94");
    assert_string_equal(locnet_locality_text(&net, LOCNET_V_NAME, v), "Val-de-Marne");
    assert_string_equal(locnet_locality_text(&net, LOCNET_V_COUNTRY, v), "FR");
    /* a boolean stays a boolean (test_graphml_types checks the types) */
    assert_true(igraph_cattribute_VAB(&net.graph, "visited", v));
    assert_true(locnet_partnership_number(&net, LOCNET_E_SINCE, 0) == 1989);
    assert_string_equal(locnet_partnership_text(&net, LOCNET_E_THEMES, 0),
                        "[\"heritage\",\"urban planning\"]");
    locnet_network_destroy(&net);
    load_ok(NETS "igraph.graphml", NULL, &net);
    assert_int_equal(locnet_partnership_count(&net), 3);
    assert_true(locnet_locality_number(&net, LOCNET_V_LAT, find_vertex(&net, "n1")) == 16.4637);
    assert_true(igraph_cattribute_VAN(&net.graph, "population", find_vertex(&net, "n2")) ==
                2028514);
    locnet_network_destroy(&net);
}

/* ---- the format of an input -------------------------------------------------------------- */

static void format_from_content_when_the_name_says_nothing(void **state)
{
    (void)state;
    static const char *const fixtures[] = {NETS "twins.csv", NETS "two.ndjson",
                                           NETS "gephi.graphml", NETS "two.json"};
    static const igraph_integer_t localities[] = {26, 2, 3, 2};
    for (size_t i = 0; i < 4; i++) {
        FILE *in = fopen(fixtures[i], "rb");
        assert_non_null(in);
        char buffer[8192];
        size_t length = fread(buffer, 1, sizeof buffer, in);
        fclose(in);
        char *path = file_with(".data", buffer, length);
        locnet_network_t net;
        locnet_diagnostics_t diagnostics;
        assert_int_equal(load_with(path, NULL, &net, &diagnostics), LOCNET_OK);
        locnet_diagnostics_destroy(&diagnostics);
        assert_int_equal(locnet_locality_count(&net), localities[i]);
        locnet_network_destroy(&net);
        remove_path(path);
    }
    locnet_file_format_t format;
    assert_int_equal(locnet_file_format_parse("GraphML", &format), LOCNET_OK);
    assert_int_equal(format, LOCNET_FILE_GRAPHML);
    assert_int_equal(locnet_file_format_parse("xml", &format), LOCNET_EUSAGE);
    assert_int_equal(locnet_file_format_of_path("a/b.JSONL"), LOCNET_FILE_NDJSON);
    assert_int_equal(locnet_file_format_of_path("a.b/c"), LOCNET_FILE_AUTO);
}

int main(void)
{
    locnet_attributes_install();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(country_names_and_codes),
        cmocka_unit_test(csv_twin_town_layout),
        cmocka_unit_test(csv_quoting_separators_and_mapping),
        cmocka_unit_test(csv_problems_name_line_column_and_header),
        cmocka_unit_test(csv_tables_round_trip),
        cmocka_unit_test(ndjson_round_trip_and_forward_references),
        cmocka_unit_test(ndjson_problems_have_line_and_column),
        cmocka_unit_test(line_reader_memory_follows_lines),
        cmocka_unit_test(graphml_round_trip),
        cmocka_unit_test(events_through_every_format),
        cmocka_unit_test(graphml_from_gephi_keeps_its_attributes),
        cmocka_unit_test(graphml_from_networkx_and_igraph),
        cmocka_unit_test(format_from_content_when_the_name_says_nothing),
    };
    if (mkdtemp(temporary_dir) == NULL)
        return 1;
    int failures = cmocka_run_group_tests(tests, NULL, NULL);
    rmdir(temporary_dir);  /* empty unless a test failed half way */
    return failures;
}
