/* graph/date.h: dates of the Gregorian calendar written YYYY, YYYY-MM or YYYY-MM-DD. */
#ifndef LOCNET_DATE_H
#define LOCNET_DATE_H

#include <stdbool.h>
#include <stddef.h>

typedef enum locnet_date_check {
    LOCNET_DATE_VALID,
    LOCNET_DATE_MALFORMED,    /* not written YYYY, YYYY-MM or YYYY-MM-DD */
    LOCNET_DATE_NONEXISTENT   /* written so, but no such day: 2023-02-29, 2024-13, 0000 */
} locnet_date_check_t;

/* Checks text (not NULL). For a date that does not exist, why (may be NULL when size is 0) gets
 * the reason, as "February 2023 has 28 days", "there is no month 13" or "there is no year 0". */
locnet_date_check_t locnet_date_check(const char *text, char *why, size_t size);
/* True when text is a date locnet reads: YYYY, YYYY-MM or YYYY-MM-DD, and that day exists. */
bool locnet_date_is_valid(const char *text);
/* Compares two valid dates as the first day they denote ("2016" is 2016-01-01): <0, 0, >0. */
int locnet_date_compare(const char *a, const char *b);

#endif
