/* graph/id_index.c: open addressing with linear probing, FNV-1a hashes, load factor <= 1/2. */
#include "graph/id_index.h"

#include <stdlib.h>
#include <string.h>

static uint64_t hash_key(const char *key)
{
    uint64_t hash = 1469598103934665603ULL;
    for (const unsigned char *p = (const unsigned char *)key; *p; p++) {
        hash ^= *p;
        hash *= 1099511628211ULL;
    }
    return hash;
}

void locnet_id_index_init(locnet_id_index_t *index)
{
    index->slots = NULL;
    index->capacity = 0;
    index->count = 0;
}

void locnet_id_index_destroy(locnet_id_index_t *index)
{
    if (index == NULL)
        return;
    for (size_t i = 0; i < index->capacity; i++)
        free(index->slots[i].key);
    free(index->slots);
    locnet_id_index_init(index);
}

/* The slot holding key, or the free slot where it would go. capacity must be non-zero. */
static locnet_id_slot_t *probe(locnet_id_slot_t *slots, size_t capacity, const char *key,
                               uint64_t hash)
{
    size_t mask = capacity - 1;
    for (size_t i = (size_t)hash & mask;; i = (i + 1) & mask) {
        locnet_id_slot_t *slot = &slots[i];
        if (slot->key == NULL || (slot->hash == hash && strcmp(slot->key, key) == 0))
            return slot;
    }
}

bool locnet_id_index_find(const locnet_id_index_t *index, const char *key, int64_t *value)
{
    if (index->capacity == 0)
        return false;
    const locnet_id_slot_t *slot = probe(index->slots, index->capacity, key, hash_key(key));
    if (slot->key == NULL)
        return false;
    if (value != NULL)
        *value = slot->value;
    return true;
}

static locnet_status_t grow(locnet_id_index_t *index)
{
    size_t capacity = index->capacity ? index->capacity * 2 : 64;
    locnet_id_slot_t *slots = calloc(capacity, sizeof *slots);
    if (slots == NULL)
        return LOCNET_ENOMEM;
    for (size_t i = 0; i < index->capacity; i++) {
        locnet_id_slot_t *old = &index->slots[i];
        if (old->key != NULL)
            *probe(slots, capacity, old->key, old->hash) = *old;
    }
    free(index->slots);
    index->slots = slots;
    index->capacity = capacity;
    return LOCNET_OK;
}

locnet_status_t locnet_id_index_insert(locnet_id_index_t *index, const char *key, int64_t value,
                                       int64_t *existing)
{
    if (2 * (index->count + 1) > index->capacity && grow(index) != LOCNET_OK)
        return LOCNET_ENOMEM;
    uint64_t hash = hash_key(key);
    locnet_id_slot_t *slot = probe(index->slots, index->capacity, key, hash);
    if (slot->key != NULL) {
        if (existing != NULL)
            *existing = slot->value;
        return LOCNET_EDATA;
    }
    slot->key = strdup(key);
    if (slot->key == NULL)
        return LOCNET_ENOMEM;
    slot->hash = hash;
    slot->value = value;
    index->count++;
    return LOCNET_OK;
}
