/* graph/look_alikes.c: keys from graph/lookup.h, equal ones found through a hash index (one
 * pass); merging through graph/contraction.h. */
#include "graph/look_alikes.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "graph/contraction.h"
#include "graph/id_index.h"
#include "graph/list_codec.h"
#include "graph/lookup.h"
#include "graph/lookup_keys.h"

bool locnet_look_alike_kind_parse(const char *name, locnet_look_alike_kind_t *kind)
{
    if (strcmp(name, "spelling") == 0)
        *kind = LOCNET_LOOK_ALIKE_SPELLING;
    else if (strcmp(name, "diacritics") == 0)
        *kind = LOCNET_LOOK_ALIKE_DIACRITICS;
    else
        return false;
    return true;
}

locnet_status_t locnet_look_alikes_init(locnet_look_alikes_t *groups)
{
    bool made = igraph_vector_int_init(&groups->members, 0) == IGRAPH_SUCCESS;
    made = igraph_vector_int_init(&groups->first, 1) == IGRAPH_SUCCESS && made;
    return made ? LOCNET_OK : LOCNET_ENOMEM;
}

void locnet_look_alikes_destroy(locnet_look_alikes_t *groups)
{
    if (groups == NULL)
        return;
    igraph_vector_int_destroy(&groups->members);
    igraph_vector_int_destroy(&groups->first);
}

igraph_integer_t locnet_look_alikes_count(const locnet_look_alikes_t *groups)
{
    return igraph_vector_int_size(&groups->first) - 1;
}

/* "COUNTRY\x1fLEVEL\x1fKEY" of locality v, whose name has key, into *buffer (grown as needed,
 * caller frees). */
static locnet_status_t group_key(const locnet_network_t *net, igraph_integer_t v, const char *key,
                                 char **buffer, size_t *capacity)
{
    const char *parts[3] = {locnet_locality_text(net, LOCNET_V_COUNTRY, v),
                            locnet_locality_text(net, LOCNET_V_LEVEL, v), key};
    size_t lengths[3] = {strlen(parts[0]), strlen(parts[1]), strlen(parts[2])};
    size_t size = lengths[0] + lengths[1] + lengths[2] + 3;
    if (size > *capacity) {
        char *bigger = realloc(*buffer, size * 2);
        if (bigger == NULL)
            return LOCNET_ENOMEM;
        *buffer = bigger;
        *capacity = size * 2;
    }
    char *at = *buffer;
    for (int i = 0; i < 3; i++) {
        memcpy(at, parts[i], lengths[i]);
        at += lengths[i];
        *at++ = i < 2 ? '\x1f' : '\0';
    }
    return LOCNET_OK;
}

/* Lists the groups, each in locality order, ordered by their first member, from first[v] (the
 * first locality with v's key) and sizes[f] (how many have the key of first member f). */
static locnet_status_t list_groups(const igraph_integer_t *first, const igraph_integer_t *sizes,
                                   igraph_integer_t n, locnet_look_alikes_t *groups)
{
    igraph_integer_t *next = calloc((size_t)n + 1, sizeof *next);  /* where group f goes on */
    if (next == NULL)
        return LOCNET_ENOMEM;
    igraph_integer_t total = 0;
    igraph_error_t rc = IGRAPH_SUCCESS;
    for (igraph_integer_t v = 0; rc == IGRAPH_SUCCESS && v < n; v++) {
        if (first[v] == v && sizes[v] > 1) {
            next[v] = total;
            total += sizes[v];
            rc = igraph_vector_int_push_back(&groups->first, total);
        }
    }
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_vector_int_resize(&groups->members, total);
    for (igraph_integer_t v = 0; rc == IGRAPH_SUCCESS && v < n; v++) {
        if (first[v] >= 0 && sizes[first[v]] > 1)
            VECTOR(groups->members)[next[first[v]]++] = v;
    }
    free(next);
    return rc == IGRAPH_SUCCESS ? LOCNET_OK : LOCNET_ENOMEM;
}

/* Puts each locality with a key in keys (NULL: none) in the group of the first locality with
 * its group key: first[v] is that locality (-1 without a key), sizes[f] counts f's group. */
