/* tests/unit/test_table.c: report tables in every format. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <cjson/cJSON.h>
#include <utf8proc.h>

#include "io/write/table.h"

static char *render(const locnet_table_t *table, locnet_format_t format)
{
    char *text = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&text, &length);
    assert_int_equal(locnet_table_write(table, format, out), LOCNET_OK);
    fclose(out);
    return text;
}

static void make_table(locnet_table_t *table)
{
    static const char *const headers[] = {"name", "score"};
    assert_int_equal(locnet_table_init(table, 2, headers), LOCNET_OK);
    const char *names[] = {"Hà Nội", "Thừa Thiên-Huế", "a \"quoted\", name", "Paris"};
    double scores[] = {0.5, 0.125, 1e-7, 12345.0};
    for (int i = 0; i < 4; i++) {
        size_t row;
        assert_int_equal(locnet_table_add_row(table, &row), LOCNET_OK);
        locnet_table_set_text(table, row, 0, names[i]);
        locnet_table_set_real(table, row, 1, scores[i]);
    }
}

static size_t width(const char *text, size_t bytes)
{
    size_t total = 0;
    for (size_t at = 0; at < bytes;) {
        utf8proc_int32_t codepoint;
        utf8proc_ssize_t size = utf8proc_iterate((const utf8proc_uint8_t *)text + at, (utf8proc_ssize_t)(bytes - at), &codepoint);
        total += (size_t)utf8proc_charwidth(codepoint);
        at += (size_t)size;
    }
    return total;
}

static void text_table_aligns_by_display_width(void **state)
{
    (void)state;
    locnet_table_t table;
    make_table(&table);
    char *text = render(&table, LOCNET_FORMAT_TABLE);
    /* every line has the same display width: names padded by characters, not bytes */
    size_t expected = 0;
    for (char *line = text, *end; (end = strchr(line, '\n')) != NULL; line = end + 1) {
        size_t w = width(line, (size_t)(end - line));
        if (expected == 0)
            expected = w;
        assert_int_equal(w, expected);
    }
    assert_non_null(strstr(text, "0.000000"));  /* 1e-7 at 6 decimals, not in exponent form */
    free(text);
    locnet_table_destroy(&table);
}

static void csv_quotes_by_rfc4180_and_keeps_full_precision(void **state)
{
    (void)state;
    locnet_table_t table;
    make_table(&table);
    char *text = render(&table, LOCNET_FORMAT_CSV);
    assert_string_equal(text, "name,score\r\n"
                              "Hà Nội,0.5\r\n"
                              "Thừa Thiên-Huế,0.125\r\n"
                              "\"a \"\"quoted\"\", name\",0.0000001\r\n"
                              "Paris,12345\r\n");
    free(text);
    locnet_table_destroy(&table);
}

static void json_is_an_array_of_objects(void **state)
{
    (void)state;
    locnet_table_t table;
    make_table(&table);
    char *text = render(&table, LOCNET_FORMAT_JSON);
    cJSON *json = cJSON_Parse(text);
    assert_non_null(json);
    assert_int_equal(cJSON_GetArraySize(json), 4);
    cJSON *third = cJSON_GetArrayItem(json, 2);
    assert_string_equal(cJSON_GetObjectItem(third, "name")->valuestring, "a \"quoted\", name");
    assert_true(cJSON_GetObjectItem(third, "score")->valuedouble == 1e-7);
    cJSON_Delete(json);
    free(text);
    locnet_table_destroy(&table);
}

static void markdown_escapes_pipes(void **state)
{
    (void)state;
    static const char *const headers[] = {"name"};
    locnet_table_t table;
    assert_int_equal(locnet_table_init(&table, 1, headers), LOCNET_OK);
    size_t row;
    locnet_table_add_row(&table, &row);
    locnet_table_set_text(&table, row, 0, "a|b");
    char *text = render(&table, LOCNET_FORMAT_MD);
    assert_string_equal(text, "| name |\n| --- |\n| a\\|b |\n");
    free(text);
    locnet_table_destroy(&table);
}

static void reals_are_shortest_and_never_in_exponent_form(void **state)
{
    (void)state;
    char buffer[400];
    const double values[] = {0.1, 1e-7, 1e21, 0.14581720500000001, 231.0714285714, -2.5, 0,
                             0.09999999999999999, 0.0009999999999999998, 999.9999999999999,
                             5e-324, 1.7976931348623157e308};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        locnet_format_real(values[i], buffer, sizeof buffer);
        assert_null(strpbrk(buffer, "eE"));
        assert_true(strtod(buffer, NULL) == values[i]);
    }
    locnet_format_real(0.1, buffer, sizeof buffer);
    assert_string_equal(buffer, "0.1");
    locnet_format_real(1e21, buffer, sizeof buffer);
    assert_string_equal(buffer, "1000000000000000000000");
}

static void list_cells_are_joined_text_or_json_arrays(void **state)
{
    (void)state;
    static const char *const headers[] = {"name", "themes"};
    locnet_table_t table;
    assert_int_equal(locnet_table_init(&table, 2, headers), LOCNET_OK);
    locnet_list_t themes, none;
    locnet_list_init(&themes);
    locnet_list_init(&none);
    locnet_list_append(&themes, "heritage");
    locnet_list_append(&themes, "urban \"planning\", water");
    size_t row;
    assert_int_equal(locnet_table_add_row(&table, &row), LOCNET_OK);
    locnet_table_set_text(&table, row, 0, "Hà Nội");
    assert_int_equal(locnet_table_set_list(&table, row, 1, &themes), LOCNET_OK);
    assert_int_equal(locnet_table_add_row(&table, &row), LOCNET_OK);
    locnet_table_set_text(&table, row, 0, "Huế");
    assert_int_equal(locnet_table_set_list(&table, row, 1, &none), LOCNET_OK);

    char *csv = render(&table, LOCNET_FORMAT_CSV);
    assert_string_equal(csv, "name,themes\r\n"
                             "Hà Nội,\"heritage;urban \"\"planning\"\", water\"\r\n"
                             "Huế,\r\n");
    char *json = render(&table, LOCNET_FORMAT_JSON);
    assert_string_equal(json, "[\n"
                              "  {\"name\":\"Hà Nội\",\"themes\":[\"heritage\",\"urban \\\"planning\\\", water\"]},\n"
                              "  {\"name\":\"Huế\",\"themes\":[]}\n"
                              "]\n");
    char *md = render(&table, LOCNET_FORMAT_MD);
    assert_string_equal(md, "| name | themes |\n"
                            "| --- | --- |\n"
                            "| Hà Nội | heritage;urban \"planning\", water |\n"
                            "| Huế |  |\n");
    char *text = render(&table, LOCNET_FORMAT_TABLE);
    assert_non_null(strstr(text, "Hà Nội  heritage;urban \"planning\", water\n"));
    /* no padding after the last written cell: the empty list leaves no trailing spaces */
    assert_non_null(strstr(text, "\nHuế\n"));
    free(csv);
    free(json);
    free(md);
    free(text);
    locnet_list_destroy(&themes);
    locnet_table_destroy(&table);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(text_table_aligns_by_display_width),
        cmocka_unit_test(csv_quotes_by_rfc4180_and_keeps_full_precision),
        cmocka_unit_test(json_is_an_array_of_objects),
        cmocka_unit_test(markdown_escapes_pipes),
        cmocka_unit_test(reals_are_shortest_and_never_in_exponent_form),
        cmocka_unit_test(list_cells_are_joined_text_or_json_arrays),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
