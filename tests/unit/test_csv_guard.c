/* tests/unit/test_csv_guard.c: which CSV text cells are guarded against formulas (OWASP's
 * characters = + - @ tab and carriage return), and that reading drops exactly what writing
 * added. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "io/csv_guard.h"
#include "io/write/csv_cell.h"

static void formulas_are_guarded(void **state)
{
    (void)state;
    const char *const guarded[] = {"=1+1", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "-",
                                   "+", "=", "-1-", "-1e", "+.", NULL};
    for (int i = 0; guarded[i] != NULL; i++)
        assert_true(locnet_csv_needs_guard(guarded[i]));
    /* a ' followed by one of them is guarded too, so that reading gives it back */
    assert_true(locnet_csv_needs_guard("'=x"));
    assert_true(locnet_csv_needs_guard("'''-x"));
    assert_true(locnet_csv_needs_guard("'-3"));
}

static void other_text_and_numbers_are_not(void **state)
{
    (void)state;
    const char *const plain[] = {"", "Hà Nội", "a=b", "'", "'quoted", " =x", "-3", "+3",
                                 "-12.5", "+.5", "-1.5e-3", "-2E+10", "1e5", NULL};
    for (int i = 0; plain[i] != NULL; i++)
        assert_false(locnet_csv_needs_guard(plain[i]));
}

static void reading_drops_one_quote_from_guarded_cells(void **state)
{
    (void)state;
    assert_int_equal(locnet_csv_guard_length("'=x", 3), 1);
    assert_int_equal(locnet_csv_guard_length("''@x", 4), 1);
    assert_int_equal(locnet_csv_guard_length("'-3", 3), 1);
    assert_int_equal(locnet_csv_guard_length("'plain", 6), 0);
    assert_int_equal(locnet_csv_guard_length("'", 1), 0);
    assert_int_equal(locnet_csv_guard_length("''", 2), 0);
    assert_int_equal(locnet_csv_guard_length("=x", 2), 0);
    assert_int_equal(locnet_csv_guard_length("'=x", 1), 0);  /* only the first byte is the cell */
}

/* Every text, written guarded and read back by dropping what the reader drops, is itself. */
static void writing_then_reading_gives_the_text_back(void **state)
{
    (void)state;
    const char *const texts[] = {"=1", "'=1", "''=1", "-3", "'-3", "-x", "'", "''", "'a",
                                 "@", "\t", "plain", "+33 1 23", NULL};
    for (int i = 0; texts[i] != NULL; i++) {
        char written[64] = "";
        FILE *out = fmemopen(written, sizeof written - 1, "w");
        locnet_csv_put_cell(out, texts[i], true);
        fclose(out);
        /* unquote as RFC 4180 says (no quote inside these texts) */
        char cell[64];
        size_t length = strlen(written);
        if (written[0] == '"') {
            memcpy(cell, written + 1, length - 2);
            cell[length - 2] = '\0';
        } else {
            strcpy(cell, written);
        }
        size_t drop = locnet_csv_guard_length(cell, strlen(cell));
        assert_string_equal(cell + drop, texts[i]);
        assert_int_equal(drop, locnet_csv_needs_guard(texts[i]) ? 1 : 0);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(formulas_are_guarded),
        cmocka_unit_test(other_text_and_numbers_are_not),
        cmocka_unit_test(reading_drops_one_quote_from_guarded_cells),
        cmocka_unit_test(writing_then_reading_gives_the_text_back),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
