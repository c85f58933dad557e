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
    locnet_id_index_init(&builder->extra_index[0]);
    locnet_id_index_init(&builder->extra_index[1]);
    locnet_id_index_init(&builder->event_index);
    igraph_error_t rc = igraph_vector_int_init(&builder->endpoints, 0);
    for (int i = 0; rc == IGRAPH_SUCCESS && i < LOCNET_VN_COUNT; i++)
        rc = igraph_vector_init(&builder->vertex_number[i], 0);
    for (int i = 0; rc == IGRAPH_SUCCESS && i < LOCNET_EN_COUNT; i++)
        rc = igraph_vector_init(&builder->edge_number[i], 0);
    if (rc != IGRAPH_SUCCESS) {
        locnet_builder_destroy(builder);
        return LOCNET_ENOMEM;
    }
    return LOCNET_OK;
}

/* Frees a column's values and their text. */
static void free_column(locnet_text_column_t *column)
{
    free(column->values);
    column->values = NULL;
    column->count = column->capacity = 0;
    while (column->blocks != NULL) {
        locnet_text_block_t *next = column->blocks->next;
        free(column->blocks);
        column->blocks = next;
    }
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
    locnet_id_index_destroy(&builder->event_index);
    DESTROY_IF_INIT(vector_int, &builder->endpoints);
    for (int i = 0; i < LOCNET_VT_COUNT; i++)
        free_column(&builder->vertex_text[i]);
    for (int i = 0; i < LOCNET_VN_COUNT; i++)
        DESTROY_IF_INIT(vector, &builder->vertex_number[i]);
    for (int i = 0; i < LOCNET_ET_COUNT; i++)
        free_column(&builder->edge_text[i]);
    for (int i = 0; i < LOCNET_EN_COUNT; i++)
        DESTROY_IF_INIT(vector, &builder->edge_number[i]);
    for (int kind = 0; kind < 2; kind++) {
        for (size_t i = 0; i < builder->extra_count[kind]; i++) {
            free(builder->extras[kind][i].name);
            free_column(&builder->extras[kind][i].column);
            DESTROY_IF_INIT(vector, &builder->extras[kind][i].numbers);
        }
        free(builder->extras[kind]);
        locnet_id_index_destroy(&builder->extra_index[kind]);
    }
    for (size_t i = 0; i < builder->source_count; i++)
        locnet_source_destroy(&builder->sources[i]);
    free(builder->sources);
    locnet_events_free(builder->events, builder->event_count);
    memset(builder, 0, sizeof *builder);
}

/* The empty value every unset text field points to; igraph only reads it. */
static char empty_text[1] = "";

#define TEXT_BLOCK_SIZE ((size_t)1 << 20)

/* A copy of text in the column's blocks, or NULL when out of memory. */
static char *keep_text(locnet_text_column_t *column, const char *text)
{
    if (text == NULL || text[0] == '\0')
        return empty_text;
    size_t size = strlen(text) + 1;
    locnet_text_block_t *block = column->blocks;
    if (block == NULL || block->size - block->used < size) {
        size_t capacity = size > TEXT_BLOCK_SIZE / 4 ? size : TEXT_BLOCK_SIZE;
        block = malloc(sizeof *block + capacity);
        if (block == NULL)
            return NULL;
        block->used = 0;
        block->size = capacity;
        if (size > TEXT_BLOCK_SIZE / 4 && column->blocks != NULL) {
            /* a large value gets a block of its own, behind the one being filled */
            block->next = column->blocks->next;
            column->blocks->next = block;
        } else {
            block->next = column->blocks;
            column->blocks = block;
        }
    }
    char *copy = block->bytes + block->used;
    memcpy(copy, text, size);
    block->used += size;
    return copy;
}

/* Makes room for one more value in each of count columns. */
static locnet_status_t reserve_columns(locnet_text_column_t *columns, int count)
{
    for (int i = 0; i < count; i++) {
        locnet_text_column_t *column = &columns[i];
        if (LOCNET_GROW(&column->values, &column->capacity, column->count) != LOCNET_OK)
            return LOCNET_ENOMEM;
    }
    return LOCNET_OK;
}

