/* io/write/real_format.h: reals as the shortest decimal text that reads back as the same double. */
#ifndef LOCNET_REAL_FORMAT_H
#define LOCNET_REAL_FORMAT_H

#include <stddef.h>

/* Writes value as the shortest decimal text that reads back as the same double, never in
 * exponent form ("0.1", "-2.5", "1000000000000000000000"; NaN as "", infinities as "inf" and
 * "-inf"). buffer must hold at least 400 bytes (the longest text, a subnormal, takes 328). */
void locnet_format_real(double value, char *buffer, size_t size);

#endif