static locnet_status_t group_by_key(const locnet_network_t *net, char *const *keys,
                                    igraph_integer_t n, igraph_integer_t *first,
                                    igraph_integer_t *sizes)
{
    char *buffer = NULL;
    size_t capacity = 0;
    locnet_id_index_t index;  /* group key to its first locality: one pass, no sorting */
    locnet_id_index_init(&index);
    locnet_status_t status = LOCNET_OK;
    for (igraph_integer_t v = 0; v < n && status == LOCNET_OK; v++) {
        first[v] = -1;
        if (keys[v] == NULL)
            continue;  /* no key: in no group */
        int64_t earlier = v;
        if ((status = group_key(net, v, keys[v], &buffer, &capacity)) == LOCNET_OK &&
            (status = locnet_id_index_insert(&index, buffer, v, &earlier)) == LOCNET_EDATA)
            status = LOCNET_OK;  /* the key is taken: v joins the locality that took it */
        first[v] = (igraph_integer_t)earlier;
        sizes[earlier]++;
    }
    locnet_id_index_destroy(&index);
    free(buffer);
    return status;
}

locnet_status_t locnet_look_alikes_find(const locnet_network_t *net,
                                        locnet_look_alike_kind_t kind,
                                        locnet_look_alikes_t *groups)
{
    igraph_integer_t n = locnet_locality_count(net);
    igraph_vector_int_clear(&groups->members);
    igraph_vector_int_resize(&groups->first, 1);  /* shrinks: cannot fail */
    VECTOR(groups->first)[0] = 0;
    igraph_integer_t *first = malloc(((size_t)n + 1) * sizeof *first);
    igraph_integer_t *sizes = calloc((size_t)n + 1, sizeof *sizes);
    char **keys = calloc((size_t)n + 1, sizeof *keys);
    locnet_status_t status =
        first != NULL && sizes != NULL && keys != NULL ? LOCNET_OK : LOCNET_ENOMEM;
    if (status == LOCNET_OK)
        status = locnet_lookup_name_keys(
            net, NULL, (size_t)n,
            kind == LOCNET_LOOK_ALIKE_SPELLING ? locnet_lookup_key_spelling : locnet_lookup_key,
            keys);
    if (status == LOCNET_OK)
        status = group_by_key(net, keys, n, first, sizes);
    if (status == LOCNET_OK)
        status = list_groups(first, sizes, n, groups);
    for (igraph_integer_t v = 0; keys != NULL && v < n; v++)
        free(keys[v]);
    free(keys);
    free(first);
    free(sizes);
    return status;
}

/* True when the name is written in its compatibility normal form (not "ＴＯＫＹＯ"). */
static bool plainly_written(const locnet_network_t *net, igraph_integer_t v)
{
    const char *name = locnet_locality_text(net, LOCNET_V_NAME, v);
    char *normal = (char *)utf8proc_NFKC((const utf8proc_uint8_t *)name);
    bool plain = normal != NULL && strcmp(normal, name) == 0;
    free(normal);
    return plain;
}

/* The member of members[0..count) that the others merge into: the one with the most
 * partnerships; among those, one whose name is plainly written; then the first. */
static igraph_integer_t keeper_of(const locnet_network_t *net, const igraph_vector_int_t *degrees,
                                  const igraph_integer_t *members, igraph_integer_t count)
{
    igraph_integer_t keeper = members[0];
    bool plain = plainly_written(net, keeper);
    for (igraph_integer_t i = 1; i < count; i++) {
        igraph_integer_t v = members[i], more = VECTOR(*degrees)[v] - VECTOR(*degrees)[keeper];
        bool also_plain = more == 0 && !plain && plainly_written(net, v);
        if (more > 0 || also_plain) {
            keeper = v;
            plain = plainly_written(net, v);
        }
    }
    return keeper;
}

static bool listed(const locnet_list_t *list, const char *item)
{
    for (size_t i = 0; i < list->count; i++) {
        if (strcmp(list->items[i], item) == 0)
            return true;
    }
    return false;
}

/* Sets the keeper's aliases to its own, then the names and aliases of the other members, each
 * once and never its own name. */
