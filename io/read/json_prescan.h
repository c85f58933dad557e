/* io/read/json_prescan.h: the checks cJSON does not make, run over a JSON text before parsing:
 * valid UTF-8, no NUL byte, no \u0000 escape in a string, nesting within a limit. */
#ifndef LOCNET_JSON_PRESCAN_H
#define LOCNET_JSON_PRESCAN_H

#include "io/read/text_source.h"

/* The deepest nesting of arrays and objects that locnet reads. locnet/1 needs four levels. */
#define LOCNET_JSON_MAX_DEPTH 64

/* Reports every encoding problem in source and the first place nesting goes deeper than
 * LOCNET_JSON_MAX_DEPTH. Returns the number of problems reported. */
size_t locnet_json_prescan(locnet_text_source_t *source);

#endif
