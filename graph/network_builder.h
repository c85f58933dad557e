/* graph/network_builder.h: collects localities, partnerships, sources and events one record at a time,
 * then makes the igraph network in one step (one edge vector, one attribute vector each).
 * Memory per record is its text, one pointer per text field and one double per number. */
#ifndef LOCNET_NETWORK_BUILDER_H
#define LOCNET_NETWORK_BUILDER_H

#include <stdbool.h>

#include "graph/id_index.h"
#include "graph/network.h"

/* One locality's values. text[LOCNET_VT_ID] and text[LOCNET_VT_NAME] must be set; any other
 * entry may be NULL (stored as ""). Lists and maps are already encoded (list_codec.h). */
typedef struct locnet_locality_fields {
    const char *text[LOCNET_VT_COUNT];
    double number[LOCNET_VN_COUNT];  /* NaN when unknown */
} locnet_locality_fields_t;

/* One partnership's values; NULL text is stored as "", NaN numbers mean unknown. */
typedef struct locnet_partnership_fields {
    const char *text[LOCNET_ET_COUNT];
    double number[LOCNET_EN_COUNT];
} locnet_partnership_fields_t;

/* Where the text of added records is kept: large blocks that never move. */
typedef struct locnet_text_block {
    struct locnet_text_block *next;
    size_t used;
    size_t size;
    char bytes[];
} locnet_text_block_t;

/* A column of text values under construction: pointers into the column's own text blocks (or
 * to a shared empty string), laid out as igraph's string vectors are, so that making the
 * attribute copies each value once and nothing else, after which the blocks are freed. */
typedef struct locnet_text_column {
    char **values;
    size_t count;
    size_t capacity;
    bool filled;                  /* some value is not empty */
    locnet_text_block_t *blocks;  /* the values' text, the newest block first */
} locnet_text_column_t;

/* An extra attribute: one that the schema of network.h does not have. */
typedef struct locnet_extra_column {
    char *name;
    bool numeric;
    locnet_text_column_t column;  /* text: may be shorter than the records (the rest are "") */
    igraph_vector_t numbers;      /* numbers: likewise (the rest are NaN) */
} locnet_extra_column_t;


typedef struct locnet_network_builder {
    locnet_id_index_t locality_index;
    locnet_text_column_t vertex_text[LOCNET_VT_COUNT];
    igraph_vector_t vertex_number[LOCNET_VN_COUNT];
    igraph_vector_int_t endpoints;  /* 2 per partnership; -1 until resolved */
    locnet_text_column_t edge_text[LOCNET_ET_COUNT];
    igraph_vector_t edge_number[LOCNET_EN_COUNT];
    locnet_extra_column_t *extras[2];  /* [0] of localities, [1] of partnerships */
    size_t extra_count[2];
    size_t extra_capacity[2];
    locnet_id_index_t extra_index[2];  /* extra attribute names to their index */
    locnet_id_index_t source_index;
    locnet_source_t *sources;
    size_t source_count;
    size_t source_capacity;
    locnet_id_index_t event_index;
    locnet_event_t *events;
    size_t event_count;
    size_t event_capacity;
} locnet_network_builder_t;

/* Sets every field to "unknown" (NULL text, NaN numbers). */
void locnet_locality_fields_clear(locnet_locality_fields_t *fields);
void locnet_partnership_fields_clear(locnet_partnership_fields_t *fields);

/* Makes an empty builder. On failure nothing needs freeing. */
locnet_status_t locnet_builder_init(locnet_network_builder_t *builder);
/* Frees everything the builder holds; accepts NULL. */
void locnet_builder_destroy(locnet_network_builder_t *builder);

/* Adds a locality and stores its vertex number in *vertex (may be NULL). If the id exists
 * already, nothing is added, *existing (may be NULL) gets the first one's vertex, and the
 * result is LOCNET_EDATA. */
locnet_status_t locnet_builder_add_locality(locnet_network_builder_t *builder,
                                            const locnet_locality_fields_t *fields,
                                            igraph_integer_t *vertex, igraph_integer_t *existing);
/* Finds a locality by id; stores its vertex in *vertex (may be NULL). */
bool locnet_builder_find_locality(const locnet_network_builder_t *builder, const char *id,
                                  igraph_integer_t *vertex);
/* Readies a look-up of id (may be NULL) a little later: see locnet_id_index_prefetch. */
void locnet_builder_prefetch_locality(const locnet_network_builder_t *builder, const char *id);
igraph_integer_t locnet_builder_locality_count(const locnet_network_builder_t *builder);
/* The id of an added locality. */
const char *locnet_builder_locality_id(const locnet_network_builder_t *builder,
                                       igraph_integer_t vertex);

/* Adds a partnership between vertices a and b; either may be -1 and be set later with
 * locnet_builder_set_endpoint. Stores the edge number in *edge (may be NULL). */
locnet_status_t locnet_builder_add_partnership(locnet_network_builder_t *builder,
                                               igraph_integer_t a, igraph_integer_t b,
                                               const locnet_partnership_fields_t *fields,
                                               igraph_integer_t *edge);
/* A numeric field of an added locality (index: locnet_vertex_number_t); NaN when unknown. */
double locnet_builder_locality_number(const locnet_network_builder_t *builder,
                                      igraph_integer_t vertex, int index);
/* Sets a numeric field of an added locality. */
void locnet_builder_set_locality_number(locnet_network_builder_t *builder,
                                        igraph_integer_t vertex, int index, double value);

/* Sets end 0 (a) or 1 (b) of an added partnership. */
void locnet_builder_set_endpoint(locnet_network_builder_t *builder, igraph_integer_t edge,
                                 int end, igraph_integer_t vertex);

/* Declares an extra attribute (a CSV column or a GraphML attribute that locnet's schema does
 * not have), text or numeric, of localities (vertices true) or partnerships, and stores its
 * number in *index. Values not set are "" or NaN. A schema name, or one declared already, gives
 * LOCNET_EDATA. */
locnet_status_t locnet_builder_add_extra(locnet_network_builder_t *builder, bool vertices,
                                         const char *name, bool numeric, size_t *index);
/* Sets text extra attribute index of an added locality or partnership (element) to value. */
locnet_status_t locnet_builder_set_extra(locnet_network_builder_t *builder, bool vertices,
                                         size_t index, igraph_integer_t element,
                                         const char *value);
/* Sets numeric extra attribute index of an added locality or partnership to value. */
locnet_status_t locnet_builder_set_extra_number(locnet_network_builder_t *builder, bool vertices,
                                                size_t index, igraph_integer_t element,
                                                double value);
igraph_integer_t locnet_builder_partnership_count(const locnet_network_builder_t *builder);

/* Adds a copy of a source (id, title, publisher and date set; url may be NULL). A duplicate id
 * adds nothing and returns LOCNET_EDATA. */
locnet_status_t locnet_builder_add_source(locnet_network_builder_t *builder,
                                          const locnet_source_t *source);
bool locnet_builder_has_source(const locnet_network_builder_t *builder, const char *id);

/* Adds a copy of an event (id, name and start set). A duplicate id adds nothing and returns
 * LOCNET_EDATA. */
locnet_status_t locnet_builder_add_event(locnet_network_builder_t *builder,
                                         const locnet_event_t *event);
bool locnet_builder_has_event(const locnet_network_builder_t *builder, const char *id);

/* Makes *net from everything added. Every endpoint must be resolved. The builder is emptied
 * either way and must still be destroyed. */
locnet_status_t locnet_builder_finish(locnet_network_builder_t *builder, locnet_network_t *net);

#endif
