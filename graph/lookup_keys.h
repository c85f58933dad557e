/* graph/lookup_keys.h: the look-up keys (graph/lookup.h) of many texts at once, on two cores. */
#ifndef LOCNET_LOOKUP_KEYS_H
#define LOCNET_LOOKUP_KEYS_H

#include <stddef.h>

#include "graph/network.h"
#include "locnet/status.h"

/* A key maker of graph/lookup.h, such as locnet_lookup_key. */
typedef locnet_status_t locnet_key_maker_t(const char *text, char **key);

/* Makes the key of each of texts[0..count) into keys[0..count) (each freed by the caller), NULL
 * for a text that has none (LOCNET_EDATA from make_key). From a few thousand texts on, the
 * second half is made on another thread: the texts are only read, and key makers call nothing
 * but utf8proc and malloc. Returns LOCNET_OK, or LOCNET_ENOMEM with every key NULL. */
locnet_status_t locnet_lookup_keys(locnet_key_maker_t *make_key, const char *const *texts,
                                   size_t count, char **keys);

/* The keys of the names of count localities of net, vertices[0..count) (NULL: the localities
 * 0 to count - 1), made as locnet_lookup_keys makes them into keys[0..count). The names are
 * fetched from igraph on this thread first. */
locnet_status_t locnet_lookup_name_keys(const locnet_network_t *net,
                                        const igraph_integer_t *vertices, size_t count,
                                        locnet_key_maker_t *make_key, char **keys);

#endif
