/* io/read/json_ahead.c: batches of parsed elements, each with an arena of its own, filled on the
 * thread of a batch ring (io/read/batch_ring.h). */
#include "io/read/json_ahead.h"

#include <stdlib.h>

#include "graph/chunks.h"
#include "io/read/batch_ring.h"
#include "io/read/json_arena.h"
#include "io/read/json_duplicates.h"

#define BATCH_ELEMENTS 1024
/* Texts from which a thread pays for itself, counted from the array's first element. */
#define AHEAD_FROM ((size_t)1 << 20)

typedef struct batch {
    locnet_json_arena_t arena;
    locnet_json_value_t elements[BATCH_ELEMENTS];
    size_t count;
} batch_t;

struct locnet_json_ahead {
    const locnet_text_source_t *source;
    size_t at;             /* where the thread parses next */
    batch_t batches[LOCNET_BATCH_RING_SIZE];
    locnet_batch_ring_t *ring;
    batch_t *reading;      /* the batch the caller takes elements from, or NULL */
    size_t next;           /* the caller's next element in it */
    bool finished;         /* no batch will come any more */
};

/* Parses elements into batch slot until it is full (true) or the array does not go on with
 * ',' (false: its end, or something for the caller to report). */
static bool fill(void *context, int slot)
{
    locnet_json_ahead_t *ahead = context;
    const locnet_text_source_t *source = ahead->source;
    batch_t *batch = &ahead->batches[slot];
    locnet_json_arena_reset(&batch->arena);
    batch->count = 0;
    while (batch->count < BATCH_ELEMENTS) {
        size_t at = locnet_json_skip_space(source, ahead->at);
        const char *end = NULL;
        cJSON *json = locnet_json_arena_parse(&batch->arena, source->text + at,
                                              source->length - at, &end, NULL);
        if (json == NULL)
            return false;
        locnet_json_value_t *element = &batch->elements[batch->count++];
        element->json = json;
        element->start = at;
        element->end = (size_t)(end - source->text);
        /* the check of repeated names, done here, is work the caller's core is spared */
        element->names_checked =
            locnet_json_find_duplicate(json, &element->repeated_name) == LOCNET_OK;
        element->members_placed =  /* and where its fields are written */
            locnet_json_member_values(source->text, at, element->end, element->member_values,
                                      LOCNET_JSON_MEMBERS);
        at = locnet_json_skip_space(source, element->end);
        if (at >= source->length || source->text[at] != ',')
            return false;
        ahead->at = at + 1;
    }
    return true;
}

locnet_json_ahead_t *locnet_json_ahead_start(const locnet_text_source_t *source, size_t at)
{
    if (at >= source->length || source->length - at < AHEAD_FROM ||
        locnet_chunks_processors() < 2)
        return NULL;
    locnet_json_ahead_t *ahead = calloc(1, sizeof *ahead);
    if (ahead == NULL)
        return NULL;
    ahead->source = source;
    ahead->at = at;
    for (int i = 0; i < LOCNET_BATCH_RING_SIZE; i++)
        locnet_json_arena_init(&ahead->batches[i].arena);
    if ((ahead->ring = locnet_batch_ring_start(fill, ahead)) == NULL) {
        locnet_json_ahead_stop(ahead);
        return NULL;
    }
    return ahead;
}

bool locnet_json_ahead_take(locnet_json_ahead_t *ahead, size_t start, locnet_json_value_t *value)
{
    if (ahead == NULL || ahead->finished)
        return false;
    while (ahead->reading == NULL || ahead->next == ahead->reading->count) {
        int slot = locnet_batch_ring_next(ahead->ring);
        if (slot < 0) {
            ahead->finished = true;  /* no parse of the thread's runs any more */
            return false;
        }
        ahead->reading = &ahead->batches[slot];
        ahead->next = 0;
    }
    if (ahead->reading->elements[ahead->next].start != start) {
        locnet_batch_ring_halt(ahead->ring);  /* out of step: the caller goes on alone */
        ahead->finished = true;
        return false;
    }
    *value = ahead->reading->elements[ahead->next++];
    return true;
}

void locnet_json_ahead_stop(locnet_json_ahead_t *ahead)
{
    if (ahead == NULL)
        return;
    locnet_batch_ring_free(ahead->ring);
    for (int i = 0; i < LOCNET_BATCH_RING_SIZE; i++)
        locnet_json_arena_destroy(&ahead->batches[i].arena);
    free(ahead);
}
