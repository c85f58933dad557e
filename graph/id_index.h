/* graph/id_index.h: a hash map from text keys (locality ids, source ids) to small integers. */
#ifndef LOCNET_ID_INDEX_H
#define LOCNET_ID_INDEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "graph/status.h"

typedef struct locnet_id_slot {
    char *key;        /* owned copy; NULL when the slot is free */
    uint64_t hash;
    int64_t value;
} locnet_id_slot_t;

typedef struct locnet_id_index {
    locnet_id_slot_t *slots;
    size_t capacity;  /* a power of two, or 0 */
    size_t count;
} locnet_id_index_t;

/* Makes an empty index. Never fails. */
void locnet_id_index_init(locnet_id_index_t *index);
/* Frees the index and its key copies; accepts NULL. */
void locnet_id_index_destroy(locnet_id_index_t *index);
/* Looks key up; on success stores its value in *value (may be NULL) and returns true. */
bool locnet_id_index_find(const locnet_id_index_t *index, const char *key, int64_t *value);
/* Inserts key with value. If key is already present, leaves the index unchanged, stores the
 * existing value in *existing (may be NULL) and returns LOCNET_EDATA. */
locnet_status_t locnet_id_index_insert(locnet_id_index_t *index, const char *key, int64_t value,
                                       int64_t *existing);

#endif
