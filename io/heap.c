/* io/heap.c: with glibc, every allocation taken from the heap, the heap grown at once over the
 * expected size and advised, and its first part made ready by a second thread. */
#define _DEFAULT_SOURCE 1  /* madvise, MADV_HUGEPAGE, MADV_POPULATE_WRITE */
#include "io/heap.h"

#include "io/tuning.h"

#include <stdint.h>
#include <stdlib.h>

#if defined(__GLIBC__) && defined(__linux__) && !defined(__SANITIZE_ADDRESS__)
#include <malloc.h>
#include <pthread.h>
#include <sys/mman.h>
#define LOCNET_HEAP_CAN_RESERVE 1
#endif

#define HUGE_PAGE ((uintptr_t)2 << 20)
#define SMALLEST_RESERVE ((size_t)64 << 20)
#define POPULATE_STEP ((size_t)32 << 20)

#if defined(LOCNET_HEAP_CAN_RESERVE) && defined(MADV_HUGEPAGE)
typedef struct range {
    uintptr_t start;
    uintptr_t end;
} range_t;

/* Faults the range in, writable, without writing to it: the kernel's zeroing of fresh pages
 * happens here, on the other core, while the loading thread parses. Safe while that thread
 * uses the memory, since nothing is written. Stops where the kernel cannot do it. */
static void *populate(void *data)
{
#ifdef MADV_POPULATE_WRITE
    const range_t *range = data;
    for (uintptr_t at = range->start; at < range->end; at += POPULATE_STEP) {
        size_t length = range->end - at < POPULATE_STEP ? range->end - at : POPULATE_STEP;
        if (madvise((void *)at, length, MADV_POPULATE_WRITE) != 0)
            break;
    }
#else
    (void)data;
#endif
    return NULL;
}
#endif

void locnet_heap_reserve(size_t bytes, size_t ready)
{
#if defined(LOCNET_HEAP_CAN_RESERVE) && defined(MADV_HUGEPAGE)
    static int done;
    static range_t range;  /* static: the thread reads it after this returns */
    if (done || bytes < SMALLEST_RESERVE || !locnet_io_tuned_for_large_loads())
        return;
    done = 1;
    /* Without mmap, large blocks (igraph's vectors, the attribute tables) come from the heap
     * too; freed, the reserve stays at the top of the heap, where the next allocations find it,
     * and the kernel backs what they touch with huge pages. The address range costs nothing
     * until touched; if it cannot be had, malloc goes on as usual. */
    if (mallopt(M_MMAP_MAX, 0) == 0 || mallopt(M_TRIM_THRESHOLD, INT32_MAX) == 0 ||
        mallopt(M_TOP_PAD, (int)SMALLEST_RESERVE) == 0)
        return;
    void *block = malloc(bytes);
    if (block == NULL)
        return;
    uintptr_t start = ((uintptr_t)block + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
    uintptr_t end = ((uintptr_t)block + bytes) & ~(HUGE_PAGE - 1);
    if (end > start)
        madvise((void *)start, end - start, MADV_HUGEPAGE);
    free(block);
    if (ready > 0 && end > start) {
        range.start = start;
        range.end = start + (ready < end - start ? ready : end - start);
        pthread_t thread;
        if (pthread_create(&thread, NULL, populate, &range) == 0)
            pthread_detach(thread);
    }
#else
    (void)bytes;
    (void)ready;
#endif
}
