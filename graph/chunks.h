/* graph/chunks.h: work split into numbered chunks, run by worker processes or in this process,
 * each chunk's result handed back in chunk order.
 *
 * Debian's igraph 0.10 is built without thread safety (IGRAPH_THREAD_SAFE 0: its error stack,
 * RNG and caches are global), so parallel igraph calls need processes: each worker is a fork()
 * of this process, sees the graph through copy-on-write memory, takes the next chunk number
 * from a counter in shared memory, and sends the chunk's result back through a pipe. Results
 * are collected in chunk order whatever the number of workers, so a computation that depends
 * only on how the work is cut into chunks gives the same bits with 1 worker or 16. */
#ifndef LOCNET_CHUNKS_H
#define LOCNET_CHUNKS_H

#include <igraph/igraph.h>

#include "locnet/status.h"

/* Computes chunk number chunk into result (initialised, any size on entry; resize it). Runs in
 * a worker process: it may read everything this process had when the work started, and what it
 * writes anywhere but result is lost. */
typedef igraph_error_t locnet_chunk_compute_t(void *context, igraph_integer_t chunk,
                                              igraph_vector_t *result);
/* Takes chunk number chunk's result, in this process; chunks arrive in order 0, 1, 2, ... */
typedef void locnet_chunk_collect_t(void *context, igraph_integer_t chunk,
                                    const igraph_vector_t *result);

typedef struct locnet_chunk_work {
    igraph_integer_t chunks;          /* how many chunks, at least 1 */
    locnet_chunk_compute_t *compute;
    locnet_chunk_collect_t *collect;
    void *context;                    /* passed to compute and collect */
    const char *progress;             /* igraph_progress() message after each chunk; NULL: none */
} locnet_chunk_work_t;

/* Runs work on up to jobs worker processes (never more than there are chunks); with jobs <= 1,
 * one chunk, or no worker that could be started, in this process. Workers report no progress
 * of their own and are all ended and waited for before this returns. Returns LOCNET_OK,
 * LOCNET_ENOMEM, or LOCNET_EINTERNAL when a chunk failed or a worker died; on failure the
 * chunks collected so far stay collected. */
locnet_status_t locnet_chunks_run(const locnet_chunk_work_t *work, int jobs);

/* The number of processors online (at least 1): the default number of jobs. */
int locnet_chunks_processors(void);

/* How many items (sources, localities) to put in each chunk when each item costs about
 * item_cost steps: chunks of at least a million steps, at most 64 chunks. Depends on its
 * arguments only, never on the number of jobs. */
igraph_integer_t locnet_chunks_size(igraph_integer_t items, igraph_integer_t item_cost);

#endif
