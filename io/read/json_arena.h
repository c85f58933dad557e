/* io/read/json_arena.h: parsing one JSON record at a time into reused memory. When the program
 * opted in (io/tuning.h), cJSON's allocation hooks point at a bump allocator while a record is
 * parsed and its tree lives until the arena is reset, so memory stays small and hot however many
 * records a file holds. Otherwise cJSON's hooks are left alone: trees are ordinary cJSON trees,
 * deleted at the reset. */
#ifndef LOCNET_JSON_ARENA_H
#define LOCNET_JSON_ARENA_H

#include <stdbool.h>
#include <stddef.h>

#include <cjson/cJSON.h>

typedef struct locnet_json_arena_block locnet_json_arena_block_t;

typedef struct locnet_json_arena {
    locnet_json_arena_block_t *blocks;  /* the one being filled first */
    int failed;                         /* an allocation failed since the last reset */
    cJSON **trees;                      /* without the tuning: the trees parsed since the last
                                           reset, deleted by it */
    size_t tree_count;
    size_t tree_capacity;
} locnet_json_arena_t;

/* Makes an empty arena. Never fails. */
void locnet_json_arena_init(locnet_json_arena_t *arena);
/* Frees the arena's memory; accepts NULL. Trees parsed into it are gone. */
void locnet_json_arena_destroy(locnet_json_arena_t *arena);
/* Parses one value from text[0..length) as cJSON_ParseWithLengthOpts does (end may be NULL),
 * allocating the tree in the arena. The tree stays valid until the next reset or destroy; never
 * pass it to cJSON_Delete. NULL on a syntax error (cJSON_GetErrorPtr says where) or when out of
 * memory (then *out_of_memory, which may be NULL, is set). Other cJSON calls are unaffected. */
cJSON *locnet_json_arena_parse(locnet_json_arena_t *arena, const char *text, size_t length,
                               const char **end, int *out_of_memory);
/* With on, installs the arenas' hooks in cJSON until called again with off, so that threads
 * may parse into arenas of their own at the same time (the hooks are cJSON's global state:
 * call it with no parse running). Outside a parse into an arena the hooks are malloc and free.
 * False, doing nothing, when the program did not opt in: parses then use ordinary trees. */
bool locnet_json_arena_share(bool on);
/* Forgets every tree parsed so far and keeps the memory for the next ones. */
void locnet_json_arena_reset(locnet_json_arena_t *arena);

#endif
