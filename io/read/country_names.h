/* io/read/country_names.h: from what people write in a country column to ISO 3166-1 alpha-2 codes:
 * "FR", "fra", "France", "Viet Nam", "Vietnam", "Côte d'Ivoire", "Ivory Coast", "England", or
 * "Réunion, France" (a region, then its country). Names are ISO's short, official and common
 * English names (from Debian's iso-codes) and a few other names in use, compared without
 * regard to case, diacritics, spaces and hyphens. */
#ifndef LOCNET_COUNTRY_NAMES_H
#define LOCNET_COUNTRY_NAMES_H

#include <stdbool.h>

#include "graph/id_index.h"
#include "locnet/status.h"

/* The code for a locality whose country is not known (the user-assigned code that CLDR uses
 * for an unknown region). */
#define LOCNET_COUNTRY_UNKNOWN "ZZ"

typedef struct locnet_country_names {
    locnet_id_index_t by_key;  /* comparison key of a name -> row of the table */
} locnet_country_names_t;

/* Builds the name index. On failure nothing needs freeing. */
locnet_status_t locnet_country_names_init(locnet_country_names_t *names);
/* Frees the index; accepts NULL. */
void locnet_country_names_destroy(locnet_country_names_t *names);

/* Writes the alpha-2 code that text names into code. Codes are ISO's (alpha-2 in any case, or
 * alpha-3), and the alpha-2 codes ISO leaves to users: AA, XA-XZ (XK is Kosovo) and ZZ
 * (unknown). Text that names no country gives LOCNET_ENOTFOUND,
 * invalid UTF-8 LOCNET_EDATA; LOCNET_ENOMEM when out of memory. */
locnet_status_t locnet_country_code(const locnet_country_names_t *names, const char *text,
                                    char code[3]);

/* The same for a code alone, without the name index: false when text is not a code. */
bool locnet_country_code_of(const char *text, char code[3]);
/* The English name of an alpha-2 code (ISO's common name when it has one, else its short name:
 * "Vietnam", "France"; "Kosovo" for XK), or NULL for a code it does not know. Static text. */
const char *locnet_country_name(const char *code);

#endif
