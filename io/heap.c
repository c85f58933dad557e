/* io/heap.c: with glibc, every allocation taken from the heap, and the heap grown at once over
 * the expected size and advised. */
#define _DEFAULT_SOURCE 1  /* madvise, MADV_HUGEPAGE */
#include "io/heap.h"

#include <stdint.h>
#include <stdlib.h>

#if defined(__GLIBC__) && defined(__linux__) && !defined(__SANITIZE_ADDRESS__)
#include <malloc.h>
#include <sys/mman.h>
#define LOCNET_HEAP_CAN_RESERVE 1
#endif

#define HUGE_PAGE ((uintptr_t)2 << 20)
#define SMALLEST_RESERVE ((size_t)64 << 20)

void locnet_heap_reserve(size_t bytes)
{
#if defined(LOCNET_HEAP_CAN_RESERVE) && defined(MADV_HUGEPAGE)
    static int done;
    if (done || bytes < SMALLEST_RESERVE)
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
#else
    (void)bytes;
#endif
}
