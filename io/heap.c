/* io/heap.c: with glibc, blocks taken from the top of the heap, advised, then given back. */
#define _DEFAULT_SOURCE 1  /* madvise, MADV_HUGEPAGE */
#include "io/heap.h"

#include <stdint.h>
#include <stdlib.h>

#if defined(__GLIBC__) && defined(__linux__) && !defined(__SANITIZE_ADDRESS__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#define LOCNET_HEAP_CAN_RESERVE 1
#endif

#define HUGE_PAGE ((uintptr_t)2 << 20)
#define BLOCK ((size_t)30 << 20)  /* under glibc's largest mmap threshold, 32 MB */
#define MAX_BLOCKS 128

void locnet_heap_reserve(size_t bytes)
{
#ifdef LOCNET_HEAP_CAN_RESERVE
#ifdef MADV_HUGEPAGE
    static int done;
    if (done || bytes < BLOCK)
        return;
    done = 1;
    /* Blocks this large come from the heap (brk) only under a raised mmap threshold; freed, they
     * join the top of the heap, which a raised trim threshold keeps for later allocations. */
    if (mallopt(M_MMAP_THRESHOLD, (int)BLOCK + 4096) == 0 ||
        mallopt(M_TRIM_THRESHOLD, (int)(BLOCK * 8)) == 0)
        return;
    void *blocks[MAX_BLOCKS];
    size_t count = 0;
    for (; count < MAX_BLOCKS && count * BLOCK < bytes; count++) {
        if ((blocks[count] = malloc(BLOCK)) == NULL)
            break;
        uintptr_t start = ((uintptr_t)blocks[count] + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
        uintptr_t end = ((uintptr_t)blocks[count] + BLOCK) & ~(HUGE_PAGE - 1);
        if (end > start)
            madvise((void *)start, end - start, MADV_HUGEPAGE);
    }
    while (count > 0)
        free(blocks[--count]);
#endif
#else
    (void)bytes;
#endif
}
