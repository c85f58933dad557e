/* tests/unit/test_shown.c: text shown to people has its control characters escaped, and its
 * width is what a terminal gives it. The expected escapes and widths are written out by hand
 * from the Unicode code charts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "io/shown.h"

static void check(const char *text, const char *expected, size_t width)
{
    char *shown = locnet_shown_copy(text);
    assert_non_null(shown);
    assert_string_equal(shown, expected);
    assert_int_equal(locnet_shown_width(text), width);
    char written[256] = "";
    FILE *out = fmemopen(written, sizeof written - 1, "w");
    assert_non_null(out);
    locnet_shown_write(out, text);
    fclose(out);
    assert_string_equal(written, expected);
    free(shown);
}

static void plain_text_is_shown_as_it_is(void **state)
{
    (void)state;
    check("", "", 0);
    check("Hà Nội \\ Île-de-France", "Hà Nội \\ Île-de-France", 22);
    check("e\xCC\x81", "e\xCC\x81", 1);               /* e and a combining acute: 1 column */
    check("\xE6\x9D\xB1\xE4\xBA\xAC", "\xE6\x9D\xB1\xE4\xBA\xAC", 4);  /* 東京: 2 wide */
}

static void control_characters_are_escaped(void **state)
{
    (void)state;
    check("a\x1b]0;x\x07", "a\\x1b]0;x\\x07", 13);
    check("two\nlines\r\tx", "two\\nlines\\r\\tx", 15);
    check("del\x7f", "del\\x7f", 7);
    check("\x01", "\\x01", 4);
    check("c1\xC2\x9B" "2J", "c1\\u009b2J", 10);      /* U+009B, the C1 CSI */
    check("\xE2\x80\xAE" "evil", "\\u202eevil", 10);  /* U+202E RIGHT-TO-LEFT OVERRIDE */
    check("\xE2\x81\xA6x\xE2\x81\xA9", "\\u2066x\\u2069", 13);  /* isolates */
    check("\xE2\x80\xA8", "\\u2028", 6);              /* LINE SEPARATOR */
}

static void bytes_that_are_not_utf8_are_escaped(void **state)
{
    (void)state;
    check("\xFF", "\\xff", 4);
    check("a\xE4\xB8", "a\\xe4\\xb8", 9);             /* a character cut short */
    check("\xC0\xAF", "\\xc0\\xaf", 8);               /* an overlong '/' */
}

static void printf_keeps_only_the_final_newline(void **state)
{
    (void)state;
    char written[256] = "";
    FILE *out = fmemopen(written, sizeof written - 1, "w");
    assert_non_null(out);
    locnet_shown_printf(out, "%s: unknown \"%s\"\n", "f.json", "x\ny\x1b");
    fclose(out);
    assert_string_equal(written, "f.json: unknown \"x\\ny\\x1b\"\n");
    /* longer than the formatting buffer */
    char *long_text = malloc(2001);
    memset(long_text, 'a', 2000);
    long_text[1000] = '\x1b';
    long_text[2000] = '\0';
    char *big = malloc(4096);
    out = fmemopen(big, 4096, "w");
    locnet_shown_printf(out, "[%s]\n", long_text);
    fclose(out);
    assert_int_equal(strlen(big), 2000 + 3 + 3);
    assert_memory_equal(big + 1001, "\\x1b", 4);
    free(long_text);
    free(big);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(plain_text_is_shown_as_it_is),
        cmocka_unit_test(control_characters_are_escaped),
        cmocka_unit_test(bytes_that_are_not_utf8_are_escaped),
        cmocka_unit_test(printf_keeps_only_the_final_newline),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
