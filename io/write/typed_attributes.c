/* io/write/typed_attributes.c: igraph_cattribute_list, put in order and typed. */
#include "io/write/typed_attributes.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/write/table.h"

void locnet_typed_attributes_destroy(locnet_typed_attributes_t *list)
{
    if (list == NULL)
        return;
    free(list->items);
    list->items = NULL;
    for (int d = 0; d < 3; d++)
        igraph_strvector_destroy(&list->names[d]);
}

/* The rank of name among the schema's attributes of a domain; after them all when absent. */
static size_t schema_rank(locnet_domain_t domain, const char *name)
{
    const char *const *texts = domain == LOCNET_DOMAIN_VERTEX ? locnet_vertex_text_names
                                                              : locnet_edge_text_names;
    const char *const *numbers = domain == LOCNET_DOMAIN_VERTEX ? locnet_vertex_number_names
                                                                : locnet_edge_number_names;
    size_t text_count = domain == LOCNET_DOMAIN_VERTEX ? LOCNET_VT_COUNT : LOCNET_ET_COUNT;
    size_t number_count = domain == LOCNET_DOMAIN_VERTEX ? LOCNET_VN_COUNT : LOCNET_EN_COUNT;
    for (size_t i = 0; domain != LOCNET_DOMAIN_GRAPH && i < text_count; i++) {
        if (strcmp(texts[i], name) == 0)
            return i;
    }
    for (size_t i = 0; domain != LOCNET_DOMAIN_GRAPH && i < number_count; i++) {
        if (strcmp(numbers[i], name) == 0)
            return text_count + i;
    }
    return (size_t)-1;
}

static int compare_attributes(const void *left, const void *right)
{
    const locnet_typed_attribute_t *a = left, *b = right;
    static const char order[] = "gve";
    if (a->domain != b->domain)
        return strchr(order, (int)a->domain) < strchr(order, (int)b->domain) ? -1 : 1;
    size_t rank_a = schema_rank(a->domain, a->name), rank_b = schema_rank(b->domain, b->name);
    if (rank_a != rank_b)
        return rank_a < rank_b ? -1 : 1;
    return a->listed < b->listed ? -1 : a->listed > b->listed;
}

static locnet_value_type_t value_type(const locnet_network_t *net, locnet_domain_t domain,
                                      const char *name, igraph_attribute_type_t type)
{
    if (type == IGRAPH_ATTRIBUTE_BOOLEAN)
        return LOCNET_VALUE_BOOLEAN;
    if (type == IGRAPH_ATTRIBUTE_NUMERIC)
        return locnet_attribute_is_integer(net, domain, name) ? LOCNET_VALUE_INTEGER
                                                              : LOCNET_VALUE_REAL;
    return LOCNET_VALUE_TEXT;
}

/* Adds the schema's text attributes that the network lacks (see network_builder.c: a column
 * without a value is not made), so that a writer declares the same attributes either way. */
static void add_absent_schema_texts(const locnet_network_t *net, locnet_typed_attributes_t *list)
{
    static const struct {
        locnet_domain_t domain;
        igraph_attribute_elemtype_t elements;
        const char *const *names;
        size_t count;
    } schemas[2] = {{LOCNET_DOMAIN_VERTEX, IGRAPH_ATTRIBUTE_VERTEX, locnet_vertex_text_names,
                     LOCNET_VT_COUNT},
                    {LOCNET_DOMAIN_EDGE, IGRAPH_ATTRIBUTE_EDGE, locnet_edge_text_names,
                     LOCNET_ET_COUNT}};
    for (int d = 0; d < 2; d++) {
        for (size_t i = 0; i < schemas[d].count; i++) {
            if (igraph_cattribute_has_attr(&net->graph, schemas[d].elements, schemas[d].names[i]))
                continue;
            locnet_typed_attribute_t *item = &list->items[list->count++];
            item->name = schemas[d].names[i];
            item->domain = schemas[d].domain;
            item->type = LOCNET_VALUE_TEXT;
            item->absent = true;
        }
    }
}

