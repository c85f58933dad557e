/* graph/chunks.c: a pool of forked workers fed from a shared counter; results come back through
 * one pipe per worker as a header and the values, and wait in a table until their turn. */
#include "graph/chunks.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_CHUNKS 64
#define MIN_CHUNK_STEPS 1000000
#define MAX_WORKERS 256

/* What a worker sends before each result's values. */
typedef struct message {
    int64_t chunk;
    int64_t status;  /* IGRAPH_SUCCESS, or the igraph error */
    int64_t length;  /* values that follow */
} message_t;

typedef struct pool {
    const locnet_chunk_work_t *work;
    int workers;
    pid_t pids[MAX_WORKERS];
    int fds[MAX_WORKERS];          /* read ends; -1 once closed */
    atomic_llong *next_chunk;      /* shared with the workers */
    igraph_vector_t **pending;     /* per chunk: its result until collected */
    igraph_integer_t collected;
} pool_t;

int locnet_chunks_processors(void)
{
    long count = sysconf(_SC_NPROCESSORS_ONLN);
    return count < 1 ? 1 : count > MAX_WORKERS ? MAX_WORKERS : (int)count;
}

igraph_integer_t locnet_chunks_size(igraph_integer_t items, igraph_integer_t item_cost)
{
    igraph_integer_t by_count = (items + MAX_CHUNKS - 1) / MAX_CHUNKS;
    igraph_integer_t by_cost = MIN_CHUNK_STEPS / (item_cost > 0 ? item_cost : 1) + 1;
    igraph_integer_t size = by_count > by_cost ? by_count : by_cost;
    return size > 0 ? size : 1;
}

static void report_progress(const locnet_chunk_work_t *work, igraph_integer_t done)
{
    if (work->progress != NULL)
        igraph_progress(work->progress, 100.0 * (double)done / (double)work->chunks, NULL);
}

