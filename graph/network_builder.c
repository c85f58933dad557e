/* graph/network_builder.c: record-at-a-time collection of a network's attribute vectors. */
#include "graph/network_builder.h"

#include "graph/growable.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void locnet_locality_fields_clear(locnet_locality_fields_t *fields)
{
    for (int i = 0; i < LOCNET_VT_COUNT; i++)
        fields->text[i] = NULL;
    for (int i = 0; i < LOCNET_VN_COUNT; i++)
        fields->number[i] = NAN;
}

void locnet_partnership_fields_clear(locnet_partnership_fields_t *fields)
{
    for (int i = 0; i < LOCNET_ET_COUNT; i++)
        fields->text[i] = NULL;
    for (int i = 0; i < LOCNET_EN_COUNT; i++)
        fields->number[i] = NAN;
}

locnet_status_t locnet_builder_init(locnet_network_builder_t *builder)
{
    memset(builder, 0, sizeof *builder);
    locnet_id_index_init(&builder->locality_index);
    locnet_id_index_init(&builder->source_index);
    igraph_error_t rc = igraph_vector_int_init(&builder->endpoints, 0);
    for (int i = 0; rc == IGRAPH_SUCCESS && i < LOCNET_VT_COUNT; i++)
        rc = igraph_strvector_init(&builder->vertex_text[i], 0);
    for (int i = 0; rc == IGRAPH_SUCCESS && i < LOCNET_VN_COUNT; i++)
        rc = igraph_vector_init(&builder->vertex_number[i], 0);
    for (int i = 0; rc == IGRAPH_SUCCESS && i < LOCNET_ET_COUNT; i++)
        rc = igraph_strvector_init(&builder->edge_text[i], 0);
    for (int i = 0; rc == IGRAPH_SUCCESS && i < LOCNET_EN_COUNT; i++)
        rc = igraph_vector_init(&builder->edge_number[i], 0);
    if (rc != IGRAPH_SUCCESS) {
        locnet_builder_destroy(builder);
        return LOCNET_ENOMEM;
    }
    return LOCNET_OK;
}

/* igraph's destroy functions need initialised vectors; a zeroed one has a NULL stor_begin. */
#define DESTROY_IF_INIT(kind, vector)         \
    do {                                      \
        if ((vector)->stor_begin != NULL)     \
            igraph_##kind##_destroy(vector);  \
    } while (0)

void locnet_builder_destroy(locnet_network_builder_t *builder)
{
    if (builder == NULL)
        return;
    locnet_id_index_destroy(&builder->locality_index);
    locnet_id_index_destroy(&builder->source_index);
    DESTROY_IF_INIT(vector_int, &builder->endpoints);
    for (int i = 0; i < LOCNET_VT_COUNT; i++)
        DESTROY_IF_INIT(strvector, &builder->vertex_text[i]);
    for (int i = 0; i < LOCNET_VN_COUNT; i++)
        DESTROY_IF_INIT(vector, &builder->vertex_number[i]);
    for (int i = 0; i < LOCNET_ET_COUNT; i++)
        DESTROY_IF_INIT(strvector, &builder->edge_text[i]);
    for (int i = 0; i < LOCNET_EN_COUNT; i++)
        DESTROY_IF_INIT(vector, &builder->edge_number[i]);
    for (size_t i = 0; i < builder->source_count; i++)
        locnet_source_destroy(&builder->sources[i]);
    free(builder->sources);
    memset(builder, 0, sizeof *builder);
}

static const char *or_empty(const char *text)
{
    return text != NULL ? text : "";
}

