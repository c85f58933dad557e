/* io/read/ndjson_ahead.h: the lines of a large NDJSON input read and parsed by cJSON on another
 * core, a few thousand ahead of the caller, who checks and keeps the records in order on its own
 * core. The thread only reads and parses. At a line it cannot parse it stops: that line comes
 * without a tree, and the caller reads the rest itself, so that its own parses, which report
 * where cJSON stopped (a global position), never run beside the thread's. Each batch of lines
 * has an arena of its own (io/read/json_arena.h). */
#ifndef LOCNET_NDJSON_AHEAD_H
#define LOCNET_NDJSON_AHEAD_H

#include <stdbool.h>
#include <stddef.h>

#include "io/read/json_walk.h"
#include "io/read/line_reader.h"

typedef struct locnet_ndjson_ahead locnet_ndjson_ahead_t;

/* One line as locnet_line_reader_next gives it, and its record parsed. */
typedef struct locnet_ndjson_line {
    const char *text;           /* the line with its end, NUL-terminated */
    size_t length;              /* with its end */
    long number;                /* its number in the input, from 1 */
    size_t consumed;            /* the input's bytes up to its end */
    bool clean;                 /* the record's bytes passed locnet_json_prescan (false: not
                                   checked, or not clean) */
    locnet_json_value_t record; /* record.json: the value parsed at record.start (the line's
                                   first byte that is not white space), offsets in text; NULL
                                   when the line is blank or does not parse */
} locnet_ndjson_line_t;

/* The length of the record on a line of length bytes: without its end (line feed, carriage
 * return). */
size_t locnet_ndjson_record_length(const char *line, size_t length);

/* Starts reading and parsing the lines of lines on a thread of its own. NULL when it would not
 * pay (an input under a megabyte, or of unknown size; one processor; a program that did not opt
 * in to the tuning of io/tuning.h) or cannot be done: the caller reads the lines itself. Until
 * locnet_ndjson_ahead_stop, only the thread reads from lines. */
locnet_ndjson_ahead_t *locnet_ndjson_ahead_start(locnet_line_reader_t *lines);

/* The next line, valid until the next call. False when the thread has no more: at the end of
 * the input, after a read error (see locnet_line_reader_check), when out of memory (then
 * *out_of_memory is set), or after a line that did not parse; the caller then stops the thread
 * and reads the lines left, if any, from the reader itself. */
bool locnet_ndjson_ahead_take(locnet_ndjson_ahead_t *ahead, locnet_ndjson_line_t *line,
                              bool *out_of_memory);

/* Stops the thread and frees everything; accepts NULL. */
void locnet_ndjson_ahead_stop(locnet_ndjson_ahead_t *ahead);

#endif
