/* io/extract/gazetteer.h: the places extraction looks for, read from a locnet/1 file of
 * localities (data/gazetteer.json), indexed by the look-up key of every name and alias, word
 * by word, so that "Ha Noi", "Hanoi" and "Hà Nội" find Hà Nội. */
#ifndef LOCNET_EXTRACT_GAZETTEER_H
#define LOCNET_EXTRACT_GAZETTEER_H

#include <stdbool.h>

#include "graph/id_index.h"
#include "graph/network.h"
#include "io/extract/rules.h"
#include "io/extract/text.h"

/* One name or alias of a locality. */
typedef struct locnet_place_name {
    igraph_integer_t vertex;
    size_t marked;        /* offset of its marked key (words joined) in the store */
    unsigned caps;        /* bit i: word i starts with a capital */
    unsigned words;
    bool alone;           /* may be matched without a level word before it */
    bool syllable;        /* one word that is also a Vietnamese syllable */
} locnet_place_name_t;

/* What extraction needs of a locality, by vertex. */
typedef struct locnet_place {
    char country;                   /* 'F', 'V', or 0 for others (never matched) */
    unsigned level;                 /* one LOCNET_LEVEL_* bit */
    igraph_integer_t parent;        /* -1 when none */
    igraph_integer_t successor;     /* -1 when none */
    const char *succeeded_on;       /* "" when none */
} locnet_place_t;

typedef struct locnet_gazetteer {
    locnet_network_t net;
    locnet_place_t *places;
    locnet_place_name_t *names;     /* grouped by loose key */
    size_t name_count;
    size_t *group_first;            /* group g is names[group_first[g] .. group_first[g + 1]) */
    size_t group_count;
    locnet_id_index_t keys;         /* loose key -> 2 * (group + 1) + 1 if a longer name starts so */
    char *store;
    size_t store_size;
    unsigned max_words;
} locnet_gazetteer_t;

/* Makes the gazetteer from net (moved in: the caller must not destroy it, whatever the
 * result). The Vietnamese names' syllables are added to rules. On failure nothing needs
 * freeing. */
locnet_status_t locnet_gazetteer_init(locnet_gazetteer_t *gazetteer, locnet_network_t *net,
                                      locnet_rules_t *rules);
/* Frees the gazetteer and its network; accepts NULL. */
void locnet_gazetteer_destroy(locnet_gazetteer_t *gazetteer);

#define LOCNET_GAZETTEER_MAX_SPANS 8

/* The spans starting at token (a word) whose words' loose keys spell a name: up to
 * LOCNET_GAZETTEER_MAX_SPANS, longest first, each as its last token and its group of names.
 * Returns how many. */
size_t locnet_gazetteer_spans(const locnet_gazetteer_t *gazetteer, const locnet_text_t *text,
                              size_t token, size_t limit, size_t *last, size_t *group);

/* The marked key of a name. */
const char *locnet_place_name_marked(const locnet_gazetteer_t *gazetteer,
                                     const locnet_place_name_t *name);

/* True when ancestor is vertex itself or encloses it (through parents). */
bool locnet_gazetteer_encloses(const locnet_gazetteer_t *gazetteer, igraph_integer_t ancestor,
                               igraph_integer_t vertex);

#endif
