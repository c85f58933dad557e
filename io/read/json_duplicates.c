/* io/read/json_duplicates.c: small objects compared pairwise, large ones sorted by name; the name's
 * place found by walking the tree and its text side by side. */
#include "io/read/json_duplicates.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* Objects up to this many members are compared pairwise. */
enum { PAIRWISE_MEMBERS = 16 };

typedef struct named {
    const char *name;
    size_t index;
    const cJSON *member;
} named_t;

static int compare_named(const void *a, const void *b)
{
    const named_t *x = a, *y = b;
    int order = strcmp(x->name, y->name);
    return order != 0 ? order : (x->index > y->index) - (x->index < y->index);
}

static const char *name_of(const cJSON *member)
{
    return member->string != NULL ? member->string : "";
}

/* The first member of a small object whose name an earlier member has, or NULL. */
static const cJSON *pairwise_duplicate(const cJSON *object)
{
    const cJSON *member;
    cJSON_ArrayForEach(member, object) {
        const char *name = name_of(member);
        for (const cJSON *earlier = object->child; earlier != member; earlier = earlier->next) {
            if (name_of(earlier)[0] == name[0] && strcmp(name_of(earlier), name) == 0)
                return member;
        }
    }
    return NULL;
}

/* As pairwise_duplicate, for an object of count members: sorted by name, then by place. */
static locnet_status_t sorted_duplicate(const cJSON *object, size_t count, const cJSON **found)
{
    named_t *named = malloc(count * sizeof *named);
    if (named == NULL)
        return LOCNET_ENOMEM;
    size_t index = 0;
    const cJSON *member;
    cJSON_ArrayForEach(member, object) {
        named[index] = (named_t){name_of(member), index, member};
        index++;
    }
    qsort(named, count, sizeof *named, compare_named);
    size_t first = count;  /* the place of the earliest member that repeats a name */
    for (size_t i = 1; i < count; i++) {
        if (strcmp(named[i - 1].name, named[i].name) == 0 && named[i].index < first) {
            first = named[i].index;
            *found = named[i].member;
        }
    }
    free(named);
    return LOCNET_OK;
}

locnet_status_t locnet_json_find_duplicate(const cJSON *json, const cJSON **member)
{
    *member = NULL;
    if (!cJSON_IsObject(json) && !cJSON_IsArray(json))
        return LOCNET_OK;
    if (cJSON_IsObject(json)) {
        size_t count = 0;
        for (const cJSON *item = json->child; item != NULL && count <= PAIRWISE_MEMBERS;
             item = item->next)
            count++;
        if (count <= PAIRWISE_MEMBERS) {
            *member = pairwise_duplicate(json);
        } else {
            count = (size_t)cJSON_GetArraySize(json);
            locnet_status_t status = sorted_duplicate(json, count, member);
            if (status != LOCNET_OK)
                return status;
        }
        if (*member != NULL)
            return LOCNET_OK;
    }
    const cJSON *item;
    cJSON_ArrayForEach(item, json) {
        if (!cJSON_IsObject(item) && !cJSON_IsArray(item))
            continue;
        locnet_status_t status = locnet_json_find_duplicate(item, member);
        if (status != LOCNET_OK || *member != NULL)
            return status;
    }
    return LOCNET_OK;
}

/* ---- the name's place ------------------------------------------------------------------------ */

typedef struct walk {
    const char *text;
    size_t length;
    size_t at;
    const cJSON *member;
} walk_t;

/* Passes over white space as cJSON does (every byte up to ' '). */
static void skip_space(walk_t *walk)
{
    while (walk->at < walk->length && (unsigned char)walk->text[walk->at] <= ' ')
        walk->at++;
}

/* Passes over the string that starts at walk->at. */
static void skip_string(walk_t *walk)
{
    walk->at++;
    while (walk->at < walk->length && walk->text[walk->at] != '"')
        walk->at += walk->text[walk->at] == '\\' ? 2 : 1;
    walk->at++;
}

/* Walks json's text from walk->at to its end; true (walk->at at the name) on reaching
 * walk->member. */
static bool walk_value(walk_t *walk, const cJSON *json)
{
    skip_space(walk);
    if (walk->at >= walk->length)
        return false;
    if (cJSON_IsString(json)) {
        skip_string(walk);
        return false;
    }
    if (!cJSON_IsObject(json) && !cJSON_IsArray(json)) {  /* a number, true, false, null */
        while (walk->at < walk->length && (unsigned char)walk->text[walk->at] > ' ' &&
               strchr(",]}", walk->text[walk->at]) == NULL)
            walk->at++;
        return false;
    }
    walk->at++;  /* '{' or '[' */
    const cJSON *item;
    cJSON_ArrayForEach(item, json) {
        skip_space(walk);
        if (cJSON_IsObject(json)) {
            if (item == walk->member)
                return true;
            skip_string(walk);
            skip_space(walk);
            walk->at++;  /* ':' */
        }
        if (walk_value(walk, item))
            return true;
        skip_space(walk);
        walk->at++;  /* ',', or the closing '}' or ']' after the last item */
    }
    if (json->child == NULL) {  /* {} or [] */
        skip_space(walk);
        walk->at++;
    }
    return false;
}

size_t locnet_json_name_offset(const char *text, size_t length, size_t start, const cJSON *json,
                               const cJSON *member)
{
    walk_t walk = {text, length, start, member};
    return walk_value(&walk, json) && walk.at < length ? walk.at : start;
}
