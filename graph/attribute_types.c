/* graph/attribute_types.c: the LOCNET_G_INTEGERS list, read and extended through
 * graph/list_codec.h. */
#include "graph/attribute_types.h"

#include <stdlib.h>
#include <string.h>

#include "graph/list_codec.h"

/* "d:name" into a new string (caller frees), or NULL. */
static char *item_of(locnet_domain_t domain, const char *name)
{
    char *item = malloc(strlen(name) + 3);
    if (item != NULL)
        sprintf(item, "%c:%s", (char)domain, name);
    return item;
}

static const char *integers_text(const locnet_network_t *net)
{
    if (!igraph_cattribute_has_attr(&net->graph, IGRAPH_ATTRIBUTE_GRAPH, LOCNET_G_INTEGERS))
        return "";
    const char *text = igraph_cattribute_GAS(&net->graph, LOCNET_G_INTEGERS);
    return text != NULL ? text : "";
}

bool locnet_attribute_is_integer(const locnet_network_t *net, locnet_domain_t domain,
                                 const char *name)
{
    if (domain == LOCNET_DOMAIN_EDGE &&
        (strcmp(name, LOCNET_E_SINCE) == 0 || strcmp(name, LOCNET_E_UNTIL) == 0))
        return true;
    char *item = item_of(domain, name);
    bool found = item != NULL && locnet_list_contains(integers_text(net), item);
    free(item);
    return found;
}

locnet_status_t locnet_attribute_mark_integer(locnet_network_t *net, locnet_domain_t domain,
                                              const char *name)
{
    if (locnet_attribute_is_integer(net, domain, name))
        return LOCNET_OK;
    locnet_list_t list;
    locnet_list_init(&list);
    char *item = item_of(domain, name), *encoded = NULL;
    locnet_status_t status = item != NULL ? locnet_list_decode(integers_text(net), &list)
                                          : LOCNET_ENOMEM;
    if (status == LOCNET_OK)
        status = locnet_list_append(&list, item);
    if (status == LOCNET_OK)
        status = locnet_list_encode(&list, &encoded);
    if (status == LOCNET_OK &&
        igraph_cattribute_GAS_set(&net->graph, LOCNET_G_INTEGERS, encoded) != IGRAPH_SUCCESS)
        status = LOCNET_ENOMEM;
    free(item);
    free(encoded);
    locnet_list_destroy(&list);
    return status;
}
