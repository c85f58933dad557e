/* graph/id_index.c: open addressing with linear probing, FNV-1a hashes, load factor <= 1/2. */
#include "graph/id_index.h"

#include <stdlib.h>
#include <string.h>

#define SHORT_KEY 15

static uint64_t hash_key(const char *key)
{
    uint64_t hash = 1469598103934665603ULL;
    for (const unsigned char *p = (const unsigned char *)key; *p; p++) {
        hash ^= *p;
        hash *= 1099511628211ULL;
    }
    return hash | 1;  /* 0 marks a free slot */
}

static bool is_long(const locnet_id_slot_t *slot)
{
    return slot->key.text[SHORT_KEY] != 0;
}

static const char *slot_key(const locnet_id_slot_t *slot)
{
    return is_long(slot) ? slot->key.copy : slot->key.text;
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
    for (size_t i = 0; i < index->capacity; i++) {
        if (index->slots[i].hash != 0 && is_long(&index->slots[i]))
            free(index->slots[i].key.copy);
    }
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
        if (slot->hash == 0 || (slot->hash == hash && strcmp(slot_key(slot), key) == 0))
            return slot;
    }
}

bool locnet_id_index_find(const locnet_id_index_t *index, const char *key, int64_t *value)
{
    if (index->capacity == 0)
        return false;
    const locnet_id_slot_t *slot = probe(index->slots, index->capacity, key, hash_key(key));
    if (slot->hash == 0)
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
        if (old->hash != 0)
            *probe(slots, capacity, slot_key(old), old->hash) = *old;
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
    if (slot->hash != 0) {
        if (existing != NULL)
            *existing = slot->value;
        return LOCNET_EDATA;
    }
    size_t length = strlen(key);
    if (length <= SHORT_KEY) {
        memcpy(slot->key.text, key, length + 1);
    } else {
        if ((slot->key.copy = strdup(key)) == NULL)
            return LOCNET_ENOMEM;
        slot->key.text[SHORT_KEY] = 1;
    }
    slot->hash = hash;
    slot->value = value;
    index->count++;
    return LOCNET_OK;
}

locnet_status_t locnet_id_index_localities(locnet_id_index_t *index, const locnet_network_t *net)
{
    for (igraph_integer_t v = 0; v < locnet_locality_count(net); v++) {
        if (locnet_id_index_insert(index, locnet_locality_text(net, LOCNET_V_ID, v), v, NULL) ==
            LOCNET_ENOMEM)
            return LOCNET_ENOMEM;
    }
    return LOCNET_OK;
}
