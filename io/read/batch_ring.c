/* io/read/batch_ring.c: counters of batches filled and given back, under one lock and one
 * condition. */
#include "io/read/batch_ring.h"

#include <pthread.h>
#include <stdlib.h>

#include "io/read/json_arena.h"

struct locnet_batch_ring {
    locnet_batch_fill_t *fill;
    void *context;
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t changed;
    unsigned long filled;    /* batches handed over by the thread, from the start (under lock) */
    unsigned long consumed;  /* batches given back by the caller, from the start (under lock) */
    bool done;               /* the thread has filled its last batch (under lock) */
    bool stop;               /* the caller asks the thread to stop (under lock) */
    bool holding;            /* the caller holds batch consumed % size */
    bool halted;             /* the thread is joined */
};

static void *run(void *data)
{
    locnet_batch_ring_t *ring = data;
    for (bool more = true; more;) {
        pthread_mutex_lock(&ring->lock);
        while (ring->filled - ring->consumed == LOCNET_BATCH_RING_SIZE && !ring->stop)
            pthread_cond_wait(&ring->changed, &ring->lock);
        bool stop = ring->stop;
        int slot = (int)(ring->filled % LOCNET_BATCH_RING_SIZE);
        pthread_mutex_unlock(&ring->lock);
        if (stop)
            break;
        more = ring->fill(ring->context, slot);
        pthread_mutex_lock(&ring->lock);
        ring->filled++;
        ring->done = !more;
        pthread_cond_broadcast(&ring->changed);
        pthread_mutex_unlock(&ring->lock);
    }
    return NULL;
}

locnet_batch_ring_t *locnet_batch_ring_start(locnet_batch_fill_t *fill, void *context)
{
    locnet_batch_ring_t *ring = calloc(1, sizeof *ring);
    if (ring == NULL)
        return NULL;
    if (!locnet_json_arena_share(true)) {  /* without the tuning there is no thread */
        free(ring);
        return NULL;
    }
    ring->fill = fill;
    ring->context = context;
    bool lock = pthread_mutex_init(&ring->lock, NULL) == 0;
    bool condition = lock && pthread_cond_init(&ring->changed, NULL) == 0;
    if (condition && pthread_create(&ring->thread, NULL, run, ring) == 0)
        return ring;
    if (condition)
        pthread_cond_destroy(&ring->changed);
    if (lock)
        pthread_mutex_destroy(&ring->lock);
    locnet_json_arena_share(false);
    free(ring);
    return NULL;
}

int locnet_batch_ring_next(locnet_batch_ring_t *ring)
{
    if (ring->halted)
        return -1;
    pthread_mutex_lock(&ring->lock);
    if (ring->holding) {  /* given back: the thread may fill it again */
        ring->consumed++;
        ring->holding = false;
        pthread_cond_broadcast(&ring->changed);
    }
    while (ring->filled == ring->consumed && !ring->done)
        pthread_cond_wait(&ring->changed, &ring->lock);
    ring->holding = ring->filled != ring->consumed;
    int slot = ring->holding ? (int)(ring->consumed % LOCNET_BATCH_RING_SIZE) : -1;
    pthread_mutex_unlock(&ring->lock);
    return slot;
}

void locnet_batch_ring_halt(locnet_batch_ring_t *ring)
{
    if (ring == NULL || ring->halted)
        return;
    pthread_mutex_lock(&ring->lock);
    ring->stop = true;
    pthread_cond_broadcast(&ring->changed);
    pthread_mutex_unlock(&ring->lock);
    pthread_join(ring->thread, NULL);
    ring->halted = true;
}

void locnet_batch_ring_free(locnet_batch_ring_t *ring)
{
    if (ring == NULL)
        return;
    locnet_batch_ring_halt(ring);
    locnet_json_arena_share(false);
    pthread_cond_destroy(&ring->changed);
    pthread_mutex_destroy(&ring->lock);
    free(ring);
}
