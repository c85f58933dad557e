/* graph/lookup.h: finding a locality by id, or by name or alias regardless of case, spacing,
 * hyphens and diacritics ("Ha Noi", "HA NOI" and "Hà Nội" are one key; "Dong Da" finds
 * "Đống Đa"). */
#ifndef LOCNET_LOOKUP_H
#define LOCNET_LOOKUP_H

#include "graph/network.h"

/* Makes the comparison key of a UTF-8 text into *key (caller frees): NFC, case-folded, marks
 * stripped, đ/Đ as d, with white space, dashes and hyphens removed. Returns LOCNET_EDATA for
 * text that is not valid UTF-8. */
locnet_status_t locnet_lookup_key(const char *text, char **key);
/* The same key with the diacritics kept ("Hà Nội" gives "hànội", "Ha Noi" gives "hanoi"), for
 * callers that must tell "Hà Nam" from "Hạ Năm". Same results as locnet_lookup_key. */
locnet_status_t locnet_lookup_key_marked(const char *text, char **key);

/* The marked key with s and t with a cedilla read as with a comma below (ş as ș, ţ as ț), the
 * two ways Romanian names are written: "Chişinău" and "Chișinău" have one key, "Munster" and
 * "Münster" two. Same results as locnet_lookup_key. */
locnet_status_t locnet_lookup_key_spelling(const char *text, char **key);

/* Finds the locality that query names: an exact id first, then a unique name-or-alias key match.
 * On LOCNET_OK, *vertex is set. On LOCNET_EAMBIGUOUS, candidates (if not NULL) is resized to
 * hold the matching vertices in vertex order. LOCNET_ENOTFOUND when nothing matches. */
locnet_status_t locnet_lookup_locality(const locnet_network_t *net, const char *query,
                                       igraph_integer_t *vertex, igraph_vector_int_t *candidates);

#endif