locnet_status_t locnet_builder_add_locality(locnet_network_builder_t *builder,
                                            const locnet_locality_fields_t *fields,
                                            igraph_integer_t *vertex, igraph_integer_t *existing)
{
    igraph_integer_t next = igraph_strvector_size(&builder->vertex_text[LOCNET_VT_ID]);
    int64_t first = -1;
    locnet_status_t status =
        locnet_id_index_insert(&builder->locality_index, fields->text[LOCNET_VT_ID], next, &first);
    if (status != LOCNET_OK) {
        if (existing != NULL)
            *existing = (igraph_integer_t)first;
        return status;
    }
    igraph_error_t rc = IGRAPH_SUCCESS;
    for (int i = 0; rc == IGRAPH_SUCCESS && i < LOCNET_VT_COUNT; i++)
        rc = igraph_strvector_push_back(&builder->vertex_text[i], or_empty(fields->text[i]));
    for (int i = 0; rc == IGRAPH_SUCCESS && i < LOCNET_VN_COUNT; i++)
        rc = igraph_vector_push_back(&builder->vertex_number[i], fields->number[i]);
    if (rc != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;  /* the builder is now inconsistent; the caller gives up */
    if (vertex != NULL)
        *vertex = next;
    return LOCNET_OK;
}

bool locnet_builder_find_locality(const locnet_network_builder_t *builder, const char *id,
                                  igraph_integer_t *vertex)
{
    int64_t value;
    if (!locnet_id_index_find(&builder->locality_index, id, &value))
        return false;
    if (vertex != NULL)
        *vertex = (igraph_integer_t)value;
    return true;
}

igraph_integer_t locnet_builder_locality_count(const locnet_network_builder_t *builder)
{
    return igraph_strvector_size(&builder->vertex_text[LOCNET_VT_ID]);
}

const char *locnet_builder_locality_id(const locnet_network_builder_t *builder,
                                       igraph_integer_t vertex)
{
    return igraph_strvector_get(&builder->vertex_text[LOCNET_VT_ID], vertex);
}

locnet_status_t locnet_builder_add_partnership(locnet_network_builder_t *builder,
                                               igraph_integer_t a, igraph_integer_t b,
                                               const locnet_partnership_fields_t *fields,
                                               igraph_integer_t *edge)
{
    igraph_integer_t next = igraph_strvector_size(&builder->edge_text[LOCNET_ET_KIND]);
    igraph_error_t rc = igraph_vector_int_push_back(&builder->endpoints, a);
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_vector_int_push_back(&builder->endpoints, b);
    for (int i = 0; rc == IGRAPH_SUCCESS && i < LOCNET_ET_COUNT; i++)
        rc = igraph_strvector_push_back(&builder->edge_text[i], or_empty(fields->text[i]));
    for (int i = 0; rc == IGRAPH_SUCCESS && i < LOCNET_EN_COUNT; i++)
        rc = igraph_vector_push_back(&builder->edge_number[i], fields->number[i]);
    if (rc != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    if (edge != NULL)
        *edge = next;
    return LOCNET_OK;
}

void locnet_builder_set_endpoint(locnet_network_builder_t *builder, igraph_integer_t edge,
                                 int end, igraph_integer_t vertex)
{
    VECTOR(builder->endpoints)[2 * edge + end] = vertex;
}

locnet_status_t locnet_builder_add_source(locnet_network_builder_t *builder,
                                          const locnet_source_t *source)
{
    if (locnet_id_index_find(&builder->source_index, source->id, NULL))
        return LOCNET_EDATA;
    if (LOCNET_GROW(&builder->sources, &builder->source_capacity, builder->source_count) != LOCNET_OK)
        return LOCNET_ENOMEM;
    locnet_source_t *copy = &builder->sources[builder->source_count];
    copy->id = strdup(source->id);
    copy->title = strdup(source->title);
    copy->publisher = strdup(source->publisher);
    copy->date = strdup(source->date);
    copy->url = source->url != NULL ? strdup(source->url) : NULL;
    builder->source_count++;
    if (!copy->id || !copy->title || !copy->publisher || !copy->date ||
        (source->url && !copy->url))
        return LOCNET_ENOMEM;
    return locnet_id_index_insert(&builder->source_index, source->id,
                                  (int64_t)builder->source_count - 1, NULL);
}

bool locnet_builder_has_source(const locnet_network_builder_t *builder, const char *id)
{
    return locnet_id_index_find(&builder->source_index, id, NULL);
}

locnet_status_t locnet_builder_finish(locnet_network_builder_t *builder, locnet_network_t *net)
{
    locnet_status_t status = locnet_network_init_empty(net);
    if (status != LOCNET_OK)
        return status;
    igraph_t *graph = &net->graph;
    igraph_integer_t vertices = locnet_builder_locality_count(builder);
    igraph_error_t rc = igraph_add_vertices(graph, vertices, NULL);
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_add_edges(graph, &builder->endpoints, NULL);
    for (int i = 0; rc == IGRAPH_SUCCESS && i < LOCNET_VT_COUNT; i++)
        rc = igraph_cattribute_VAS_setv(graph, locnet_vertex_text_names[i],
                                        &builder->vertex_text[i]);
    for (int i = 0; rc == IGRAPH_SUCCESS && i < LOCNET_VN_COUNT; i++)
        rc = igraph_cattribute_VAN_setv(graph, locnet_vertex_number_names[i],
                                        &builder->vertex_number[i]);
    for (int i = 0; rc == IGRAPH_SUCCESS && i < LOCNET_ET_COUNT; i++)
        rc = igraph_cattribute_EAS_setv(graph, locnet_edge_text_names[i], &builder->edge_text[i]);
    for (int i = 0; rc == IGRAPH_SUCCESS && i < LOCNET_EN_COUNT; i++)
        rc = igraph_cattribute_EAN_setv(graph, locnet_edge_number_names[i],
                                        &builder->edge_number[i]);
    if (rc != IGRAPH_SUCCESS) {
        status = LOCNET_ENOMEM;
        locnet_network_destroy(net);
        goto cleanup;
    }
    net->sources = builder->sources;
    net->source_count = builder->source_count;
    builder->sources = NULL;
    builder->source_count = builder->source_capacity = 0;
cleanup:
    locnet_builder_destroy(builder);
    return status;
}