locnet_status_t locnet_typed_attributes_list(const locnet_network_t *net,
                                             locnet_typed_attributes_t *list)
{
    memset(list, 0, sizeof *list);
    igraph_vector_int_t types[3];
    bool made = true;
    for (int d = 0; d < 3; d++) {
        made = igraph_strvector_init(&list->names[d], 0) == IGRAPH_SUCCESS && made;
        made = igraph_vector_int_init(&types[d], 0) == IGRAPH_SUCCESS && made;
    }
    locnet_status_t status = LOCNET_ENOMEM;
    if (!made || igraph_cattribute_list(&net->graph, &list->names[0], &types[0], &list->names[1],
                                        &types[1], &list->names[2], &types[2]) != IGRAPH_SUCCESS)
        goto cleanup;
    size_t total = 0;
    for (int d = 0; d < 3; d++)
        total += (size_t)igraph_strvector_size(&list->names[d]);
    total += LOCNET_VT_COUNT + LOCNET_ET_COUNT;  /* room for the absent ones */
    if ((list->items = calloc(total + 1, sizeof *list->items)) == NULL)
        goto cleanup;
    static const locnet_domain_t domains[3] = {LOCNET_DOMAIN_GRAPH, LOCNET_DOMAIN_VERTEX,
                                               LOCNET_DOMAIN_EDGE};
    for (int d = 0; d < 3; d++) {
        for (igraph_integer_t i = 0; i < igraph_strvector_size(&list->names[d]); i++) {
            const char *name = igraph_strvector_get(&list->names[d], i);
            if (d == 0 && (strcmp(name, LOCNET_G_INTEGERS) == 0 || strcmp(name, "sources") == 0 ||
                           strcmp(name, "events") == 0))
                continue;
            locnet_typed_attribute_t *item = &list->items[list->count++];
            item->name = name;
            item->listed = (size_t)i;
            item->domain = domains[d];
            item->type = value_type(net, domains[d], name,
                                    (igraph_attribute_type_t)VECTOR(types[d])[i]);
        }
    }
    add_absent_schema_texts(net, list);
    qsort(list->items, list->count, sizeof *list->items, compare_attributes);
    status = LOCNET_OK;
cleanup:
    for (int d = 0; d < 3; d++)
        igraph_vector_int_destroy(&types[d]);
    if (status != LOCNET_OK)
        locnet_typed_attributes_destroy(list);
    return status;
}

static double number_of(const igraph_t *graph, const locnet_typed_attribute_t *attribute,
                        igraph_integer_t element)
{
    switch (attribute->domain) {
    case LOCNET_DOMAIN_GRAPH:
        return igraph_cattribute_GAN(graph, attribute->name);
    case LOCNET_DOMAIN_VERTEX:
        return igraph_cattribute_VAN(graph, attribute->name, element);
    default:
        return igraph_cattribute_EAN(graph, attribute->name, element);
    }
}

const char *locnet_typed_value(const locnet_network_t *net,
                               const locnet_typed_attribute_t *attribute,
                               igraph_integer_t element, char *buffer, size_t size)
{
    const igraph_t *graph = &net->graph;
    const char *name = attribute->name;
    if (attribute->absent)
        return NULL;
    if (attribute->type == LOCNET_VALUE_TEXT) {
        const char *text = attribute->domain == LOCNET_DOMAIN_GRAPH ? igraph_cattribute_GAS(graph, name)
                           : attribute->domain == LOCNET_DOMAIN_VERTEX
                               ? igraph_cattribute_VAS(graph, name, element)
                               : igraph_cattribute_EAS(graph, name, element);
        return text != NULL && text[0] != '\0' ? text : NULL;
    }
    if (attribute->type == LOCNET_VALUE_BOOLEAN) {
        bool value = attribute->domain == LOCNET_DOMAIN_GRAPH ? igraph_cattribute_GAB(graph, name)
                     : attribute->domain == LOCNET_DOMAIN_VERTEX
                         ? igraph_cattribute_VAB(graph, name, element)
                         : igraph_cattribute_EAB(graph, name, element);
        return value ? "true" : "false";
    }
    double value = number_of(graph, attribute, element);
    if (!isfinite(value))
        return NULL;
    if (attribute->type == LOCNET_VALUE_INTEGER && value == floor(value) && fabs(value) < 9e15)
        snprintf(buffer, size, "%lld", (long long)value);
    else
        locnet_format_real(value, buffer, size);
    return buffer;
}
