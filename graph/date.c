/* graph/date.c: the shape of a date, then the calendar (years 1 to 9999, Gregorian leap years). */
#include "graph/date.h"

#include <stdio.h>
#include <string.h>

static const char *const month_names[12] = {"January", "February", "March",     "April",
                                            "May",     "June",     "July",      "August",
                                            "September", "October", "November", "December"};

static int days_in_month(int year, int month)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

static int digits(const char *text, size_t count)
{
    int value = 0;
    for (size_t i = 0; i < count; i++)
        value = value * 10 + (text[i] - '0');
    return value;
}

locnet_date_check_t locnet_date_check(const char *text, char *why, size_t size)
{
    size_t length = strlen(text);
    if (length != 4 && length != 7 && length != 10)
        return LOCNET_DATE_MALFORMED;
    for (size_t i = 0; i < length; i++) {
        bool dash = i == 4 || i == 7;
        if (dash ? text[i] != '-' : (text[i] < '0' || text[i] > '9'))
            return LOCNET_DATE_MALFORMED;
    }
    int year = digits(text, 4);
    int month = length >= 7 ? digits(text + 5, 2) : 1;
    int day = length == 10 ? digits(text + 8, 2) : 1;
    if (year != 0 && month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month))
        return LOCNET_DATE_VALID;
    if (size == 0)
        return LOCNET_DATE_NONEXISTENT;
    if (year == 0)
        snprintf(why, size, "there is no year 0");
    else if (month < 1 || month > 12)
        snprintf(why, size, "there is no month %d", month);
    else if (day < 1)
        snprintf(why, size, "there is no day 0");
    else
        snprintf(why, size, "%s %d has %d days", month_names[month - 1], year,
                 days_in_month(year, month));
    return LOCNET_DATE_NONEXISTENT;
}

bool locnet_date_is_valid(const char *text)
{
    return locnet_date_check(text, NULL, 0) == LOCNET_DATE_VALID;
}

/* Writes the date as YYYY-MM-DD, filling a missing month or day with 01. */
static void full_date(const char *date, char out[11])
{
    snprintf(out, 11, "%s%s", date, strlen(date) == 4 ? "-01-01" : strlen(date) == 7 ? "-01" : "");
}

int locnet_date_compare(const char *a, const char *b)
{
    char full_a[11], full_b[11];
    full_date(a, full_a);
    full_date(b, full_b);
    return strcmp(full_a, full_b);
}
