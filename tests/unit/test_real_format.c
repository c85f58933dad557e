/* tests/unit/test_real_format.c: the shortest round-trip text of reals. The expected texts are
 * Python 3.11's repr (David Gay's shortest round trip) written out in fixed notation
 * (format(Decimal(repr(x)), "f"), without Python's ".0" on whole numbers); the random values
 * are checked against the definition: the text reads back as the value, and one significant
 * digit fewer does not. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "io/write/real_format.h"

static void known_values_match_python(void **state)
{
    (void)state;
    static const struct {
        double value;
        const char *text;
    } cases[] = {
        {0.1, "0.1"},
        {-2.5, "-2.5"},
        {0.0, "0"},
        {-0.0, "-0"},
        {1e21, "1000000000000000000000"},
        {1e23, "99999999999999991611392"},
        {0.14581720500000001, "0.145817205"},
        {999999999999999.9, "999999999999999.9"},
        {123456789012345.6, "123456789012345.6"},
        {1e15 + 1, "1000000000000001"},
        {1e-7, "0.0000001"},
        {5e-5, "0.00005"},
        {0.09999999999999999, "0.09999999999999999"},
        {9.999999999999998, "9.999999999999998"},
        {2.0 / 3.0, "0.6666666666666666"},
        {231.0714285714, "231.0714285714"},
        {0.3, "0.3"},
        {0.1 + 0.2, "0.30000000000000004"},
        {1.0 / 0.0, "inf"},
        {-1.0 / 0.0, "-inf"},
    };
    char buffer[400];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        locnet_format_real(cases[i].value, buffer, sizeof buffer);
        assert_string_equal(buffer, cases[i].text);
    }
}

static void subnormals_take_their_own_shortest_digits(void **state)
{
    (void)state;
    char buffer[400], expected[400];
    /* 5e-324: "0." then 323 zeros then 5 (Python: 5e-324) */
    memset(expected, '0', sizeof expected);
    expected[1] = '.';
    expected[325] = '5';
    expected[326] = '\0';
    locnet_format_real(5e-324, buffer, sizeof buffer);
    assert_string_equal(buffer, expected);
    locnet_format_real(-5e-324, buffer, sizeof buffer);
    assert_int_equal(buffer[0], '-');
    assert_string_equal(buffer + 1, expected);
}

/* The significant digits of a fixed-notation text, leading zeros dropped. */
static int significant_digits(const char *text)
{
    int count = 0;
    bool started = false;
    for (const char *at = text; *at != '\0'; at++) {
        if (*at >= '1' && *at <= '9')
            started = true;
        if (started && *at >= '0' && *at <= '9')
            count++;
    }
    return count;
}

static void random_values_are_shortest_round_trips(void **state)
{
    (void)state;
    uint64_t seed = 88172645463325252u;
    char buffer[400], shorter[64];
    for (int i = 0; i < 60000; i++) {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        double value;
        if (i % 2 == 0) {
            memcpy(&value, &seed, sizeof value);  /* any bit pattern, subnormals too */
        } else {
            value = (double)(seed >> 11) / 9007199254740992.0 * 1e-4;  /* PageRank-like */
        }
        if (value != value || value - value != 0)
            continue;  /* NaN, infinities */
        locnet_format_real(value, buffer, sizeof buffer);
        assert_null(strpbrk(buffer, "eE"));
        assert_true(strtod(buffer, NULL) == value);
        /* whole numbers print every integer digit; the minimality holds for the others */
        if (value == 0 || strchr(buffer, '.') == NULL)
            continue;
        int digits = significant_digits(buffer);
        while (digits > 1 && buffer[strlen(buffer) - 1] == '0')
            digits--;
        if (digits > 1) {
            snprintf(shorter, sizeof shorter, "%.*e", digits - 2, value);
            assert_false(strtod(shorter, NULL) == value);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(known_values_match_python),
        cmocka_unit_test(subnormals_take_their_own_shortest_digits),
        cmocka_unit_test(random_values_are_shortest_round_trips),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
