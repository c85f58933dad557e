/* io/read/json_arena.c: a chain of blocks, bumped by cJSON's hooks during one parse. */
#include "io/read/json_arena.h"

#include "io/tuning.h"

#include <stdalign.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>

#define ARENA_BLOCK_SIZE ((size_t)64 << 10)

struct locnet_json_arena_block {
    locnet_json_arena_block_t *next;
    size_t used;
    size_t size;
    alignas(max_align_t) unsigned char bytes[];
};

/* The arena that cJSON's hooks allocate from during a parse, one per thread; cJSON's hooks are
 * global, and outside a parse into an arena they are malloc and free. */
static _Thread_local locnet_json_arena_t *current;
/* Whether the hooks stay installed between parses (locnet_json_arena_share). */
static bool shared;

static void *arena_allocate(size_t size)
{
    if (current == NULL)
        return malloc(size);
    const size_t align = alignof(max_align_t);
    size = (size + align - 1) & ~(align - 1);
    locnet_json_arena_block_t *block = current->blocks;
    if (block == NULL || block->size - block->used < size) {
        size_t capacity = size > ARENA_BLOCK_SIZE ? size : ARENA_BLOCK_SIZE;
        block = malloc(sizeof *block + capacity);
        if (block == NULL) {
            current->failed = 1;
            return NULL;
        }
        block->used = 0;
        block->size = capacity;
        block->next = current->blocks;
        current->blocks = block;
    }
    void *memory = block->bytes + block->used;
    block->used += size;
    return memory;
}

static void arena_release(void *memory)
{
    if (current == NULL)
        free(memory);  /* else everything goes at the next reset */
}

static cJSON_Hooks hooks = {arena_allocate, arena_release};

void locnet_json_arena_init(locnet_json_arena_t *arena)
{
    arena->blocks = NULL;
    arena->failed = 0;
    arena->trees = NULL;
    arena->tree_count = 0;
    arena->tree_capacity = 0;
}

/* Deletes the ordinary trees parsed without the tuning. */
static void delete_trees(locnet_json_arena_t *arena)
{
    for (size_t i = 0; i < arena->tree_count; i++)
        cJSON_Delete(arena->trees[i]);
    arena->tree_count = 0;
}

/* Without the tuning: an ordinary parse, the tree kept for the next reset. */
static cJSON *parse_plain(locnet_json_arena_t *arena, const char *text, size_t length,
                          const char **end, int *out_of_memory)
{
    const char *stop = NULL;
    if (out_of_memory != NULL)
        *out_of_memory = 0;
    if (arena->tree_count == arena->tree_capacity) {
        size_t capacity = arena->tree_capacity > 0 ? 2 * arena->tree_capacity : 16;
        cJSON **trees = realloc(arena->trees, capacity * sizeof *trees);
        if (trees == NULL) {
            if (out_of_memory != NULL)
                *out_of_memory = 1;
            return NULL;
        }
        arena->trees = trees;
        arena->tree_capacity = capacity;
    }
    cJSON *json = cJSON_ParseWithLengthOpts(text, length, &stop, 0);
    if (end != NULL)
        *end = stop;
    if (json != NULL)
        arena->trees[arena->tree_count++] = json;
    /* cJSON does not tell a failed allocation from a syntax error without hooks of its own: an
     * allocation that fails here is reported at the position where the parse stopped */
    return json;
}

void locnet_json_arena_destroy(locnet_json_arena_t *arena)
{
    if (arena == NULL)
        return;
    while (arena->blocks != NULL) {
        locnet_json_arena_block_t *next = arena->blocks->next;
        free(arena->blocks);
        arena->blocks = next;
    }
    arena->failed = 0;
    delete_trees(arena);
    free(arena->trees);
    arena->trees = NULL;
    arena->tree_capacity = 0;
}

cJSON *locnet_json_arena_parse(locnet_json_arena_t *arena, const char *text, size_t length,
                               const char **end, int *out_of_memory)
{
    if (!locnet_io_tuned_for_large_loads())
        return parse_plain(arena, text, length, end, out_of_memory);
    const char *stop = NULL;
    current = arena;
    arena->failed = 0;
    if (!shared)
        cJSON_InitHooks(&hooks);
    cJSON *json = cJSON_ParseWithLengthOpts(text, length, &stop, 0);
    if (!shared)
        cJSON_InitHooks(NULL);
    current = NULL;
    if (end != NULL)
        *end = stop;
    if (out_of_memory != NULL)
        *out_of_memory = json == NULL && arena->failed;
    return json;
}

bool locnet_json_arena_share(bool on)
{
    if (!locnet_io_tuned_for_large_loads())
        return false;
    shared = on;
    cJSON_InitHooks(on ? &hooks : NULL);
    return true;
}

void locnet_json_arena_reset(locnet_json_arena_t *arena)
{
    delete_trees(arena);
    /* keep the newest block (the largest, when a big record needed one), free the rest */
    locnet_json_arena_block_t *keep = arena->blocks;
    if (keep == NULL)
        return;
    locnet_json_arena_block_t *rest = keep->next;
    while (rest != NULL) {
        locnet_json_arena_block_t *next = rest->next;
        free(rest);
        rest = next;
    }
    keep->next = NULL;
    keep->used = 0;
    arena->failed = 0;
}
