/* graph/lookup_keys.c: the texts cut in two halves, the second one made on a thread. */
#include "graph/lookup_keys.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>

#include "graph/chunks.h"

/* Texts from which a second thread pays for itself. */
#define HALVES_FROM 4096

typedef struct key_range {
    locnet_key_maker_t *make_key;
    const char *const *texts;
    char **keys;
    size_t first, end;  /* [first, end) */
    bool short_of_memory;
} key_range_t;

static void *make_range(void *data)
{
    key_range_t *range = data;
    for (size_t i = range->first; i < range->end; i++) {
        range->keys[i] = NULL;
        locnet_status_t status = range->make_key(range->texts[i], &range->keys[i]);
        if (status == LOCNET_ENOMEM)
            range->short_of_memory = true;
        if (status != LOCNET_OK) {
            free(range->keys[i]);
            range->keys[i] = NULL;
        }
    }
    return NULL;
}

locnet_status_t locnet_lookup_keys(locnet_key_maker_t *make_key, const char *const *texts,
                                   size_t count, char **keys)
{
    key_range_t first = {make_key, texts, keys, 0, count, false};
    key_range_t second = {make_key, texts, keys, count / 2, count, false};
    pthread_t thread;
    bool halves = count >= HALVES_FROM && locnet_chunks_processors() > 1 &&
                  pthread_create(&thread, NULL, make_range, &second) == 0;
    if (halves)
        first.end = second.first;
    make_range(&first);
    if (halves)
        pthread_join(thread, NULL);
    if (!first.short_of_memory && !second.short_of_memory)
        return LOCNET_OK;
    for (size_t i = 0; i < count; i++) {
        free(keys[i]);
        keys[i] = NULL;
    }
    return LOCNET_ENOMEM;
}

locnet_status_t locnet_lookup_name_keys(const locnet_network_t *net,
                                        const igraph_integer_t *vertices, size_t count,
                                        locnet_key_maker_t *make_key, char **keys)
{
    const char **names = malloc((count + 1) * sizeof *names);
    if (names == NULL)
        return LOCNET_ENOMEM;
    for (size_t i = 0; i < count; i++)
        names[i] = locnet_locality_text(net, LOCNET_V_NAME,
                                        vertices != NULL ? vertices[i] : (igraph_integer_t)i);
    locnet_status_t status = locnet_lookup_keys(make_key, names, count, keys);
    free(names);
    return status;
}
