/* graph/id_index.h: a hash map from text keys (locality ids, source ids) to small integers. */
#ifndef LOCNET_ID_INDEX_H
#define LOCNET_ID_INDEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "graph/network.h"
#include "locnet/status.h"

/* A slot: 32 bytes. Keys of up to 15 bytes are kept in the slot itself, so that a look-up reads
 * one place in memory; longer ones are owned copies. */
typedef struct locnet_id_slot {
    uint64_t hash;    /* never 0; 0 when the slot is free */
    int64_t value;
    union {
        char text[16];  /* a short key, NUL-terminated (text[15] is then 0) */
        char *copy;     /* a long key; text[15] is then 1 */
    } key;
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
/* Inserts every locality id of net with its vertex number (a repeated id keeps its first).
 * Returns LOCNET_ENOMEM (the index may then hold a part) or LOCNET_OK. */
locnet_status_t locnet_id_index_localities(locnet_id_index_t *index, const locnet_network_t *net);

#endif
