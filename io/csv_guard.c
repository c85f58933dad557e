/* io/csv_guard.c: the formula characters of OWASP's list, and a strict number syntax. */
#include "io/csv_guard.h"

#include <string.h>

/* What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection"). */
static bool starts_formula(char c)
{
    return c != '\0' && strchr("=+-@\t\r", c) != NULL;
}

/* True when text is a whole decimal number: [+-] digits [. digits] [e [+-] digits], or with
 * the digits after the point only. */
static bool is_number(const char *text)
{
    const char *at = text + (*text == '+' || *text == '-');
    size_t whole = strspn(at, "0123456789");
    at += whole;
    size_t fraction = 0;
    if (*at == '.') {
        fraction = strspn(at + 1, "0123456789");
        at += 1 + fraction;
    }
    if (whole + fraction == 0)
        return false;
    if (*at == 'e' || *at == 'E') {
        at += 1 + (at[1] == '+' || at[1] == '-');
        size_t exponent = strspn(at, "0123456789");
        if (exponent == 0)
            return false;
        at += exponent;
    }
    return *at == '\0';
}

bool locnet_csv_needs_guard(const char *text)
{
    size_t quotes = strspn(text, "'");
    if (!starts_formula(text[quotes]))
        return false;
    return quotes > 0 || !is_number(text);
}

size_t locnet_csv_guard_length(const char *cell, size_t length)
{
    size_t quotes = 0;
    while (quotes < length && cell[quotes] == '\'')
        quotes++;
    return quotes > 0 && quotes < length && starts_formula(cell[quotes]) ? 1 : 0;
}