static locnet_status_t gather_aliases(locnet_network_t *net, const igraph_integer_t *members,
                                      igraph_integer_t count, igraph_integer_t keeper)
{
    const char *name = locnet_locality_text(net, LOCNET_V_NAME, keeper);
    locnet_list_t aliases, theirs;
    locnet_list_init(&aliases);
    locnet_list_init(&theirs);
    locnet_status_t status =
        locnet_list_decode(locnet_locality_text(net, LOCNET_V_ALIASES, keeper), &aliases);
    for (igraph_integer_t i = 0; status == LOCNET_OK && i < count; i++) {
        if (members[i] == keeper)
            continue;
        locnet_list_destroy(&theirs);
        locnet_list_init(&theirs);
        status = locnet_list_append(&theirs, locnet_locality_text(net, LOCNET_V_NAME, members[i]));
        if (status == LOCNET_OK)
            status = locnet_list_decode(locnet_locality_text(net, LOCNET_V_ALIASES, members[i]),
                                        &theirs);
        for (size_t j = 0; status == LOCNET_OK && j < theirs.count; j++) {
            if (strcmp(theirs.items[j], name) != 0 && !listed(&aliases, theirs.items[j]))
                status = locnet_list_append(&aliases, theirs.items[j]);
        }
    }
    char *encoded = NULL;
    if (status == LOCNET_OK && aliases.count > 0)  /* none: a group of one name, written once */
        status = locnet_list_encode(&aliases, &encoded);
    if (status == LOCNET_OK && encoded != NULL &&
        igraph_cattribute_VAS_set(&net->graph, LOCNET_V_ALIASES, keeper, encoded) != IGRAPH_SUCCESS)
        status = LOCNET_ENOMEM;
    free(encoded);
    locnet_list_destroy(&theirs);
    locnet_list_destroy(&aliases);
    return status;
}

/* Points every member of every group at its keeper in target (identity elsewhere), gathering
 * the aliases; *merged gets the number of members pointed away. */
static locnet_status_t point_at_keepers(locnet_network_t *net, const locnet_look_alikes_t *groups,
                                        igraph_vector_int_t *target, igraph_integer_t *merged)
{
    igraph_vector_int_t degrees;
    if (igraph_vector_int_init(&degrees, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    locnet_status_t status = igraph_degree(&net->graph, &degrees, igraph_vss_all(), IGRAPH_ALL,
                                           IGRAPH_LOOPS) == IGRAPH_SUCCESS
                                 ? LOCNET_OK
                                 : LOCNET_ENOMEM;
    *merged = 0;
    igraph_integer_t group_count = locnet_look_alikes_count(groups);
    for (igraph_integer_t g = 0; status == LOCNET_OK && g < group_count; g++) {
        igraph_integer_t from = VECTOR(groups->first)[g];
        igraph_integer_t count = VECTOR(groups->first)[g + 1] - from;
        const igraph_integer_t *members = &VECTOR(groups->members)[from];
        igraph_integer_t keeper = keeper_of(net, &degrees, members, count);
        for (igraph_integer_t i = 0; i < count; i++)
            VECTOR(*target)[members[i]] = keeper;
        *merged += count - 1;
        status = gather_aliases(net, members, count, keeper);
    }
    igraph_vector_int_destroy(&degrees);
    return status;
}

locnet_status_t locnet_look_alikes_merge(locnet_network_t *net, locnet_look_alike_kind_t kind,
                                         igraph_integer_t *merged)
{
    igraph_integer_t n = locnet_locality_count(net), moved = 0;
    locnet_look_alikes_t groups;
    igraph_vector_int_t target;
    igraph_strvector_t aliases;  /* as they were, to put back on failure */
    locnet_status_t status = locnet_look_alikes_init(&groups);
    bool made = igraph_vector_int_init_range(&target, 0, n) == IGRAPH_SUCCESS;
    made = igraph_strvector_init(&aliases, 0) == IGRAPH_SUCCESS && made;
    if (status == LOCNET_OK && !made)
        status = LOCNET_ENOMEM;
    if (status == LOCNET_OK)
        status = locnet_look_alikes_find(net, kind, &groups);
    if (status == LOCNET_OK && locnet_look_alikes_count(&groups) > 0) {
        /* a network where no locality has aliases lacks the attribute (network_builder.c) */
        bool had_aliases =
            igraph_cattribute_has_attr(&net->graph, IGRAPH_ATTRIBUTE_VERTEX, LOCNET_V_ALIASES);
        if (had_aliases && igraph_cattribute_VASV(&net->graph, LOCNET_V_ALIASES, igraph_vss_all(),
                                                  &aliases) != IGRAPH_SUCCESS)
            status = LOCNET_ENOMEM;
        if (status == LOCNET_OK)
            status = point_at_keepers(net, &groups, &target, &moved);
        if (status == LOCNET_OK)
            status = locnet_contract(net, &target, NULL);
        if (status != LOCNET_OK && had_aliases)  /* the network is as it was, its aliases too */
            igraph_cattribute_VAS_setv(&net->graph, LOCNET_V_ALIASES, &aliases);
        else if (status != LOCNET_OK)
            igraph_cattribute_remove_v(&net->graph, LOCNET_V_ALIASES);
    }
    if (status == LOCNET_OK && merged != NULL)
        *merged = moved;
    igraph_strvector_destroy(&aliases);
    igraph_vector_int_destroy(&target);
    locnet_look_alikes_destroy(&groups);
    return status;
}
