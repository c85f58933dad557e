/* graph/look_alikes.h: localities of one country and one level whose names are the same but for
 * how they are written: case, spacing, hyphens, compatibility forms (NFKC), s and t with a
 * cedilla or a comma below, and (with LOCNET_LOOK_ALIKE_DIACRITICS) any diacritic. Lists that
 * join data from several sources hold one town under two spellings (Chişinău and Chișinău in the
 * world twin-town list), which would otherwise be two localities that look identical. */
#ifndef LOCNET_LOOK_ALIKES_H
#define LOCNET_LOOK_ALIKES_H

#include <stdbool.h>

#include "graph/network.h"

typedef enum locnet_look_alike_kind {
    LOCNET_LOOK_ALIKE_SPELLING,    /* names equal with diacritics kept (graph/lookup.h's spelling
                                      key): one place written two ways */
    LOCNET_LOOK_ALIKE_DIACRITICS   /* names equal without diacritics (graph/lookup.h's key):
                                      also Münster and Munster, which may be two places */
} locnet_look_alike_kind_t;

/* Groups of two or more localities, in the order of their first member. */
typedef struct locnet_look_alikes {
    igraph_vector_int_t members;  /* the localities of each group in turn, each group in
                                     locality order */
    igraph_vector_int_t first;    /* group g is members[first[g]] to members[first[g + 1] - 1] */
} locnet_look_alikes_t;

/* Parses "spelling" or "diacritics"; false for anything else. */
bool locnet_look_alike_kind_parse(const char *name, locnet_look_alike_kind_t *kind);

/* Makes an empty list of groups; destroy accepts one whose init failed. */
locnet_status_t locnet_look_alikes_init(locnet_look_alikes_t *groups);
void locnet_look_alikes_destroy(locnet_look_alikes_t *groups);
/* The number of groups. */
igraph_integer_t locnet_look_alikes_count(const locnet_look_alikes_t *groups);

/* Fills groups (made with init) with the look-alike localities of net: same country, same
 * level, names with the same key of this kind. One pass through a hash index: O(n). */
locnet_status_t locnet_look_alikes_find(const locnet_network_t *net,
                                        locnet_look_alike_kind_t kind,
                                        locnet_look_alikes_t *groups);

/* Merges each group of this kind into its member with the most partnerships (ties: the first):
 * every partnership is kept, moved to it (with a "via" note, as --as-of does; one between two
 * members of a group would link the merged locality to itself and is dropped), and the other
 * members' names and aliases become its aliases. *merged (may be NULL) gets the number of
 * localities merged away. On failure *net is unchanged. */
locnet_status_t locnet_look_alikes_merge(locnet_network_t *net, locnet_look_alike_kind_t kind,
                                         igraph_integer_t *merged);

#endif
