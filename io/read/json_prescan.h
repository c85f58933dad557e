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

/* A prescan running on a thread of its own, beside the parse. */
typedef struct locnet_json_prescan_job locnet_json_prescan_job_t;

/* Starts locnet_json_prescan over source's text on a thread of its own, which reports to a list
 * of its own. NULL when that would not pay (a short text, one processor) or cannot be done: the
 * caller then runs locnet_json_prescan itself. The text must stay until the job is finished. */
locnet_json_prescan_job_t *locnet_json_prescan_start(const locnet_text_source_t *source);

/* Waits for the job, moves its messages to diagnostics, frees it, and returns the number of
 * problems it found. */
size_t locnet_json_prescan_finish(locnet_json_prescan_job_t *job,
                                  locnet_diagnostics_t *diagnostics);

#endif
