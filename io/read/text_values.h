/* io/read/text_values.h: values written as text in formats without types (CSV cells, GraphML
 * character data): names in NFC, numbers and lists. Used by the validator (io/read/validator.h) and
 * the readers that make ids from names. */
#ifndef LOCNET_TEXT_VALUES_H
#define LOCNET_TEXT_VALUES_H

#include <stdbool.h>

#include "graph/list_codec.h"
#include "locnet/status.h"

/* A copy of UTF-8 text in Unicode NFC (caller frees), or NULL when out of memory or when text
 * is not valid UTF-8. As utf8proc_NFC, in one pass for short texts. */
char *locnet_text_nfc(const char *text);
/* Parses a finite number that fills text (spaces around it allowed); ',' may stand for the
 * decimal point when there is no '.'. */
bool locnet_text_number(const char *text, double *value);
/* Parses a boolean as igraph reads GraphML's: true, yes, false or no in any case, or a whole
 * number (true unless 0), with spaces around. False when text is none of these. */
bool locnet_text_boolean(const char *text, bool *truth);
/* Parses a list: items separated by ';' (spaces around each dropped, empty ones skipped), or a
 * JSON array of non-empty strings when text starts with '['. Items are appended to items (in
 * NFC when normalise is set) and the list's encoding (graph/list_codec.h) goes to *encoded, NULL
 * for an empty list (caller frees). LOCNET_EDATA when a JSON array is malformed or holds
 * something else than non-empty strings. */
locnet_status_t locnet_text_list(const char *text, bool normalise, locnet_list_t *items,
                                 char **encoded);

#endif
