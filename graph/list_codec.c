/* graph/list_codec.c: list and map values as compact JSON text (see list_codec.h). */
#include "graph/list_codec.h"

#include "graph/growable.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

void locnet_list_init(locnet_list_t *list)
{
    list->items = NULL;
    list->count = 0;
    list->capacity = 0;
    list->borrowed = false;
}

void locnet_list_destroy(locnet_list_t *list)
{
    if (list == NULL)
        return;
    for (size_t i = 0; i < list->count && !list->borrowed; i++)
        free(list->items[i]);
    free(list->items);
    locnet_list_init(list);
}

/* Makes the borrowed items of list copies of its own; on failure the list is unchanged. */
static locnet_status_t own_items(locnet_list_t *list)
{
    char **copies = calloc(list->capacity, sizeof *copies);
    size_t copied = 0;
    while (copies != NULL && copied < list->count &&
           (copies[copied] = strdup(list->items[copied])) != NULL)
        copied++;
    if (copies == NULL || copied < list->count) {
        while (copies != NULL && copied > 0)
            free(copies[--copied]);
        free(copies);
        return LOCNET_ENOMEM;
    }
    free(list->items);
    list->items = copies;
    list->borrowed = false;
    return LOCNET_OK;
}

locnet_status_t locnet_list_borrow(locnet_list_t *list, const char *item)
{
    if (list->count > 0 && !list->borrowed)
        return locnet_list_append(list, item);
    if (LOCNET_GROW(&list->items, &list->capacity, list->count) != LOCNET_OK)
        return LOCNET_ENOMEM;
    list->borrowed = true;
    list->items[list->count++] = (char *)item;
    return LOCNET_OK;
}

locnet_status_t locnet_list_append(locnet_list_t *list, const char *item)
{
    if (list->borrowed && list->count > 0 && own_items(list) != LOCNET_OK)
        return LOCNET_ENOMEM;
    list->borrowed = false;
    if (LOCNET_GROW(&list->items, &list->capacity, list->count) != LOCNET_OK)
        return LOCNET_ENOMEM;
    char *copy = strdup(item);
    if (copy == NULL)
        return LOCNET_ENOMEM;
    list->items[list->count++] = copy;
    return LOCNET_OK;
}

/* Nodes and text that fit on the stack: a list or map of a few short strings, as most are. */
#define STACK_NODES 16
#define STACK_TEXT 1024

/* The most bytes cJSON may print for text: 6 for each byte (\u00XX), 2 quotes, a separator. */
static size_t printed_bound(const char *text)
{
    return 6 * strlen(text) + 3;
}

/* Prints count strings through cJSON's printer, compactly, into *encoded: as an array of items,
 * or as an object when map (items then alternate keys and values). The nodes are made in place
 * and refer to the strings: no tree is allocated and nothing is copied before printing. */
static locnet_status_t print_strings(char *const *items, size_t count, bool map, char **encoded)
{
    size_t step = map ? 2 : 1, n = count / step, bound = 8;
    cJSON stack_nodes[STACK_NODES], container;
    char stack_text[STACK_TEXT];
    cJSON *nodes = n <= STACK_NODES ? stack_nodes : calloc(n, sizeof *nodes);
    char *text = NULL;
    locnet_status_t status = LOCNET_ENOMEM;
    *encoded = NULL;
    if (nodes == NULL)
        return LOCNET_ENOMEM;
    memset(nodes, 0, n * sizeof *nodes);
    memset(&container, 0, sizeof container);
    container.type = map ? cJSON_Object : cJSON_Array;
    container.child = n > 0 ? &nodes[0] : NULL;
    for (size_t i = 0; i < n; i++) {
        nodes[i].type = cJSON_String | cJSON_IsReference;
        nodes[i].valuestring = items[i * step + step - 1];
        nodes[i].string = map ? items[i * step] : NULL;
        nodes[i].next = i + 1 < n ? &nodes[i + 1] : NULL;
        nodes[i].prev = i > 0 ? &nodes[i - 1] : &nodes[n - 1];
        bound += printed_bound(nodes[i].valuestring) + (map ? printed_bound(nodes[i].string) : 0);
    }
    text = bound <= sizeof stack_text ? stack_text : malloc(bound);
    if (text == NULL || bound > INT_MAX ||
        !cJSON_PrintPreallocated(&container, text, (int)bound, 0))
        goto cleanup;
    *encoded = strdup(n > 0 ? text : "");
    if (*encoded != NULL)
        status = LOCNET_OK;
cleanup:
    if (text != stack_text)
        free(text);
    if (nodes != stack_nodes)
        free(nodes);
    return status;
}

