/* tests/unit/test_list_codec.c: list and map values kept in string attributes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <cjson/cJSON.h>

#include "graph/list_codec.h"

static void lists_round_trip_any_text(void **state)
{
    (void)state;
    const char *items[] = {"heritage", "urban planning", "quote \" and backslash \\", "Hà Nội",
                           "comma, semicolon; pipe |", "line\nbreak"};
    locnet_list_t list, back;
    locnet_list_init(&list);
    locnet_list_init(&back);
    for (size_t i = 0; i < 6; i++)
        assert_int_equal(locnet_list_append(&list, items[i]), LOCNET_OK);
    char *encoded = NULL;
    assert_int_equal(locnet_list_encode(&list, &encoded), LOCNET_OK);
    assert_int_equal(locnet_list_decode(encoded, &back), LOCNET_OK);
    assert_int_equal(back.count, 6);
    for (size_t i = 0; i < 6; i++)
        assert_string_equal(back.items[i], items[i]);
    assert_true(locnet_list_contains(encoded, "Hà Nội"));
    locnet_list_t wanted;
    locnet_list_init(&wanted);
    locnet_list_append(&wanted, "water");
    assert_false(locnet_list_contains_any(encoded, &wanted));
    locnet_list_append(&wanted, "urban planning");
    assert_true(locnet_list_contains_any(encoded, &wanted));
    assert_false(locnet_list_contains_any("", &wanted));
    locnet_list_destroy(&wanted);
    assert_false(locnet_list_contains(encoded, "Ha Noi"));
    free(encoded);
    locnet_list_destroy(&list);
    locnet_list_destroy(&back);
}

/* The encoding is byte for byte what cJSON prints for a tree it builds itself: more items than
 * fit on the stack, an item longer than the stack's text, control characters, quotes,
 * backslashes and non-ASCII text, as a list and as a map. */
static void encodings_are_what_cjson_prints(void **state)
{
    (void)state;
    char long_item[3000];
    memset(long_item, 'x', sizeof long_item - 1);
    long_item[sizeof long_item - 1] = '\0';
    long_item[7] = '"';
    long_item[70] = '\x01';
    locnet_list_t list;
    locnet_list_init(&list);
    cJSON *array = cJSON_CreateArray(), *object = cJSON_CreateObject();
    for (int i = 0; i < 41; i++) {
        char item[64];
        snprintf(item, sizeof item, "%d: tab\t, quote \", backslash \\, \x1f, Đà Nẵng", i);
        const char *text = i == 20 ? long_item : item;
        assert_int_equal(locnet_list_append(&list, text), LOCNET_OK);
        cJSON_AddItemToArray(array, cJSON_CreateString(text));
        if (i % 2 == 1)
            cJSON_AddStringToObject(object, list.items[i - 1], text);
    }
    char *expected = cJSON_PrintUnformatted(array), *encoded = NULL;
    assert_int_equal(locnet_list_encode(&list, &encoded), LOCNET_OK);
    assert_string_equal(encoded, expected);
    free(encoded);
    free(expected);
    expected = cJSON_PrintUnformatted(object);
    assert_int_equal(locnet_map_encode(&list, &encoded), LOCNET_OK);  /* 41: the last is alone */
    assert_string_equal(encoded, expected);
    free(encoded);
    free(expected);
    cJSON_Delete(array);
    cJSON_Delete(object);
    locnet_list_destroy(&list);
}

static void empty_list_is_empty_text(void **state)
{
    (void)state;
    locnet_list_t list;
    locnet_list_init(&list);
    char *encoded = NULL;
    assert_int_equal(locnet_list_encode(&list, &encoded), LOCNET_OK);
    assert_string_equal(encoded, "");
    assert_int_equal(locnet_list_decode("", &list), LOCNET_OK);
    assert_int_equal(locnet_list_decode(NULL, &list), LOCNET_OK);
    assert_int_equal(list.count, 0);
    assert_false(locnet_list_contains("", "x"));
    free(encoded);
}

