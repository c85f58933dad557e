/* graph/network.c: life cycle and attribute access of a locality network. */
#include "graph/network.h"

#include "graph/id_index.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

const char *const locnet_vertex_text_names[LOCNET_VT_COUNT] = {
    LOCNET_V_ID, LOCNET_V_NAME, LOCNET_V_COUNTRY, LOCNET_V_LEVEL, LOCNET_V_PARENT,
    LOCNET_V_ALIASES, LOCNET_V_CODES, LOCNET_V_SUCCEEDED_BY, LOCNET_V_SUCCEEDED_ON,
    LOCNET_V_SUCCESSION_SOURCES, LOCNET_V_ENDED_ON, LOCNET_V_END_SOURCES,
};
const char *const locnet_vertex_number_names[LOCNET_VN_COUNT] = {LOCNET_V_LAT, LOCNET_V_LON};
const char *const locnet_edge_text_names[LOCNET_ET_COUNT] = {
    LOCNET_E_KIND, LOCNET_E_THEMES, LOCNET_E_SOURCES, LOCNET_E_NOTE, LOCNET_E_EVENT,
};
const char *const locnet_edge_number_names[LOCNET_EN_COUNT] = {LOCNET_E_SINCE, LOCNET_E_UNTIL};

void locnet_attributes_install(void)
{
    igraph_set_attribute_table(&igraph_cattribute_table);
}