/* Every chunk in order, in this process. */
static locnet_status_t run_here(const locnet_chunk_work_t *work)
{
    igraph_vector_t result;
    if (igraph_vector_init(&result, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    locnet_status_t status = LOCNET_OK;
    report_progress(work, 0);
    for (igraph_integer_t chunk = 0; chunk < work->chunks; chunk++) {
        igraph_error_t error = work->compute(work->context, chunk, &result);
        if (error != IGRAPH_SUCCESS) {
            status = error == IGRAPH_ENOMEM ? LOCNET_ENOMEM : LOCNET_EINTERNAL;
            break;
        }
        work->collect(work->context, chunk, &result);
        report_progress(work, chunk + 1);
    }
    igraph_vector_destroy(&result);
    return status;
}

static bool write_all(int fd, const void *data, size_t size)
{
    const char *at = data;
    while (size > 0) {
        ssize_t written = write(fd, at, size);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        at += written;
        size -= (size_t)written;
    }
    return true;
}

/* 1: read all, 0: end of file before the first byte, -1: failure or a cut message. */
static int read_all(int fd, void *data, size_t size)
{
    char *at = data;
    size_t left = size;
    while (left > 0) {
        ssize_t got = read(fd, at, left);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return got == 0 && left == size ? 0 : -1;
        at += got;
        left -= (size_t)got;
    }
    return 1;
}

/* A worker's life: chunks from the shared counter until none is left. Never returns. */
static void work_in_child(pool_t *pool, int fd)
{
    const locnet_chunk_work_t *work = pool->work;
    igraph_set_progress_handler(NULL);
    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_vector_t result;
    int code = 0;
    if (igraph_vector_init(&result, 0) != IGRAPH_SUCCESS)
        _exit(1);
    for (;;) {
        long long chunk = atomic_fetch_add(pool->next_chunk, 1);
        if (chunk >= work->chunks)
            break;
        igraph_error_t error = work->compute(work->context, (igraph_integer_t)chunk, &result);
        message_t message = {chunk, error, error == IGRAPH_SUCCESS ? igraph_vector_size(&result) : 0};
        if (!write_all(fd, &message, sizeof message) ||
            !write_all(fd, VECTOR(result), (size_t)message.length * sizeof(igraph_real_t)) ||
            error != IGRAPH_SUCCESS) {
            code = 1;
            break;
        }
    }
    igraph_vector_destroy(&result);
    _exit(code);
}

/* Starts up to count workers; pool->workers says how many started. */
static void start_workers(pool_t *pool, int count)
{
    for (int w = 0; w < count; w++) {
        int ends[2];
        if (pipe(ends) != 0)
            return;
        pid_t pid = fork();
        if (pid < 0) {
            close(ends[0]);
            close(ends[1]);
            return;
        }
        if (pid == 0) {
            for (int other = 0; other < pool->workers; other++)
                close(pool->fds[other]);
            close(ends[0]);
            work_in_child(pool, ends[1]);
        }
        close(ends[1]);
        pool->pids[pool->workers] = pid;
        pool->fds[pool->workers] = ends[0];
        pool->workers++;
    }
}

/* Reads one message from worker w into the pending table and collects what is now in turn.
 * Returns LOCNET_OK (also at the worker's end of file) or the failure. */
static locnet_status_t receive(pool_t *pool, int w)
{
    message_t message;
    int got = read_all(pool->fds[w], &message, sizeof message);
    if (got == 0) {
        close(pool->fds[w]);
        pool->fds[w] = -1;
        return LOCNET_OK;
    }
    if (got < 0 || message.status != IGRAPH_SUCCESS || message.chunk < 0 ||
        message.chunk >= pool->work->chunks || pool->pending[message.chunk] != NULL ||
        message.length < 0)
        return got > 0 && message.status == IGRAPH_ENOMEM ? LOCNET_ENOMEM : LOCNET_EINTERNAL;
    igraph_vector_t *result = malloc(sizeof *result);
    if (result == NULL || igraph_vector_init(result, (igraph_integer_t)message.length) != IGRAPH_SUCCESS) {
        free(result);
        return LOCNET_ENOMEM;
    }
    pool->pending[message.chunk] = result;
    if (read_all(pool->fds[w], VECTOR(*result), (size_t)message.length * sizeof(igraph_real_t)) != 1)
        return LOCNET_EINTERNAL;
    const locnet_chunk_work_t *work = pool->work;
    while (pool->collected < work->chunks && pool->pending[pool->collected] != NULL) {
        igraph_vector_t *ready = pool->pending[pool->collected];
        work->collect(work->context, pool->collected, ready);
        igraph_vector_destroy(ready);
        free(ready);
        pool->pending[pool->collected++] = NULL;
        report_progress(work, pool->collected);
    }
    return LOCNET_OK;
}

/* Waits for messages until every worker has closed its pipe. */
static locnet_status_t receive_all(pool_t *pool)
{
    struct pollfd polled[MAX_WORKERS];
    for (;;) {
        int open = 0;
        for (int w = 0; w < pool->workers; w++) {
            if (pool->fds[w] >= 0)
                polled[open++] = (struct pollfd){.fd = pool->fds[w], .events = POLLIN};
        }
        if (open == 0)
            return pool->collected == pool->work->chunks ? LOCNET_OK : LOCNET_EINTERNAL;
        if (poll(polled, (nfds_t)open, -1) < 0) {
            if (errno == EINTR)
                continue;
            return LOCNET_EINTERNAL;
        }
        for (int p = 0; p < open; p++) {
            if (polled[p].revents == 0)
                continue;
            int w = 0;
            while (pool->fds[w] != polled[p].fd)
                w++;
            locnet_status_t status = receive(pool, w);
            if (status != LOCNET_OK)
                return status;
        }
    }
}

/* Ends the workers (at once after a failure), waits for them, closes the pipes. Returns
 * LOCNET_EINTERNAL if a worker did not exit cleanly. */
static locnet_status_t stop_workers(pool_t *pool, bool failed)
{
    locnet_status_t status = LOCNET_OK;
    for (int w = 0; w < pool->workers; w++) {
        if (failed)
            kill(pool->pids[w], SIGKILL);
        if (pool->fds[w] >= 0)
            close(pool->fds[w]);
        int code = 0;
        pid_t waited;
        while ((waited = waitpid(pool->pids[w], &code, 0)) < 0 && errno == EINTR)
            continue;
        /* waited < 0: SIGCHLD ignored by the program, the worker already reaped */
        if (!failed && waited > 0 && !(WIFEXITED(code) && WEXITSTATUS(code) == 0))
            status = LOCNET_EINTERNAL;
    }
    return status;
}

locnet_status_t locnet_chunks_run(const locnet_chunk_work_t *work, int jobs)
{
    if (jobs <= 1 || work->chunks <= 1)
        return run_here(work);
    pool_t pool = {.work = work};
    locnet_status_t status = LOCNET_ENOMEM;
    pool.pending = calloc((size_t)work->chunks, sizeof *pool.pending);
    pool.next_chunk = mmap(NULL, sizeof *pool.next_chunk, PROT_READ | PROT_WRITE,
                           MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (pool.pending == NULL || pool.next_chunk == MAP_FAILED)
        goto cleanup;
    atomic_init(pool.next_chunk, 0);
    report_progress(work, 0);
    if (jobs > MAX_WORKERS)
        jobs = MAX_WORKERS;
    start_workers(&pool, jobs < work->chunks ? jobs : (int)work->chunks);
    if (pool.workers == 0) {
        status = run_here(work);
        goto cleanup;
    }
    status = receive_all(&pool);
    locnet_status_t stopped = stop_workers(&pool, status != LOCNET_OK);
    if (status == LOCNET_OK)
        status = stopped;
cleanup:
    for (igraph_integer_t chunk = 0; pool.pending != NULL && chunk < work->chunks; chunk++) {
        if (pool.pending[chunk] != NULL)
            igraph_vector_destroy(pool.pending[chunk]);
        free(pool.pending[chunk]);
    }
    free(pool.pending);
    if (pool.next_chunk != NULL && pool.next_chunk != MAP_FAILED)
        munmap(pool.next_chunk, sizeof *pool.next_chunk);
    return status;
}
