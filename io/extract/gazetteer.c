/* io/extract/gazetteer.c: the name index of extraction. */
#include "io/extract/gazetteer.h"

#include <stdlib.h>
#include <string.h>

#include "graph/growable.h"
#include "graph/list_codec.h"

/* Vietnam's centrally governed cities: "thành phố" names them as well as provincial cities. */
static const char *const municipalities[] = {"VN-HN", "VN-HP", "VN-DN", "VN-CT", "VN-SG", "VN-HUE"};

/* A name under construction: its loose key (owned) and its record. */
typedef struct pending_name {
    char *key;
    locnet_place_name_t name;
} pending_name_t;

typedef struct pending {
    pending_name_t *items;
    size_t count, capacity;
    locnet_list_t prefixes;  /* keys of the first words of longer names */
} pending_t;

static unsigned level_bit(const char *id, char country, const char *level)
{
    static const struct { char country; const char *word; unsigned bit; } levels[] = {
        {'V', "province", LOCNET_LEVEL_VN_PROVINCE}, {'V', "district", LOCNET_LEVEL_VN_DISTRICT},
        {'V', "commune", LOCNET_LEVEL_VN_COMMUNE}, {'F', "region", LOCNET_LEVEL_FR_REGION},
        {'F', "department", LOCNET_LEVEL_FR_DEPARTMENT}, {'F', "epci", LOCNET_LEVEL_FR_EPCI},
        {'F', "commune", LOCNET_LEVEL_FR_COMMUNE}};
    for (size_t i = 0; i < sizeof municipalities / sizeof municipalities[0]; i++) {
        if (strcmp(id, municipalities[i]) == 0)
            return LOCNET_LEVEL_VN_CITY;
    }
    for (size_t i = 0; i < sizeof levels / sizeof levels[0]; i++) {
        if (levels[i].country == country && strcmp(levels[i].word, level) == 0)
            return levels[i].bit;
    }
    return 0;
}

/* Fills places: country, level, parent and successor of every locality. */
static locnet_status_t make_places(locnet_gazetteer_t *gazetteer)
{
    const locnet_network_t *net = &gazetteer->net;
    igraph_integer_t count = locnet_locality_count(net);
    locnet_id_index_t ids;
    locnet_id_index_init(&ids);
    gazetteer->places = calloc((size_t)count + 1, sizeof *gazetteer->places);
    locnet_status_t status = gazetteer->places != NULL ? LOCNET_OK : LOCNET_ENOMEM;
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < count; v++)
        status = locnet_id_index_insert(&ids, locnet_locality_text(net, LOCNET_V_ID, v), v, NULL);
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < count; v++) {
        locnet_place_t *place = &gazetteer->places[v];
        const char *country = locnet_locality_text(net, LOCNET_V_COUNTRY, v);
        place->country = strcmp(country, "FR") == 0 ? 'F' : strcmp(country, "VN") == 0 ? 'V' : 0;
        place->level = level_bit(locnet_locality_text(net, LOCNET_V_ID, v), place->country,
                                 locnet_locality_text(net, LOCNET_V_LEVEL, v));
        int64_t found;
        place->parent = locnet_id_index_find(&ids, locnet_locality_text(net, LOCNET_V_PARENT, v), &found) ? found : -1;
        place->successor = locnet_id_index_find(&ids, locnet_locality_text(net, LOCNET_V_SUCCEEDED_BY, v), &found) ? found : -1;
        place->succeeded_on = locnet_locality_text(net, LOCNET_V_SUCCEEDED_ON, v);
    }
    locnet_id_index_destroy(&ids);
    return status;
}

/* The name and aliases of vertex, appended to names. */
static locnet_status_t names_of(const locnet_network_t *net, igraph_integer_t vertex,
                                locnet_list_t *names)
{
    locnet_status_t status = locnet_list_append(names, locnet_locality_text(net, LOCNET_V_NAME, vertex));
    if (status == LOCNET_OK)
        status = locnet_list_decode(locnet_locality_text(net, LOCNET_V_ALIASES, vertex), names);
    return status;
}

