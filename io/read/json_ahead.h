/* io/read/json_ahead.h: the elements of a large JSON array parsed by cJSON on another core, a
 * few thousand ahead of the caller, who checks and keeps them in order on its own core. Each
 * thread parses into arenas of its own (io/read/json_arena.h). The thread only parses: anything
 * it cannot parse is left to the caller, whose own parse then reports it as usual. */
#ifndef LOCNET_JSON_AHEAD_H
#define LOCNET_JSON_AHEAD_H

#include <stdbool.h>

#include "io/read/json_walk.h"

typedef struct locnet_json_ahead locnet_json_ahead_t;

/* Starts parsing, on a thread of its own, the elements of the array whose first element is at
 * offset at of source's text, one after the other while each is followed by ','. NULL when it
 * would not pay (a short text, one processor, a program that did not opt in to the tuning of
 * io/tuning.h) or cannot be done: the caller parses every element itself. The source's text
 * must stay in place and unchanged until locnet_json_ahead_stop. */
locnet_json_ahead_t *locnet_json_ahead_start(const locnet_text_source_t *source, size_t at);

/* The next element, if it starts at offset start and the thread parsed it: true with *value
 * set, its tree valid until the next call. False when the thread stopped before it (at the end
 * of the array, or at something cJSON could not parse): the caller parses it itself, and every
 * later one. Elements are asked for in order. ahead may be NULL (then false). */
bool locnet_json_ahead_take(locnet_json_ahead_t *ahead, size_t start, locnet_json_value_t *value);

/* Stops the thread and frees everything; accepts NULL. */
void locnet_json_ahead_stop(locnet_json_ahead_t *ahead);

#endif
