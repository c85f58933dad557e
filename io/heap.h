/* io/heap.h: preparing the process heap before a large load. */
#ifndef LOCNET_HEAP_H
#define LOCNET_HEAP_H

#include <stddef.h>

/* Makes room at the top of malloc's heap for about `bytes` of allocations and asks the kernel to
 * back it with transparent huge pages; a second thread then faults in the first `ready` bytes
 * of it. Fresh memory is slow to touch on small virtual machines (a page fault every 4 KB, each
 * page zeroed by the kernel), and loading a network is mostly fresh memory: huge pages make one
 * fault every 2 MB, and the second thread does the kernel's zeroing on the other core while the
 * load parses. Does nothing the second time, or where it does not apply (another C library, a
 * kernel without transparent huge pages, a sanitizer), and unless the program opted in
 * (io/tuning.h). */
void locnet_heap_reserve(size_t bytes, size_t ready);

#endif
