/* io/read/json_ahead.c: a parsing thread filling batches of parsed elements, and the caller
 * taking them in order: a ring of BATCHES batches, each with an arena of its own, handed over
 * under one lock. */
#include "io/read/json_ahead.h"

#include <pthread.h>
#include <stdlib.h>

#include "graph/chunks.h"
#include "io/read/json_arena.h"
#include "io/read/json_duplicates.h"

#define BATCHES 4
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
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t changed;
    batch_t batches[BATCHES];
    size_t filled;         /* batches handed over by the thread, from the start (under lock) */
    size_t consumed;       /* batches given back by the caller, from the start (under lock) */
    bool done;             /* the thread has parsed its last element (under lock) */
    bool stop;             /* the caller asks the thread to stop (under lock) */
    bool reading;          /* the caller holds batches[consumed % BATCHES] */
    size_t next;           /* the caller's next element in it */
    bool halted;           /* the thread is joined */
};

/* Parses elements into batch until it is full (true) or the array does not go on with ','
 * (false: its end, or something for the caller to report). */
static bool fill(locnet_json_ahead_t *ahead, batch_t *batch)
{
    const locnet_text_source_t *source = ahead->source;
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

static void *parse_ahead(void *data)
{
    locnet_json_ahead_t *ahead = data;
    for (bool more = true; more;) {
        pthread_mutex_lock(&ahead->lock);
        while (ahead->filled - ahead->consumed == BATCHES && !ahead->stop)
            pthread_cond_wait(&ahead->changed, &ahead->lock);
        bool stop = ahead->stop;
        size_t slot = ahead->filled % BATCHES;
        pthread_mutex_unlock(&ahead->lock);
        if (stop)
            break;
        more = fill(ahead, &ahead->batches[slot]);
        pthread_mutex_lock(&ahead->lock);
        ahead->filled++;
        ahead->done = !more;
        pthread_cond_broadcast(&ahead->changed);
        pthread_mutex_unlock(&ahead->lock);
    }
    return NULL;
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
    for (int i = 0; i < BATCHES; i++)
        locnet_json_arena_init(&ahead->batches[i].arena);
    if (pthread_mutex_init(&ahead->lock, NULL) != 0) {
        free(ahead);
        return NULL;
    }
    if (pthread_cond_init(&ahead->changed, NULL) != 0) {
        pthread_mutex_destroy(&ahead->lock);
        free(ahead);
        return NULL;
    }
    /* the hooks stay in place while the thread runs; without the tuning there is no thread */
    if (!locnet_json_arena_share(true) ||
        pthread_create(&ahead->thread, NULL, parse_ahead, ahead) != 0) {
        ahead->halted = true;
        locnet_json_ahead_stop(ahead);
        return NULL;
    }
    return ahead;
}

/* Stops the thread and waits for it: no cJSON call of its own runs afterwards. */
static void halt(locnet_json_ahead_t *ahead)
{
    if (ahead->halted)
        return;
    pthread_mutex_lock(&ahead->lock);
    ahead->stop = true;
    pthread_cond_broadcast(&ahead->changed);
    pthread_mutex_unlock(&ahead->lock);
    pthread_join(ahead->thread, NULL);
    ahead->halted = true;
}

/* Waits for the next batch; false when the thread is done and every batch was taken. */
static bool next_batch(locnet_json_ahead_t *ahead)
{
    pthread_mutex_lock(&ahead->lock);
    while (ahead->filled == ahead->consumed && !ahead->done)
        pthread_cond_wait(&ahead->changed, &ahead->lock);
    bool have = ahead->filled != ahead->consumed;
    pthread_mutex_unlock(&ahead->lock);
    ahead->reading = have;
    ahead->next = 0;
    return have;
}

bool locnet_json_ahead_take(locnet_json_ahead_t *ahead, size_t start, locnet_json_value_t *value)
{
    if (ahead == NULL || ahead->halted)
        return false;
    for (;;) {
        if (!ahead->reading && !next_batch(ahead))
            return false;  /* the thread is done: no parse of its own runs any more */
        const batch_t *batch = &ahead->batches[ahead->consumed % BATCHES];
        if (ahead->next < batch->count) {
            if (batch->elements[ahead->next].start != start) {
                halt(ahead);  /* out of step: the caller goes on alone */
                return false;
            }
            *value = batch->elements[ahead->next++];
            return true;
        }
        pthread_mutex_lock(&ahead->lock);  /* this batch is read: the thread may refill it */
        ahead->consumed++;
        pthread_cond_broadcast(&ahead->changed);
        pthread_mutex_unlock(&ahead->lock);
        ahead->reading = false;
    }
}

void locnet_json_ahead_stop(locnet_json_ahead_t *ahead)
{
    if (ahead == NULL)
        return;
    halt(ahead);
    locnet_json_arena_share(false);
    for (int i = 0; i < BATCHES; i++)
        locnet_json_arena_destroy(&ahead->batches[i].arena);
    pthread_cond_destroy(&ahead->changed);
    pthread_mutex_destroy(&ahead->lock);
    free(ahead);
}