/* Appends one value to each of count columns; room must have been reserved. */
static locnet_status_t append_texts(locnet_text_column_t *columns, const char *const *texts,
                                    int count)
{
    for (int i = 0; i < count; i++) {
        char *copy = keep_text(&columns[i], texts[i]);
        if (copy == NULL)
            return LOCNET_ENOMEM;
        columns[i].values[columns[i].count++] = copy;
        columns[i].filled |= copy != empty_text;
    }
    return LOCNET_OK;
}

locnet_status_t locnet_builder_add_locality(locnet_network_builder_t *builder,
                                            const locnet_locality_fields_t *fields,
                                            igraph_integer_t *vertex, igraph_integer_t *existing)
{
    igraph_integer_t next = locnet_builder_locality_count(builder);
    int64_t first = -1;
    locnet_status_t status =
        locnet_id_index_insert(&builder->locality_index, fields->text[LOCNET_VT_ID], next, &first);
    if (status != LOCNET_OK) {
        if (existing != NULL)
            *existing = (igraph_integer_t)first;
        return status;
    }
    /* on failure from here the builder is inconsistent; the caller gives up */
    if (reserve_columns(builder->vertex_text, LOCNET_VT_COUNT) != LOCNET_OK ||
        append_texts(builder->vertex_text, fields->text, LOCNET_VT_COUNT) != LOCNET_OK)
        return LOCNET_ENOMEM;
    igraph_error_t rc = IGRAPH_SUCCESS;
    for (int i = 0; rc == IGRAPH_SUCCESS && i < LOCNET_VN_COUNT; i++)
        rc = igraph_vector_push_back(&builder->vertex_number[i], fields->number[i]);
    if (rc != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
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

void locnet_builder_prefetch_locality(const locnet_network_builder_t *builder, const char *id)
{
    locnet_id_index_prefetch(&builder->locality_index, id);
}

igraph_integer_t locnet_builder_locality_count(const locnet_network_builder_t *builder)
{
    return (igraph_integer_t)builder->vertex_text[LOCNET_VT_ID].count;
}

const char *locnet_builder_locality_id(const locnet_network_builder_t *builder,
                                       igraph_integer_t vertex)
{
    return builder->vertex_text[LOCNET_VT_ID].values[vertex];
}

double locnet_builder_locality_number(const locnet_network_builder_t *builder,
                                      igraph_integer_t vertex, int index)
{
    return VECTOR(builder->vertex_number[index])[vertex];
}

void locnet_builder_set_locality_number(locnet_network_builder_t *builder,
                                        igraph_integer_t vertex, int index, double value)
{
    VECTOR(builder->vertex_number[index])[vertex] = value;
}

locnet_status_t locnet_builder_add_partnership(locnet_network_builder_t *builder,
                                               igraph_integer_t a, igraph_integer_t b,
                                               const locnet_partnership_fields_t *fields,
                                               igraph_integer_t *edge)
{
    igraph_integer_t next = (igraph_integer_t)builder->edge_text[LOCNET_ET_KIND].count;
    if (reserve_columns(builder->edge_text, LOCNET_ET_COUNT) != LOCNET_OK ||
        append_texts(builder->edge_text, fields->text, LOCNET_ET_COUNT) != LOCNET_OK)
        return LOCNET_ENOMEM;
    igraph_error_t rc = igraph_vector_int_push_back(&builder->endpoints, a);
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_vector_int_push_back(&builder->endpoints, b);
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

igraph_integer_t locnet_builder_partnership_count(const locnet_network_builder_t *builder)
{
    return (igraph_integer_t)builder->edge_text[LOCNET_ET_KIND].count;
}

locnet_status_t locnet_builder_add_extra(locnet_network_builder_t *builder, bool vertices,
                                         const char *name, bool numeric, size_t *index)
{
    int kind = vertices ? 0 : 1;
    if (locnet_is_schema_attribute(vertices, name) ||
        locnet_id_index_find(&builder->extra_index[kind], name, NULL))
        return LOCNET_EDATA;
    if (LOCNET_GROW(&builder->extras[kind], &builder->extra_capacity[kind],
                    builder->extra_count[kind]) != LOCNET_OK)
        return LOCNET_ENOMEM;
    locnet_extra_column_t *extra = &builder->extras[kind][builder->extra_count[kind]];
    memset(extra, 0, sizeof *extra);
    extra->numeric = numeric;
    if ((numeric && igraph_vector_init(&extra->numbers, 0) != IGRAPH_SUCCESS) ||
        (extra->name = strdup(name)) == NULL ||
        locnet_id_index_insert(&builder->extra_index[kind], name,
                               (int64_t)builder->extra_count[kind], NULL) != LOCNET_OK) {
        free(extra->name);
        DESTROY_IF_INIT(vector, &extra->numbers);
        return LOCNET_ENOMEM;
    }
    *index = builder->extra_count[kind]++;
    return LOCNET_OK;
}

/* Lengthens column with empty values until it has count of them. */
static locnet_status_t pad_column(locnet_text_column_t *column, size_t count)
{
    while (column->count < count) {
        if (reserve_columns(column, 1) != LOCNET_OK)
            return LOCNET_ENOMEM;
        column->values[column->count++] = empty_text;
    }
    return LOCNET_OK;
}

/* Lengthens numbers with NaN until it has count of them. */
static locnet_status_t pad_numbers(igraph_vector_t *numbers, igraph_integer_t count)
{
    igraph_integer_t size = igraph_vector_size(numbers);
    if (size >= count)
        return LOCNET_OK;
    if (igraph_vector_resize(numbers, count) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    for (igraph_integer_t i = size; i < count; i++)
        VECTOR(*numbers)[i] = NAN;
    return LOCNET_OK;
}

locnet_status_t locnet_builder_set_extra_number(locnet_network_builder_t *builder, bool vertices,
                                                size_t index, igraph_integer_t element,
                                                double value)
{
    igraph_vector_t *numbers = &builder->extras[vertices ? 0 : 1][index].numbers;
    if (igraph_vector_size(numbers) <= element) {
        /* grow by doubling, as push_back would, then pad */
        igraph_integer_t capacity = igraph_vector_capacity(numbers);
        if (capacity <= element &&
            igraph_vector_reserve(numbers, capacity * 2 > element ? capacity * 2 : element + 1) !=
                IGRAPH_SUCCESS)
            return LOCNET_ENOMEM;
        if (pad_numbers(numbers, element + 1) != LOCNET_OK)
            return LOCNET_ENOMEM;
    }
    VECTOR(*numbers)[element] = value;
    return LOCNET_OK;
}

locnet_status_t locnet_builder_set_extra(locnet_network_builder_t *builder, bool vertices,
                                         size_t index, igraph_integer_t element,
                                         const char *value)
{
    locnet_text_column_t *column = &builder->extras[vertices ? 0 : 1][index].column;
    if (pad_column(column, (size_t)element + 1) != LOCNET_OK)
        return LOCNET_ENOMEM;
    char *copy = keep_text(column, value);
    if (copy == NULL)
        return LOCNET_ENOMEM;
    column->values[element] = copy;
    return LOCNET_OK;
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

locnet_status_t locnet_builder_add_event(locnet_network_builder_t *builder,
                                         const locnet_event_t *event)
{
    if (locnet_id_index_find(&builder->event_index, event->id, NULL))
        return LOCNET_EDATA;
    if (LOCNET_GROW(&builder->events, &builder->event_capacity, builder->event_count) != LOCNET_OK ||
        locnet_event_copy(&builder->events[builder->event_count], event) != LOCNET_OK)
        return LOCNET_ENOMEM;
    builder->event_count++;
    return locnet_id_index_insert(&builder->event_index, event->id,
                                  (int64_t)builder->event_count - 1, NULL);
}

bool locnet_builder_has_event(const locnet_network_builder_t *builder, const char *id)
{
    return locnet_id_index_find(&builder->event_index, id, NULL);
}

/* Sets a text attribute from a column, which is freed with its text: igraph copies each value
 * once, reading the column through a string-vector view of its pointers. */
static igraph_error_t set_text_attribute(igraph_t *graph, bool vertices, const char *name,
                                         locnet_text_column_t *column)
{
    if (column->values == NULL && (column->values = malloc(sizeof *column->values)) == NULL)
        return IGRAPH_ENOMEM;
    igraph_strvector_t view = {column->values, column->values + column->count,
                               column->values + column->count};
    igraph_error_t rc = vertices ? igraph_cattribute_VAS_setv(graph, name, &view)
                                 : igraph_cattribute_EAS_setv(graph, name, &view);
    free_column(column);  /* igraph has its copy: the text goes before the next column's */
    return rc;
}

/* Sets a schema text attribute from a column, which is freed, unless every value is empty:
 * igraph 0.10 keeps each value, "" too, in an allocation of its own (32 bytes or more), and
 * the network's accessors give "" for a schema attribute it does not have. */
static igraph_error_t set_schema_text_attribute(igraph_t *graph, bool vertices, const char *name,
                                                locnet_text_column_t *column)
{
    if (column->count == 0 || column->filled)
        return set_text_attribute(graph, vertices, name, column);
    free_column(column);
    return IGRAPH_SUCCESS;
}

/* Sets a numeric attribute from a vector, which is emptied. */
static igraph_error_t set_number_attribute(igraph_t *graph, bool vertices, const char *name,
                                           igraph_vector_t *vector)
{
    igraph_error_t rc = vertices ? igraph_cattribute_VAN_setv(graph, name, vector)
                                 : igraph_cattribute_EAN_setv(graph, name, vector);
    igraph_vector_clear(vector);
    igraph_vector_resize_min(vector);
    return rc;
}

locnet_status_t locnet_builder_finish(locnet_network_builder_t *builder, locnet_network_t *net)
{
    /* The graph is made before its attributes are declared, so that adding the vertices and
     * edges does not first fill every attribute with empty values. */
    igraph_t graph;
    locnet_status_t status = LOCNET_OK;
    igraph_integer_t vertices = locnet_builder_locality_count(builder);
    if (igraph_create(&graph, &builder->endpoints, vertices, IGRAPH_UNDIRECTED) != IGRAPH_SUCCESS) {
        status = LOCNET_ENOMEM;
        goto cleanup;
    }
    igraph_vector_int_clear(&builder->endpoints);
    igraph_vector_int_resize_min(&builder->endpoints);
    igraph_error_t rc = IGRAPH_SUCCESS;
    for (int i = 0; rc == IGRAPH_SUCCESS && i < LOCNET_VT_COUNT; i++)
        rc = set_schema_text_attribute(&graph, true, locnet_vertex_text_names[i],
                                       &builder->vertex_text[i]);
    for (int i = 0; rc == IGRAPH_SUCCESS && i < LOCNET_VN_COUNT; i++)
        rc = set_number_attribute(&graph, true, locnet_vertex_number_names[i],
                                  &builder->vertex_number[i]);
    for (int i = 0; rc == IGRAPH_SUCCESS && i < LOCNET_ET_COUNT; i++)
        rc = set_schema_text_attribute(&graph, false, locnet_edge_text_names[i],
                                       &builder->edge_text[i]);
    for (int i = 0; rc == IGRAPH_SUCCESS && i < LOCNET_EN_COUNT; i++)
        rc = set_number_attribute(&graph, false, locnet_edge_number_names[i],
                                  &builder->edge_number[i]);
    for (int kind = 0; rc == IGRAPH_SUCCESS && kind < 2; kind++) {
        size_t count = (size_t)(kind == 0 ? vertices : igraph_ecount(&graph));
        for (size_t i = 0; rc == IGRAPH_SUCCESS && i < builder->extra_count[kind]; i++) {
            locnet_extra_column_t *extra = &builder->extras[kind][i];
            if (extra->numeric)
                rc = pad_numbers(&extra->numbers, (igraph_integer_t)count) == LOCNET_OK
                         ? set_number_attribute(&graph, kind == 0, extra->name, &extra->numbers)
                         : IGRAPH_ENOMEM;
            else
                rc = pad_column(&extra->column, count) == LOCNET_OK
                         ? set_text_attribute(&graph, kind == 0, extra->name, &extra->column)
                         : IGRAPH_ENOMEM;
        }
    }
    if (rc != IGRAPH_SUCCESS) {
        igraph_destroy(&graph);
        status = LOCNET_ENOMEM;
        goto cleanup;
    }
    locnet_network_adopt(net, &graph, NULL);  /* cannot fail without sources to copy */
    net->sources = builder->sources;
    net->source_count = builder->source_count;
    builder->sources = NULL;
    builder->source_count = builder->source_capacity = 0;
    net->events = builder->events;
    net->event_count = builder->event_count;
    builder->events = NULL;
    builder->event_count = builder->event_capacity = 0;
    if ((status = locnet_network_name_events(net)) != LOCNET_OK)
        locnet_network_destroy(net);
cleanup:
    locnet_builder_destroy(builder);
    return status;
}
