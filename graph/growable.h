/* graph/growable.h: room for one more item in a C array that grows by doubling. */
#ifndef LOCNET_GROWABLE_H
#define LOCNET_GROWABLE_H

#include <stddef.h>

#include "locnet/status.h"

/* Makes sure *items (an array of *capacity items of item_size bytes, or NULL) has room for
 * count + 1 items, doubling its capacity (at least 8) when needed. On failure nothing changes
 * and LOCNET_ENOMEM is returned. */
locnet_status_t locnet_grow(void **items, size_t *capacity, size_t count, size_t item_size);

/* The same for a typed array pointer: LOCNET_GROW(&array, &capacity, count). */
#define LOCNET_GROW(items, capacity, count) \
    locnet_grow((void **)(items), (capacity), (count), sizeof **(items))

#endif
