/* tests/unit/test_json_walk.c: where the walker places member values, checked with cJSON: a
 * value parsed from its place is the member's value parsed with the whole object. (A key
 * written with an escape is found by its place among the members, not by its name.) */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <cjson/cJSON.h>

#include "io/read/json_walk.h"

static const char *const objects[] = {
    "{\"a\":\"L1\",\"b\":\"L2\",\"themes\":[\"water\"],\"since\":1989}",
    "{ \"id\" : \"x\\\"y\" , \"name\":\"Hà Nội\",\"note\":\"a \\\\\" ,\"z\":null}",
    "{\"k\\\"ey\":{\"inner\":[1,{\"x\":\"}\"}]},\"next\":\"\\\\\\\\\",\"last\":[\"]\",\",\"]}",
    "{\"sources\":[],\"dates\":{\"start\":\"2020\"},\"e\":\"\\u00e9\\\"\",\"f\":-1.5e3}",
};

/* Every member's value, parsed from the place found for it, equals the member parsed whole. */
static void member_values_are_where_cjson_finds_them(void **state)
{
    (void)state;
    for (size_t k = 0; k < sizeof objects / sizeof *objects; k++) {
        const char *text = objects[k];
        cJSON *whole = cJSON_Parse(text);
        assert_non_null(whole);
        size_t offsets[LOCNET_JSON_MEMBERS];
        int count = locnet_json_member_values(text, 0, strlen(text), offsets, LOCNET_JSON_MEMBERS);
        assert_int_equal(count, cJSON_GetArraySize(whole));
        locnet_text_source_t source;
        locnet_text_source_init(&source, "object", text, strlen(text), NULL);
        int i = 0;
        const cJSON *member;
        cJSON_ArrayForEach(member, whole) {
            cJSON *alone = cJSON_ParseWithOpts(text + offsets[i], NULL, 0);
            if (alone == NULL || !cJSON_Compare(alone, member, true))
                fail_msg("object %zu, member \"%s\": the value at offset %zu is not its value", k,
                         member->string, offsets[i]);
            if (strpbrk(member->string, "\"\\") == NULL)  /* a key found as it is written */
                assert_int_equal(
                    locnet_json_member_offset(&source, 0, strlen(text), member->string),
                    offsets[i]);
            cJSON_Delete(alone);
            i++;
        }
        cJSON_Delete(whole);
    }
}

/* More members than room: -1, and a missing key is placed at the start. */
static void too_many_members_and_missing_keys(void **state)
{
    (void)state;
    const char *text = objects[0];
    size_t offsets[2];
    assert_int_equal(locnet_json_member_values(text, 0, strlen(text), offsets, 2), -1);
    locnet_text_source_t source;
    locnet_text_source_init(&source, "object", text, strlen(text), NULL);
    assert_int_equal(locnet_json_member_offset(&source, 0, strlen(text), "absent"), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(member_values_are_where_cjson_finds_them),
        cmocka_unit_test(too_many_members_and_missing_keys),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
