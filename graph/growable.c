/* graph/growable.c: doubling growth for plain C arrays. */
#include "graph/growable.h"

#include <stdint.h>
#include <stdlib.h>

locnet_status_t locnet_grow(void **items, size_t *capacity, size_t count, size_t item_size)
{
    if (count < *capacity)
        return LOCNET_OK;
    size_t grown = *capacity ? *capacity * 2 : 8;
    if (grown > SIZE_MAX / item_size)
        return LOCNET_ENOMEM;
    void *bigger = realloc(*items, grown * item_size);
    if (bigger == NULL)
        return LOCNET_ENOMEM;
    *items = bigger;
    *capacity = grown;
    return LOCNET_OK;
}
