/* io/read/batch_ring.h: a thread parsing numbered batches ahead of the caller, who takes them in
 * order: the hand-over under one lock shared by the readers that parse ahead (JSON arrays and
 * NDJSON lines). The thread fills a batch only when the caller has given it back, and parses
 * into arenas of its own while cJSON's hooks are shared (io/read/json_arena.h). */
#ifndef LOCNET_BATCH_RING_H
#define LOCNET_BATCH_RING_H

#include <stdbool.h>

/* How many batches the ring holds. */
#define LOCNET_BATCH_RING_SIZE 4

typedef struct locnet_batch_ring locnet_batch_ring_t;

/* Fills batch number slot (0 to LOCNET_BATCH_RING_SIZE - 1) on the ring's thread: true while
 * more may follow, false after the last batch (which is still handed over). */
typedef bool locnet_batch_fill_t(void *context, int slot);

/* Shares cJSON's hooks between the arenas and starts the thread calling fill(context, slot) for
 * one batch after the other. NULL, the hooks as they were, when the program did not opt in to
 * the tuning of io/tuning.h or the thread cannot be started: the caller then does the work. */
locnet_batch_ring_t *locnet_batch_ring_start(locnet_batch_fill_t *fill, void *context);

/* Gives back the batch taken last (if any) and waits for the next one: its slot, or -1 when
 * the thread has filled its last batch and every batch was taken, or was halted. */
int locnet_batch_ring_next(locnet_batch_ring_t *ring);

/* Stops the thread at its next batch and waits for it: afterwards no fill runs. Accepts NULL
 * and a halted ring. */
void locnet_batch_ring_halt(locnet_batch_ring_t *ring);

/* Halts the ring, gives cJSON its hooks back and frees the ring; accepts NULL. */
void locnet_batch_ring_free(locnet_batch_ring_t *ring);

#endif
