/* graph/list_codec.c: list and map values as compact JSON text (see list_codec.h). */
#include "graph/list_codec.h"

#include "graph/growable.h"

#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

void locnet_list_init(locnet_list_t *list)
{
    list->items = NULL;
    list->count = 0;
    list->capacity = 0;
}

void locnet_list_destroy(locnet_list_t *list)
{
    if (list == NULL)
        return;
    for (size_t i = 0; i < list->count; i++)
        free(list->items[i]);
    free(list->items);
    locnet_list_init(list);
}

locnet_status_t locnet_list_append(locnet_list_t *list, const char *item)
{
    if (LOCNET_GROW(&list->items, &list->capacity, list->count) != LOCNET_OK)
        return LOCNET_ENOMEM;
    char *copy = strdup(item);
    if (copy == NULL)
        return LOCNET_ENOMEM;
    list->items[list->count++] = copy;
    return LOCNET_OK;
}

/* Prints a cJSON container compactly into *encoded, or "" when it is empty. Takes ownership. */
static locnet_status_t print_container(cJSON *container, char **encoded)
{
    locnet_status_t status = LOCNET_ENOMEM;
    *encoded = NULL;
    if (container == NULL)
        goto cleanup;
    *encoded = cJSON_GetArraySize(container) == 0 ? strdup("") : cJSON_PrintUnformatted(container);
    if (*encoded != NULL)
        status = LOCNET_OK;
cleanup:
    cJSON_Delete(container);
    return status;
}

locnet_status_t locnet_list_encode(const locnet_list_t *list, char **encoded)
{
    cJSON *array = cJSON_CreateArray();
    for (size_t i = 0; array != NULL && i < list->count; i++) {
        cJSON *item = cJSON_CreateString(list->items[i]);
        if (item == NULL || !cJSON_AddItemToArray(array, item)) {
            cJSON_Delete(item);
            cJSON_Delete(array);
            array = NULL;
        }
    }
    return print_container(array, encoded);
}

locnet_status_t locnet_map_encode(const locnet_list_t *pairs, char **encoded)
{
    cJSON *object = cJSON_CreateObject();
    for (size_t i = 0; object != NULL && i + 1 < pairs->count; i += 2) {
        if (cJSON_AddStringToObject(object, pairs->items[i], pairs->items[i + 1]) == NULL) {
            cJSON_Delete(object);
            object = NULL;
        }
    }
    return print_container(object, encoded);
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
