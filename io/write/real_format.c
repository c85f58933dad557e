/* io/write/real_format.c: shortest round-trip digits by trying 15, 16, then 17 significant
 * digits, laid out in fixed notation without a second printf.
 *
 * Why 15 first: every decimal of at most 15 significant digits (DBL_DIG) survives the trip
 * decimal -> double -> 15 digits unchanged. So if some d-digit decimal D (d <= 15) reads back
 * as the value, the value printed with 15 digits is D followed by zeros, and stripping those
 * zeros gives the shortest digits; if the 15-digit print does not read back, no shorter one
 * does either, and the answer has 16 or 17 digits. This holds for normal doubles only:
 * subnormals have fewer significant bits, and take the plain search from 1 digit. */
#define __STDC_WANT_IEC_60559_BFP_EXT__ 1  /* strfromd */
#include "io/write/real_format.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FIXED_LIMIT 1e15  /* below it, an integer with these digits is exactly the double */

/* The shortest digits of value (finite, not subnormal unless search_from_one): the mantissa's
 * digits without the point or trailing zeros into digits (at least 18 bytes), the decimal
 * exponent into *exponent. Returns the digit count. */
static int shortest_digits(double value, int search_from_one, char *digits, int *exponent)
{
    static const char *const formats[] = {"%.0e", "%.1e", "%.2e", "%.3e", "%.4e", "%.5e",
                                          "%.6e", "%.7e", "%.8e", "%.9e", "%.10e", "%.11e",
                                          "%.12e", "%.13e", "%.14e", "%.15e", "%.16e"};
    char probe[40];
    for (int count = search_from_one ? 1 : 15; count <= 17; count++) {
        strfromd(probe, sizeof probe, formats[count - 1], value);
        if (count == 17 || strtod(probe, NULL) == value)
            break;
    }
    const char *at = probe + (probe[0] == '-');
    int count = 0;
    for (; *at != 'e'; at++) {
        if (*at != '.')
            digits[count++] = *at;
    }
    *exponent = atoi(at + 1);
    while (count > 1 && digits[count - 1] == '0')
        count--;
    digits[count] = '\0';
    return count;
}

/* Lays out sign, digits and exponent in fixed notation; the text fits in size. */
static void write_fixed(int negative, const char *digits, int count, int exponent, char *buffer)
{
    char *at = buffer;
    if (negative)
        *at++ = '-';
    if (exponent < 0) {
        *at++ = '0';
        *at++ = '.';
        memset(at, '0', (size_t)(-exponent - 1));
        at += -exponent - 1;
        memcpy(at, digits, (size_t)count);
        at += count;
    } else if (exponent >= count - 1) {
        memcpy(at, digits, (size_t)count);
        at += count;
        memset(at, '0', (size_t)(exponent - count + 1));
        at += exponent - count + 1;
    } else {
        memcpy(at, digits, (size_t)exponent + 1);
        at += exponent + 1;
        *at++ = '.';
        memcpy(at, digits + exponent + 1, (size_t)(count - exponent - 1));
        at += count - exponent - 1;
    }
    *at = '\0';
}

void locnet_format_real(double value, char *buffer, size_t size)
{
    if (!isfinite(value)) {
        snprintf(buffer, size, "%s", isnan(value) ? "" : value > 0 ? "inf" : "-inf");
        return;
    }
    char digits[20];
    int exponent;
    double magnitude = fabs(value);
    int count = shortest_digits(value, magnitude != 0 && magnitude < DBL_MIN, digits, &exponent);
    /* the longest text: sign, "0.", 323 zeros and 17 digits */
    if (magnitude < FIXED_LIMIT && size >= 4 + (size_t)(exponent < 0 ? -exponent : 0) + 17) {
        write_fixed(signbit(value) != 0, digits, count, exponent, buffer);
        return;
    }
    /* large values: printf writes the double's exact integer digits */
    int decimals = count - 1 - exponent;
    snprintf(buffer, size, "%.*f", decimals > 0 ? decimals : 0, value);
}