/* Adds the syllables of every Vietnamese name to rules. */
static locnet_status_t add_syllables(const locnet_gazetteer_t *gazetteer, locnet_rules_t *rules)
{
    locnet_status_t status = LOCNET_OK;
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < locnet_locality_count(&gazetteer->net); v++) {
        if (gazetteer->places[v].country != 'V')
            continue;
        locnet_list_t names, words;
        locnet_list_init(&names);
        locnet_list_init(&words);
        status = names_of(&gazetteer->net, v, &names);
        for (size_t i = 0; status == LOCNET_OK && i < names.count; i++)
            status = locnet_text_words(names.items[i], &words, NULL, NULL);
        if (status == LOCNET_OK)
            status = locnet_rules_add_syllables(rules, &words);
        locnet_list_destroy(&names);
        locnet_list_destroy(&words);
    }
    return status;
}

/* Joins the words of list into a new string. */
static char *join(const locnet_list_t *words)
{
    size_t length = 1;
    for (size_t i = 0; i < words->count; i++)
        length += strlen(words->items[i]);
    char *joined = malloc(length);
    if (joined != NULL) {
        joined[0] = '\0';
        for (size_t i = 0; i < words->count; i++)
            strcat(joined, words->items[i]);
    }
    return joined;
}

static locnet_status_t store_text(locnet_gazetteer_t *gazetteer, const char *text, size_t *capacity,
                                  size_t *offset)
{
    size_t length = strlen(text) + 1;
    while (gazetteer->store_size + length > *capacity) {
        size_t grown_capacity = *capacity ? 2 * *capacity : 65536;
        char *grown = realloc(gazetteer->store, grown_capacity);
        if (grown == NULL)
            return LOCNET_ENOMEM;
        gazetteer->store = grown;
        *capacity = grown_capacity;
    }
    memcpy(gazetteer->store + gazetteer->store_size, text, length);
    *offset = gazetteer->store_size;
    gazetteer->store_size += length;
    return LOCNET_OK;
}

/* Whether a name of place may be matched without a level word before it. */
static bool matched_alone(const locnet_rules_t *rules, const locnet_place_t *place, const char *key)
{
    if (locnet_rules_has(&rules->common_words, key))
        return false;
    if (place->level & (LOCNET_LEVEL_VN_DISTRICT | LOCNET_LEVEL_VN_COMMUNE))
        return locnet_rules_has(&rules->main_cities, key);
    return true;
}

/* Adds one name of vertex to pending. */
static locnet_status_t add_name(locnet_gazetteer_t *gazetteer, const locnet_rules_t *rules,
                                igraph_integer_t vertex, const char *text, pending_t *pending,
                                size_t *store_capacity)
{
    locnet_list_t loose, marked;
    locnet_list_init(&loose);
    locnet_list_init(&marked);
    unsigned caps = 0;
    char *key = NULL, *marked_key = NULL;
    locnet_status_t status = locnet_text_words(text, &loose, &marked, &caps);
    if (status != LOCNET_OK || loose.count == 0)
        goto cleanup;
    key = join(&loose);
    marked_key = join(&marked);
    status = key != NULL && marked_key != NULL ? LOCNET_GROW(&pending->items, &pending->capacity, pending->count)
                                               : LOCNET_ENOMEM;
    if (status != LOCNET_OK)
        goto cleanup;
    const locnet_place_t *place = &gazetteer->places[vertex];
    pending_name_t *item = &pending->items[pending->count];
    item->name.vertex = vertex;
    item->name.caps = caps;
    item->name.words = (unsigned)loose.count;
    item->name.alone = matched_alone(rules, place, key);
    item->name.syllable = place->country == 'F' && loose.count == 1 &&
                          locnet_rules_has(&rules->vietnamese_syllables, key);
    if ((status = store_text(gazetteer, marked_key, store_capacity, &item->name.marked)) != LOCNET_OK)
        goto cleanup;
    item->key = key;
    key = NULL;
    pending->count++;
    if (loose.count > gazetteer->max_words)
        gazetteer->max_words = (unsigned)loose.count;
    for (size_t words = loose.count - 1; status == LOCNET_OK && words > 0; words--) {
        loose.count--;
        free(loose.items[loose.count]);
        char *prefix = join(&loose);
        status = prefix != NULL ? locnet_list_append(&pending->prefixes, prefix) : LOCNET_ENOMEM;
        free(prefix);
    }
cleanup:
    free(key);
    free(marked_key);
    locnet_list_destroy(&loose);
    locnet_list_destroy(&marked);
    return status;
}

