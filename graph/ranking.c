/* graph/ranking.c: rank order: the localities sorted by value, then each run of tied values
 * sorted by name. Values are rounded to 12 significant digits, and names made into sort keys,
 * only where neighbours in the value order may tie. */
#include "graph/ranking.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "graph/collation.h"

/* Two values whose 12-significant-digit roundings are equal differ by at most half a unit of
 * the 12th digit each: |a - b| <= 1e-11 * max(|a|, |b|). Twice that leaves room for the
 * rounding of the test itself. */
#define TIE_DISTANCE 2e-11

/* Largest first; NaN last. */
static int compare_values(void *data, const void *left, const void *right)
{
    const double *values = data;
    double a = values[*(const igraph_integer_t *)left];
    double b = values[*(const igraph_integer_t *)right];
    if (isnan(a) || isnan(b))
        return isnan(a) - isnan(b);
    return a > b ? -1 : a < b ? 1 : 0;
}

/* Rounds to 12 significant digits, so that values that differ only by rounding error tie. */
static double tie_value(double value)
{
    char text[64];
    snprintf(text, sizeof text, "%.11e", value);
    return strtod(text, NULL);
}

/* True when a and b (a >= b, or both NaN) are equal to 12 significant digits. */
static bool values_tie(double a, double b)
{
    if (a == b || (isnan(a) && isnan(b)))
        return true;
    if (isnan(a) || isnan(b) || a - b > TIE_DISTANCE * fmax(fabs(a), fabs(b)))
        return false;
    return tie_value(a) == tie_value(b);
}

locnet_status_t locnet_rank_localities(const locnet_network_t *net, const igraph_vector_t *values,
                                       igraph_vector_int_t *order)
{
    igraph_integer_t n = locnet_locality_count(net);
    if (igraph_vector_int_resize(order, n) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    igraph_integer_t *vertices = VECTOR(*order);
    const double *value = VECTOR(*values);
    for (igraph_integer_t v = 0; v < n; v++)
        vertices[v] = v;
    igraph_qsort_r(vertices, (size_t)n, sizeof *vertices, (void *)value, compare_values);
    locnet_status_t status = LOCNET_OK;
    for (igraph_integer_t start = 0, end; status == LOCNET_OK && start < n; start = end) {
        end = start + 1;
        while (end < n && values_tie(value[vertices[end - 1]], value[vertices[end]]))
            end++;
        if (end - start > 1)
            status = locnet_collation_sort_few(net, vertices + start, (size_t)(end - start));
    }
    return status;
}
