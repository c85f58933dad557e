/* tests/unit/test_id_index.c: the id hash map. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

#include <cmocka.h>

#include "graph/id_index.h"
#include "graph/network.h"

static void many_keys_are_found_and_duplicates_refused(void **state)
{
    (void)state;
    locnet_id_index_t index;
    locnet_id_index_init(&index);
    char key[32];
    for (int i = 0; i < 100000; i++) {
        snprintf(key, sizeof key, "L%d", i);
        assert_int_equal(locnet_id_index_insert(&index, key, i, NULL), LOCNET_OK);
    }
    assert_int_equal(index.count, 100000);
    for (int i = 0; i < 100000; i += 7) {
        int64_t value = -1;
        snprintf(key, sizeof key, "L%d", i);
        assert_true(locnet_id_index_find(&index, key, &value));
        assert_int_equal(value, i);
    }
    int64_t existing = -1;
    assert_int_equal(locnet_id_index_insert(&index, "L4242", 7, &existing), LOCNET_EDATA);
    assert_int_equal(existing, 4242);
    assert_false(locnet_id_index_find(&index, "L100000", NULL));
    assert_false(locnet_id_index_find(&index, "", NULL));
    locnet_id_index_destroy(&index);
    locnet_id_index_destroy(NULL);
}

static void empty_index_finds_nothing(void **state)
{
    (void)state;
    locnet_id_index_t index;
    locnet_id_index_init(&index);
    assert_false(locnet_id_index_find(&index, "VN-HN", NULL));
    locnet_id_index_destroy(&index);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(many_keys_are_found_and_duplicates_refused),
        cmocka_unit_test(empty_index_finds_nothing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