static int compare_pending(const void *left, const void *right)
{
    const pending_name_t *a = left, *b = right;
    int order = strcmp(a->key, b->key);
    return order != 0 ? order : (a->name.vertex > b->name.vertex) - (a->name.vertex < b->name.vertex);
}

/* Inserts key with the group (or -1) and the prefix flag, merging with what is there. The
 * index has no update, so prefixes are collected first (see index_names). */
static locnet_status_t index_key(locnet_id_index_t *index, const char *key, int64_t value)
{
    locnet_status_t status = locnet_id_index_insert(index, key, value, NULL);
    return status == LOCNET_EDATA ? LOCNET_OK : status;
}

/* Groups the sorted names and indexes every key and prefix. */
static locnet_status_t index_names(locnet_gazetteer_t *gazetteer, pending_t *pending)
{
    qsort(pending->items, pending->count, sizeof *pending->items, compare_pending);
    locnet_id_index_t prefixes;
    locnet_id_index_init(&prefixes);
    locnet_status_t status = LOCNET_OK;
    for (size_t i = 0; status == LOCNET_OK && i < pending->prefixes.count; i++)
        status = index_key(&prefixes, pending->prefixes.items[i], 1);
    gazetteer->names = malloc((pending->count + 1) * sizeof *gazetteer->names);
    gazetteer->group_first = malloc((pending->count + 1) * sizeof *gazetteer->group_first);
    if (gazetteer->names == NULL || gazetteer->group_first == NULL)
        status = LOCNET_ENOMEM;
    for (size_t i = 0; status == LOCNET_OK && i < pending->count; i++) {
        gazetteer->names[i] = pending->items[i].name;
        if (i > 0 && strcmp(pending->items[i - 1].key, pending->items[i].key) == 0)
            continue;
        int64_t value = 2 * (int64_t)(gazetteer->group_count + 1) +
                        locnet_id_index_find(&prefixes, pending->items[i].key, NULL);
        gazetteer->group_first[gazetteer->group_count++] = i;
        status = index_key(&gazetteer->keys, pending->items[i].key, value);
    }
    gazetteer->name_count = pending->count;
    if (gazetteer->group_first != NULL)
        gazetteer->group_first[gazetteer->group_count] = pending->count;
    for (size_t i = 0; status == LOCNET_OK && i < pending->prefixes.count; i++)
        status = index_key(&gazetteer->keys, pending->prefixes.items[i], 1);
    locnet_id_index_destroy(&prefixes);
    return status;
}

/* Collects every name and alias of the French and Vietnamese localities. */
static locnet_status_t collect_names(locnet_gazetteer_t *gazetteer, const locnet_rules_t *rules,
                                     pending_t *pending)
{
    size_t store_capacity = 0;
    locnet_status_t status = LOCNET_OK;
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < locnet_locality_count(&gazetteer->net); v++) {
        if (gazetteer->places[v].country == 0)
            continue;
        locnet_list_t names;
        locnet_list_init(&names);
        status = names_of(&gazetteer->net, v, &names);
        for (size_t i = 0; status == LOCNET_OK && i < names.count; i++)
            status = add_name(gazetteer, rules, v, names.items[i], pending, &store_capacity);
        locnet_list_destroy(&names);
    }
    return status;
}

