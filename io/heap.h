/* io/heap.h: preparing the process heap before a large load. */
#ifndef LOCNET_HEAP_H
#define LOCNET_HEAP_H

#include <stddef.h>

/* Makes room at the top of malloc's heap for about `bytes` of small allocations and asks the
 * kernel to back it with transparent huge pages. Fresh memory is slow to touch on small virtual
 * machines (a page fault every 4 KB); huge pages make one fault every 2 MB, and loading a
 * network is mostly fresh memory. Only the pages used are ever touched. Does nothing where it
 * does not apply (another C library, a kernel without transparent huge pages, a sanitizer). */
void locnet_heap_reserve(size_t bytes);

#endif