static void maps_round_trip(void **state)
{
    (void)state;
    locnet_list_t pairs, back;
    locnet_list_init(&pairs);
    locnet_list_init(&back);
    locnet_list_append(&pairs, "iso3166_2");
    locnet_list_append(&pairs, "VN-HN");
    locnet_list_append(&pairs, "gso");
    locnet_list_append(&pairs, "01");
    char *encoded = NULL;
    assert_int_equal(locnet_map_encode(&pairs, &encoded), LOCNET_OK);
    assert_string_equal(encoded, "{\"iso3166_2\":\"VN-HN\",\"gso\":\"01\"}");
    assert_int_equal(locnet_map_decode(encoded, &back), LOCNET_OK);
    assert_int_equal(back.count, 4);
    assert_string_equal(back.items[3], "01");
    free(encoded);
    locnet_list_destroy(&pairs);
    locnet_list_destroy(&back);
}

static void malformed_encodings_are_refused(void **state)
{
    (void)state;
    locnet_list_t list;
    locnet_list_init(&list);
    assert_int_equal(locnet_list_decode("[1,2]", &list), LOCNET_EDATA);
    assert_int_equal(locnet_list_decode("[\"a\",1]", &list), LOCNET_EDATA);  /* a bad item after a good one */
    assert_int_equal(locnet_map_decode("{\"a\":\"b\",\"c\":2}", &list), LOCNET_EDATA);
    assert_int_equal(locnet_list_decode("not json", &list), LOCNET_EDATA);
    assert_int_equal(locnet_map_decode("[\"a\"]", &list), LOCNET_EDATA);
    locnet_list_destroy(&list);
}

/* locnet_list_written_length against cJSON: a text is taken as written when, and only when,
 * cJSON reads it as an array of non-empty strings and prints exactly it back, and it has no
 * escape (those are left to cJSON, even the ones it writes alike). */
static void written_lists_are_what_cjson_prints_back(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "[\"water\"]", "[\"water\",\"youth\"]", "[\"H\u00e0 N\u1ed9i\",\"Hu\u1ebf\"]",
        "[\"a/b\",\"x\x7fy\"]", "[ \"water\"]", "[\"water\" ]", "[\"water\", \"youth\"]",
        "[\"wa\\\"ter\"]", "[\"\\u00e9\"]", "[\"a\\/b\"]", "[\"tab\\t\"]", "[\"\"]",
        "[\"a\",\"\"]", "[]", "[1]", "[\"a\",1]", "[\"a\"", "[\"a\",]", "{\"a\":\"b\"}",
        "[\"a\"]x", "[[\"a\"]]", "[\"raw\ttab\"]", "[\"a\",\"b\",\"c\"]",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        const char *text = texts[i];
        cJSON *parsed = cJSON_Parse(text);
        char *printed = parsed != NULL ? cJSON_PrintUnformatted(parsed) : NULL;
        bool strings = cJSON_IsArray(parsed) && cJSON_GetArraySize(parsed) > 0;
        const cJSON *item;
        cJSON_ArrayForEach(item, parsed) strings = strings && cJSON_IsString(item) &&
                                                   item->valuestring[0] != '\0';
        size_t expected = strings && printed != NULL && strchr(text, '\\') == NULL &&
                                  strncmp(printed, text, strlen(printed)) == 0
                              ? strlen(printed) : 0;
        size_t length = locnet_list_written_length(text, strlen(text));
        if (length != expected)
            fail_msg("%s: written length %zu, cJSON prints back %zu bytes of it", text, length,
                     expected);
        cJSON_free(printed);
        cJSON_Delete(parsed);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lists_round_trip_any_text),
        cmocka_unit_test(encodings_are_what_cjson_prints),
        cmocka_unit_test(empty_list_is_empty_text),
        cmocka_unit_test(maps_round_trip),
        cmocka_unit_test(malformed_encodings_are_refused),
        cmocka_unit_test(written_lists_are_what_cjson_prints_back),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