locnet_status_t locnet_gazetteer_init(locnet_gazetteer_t *gazetteer, locnet_network_t *net,
                                      locnet_rules_t *rules)
{
    memset(gazetteer, 0, sizeof *gazetteer);
    gazetteer->net = *net;
    memset(net, 0, sizeof *net);
    pending_t pending;
    memset(&pending, 0, sizeof pending);
    locnet_list_init(&pending.prefixes);
    locnet_status_t status = make_places(gazetteer);
    if (status == LOCNET_OK)
        status = add_syllables(gazetteer, rules);
    if (status == LOCNET_OK)
        status = collect_names(gazetteer, rules, &pending);
    if (status == LOCNET_OK)
        status = index_names(gazetteer, &pending);
    for (size_t i = 0; i < pending.count; i++)
        free(pending.items[i].key);
    free(pending.items);
    locnet_list_destroy(&pending.prefixes);
    if (status != LOCNET_OK)
        locnet_gazetteer_destroy(gazetteer);
    return status;
}

void locnet_gazetteer_destroy(locnet_gazetteer_t *gazetteer)
{
    if (gazetteer == NULL)
        return;
    locnet_network_destroy(&gazetteer->net);
    free(gazetteer->places);
    free(gazetteer->names);
    free(gazetteer->group_first);
    free(gazetteer->store);
    locnet_id_index_destroy(&gazetteer->keys);
    memset(gazetteer, 0, sizeof *gazetteer);
}

/* True when the punctuation token may stand inside a name ("Côtes-d'Armor", "Thừa Thiên - Huế"). */
static bool inside_name(const locnet_text_t *text, const locnet_token_t *token)
{
    static const char *const joiners[] = {"-", "'", "\xE2\x80\x99", "\xE2\x80\x93", "\xE2\x80\x90"};
    size_t length = token->end - token->start;
    for (size_t i = 0; i < sizeof joiners / sizeof joiners[0]; i++) {
        if (strlen(joiners[i]) == length && memcmp(text->bytes + token->start, joiners[i], length) == 0)
            return true;
    }
    return false;
}

size_t locnet_gazetteer_spans(const locnet_gazetteer_t *gazetteer, const locnet_text_t *text,
                              size_t token, size_t limit, size_t *last, size_t *group)
{
    char key[512];
    size_t length = 0, found = 0;
    for (size_t at = token, words = 0; at < limit && words < gazetteer->max_words; at++) {
        const locnet_token_t *current = &text->tokens[at];
        if (!current->word) {
            if (words > 0 && inside_name(text, current))
                continue;
            break;
        }
        const char *word = locnet_token_loose(text, current);
        size_t word_length = strlen(word);
        if (length + word_length >= sizeof key)
            break;
        memcpy(key + length, word, word_length + 1);
        length += word_length;
        words++;
        int64_t value;
        if (!locnet_id_index_find(&gazetteer->keys, key, &value))
            break;
        if (value >= 2 && found < LOCNET_GAZETTEER_MAX_SPANS) {
            last[found] = at;
            group[found++] = (size_t)(value / 2 - 1);
        }
        if ((value & 1) == 0)
            break;
    }
    for (size_t i = 0; i < found / 2; i++) {  /* longest first */
        size_t t = last[i]; last[i] = last[found - 1 - i]; last[found - 1 - i] = t;
        t = group[i]; group[i] = group[found - 1 - i]; group[found - 1 - i] = t;
    }
    return found;
}

const char *locnet_place_name_marked(const locnet_gazetteer_t *gazetteer,
                                     const locnet_place_name_t *name)
{
    return gazetteer->store + name->marked;
}

bool locnet_gazetteer_encloses(const locnet_gazetteer_t *gazetteer, igraph_integer_t ancestor,
                               igraph_integer_t vertex)
{
    for (int depth = 0; vertex >= 0 && depth < 16; depth++) {
        if (vertex == ancestor)
            return true;
        vertex = gazetteer->places[vertex].parent;
    }
    return false;
}