locnet_status_t locnet_network_init_empty(locnet_network_t *net)
{
    net->sources = NULL;
    net->source_count = 0;
    net->events = NULL;
    net->event_count = 0;
    if (igraph_empty(&net->graph, 0, IGRAPH_UNDIRECTED) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    igraph_strvector_t no_text;
    igraph_vector_t no_numbers;
    /* a failed init leaves a vector that destroy accepts */
    igraph_error_t rc = igraph_strvector_init(&no_text, 0);
    if (igraph_vector_init(&no_numbers, 0) != IGRAPH_SUCCESS)
        rc = IGRAPH_ENOMEM;
    for (size_t i = 0; rc == IGRAPH_SUCCESS && i < LOCNET_VT_COUNT; i++)
        rc = igraph_cattribute_VAS_setv(&net->graph, locnet_vertex_text_names[i], &no_text);
    for (size_t i = 0; rc == IGRAPH_SUCCESS && i < LOCNET_VN_COUNT; i++)
        rc = igraph_cattribute_VAN_setv(&net->graph, locnet_vertex_number_names[i], &no_numbers);
    for (size_t i = 0; rc == IGRAPH_SUCCESS && i < LOCNET_ET_COUNT; i++)
        rc = igraph_cattribute_EAS_setv(&net->graph, locnet_edge_text_names[i], &no_text);
    for (size_t i = 0; rc == IGRAPH_SUCCESS && i < LOCNET_EN_COUNT; i++)
        rc = igraph_cattribute_EAN_setv(&net->graph, locnet_edge_number_names[i], &no_numbers);
    igraph_strvector_destroy(&no_text);
    igraph_vector_destroy(&no_numbers);
    if (rc != IGRAPH_SUCCESS) {
        igraph_destroy(&net->graph);
        return LOCNET_ENOMEM;
    }
    return LOCNET_OK;
}

static char *copy_or_null(const char *text)
{
    return text == NULL ? NULL : strdup(text);
}

/* Copies the events of from into net (which has none yet). */
static locnet_status_t copy_events(locnet_network_t *net, const locnet_network_t *from)
{
    if (from->event_count == 0)
        return LOCNET_OK;
    net->events = calloc(from->event_count, sizeof *net->events);
    if (net->events == NULL)
        return LOCNET_ENOMEM;
    for (size_t i = 0; i < from->event_count; i++) {
        if (locnet_event_copy(&net->events[i], &from->events[i]) != LOCNET_OK)
            return LOCNET_ENOMEM;
        net->event_count++;
    }
    return LOCNET_OK;
}

locnet_status_t locnet_network_adopt(locnet_network_t *net, igraph_t *graph,
                                     const locnet_network_t *sources_from)
{
    net->graph = *graph;
    net->sources = NULL;
    net->source_count = 0;
    net->events = NULL;
    net->event_count = 0;
    if (sources_from == NULL)
        return LOCNET_OK;
    size_t count = sources_from->source_count;
    if (count > 0 && (net->sources = calloc(count, sizeof *net->sources)) == NULL) {
        locnet_network_destroy(net);
        return LOCNET_ENOMEM;
    }
    net->source_count = count;
    for (size_t i = 0; i < count; i++) {
        const locnet_source_t *from = &sources_from->sources[i];
        locnet_source_t *to = &net->sources[i];
        to->id = strdup(from->id);
        to->title = strdup(from->title);
        to->publisher = strdup(from->publisher);
        to->date = strdup(from->date);
        to->url = copy_or_null(from->url);
        if (!to->id || !to->title || !to->publisher || !to->date || (from->url && !to->url)) {
            locnet_network_destroy(net);
            return LOCNET_ENOMEM;
        }
    }
    if (copy_events(net, sources_from) != LOCNET_OK) {
        locnet_network_destroy(net);
        return LOCNET_ENOMEM;
    }
    return LOCNET_OK;
}

void locnet_source_destroy(locnet_source_t *source)
{
    if (source == NULL)
        return;
    free(source->id);
    free(source->title);
    free(source->publisher);
    free(source->date);
    free(source->url);
    memset(source, 0, sizeof *source);
}

void locnet_network_destroy(locnet_network_t *net)
{
    if (net == NULL)
        return;
    igraph_destroy(&net->graph);
    for (size_t i = 0; i < net->source_count; i++)
        locnet_source_destroy(&net->sources[i]);
    free(net->sources);
    net->sources = NULL;
    net->source_count = 0;
    locnet_events_free(net->events, net->event_count);
    net->events = NULL;
    net->event_count = 0;
}

void locnet_network_replace(locnet_network_t *dst, locnet_network_t *src)
{
    locnet_network_destroy(dst);
    *dst = *src;
    src->sources = NULL;
    src->source_count = 0;
    src->events = NULL;
    src->event_count = 0;
}

igraph_integer_t locnet_locality_count(const locnet_network_t *net)
{
    return igraph_vcount(&net->graph);
}

igraph_integer_t locnet_partnership_count(const locnet_network_t *net)
{
    return igraph_ecount(&net->graph);
}

const char *locnet_locality_text(const locnet_network_t *net, const char *attribute,
                                 igraph_integer_t vertex)
{
    if (!igraph_cattribute_has_attr(&net->graph, IGRAPH_ATTRIBUTE_VERTEX, attribute))
        return "";  /* a schema attribute no locality has (see network_builder.c) */
    const char *value = igraph_cattribute_VAS(&net->graph, attribute, vertex);
    return value != NULL ? value : "";
}

double locnet_locality_number(const locnet_network_t *net, const char *attribute,
                              igraph_integer_t vertex)
{
    return igraph_cattribute_VAN(&net->graph, attribute, vertex);
}

const char *locnet_partnership_text(const locnet_network_t *net, const char *attribute,
                                    igraph_integer_t edge)
{
    if (!igraph_cattribute_has_attr(&net->graph, IGRAPH_ATTRIBUTE_EDGE, attribute))
        return "";  /* a schema attribute no partnership has (see network_builder.c) */
    const char *value = igraph_cattribute_EAS(&net->graph, attribute, edge);
    return value != NULL ? value : "";
}

double locnet_partnership_number(const locnet_network_t *net, const char *attribute,
                                 igraph_integer_t edge)
{
    return igraph_cattribute_EAN(&net->graph, attribute, edge);
}

bool locnet_is_schema_attribute(bool vertices, const char *name)
{
    const char *const *texts = vertices ? locnet_vertex_text_names : locnet_edge_text_names;
    const char *const *numbers = vertices ? locnet_vertex_number_names : locnet_edge_number_names;
    int text_count = vertices ? LOCNET_VT_COUNT : LOCNET_ET_COUNT;
    int number_count = vertices ? LOCNET_VN_COUNT : LOCNET_EN_COUNT;
    for (int i = 0; i < text_count; i++) {
        if (strcmp(texts[i], name) == 0)
            return true;
    }
    for (int i = 0; i < number_count; i++) {
        if (strcmp(numbers[i], name) == 0)
            return true;
    }
    return false;
}

locnet_status_t locnet_network_extra_attributes(const locnet_network_t *net, bool vertices,
                                                igraph_strvector_t *names,
                                                igraph_vector_int_t *types)
{
    igraph_strvector_t vertex_names, edge_names;
    igraph_vector_int_t vertex_types, edge_types;
    locnet_status_t status = LOCNET_ENOMEM;
    /* a failed init leaves a vector that destroy accepts, so all are made before checking */
    bool made = igraph_strvector_init(&vertex_names, 0) == IGRAPH_SUCCESS;
    made = igraph_strvector_init(&edge_names, 0) == IGRAPH_SUCCESS && made;
    made = igraph_vector_int_init(&vertex_types, 0) == IGRAPH_SUCCESS && made;
    made = igraph_vector_int_init(&edge_types, 0) == IGRAPH_SUCCESS && made;
    igraph_strvector_clear(names);
    igraph_vector_int_clear(types);
    if (!made || igraph_cattribute_list(&net->graph, NULL, NULL, &vertex_names, &vertex_types,
                                        &edge_names, &edge_types) != IGRAPH_SUCCESS)
        goto cleanup;
    const igraph_strvector_t *all_names = vertices ? &vertex_names : &edge_names;
    const igraph_vector_int_t *all_types = vertices ? &vertex_types : &edge_types;
    for (igraph_integer_t i = 0; i < igraph_strvector_size(all_names); i++) {
        const char *name = igraph_strvector_get(all_names, i);
        if (locnet_is_schema_attribute(vertices, name))
            continue;
        if (igraph_strvector_push_back(names, name) != IGRAPH_SUCCESS ||
            igraph_vector_int_push_back(types, VECTOR(*all_types)[i]) != IGRAPH_SUCCESS)
            goto cleanup;
    }
    status = LOCNET_OK;
cleanup:
    igraph_strvector_destroy(&vertex_names);
    igraph_strvector_destroy(&edge_names);
    igraph_vector_int_destroy(&vertex_types);
    igraph_vector_int_destroy(&edge_types);
    return status;
}

const locnet_source_t *locnet_network_find_source(const locnet_network_t *net, const char *id)
{
    for (size_t i = 0; i < net->source_count; i++) {
        if (strcmp(net->sources[i].id, id) == 0)
            return &net->sources[i];
    }
    return NULL;
}

const locnet_event_t *locnet_network_find_event(const locnet_network_t *net, const char *id)
{
    for (size_t i = 0; i < net->event_count; i++) {
        if (strcmp(net->events[i].id, id) == 0)
            return &net->events[i];
    }
    return NULL;
}

/* The localities of a network by id, for naming its events. */
typedef struct named_localities {
    const locnet_network_t *net;
    locnet_id_index_t ids;
} named_localities_t;

static const char *name_of(void *context, const char *id)
{
    const named_localities_t *localities = context;
    int64_t v;
    if (!locnet_id_index_find(&localities->ids, id, &v))
        return NULL;
    return locnet_locality_text(localities->net, LOCNET_V_NAME, (igraph_integer_t)v);
}

locnet_status_t locnet_network_name_events(locnet_network_t *net)
{
    if (net->event_count == 0)
        return LOCNET_OK;
    named_localities_t localities = {net, {0}};
    locnet_id_index_init(&localities.ids);
    locnet_status_t status = locnet_id_index_localities(&localities.ids, net);
    if (status == LOCNET_OK)
        status = locnet_events_name(net->events, net->event_count, name_of, &localities);
    locnet_id_index_destroy(&localities.ids);
    return status;
}