locnet_status_t locnet_list_encode(const locnet_list_t *list, char **encoded)
{
    return print_strings(list->items, list->count, false, encoded);
}

locnet_status_t locnet_map_encode(const locnet_list_t *pairs, char **encoded)
{
    return print_strings(pairs->items, pairs->count - pairs->count % 2, true, encoded);
}

size_t locnet_list_written_length(const char *text, size_t size)
{
    if (size < 4 || text[0] != '[')
        return 0;
    for (size_t at = 1; at < size && text[at] == '"';) {
        size_t start = ++at;  /* the item's first byte */
        while (at < size && text[at] != '"' && text[at] != '\\' &&
               (unsigned char)text[at] >= 0x20)
            at++;
        if (at >= size || text[at] != '"' || at == start || at + 1 >= size)
            return 0;
        at++;  /* past the closing quote */
        if (text[at] == ']')
            return at + 1;
        if (text[at] != ',')
            return 0;
        at++;
    }
    return 0;
}

/* Appends the strings of an encoded container: keys too when want_keys. */
static locnet_status_t decode_container(const char *encoded, bool want_keys, locnet_list_t *list)
{
    if (encoded == NULL || encoded[0] == '\0')
        return LOCNET_OK;
    locnet_status_t status = LOCNET_EDATA;
    cJSON *container = cJSON_Parse(encoded);
    if (container == NULL || !(want_keys ? cJSON_IsObject(container) : cJSON_IsArray(container)))
        goto cleanup;
    const cJSON *item;
    cJSON_ArrayForEach(item, container) {
        if (!cJSON_IsString(item)) {
            status = LOCNET_EDATA;
            goto cleanup;
        }
        if (want_keys && (status = locnet_list_append(list, item->string)) != LOCNET_OK)
            goto cleanup;
        if ((status = locnet_list_append(list, item->valuestring)) != LOCNET_OK)
            goto cleanup;
    }
    status = LOCNET_OK;
cleanup:
    cJSON_Delete(container);
    return status;
}

locnet_status_t locnet_list_decode(const char *encoded, locnet_list_t *list)
{
    return decode_container(encoded, false, list);
}

locnet_status_t locnet_map_decode(const char *encoded, locnet_list_t *pairs)
{
    return decode_container(encoded, true, pairs);
}

/* True when the encoded array holds one of the count strings of wanted. */
static bool contains_one_of(const char *encoded, char *const *wanted, size_t count)
{
    if (encoded == NULL || encoded[0] == '\0' || count == 0)
        return false;
    cJSON *array = cJSON_Parse(encoded);
    bool found = false;
    const cJSON *item;
    cJSON_ArrayForEach(item, array) {
        for (size_t i = 0; cJSON_IsString(item) && i < count && !found; i++)
            found = strcmp(item->valuestring, wanted[i]) == 0;
        if (found)
            break;
    }
    cJSON_Delete(array);
    return found;
}

bool locnet_list_contains(const char *encoded, const char *item)
{
    char *wanted[] = {(char *)item};
    return contains_one_of(encoded, wanted, 1);
}

bool locnet_list_contains_any(const char *encoded, const locnet_list_t *wanted)
{
    return contains_one_of(encoded, wanted->items, wanted->count);
}
