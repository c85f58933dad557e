/* io/read/ndjson_ahead.c: batches of lines, their text copied into the batch and their records
 * parsed into its arena, filled on the thread of a batch ring (io/read/batch_ring.h). */
#include "io/read/ndjson_ahead.h"

#include <stdlib.h>
#include <string.h>

#include "graph/chunks.h"
#include "graph/growable.h"
#include "io/read/batch_ring.h"
#include "io/read/json_arena.h"
#include "io/read/json_duplicates.h"
#include "io/read/json_prescan.h"

#define BATCH_LINES 1024
/* Inputs from which a thread pays for itself. */
#define AHEAD_FROM ((size_t)1 << 20)

typedef struct batch {
    locnet_json_arena_t arena;
    char *text;                 /* the lines' text, one after the other */
    size_t text_used;
    size_t text_capacity;
    size_t starts[BATCH_LINES]; /* where each line's text starts in text */
    locnet_ndjson_line_t lines[BATCH_LINES];  /* their text pointers set when taken */
    size_t count;
    bool out_of_memory;         /* the thread stopped short of memory after these lines */
} batch_t;


struct locnet_ndjson_ahead {
    locnet_line_reader_t *lines;
    batch_t batches[LOCNET_BATCH_RING_SIZE];
    locnet_batch_ring_t *ring;
    batch_t *reading;           /* the batch the caller takes lines from, or NULL */
    size_t next;                /* the caller's next line in it */
};

size_t locnet_ndjson_record_length(const char *line, size_t length)
{
    while (length > 0 && (line[length - 1] == '\n' || line[length - 1] == '\r'))
        length--;
    return length;
}

/* True when the record's bytes pass the encoding checks; their messages, if any, are the
 * caller's to make. */
static bool is_clean(const char *text, size_t length)
{
    locnet_diagnostics_t unsaid;
    locnet_diagnostics_init(&unsaid);
    locnet_text_source_t probe;
    locnet_text_source_init(&probe, "", text, length, &unsaid);
    bool clean = locnet_json_prescan(&probe) == 0;
    locnet_diagnostics_destroy(&unsaid);
    return clean;
}

/* Checks and parses the record of the line just copied at text, if it has one (else
 * record.json stays NULL): false when it does not parse. */
static bool parse_line(batch_t *batch, const char *text, locnet_ndjson_line_t *line)
{
    size_t length = locnet_ndjson_record_length(text, line->length), at = 0;
    line->clean = is_clean(text, length);
    while (at < length && strchr(" \t", text[at]) != NULL)
        at++;
    memset(&line->record, 0, sizeof line->record);
    line->record.members_placed = -1;
    if (at == length)
        return true;
    const char *end = NULL;
    /* one byte more, as the caller parses: a record cut short fails there */
    cJSON *json = locnet_json_arena_parse(&batch->arena, text + at, length - at + 1, &end, NULL);
    if (json == NULL)
        return false;
    line->record.json = json;
    line->record.start = at;
    line->record.end = (size_t)(end - text);
    line->record.names_checked =
        locnet_json_find_duplicate(json, &line->record.repeated_name) == LOCNET_OK;
    line->record.members_placed = locnet_json_member_values(
        text, at, line->record.end, line->record.member_values, LOCNET_JSON_MEMBERS);
    return true;
}

/* Copies the next line into batch and parses its record: false at the end of the input,
 * short of memory, or after a line whose record does not parse (the caller's own parse then
 * reports it: cJSON's error position is global, and the thread parses no more). */
static bool copy_line(locnet_ndjson_ahead_t *ahead, batch_t *batch)
{
    size_t length = 0;
    bool out_of_memory = false;
    const char *text = locnet_line_reader_next(ahead->lines, &length, &out_of_memory);
    size_t needed = batch->text_used + length + 1;
    while (text != NULL && batch->text_capacity < needed &&
           LOCNET_GROW(&batch->text, &batch->text_capacity, batch->text_capacity) == LOCNET_OK)
        continue;  /* doubled until the line fits */
    if (text == NULL || batch->text_capacity < needed) {
        batch->out_of_memory = text != NULL || out_of_memory;
        return false;
    }
    char *copy = batch->text + batch->text_used;
    memcpy(copy, text, length);
    copy[length] = '\0';
    locnet_ndjson_line_t *line = &batch->lines[batch->count];
    batch->starts[batch->count++] = batch->text_used;
    batch->text_used += length + 1;
    line->length = length;
    line->number = ahead->lines->line;
    line->consumed = ahead->lines->consumed;
    return parse_line(batch, copy, line);
}

static bool fill(void *context, int slot)
{
    locnet_ndjson_ahead_t *ahead = context;
    batch_t *batch = &ahead->batches[slot];
    locnet_json_arena_reset(&batch->arena);
    batch->text_used = batch->count = 0;
    batch->out_of_memory = false;
    while (batch->count < BATCH_LINES) {
        if (!copy_line(ahead, batch))
            return false;
    }
    return true;
}

locnet_ndjson_ahead_t *locnet_ndjson_ahead_start(locnet_line_reader_t *lines)
{
    if (lines->size < AHEAD_FROM || locnet_chunks_processors() < 2)
        return NULL;
    locnet_ndjson_ahead_t *ahead = calloc(1, sizeof *ahead);
    if (ahead == NULL)
        return NULL;
    ahead->lines = lines;
    for (int i = 0; i < LOCNET_BATCH_RING_SIZE; i++)
        locnet_json_arena_init(&ahead->batches[i].arena);
    if ((ahead->ring = locnet_batch_ring_start(fill, ahead)) == NULL) {
        locnet_ndjson_ahead_stop(ahead);
        return NULL;
    }
    return ahead;
}

bool locnet_ndjson_ahead_take(locnet_ndjson_ahead_t *ahead, locnet_ndjson_line_t *line,
                              bool *out_of_memory)
{
    while (ahead->reading == NULL || ahead->next == ahead->reading->count) {
        if (ahead->reading != NULL && ahead->reading->out_of_memory) {
            *out_of_memory = true;
            return false;
        }
        int slot = locnet_batch_ring_next(ahead->ring);
        if (slot < 0)
            return false;
        ahead->reading = &ahead->batches[slot];
        ahead->next = 0;
    }
    *line = ahead->reading->lines[ahead->next];
    line->text = ahead->reading->text + ahead->reading->starts[ahead->next];
    ahead->next++;
    return true;
}

void locnet_ndjson_ahead_stop(locnet_ndjson_ahead_t *ahead)
{
    if (ahead == NULL)
        return;
    locnet_batch_ring_free(ahead->ring);
    for (int i = 0; i < LOCNET_BATCH_RING_SIZE; i++) {
        locnet_json_arena_destroy(&ahead->batches[i].arena);
        free(ahead->batches[i].text);
    }
    free(ahead);
}
