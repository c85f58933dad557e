/* io/read/graphml_reader.c: a GraphML document (graphml_parse.h) onto the validator: nodes are
 * localities, edges partnerships, and the attributes named as locnet's fields are their fields;
 * the other attributes are kept as extra attributes. */
#include "io/read/graphml_reader.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "graph/id_index.h"
#include "graph/limits.h"
#include "io/read/graphml_parse.h"
#include "io/read/graphml_types.h"
#include "io/read/json_duplicates.h"
#include "io/read/input.h"
#include "io/read/json_record.h"
#include "io/read/validator.h"
#include "io/read/text_values.h"

#define NO_KEY (-1)

enum { PLACE_GRAPH = -1, PLACE_NODE, PLACE_EDGE, PLACE_SOURCE, PLACE_EVENT };

/* The fields of each record, with the attribute names that hold them (exactly, else ignoring
 * case; '|' separates names in order of preference). */
typedef struct field {
    const char *name;
    const char *attributes;
} field_t;

enum {
    N_ID,
    N_NAME,
    N_LABEL,
    N_COUNTRY,
    N_LEVEL,
    N_PARENT,
    N_ALIASES,
    N_CODES,
    N_LAT,
    N_LON,
    N_SUCCEEDED_BY,
    N_SUCCEEDED_ON,
    N_SUCCESSION_SOURCES,
    N_ENDED_ON,
    N_END_SOURCES,
    N_COUNT
};
static const field_t node_fields[N_COUNT] = {
    {"id", "id"},
    {"name", "name"},
    {"label", "label"},
    {"country", "country"},
    {"level", "level"},
    {"parent", "parent"},
    {"aliases", "aliases"},
    {"codes", "codes"},
    {"lat", "lat|latitude"},
    {"lon", "lon|lng|longitude|long"},
    {"succeeded_by", "succeeded_by"},
    {"succeeded_on", "succeeded_on"},
    {"succession_sources", "succession_sources"},
    {"ended_on", "ended_on"},
    {"end_sources", "end_sources"},
};
/* The fields of a node's nested records (succeeded_by, ended), as node_fields' indices. */
typedef struct nested_field {
    const char *name;
    int field;
} nested_field_t;
static const nested_field_t succession_fields[] = {
    {"id", N_SUCCEEDED_BY}, {"date", N_SUCCEEDED_ON}, {"sources", N_SUCCESSION_SOURCES}, {NULL, 0}};
static const nested_field_t end_fields[] = {
    {"date", N_ENDED_ON}, {"sources", N_END_SOURCES}, {NULL, 0}};

/* The fields of nested record n of a node, ended by a NULL name; NULL when it has none. */
static const nested_field_t *nested_fields(int n)
{
    return n == LOCNET_NESTED_SUCCEEDED_BY ? succession_fields
           : n == LOCNET_NESTED_ENDED      ? end_fields
                                           : NULL;
}

enum { E_KIND, E_THEMES, E_SOURCES, E_NOTE, E_SINCE, E_UNTIL, E_EVENT, E_COUNT };
static const field_t edge_fields[E_COUNT] = {
    {"kind", "kind"}, {"themes", "themes"}, {"sources", "sources"}, {"note", "note"},
    {"since", "since|year"}, {"until", "until"}, {"event", "event"},
};

typedef struct reader {
    locnet_validator_t validator;
    locnet_graphml_document_t document;
    const char *name;
    locnet_diagnostics_t *diagnostics;
    int node_key[N_COUNT];  /* per field: the key holding it, or NO_KEY */
    int edge_key[E_COUNT];
    bool *used;               /* per key: holds a field */
    locnet_id_index_t nodes;  /* GraphML node id -> node */
} reader_t;

/* Writes a message at place: "node "n3": ", "edge 7: ", "source 2: ", "event 1: ". */
static void report(void *self, const locnet_input_place_t *place, const char *message)
{
    const reader_t *reader = self;
    char label[LOCNET_LABEL_SIZE] = "";
    const locnet_graphml_document_t *document = &reader->document;
    if (place->kind == PLACE_NODE && document->nodes[place->record].id != NULL)
        snprintf(label, sizeof label, "node \"%.*s\": ", LOCNET_QUOTE_SIZE,
                 document->nodes[place->record].id);
    else if (place->kind == PLACE_NODE || place->kind == PLACE_EDGE)
        snprintf(label, sizeof label, "%s %zu: ", place->kind == PLACE_NODE ? "node" : "edge",
                 place->record + 1);
    else if (place->kind == PLACE_SOURCE || place->kind == PLACE_EVENT)
        snprintf(label, sizeof label, "%s %zu: ", place->kind == PLACE_SOURCE ? "source" : "event",
                 place->record);
    const char *nested = locnet_nested_name(place->detail);
    if (nested != NULL)  /* inside a nested record, as JSON says */
        snprintf(label + strlen(label), sizeof label - strlen(label), "%s: ", nested);
    locnet_diagnostics_add(reader->diagnostics, reader->name, place->line, place->column, "%s%s",
                           label, message);
}

/* ---- keys -------------------------------------------------------------------------------- */

/* The key of domain that holds a field, marked used; NO_KEY when none. */
static int find_key(reader_t *reader, unsigned domain, const char *names)
{
    const locnet_graphml_document_t *document = &reader->document;
    for (int pass = 0; pass < 2; pass++) {
        for (const char *at = names; *at != '\0';) {
            size_t length = strcspn(at, "|");
            for (size_t k = 0; k < document->key_count; k++) {
                const char *name = document->keys[k].name;
                if (name != NULL && (document->keys[k].domains & domain) &&
                    strlen(name) == length &&
                    (pass == 0 ? strncmp(name, at, length) : strncasecmp(name, at, length)) == 0) {
                    reader->used[k] = true;
                    return (int)k;
                }
            }
            at += length + (at[length] == '|');
        }
    }
    return NO_KEY;
}

static locnet_status_t find_keys(reader_t *reader)
{
    if ((reader->used = calloc(reader->document.key_count + 1, sizeof *reader->used)) == NULL)
        return LOCNET_ENOMEM;
    for (int f = 0; f < N_COUNT; f++)
        reader->node_key[f] = find_key(reader, LOCNET_GRAPHML_NODE, node_fields[f].attributes);
    if (reader->node_key[N_NAME] != NO_KEY && reader->node_key[N_LABEL] != NO_KEY)
        reader->used[reader->node_key[N_LABEL]] = false;  /* a label beside a name is kept */
    for (int f = 0; f < E_COUNT; f++)
        reader->edge_key[f] = find_key(reader, LOCNET_GRAPHML_EDGE, edge_fields[f].attributes);
    return LOCNET_OK;
}

/* The data of an element for a key, or NULL; the key's default when the element has none. */
static const char *key_text(const reader_t *reader, const locnet_graphml_element_t *element,
                            int key, const locnet_graphml_data_t **data)
{
    *data = NULL;
    if (key == NO_KEY)
        return NULL;
    *data = locnet_graphml_data_of(&reader->document, element, (size_t)key);
    const char *text = *data != NULL ? (*data)->text : reader->document.keys[key].fallback;
    return text != NULL && text[0] != '\0' ? text : NULL;
}

/* ---- records ----------------------------------------------------------------------------- */

/* A node or an edge as a record of the validator. */
typedef struct record {
    reader_t *reader;
    const locnet_graphml_element_t *element;
    int kind;  /* PLACE_NODE or PLACE_EDGE */
    size_t index;
    int nested;           /* the view of a node's nested record (locnet_nested_t), or 0 */
    const char *ends[2];  /* an edge's localities */
    struct record *inner;
} record_t;

/* The key that holds field name of record, or NO_KEY. */
static int key_of(const record_t *record, const char *name)
{
    const reader_t *reader = record->reader;
    if (record->nested != LOCNET_NESTED_NONE) {
        for (const nested_field_t *f = nested_fields(record->nested); f && f->name; f++) {
            if (strcmp(f->name, name) == 0)
                return reader->node_key[f->field];
        }
        return NO_KEY;
    }
    const field_t *fields = record->kind == PLACE_NODE ? node_fields : edge_fields;
    const int *keys = record->kind == PLACE_NODE ? reader->node_key : reader->edge_key;
    int count = record->kind == PLACE_NODE ? N_COUNT : E_COUNT;
    for (int f = 0; f < count; f++) {
        if (strcmp(fields[f].name, name) == 0)
            return keys[f];
    }
    return NO_KEY;
}

/* A node's locality id: its "id" attribute, else its GraphML id. */
static const char *node_id(const reader_t *reader, const locnet_graphml_element_t *node)
{
    const locnet_graphml_data_t *data;
    const char *id = key_text(reader, node, reader->node_key[N_ID], &data);
    return id != NULL ? id : node->id;
}

/* The text of field name as GraphML gives it, NULL when absent. */
static const char *field_text(const record_t *record, const char *name, int *key)
{
    const reader_t *reader = record->reader;
    const locnet_graphml_data_t *data;
    *key = key_of(record, name);
    bool top = record->nested == LOCNET_NESTED_NONE;
    if (top && record->kind == PLACE_NODE && strcmp(name, "id") == 0)
        return node_id(reader, record->element);
    if (top && record->kind == PLACE_NODE && strcmp(name, "name") == 0) {
        const char *text = key_text(reader, record->element, *key, &data);
        if (text == NULL)  /* Gephi's label, else the id */
            text = key_text(reader, record->element, reader->node_key[N_LABEL], &data);
        return text != NULL ? text : node_id(reader, record->element);
    }
    if (top && record->kind == PLACE_EDGE && name[1] == '\0' &&
        (name[0] == 'a' || name[0] == 'b'))
        return record->ends[name[0] - 'a'];
    return key_text(reader, record->element, *key, &data);
}

static void get(void *self, const char *name, locnet_value_t *value)
{
    const record_t *record = self;
    memset(value, 0, sizeof *value);
    const nested_field_t *fields = nested_fields(locnet_nested_of(name));
    if (record->nested == LOCNET_NESTED_NONE && record->kind == PLACE_NODE && fields != NULL) {
        for (const nested_field_t *f = fields; f->name != NULL; f++) {
            const locnet_graphml_data_t *data;
            if (key_text(record->reader, record->element, record->reader->node_key[f->field],
                         &data) != NULL)
                value->kind = LOCNET_VALUE_RECORD;
        }
        return;
    }
    int key;
    const char *text = field_text(record, name, &key);
    if (text == NULL)
        return;
    value->kind = LOCNET_VALUE_TEXT;
    value->text = text;
    if (key != NO_KEY && record->reader->document.keys[key].type == LOCNET_GRAPHML_NUMBER &&
        locnet_text_number(text, &value->number))
        value->kind = LOCNET_VALUE_NUMBER;
}

static void place(void *self, const char *name, locnet_input_place_t *place)
{
    const record_t *record = self;
    const locnet_graphml_data_t *data = NULL;
    if (name != NULL)
        key_text(record->reader, record->element, key_of(record, name), &data);
    memset(place, 0, sizeof *place);
    place->kind = record->kind;
    place->record = record->index;
    place->detail = record->nested;
    place->line = data != NULL ? data->line : record->element->line;
    place->column = data != NULL ? data->column : record->element->column;
}

static void record_view(record_t *record, locnet_record_view_t *view);

static void nested(void *self, const char *name, locnet_record_view_t *view)
{
    record_t *record = self;
    *record->inner = *record;
    record->inner->nested = (int)locnet_nested_of(name);
    record->inner->inner = NULL;
    record_view(record->inner, view);
}

static void record_view(record_t *record, locnet_record_view_t *view)
{
    *view = (locnet_record_view_t){record, get, place, nested, NULL, NULL};
}

/* Indexes node i by its GraphML id. Two nodes with one id are reported here when they have
 * different locality ids (else the validator says that the locality id is given twice). */
static locnet_status_t index_node(reader_t *reader, size_t i, const locnet_record_view_t *view)
{
    const locnet_graphml_element_t *nodes = reader->document.nodes;
    int64_t first;
    if (nodes[i].id == NULL)
        return LOCNET_OK;
    locnet_status_t status = locnet_id_index_insert(&reader->nodes, nodes[i].id, (int64_t)i, &first);
    if (status != LOCNET_EDATA)
        return status;
    if (strcmp(node_id(reader, &nodes[first]), node_id(reader, &nodes[i])) != 0) {
        locnet_input_place_t where;
        view->place(view->self, NULL, &where);
        locnet_validator_report(&reader->validator, &where, "duplicate node id \"%.*s\"",
                                LOCNET_QUOTE_SIZE, nodes[i].id);
    }
    return LOCNET_OK;
}

static locnet_status_t read_nodes(reader_t *reader)
{
    const locnet_graphml_document_t *document = &reader->document;
    locnet_status_t status = LOCNET_OK;
    for (size_t i = 0; status == LOCNET_OK && i < document->node_count; i++) {
        record_t inner, record = {reader, &document->nodes[i], PLACE_NODE, i, LOCNET_NESTED_NONE,
                                  {NULL}, &inner};
        locnet_record_view_t view;
        record_view(&record, &view);
        if ((status = index_node(reader, i, &view)) == LOCNET_OK)
            status = locnet_validator_locality(&reader->validator, &view, NULL);
    }
    return status;
}

/* The locality id of the node that an edge names by GraphML id: the id itself when there is
 * no such node (the validator then says it names no locality) and nodes' ids are their
 * locality ids; NULL, reported, when nodes have locality ids of their own. */
static const char *end_id(reader_t *reader, const locnet_record_view_t *edge, const char *end,
                          const char *id)
{
    int64_t node;
    if (id != NULL && locnet_id_index_find(&reader->nodes, id, &node))
        return node_id(reader, &reader->document.nodes[node]);
    if (id == NULL || reader->node_key[N_ID] == NO_KEY)
        return id;
    locnet_input_place_t where;
    edge->place(edge->self, NULL, &where);
    locnet_validator_report(&reader->validator, &where, "%s \"%.*s\" is the id of no <node>", end,
                            LOCNET_QUOTE_SIZE, id);
    return NULL;
}

static locnet_status_t read_edges(reader_t *reader)
{
    const locnet_graphml_document_t *document = &reader->document;
    locnet_status_t status = LOCNET_OK;
    for (size_t i = 0; status == LOCNET_OK && i < document->edge_count; i++) {
        const locnet_graphml_element_t *edge = &document->edges[i];
        record_t record = {reader, edge, PLACE_EDGE, i, LOCNET_NESTED_NONE, {NULL}, NULL};
        locnet_record_view_t view;
        record_view(&record, &view);
        record.ends[0] = end_id(reader, &view, "source", edge->source);
        record.ends[1] = end_id(reader, &view, "target", edge->target);
        if ((edge->source == NULL || record.ends[0] != NULL) &&
            (edge->target == NULL || record.ends[1] != NULL))
            status = locnet_validator_partnership(&reader->validator, &view, NULL);
    }
    return status;
}

/* A graph attribute holding records as a JSON array of objects, as locnet writes them:
 * "sources" (place kind PLACE_SOURCE) or "events" (PLACE_EVENT). */
static locnet_status_t read_records(reader_t *reader, const char *attribute, int kind)
{
    int key = find_key(reader, LOCNET_GRAPHML_GRAPH, attribute);
    const locnet_graphml_data_t *data;
    const char *text = key_text(reader, &reader->document.graph, key, &data);
    if (text == NULL)
        return LOCNET_OK;
    locnet_input_place_t where = {.kind = PLACE_GRAPH,
                                  .line = reader->document.graph.line,
                                  .column = reader->document.graph.column};
    if (data != NULL) {
        where.line = data->line;
        where.column = data->column;
    }
    cJSON *array = cJSON_Parse(text);
    locnet_status_t status = LOCNET_OK;
    const char *what = kind == PLACE_SOURCE ? "source" : "event";
    if (!cJSON_IsArray(array))
        locnet_validator_report(&reader->validator, &where,
                                "graph attribute \"%s\" must be a JSON array of %s objects",
                                attribute, what);
    const cJSON *item;
    size_t number = 0;
    const cJSON *items = cJSON_IsArray(array) ? array : NULL;
    cJSON_ArrayForEach(item, items) {
        locnet_json_record_t inner, record = {.json = item, .place = where, .inner = &inner};
        record.place.kind = kind;
        record.place.record = ++number;
        locnet_record_view_t view;
        locnet_json_record_view(&record, &view);
        const cJSON *repeated = NULL;
        if (cJSON_IsObject(item) &&
            (status = locnet_json_find_duplicate(item, &repeated)) != LOCNET_OK)
            break;
        if (repeated != NULL)
            locnet_validator_report(&reader->validator, &record.place,
                                    "duplicate key \"%.*s\" in one object", LOCNET_QUOTE_SIZE,
                                    repeated->string);
        if (!cJSON_IsObject(item))
            locnet_validator_report(&reader->validator, &record.place,
                                    "must be an object, not %s", locnet_json_type_name(item));
        else if ((status = kind == PLACE_SOURCE
                               ? locnet_validator_source(&reader->validator, &view)
                               : locnet_validator_event(&reader->validator, &view)) != LOCNET_OK)
            break;
    }
    cJSON_Delete(array);
    return status;
}

/* ---- extra attributes -------------------------------------------------------------------- */

/* Reports that the data of key on node (or edge) i is not what the key's type says: shape. */
static void report_type(reader_t *reader, bool vertices, size_t i, size_t key, const char *shape)
{
    const locnet_graphml_document_t *document = &reader->document;
    const locnet_graphml_element_t *element = vertices ? &document->nodes[i] : &document->edges[i];
    const locnet_graphml_data_t *data;
    const char *text = key_text(reader, element, (int)key, &data);
    locnet_input_place_t where = {.kind = vertices ? PLACE_NODE : PLACE_EDGE,
                                  .record = i,
                                  .line = data != NULL ? data->line : element->line,
                                  .column = data != NULL ? data->column : element->column};
    locnet_validator_report(&reader->validator, &where, "attribute \"%.*s\" must be %s, not \"%.*s\"",
                            LOCNET_QUOTE_SIZE, document->keys[key].name, shape, LOCNET_QUOTE_SIZE,
                            text != NULL ? text : "");
}

/* Sets extra attribute extra of every node (or edge) from key. A number that does not read as
 * one is reported. */
static locnet_status_t copy_key(reader_t *reader, bool vertices, size_t key, size_t extra)
{
    const locnet_graphml_document_t *document = &reader->document;
    const locnet_graphml_element_t *elements = vertices ? document->nodes : document->edges;
    size_t count = vertices ? document->node_count : document->edge_count;
    locnet_graphml_type_t type = document->keys[key].type;
    locnet_status_t status = LOCNET_OK;
    for (size_t i = 0; status == LOCNET_OK && i < count; i++) {
        const locnet_graphml_data_t *data;
        const char *text = key_text(reader, &elements[i], (int)key, &data);
        double number = NAN;
        if (type == LOCNET_GRAPHML_NUMBER && text != NULL && !locnet_text_number(text, &number))
            report_type(reader, vertices, i, key, "a number");
        bool truth = false;  /* as igraph keeps booleans: absent is false */
        if (type == LOCNET_GRAPHML_BOOLEAN && text != NULL && !locnet_text_boolean(text, &truth))
            report_type(reader, vertices, i, key, "true or false");
        if (type == LOCNET_GRAPHML_BOOLEAN)
            text = truth ? "true" : "false";
        status = type == LOCNET_GRAPHML_NUMBER
                     ? locnet_builder_set_extra_number(&reader->validator.builder, vertices, extra,
                                                       (igraph_integer_t)i, number)
                     : locnet_builder_set_extra(&reader->validator.builder, vertices, extra,
                                                (igraph_integer_t)i, text != NULL ? text : "");
    }
    return status;
}

/* Sets the edges' GraphML ids as their extra attribute "id", as igraph does. */
static locnet_status_t copy_edge_ids(reader_t *reader)
{
    const locnet_graphml_document_t *document = &reader->document;
    size_t with_id = 0, extra;
    for (size_t i = 0; i < document->edge_count; i++)
        with_id += document->edges[i].id != NULL;
    if (with_id == 0)
        return LOCNET_OK;
    locnet_status_t status =
        locnet_builder_add_extra(&reader->validator.builder, false, "id", false, &extra);
    if (status != LOCNET_OK)
        return status == LOCNET_EDATA ? LOCNET_OK : status;  /* an attribute "id" hides them */
    for (size_t i = 0; status == LOCNET_OK && i < document->edge_count; i++) {
        const char *id = document->edges[i].id;
        status = locnet_builder_set_extra(&reader->validator.builder, false, extra,
                                          (igraph_integer_t)i, id != NULL ? id : "");
    }
    return status;
}

/* Makes every attribute that holds no field an extra attribute. Runs on an input without other
 * problems, where node i is locality i and edge i partnership i. */
static locnet_status_t copy_extras(reader_t *reader)
{
    const locnet_graphml_document_t *document = &reader->document;
    locnet_status_t status = LOCNET_OK;
    for (int vertices = 1; vertices >= 0; vertices--) {
        unsigned domain = vertices ? LOCNET_GRAPHML_NODE : LOCNET_GRAPHML_EDGE;
        for (size_t k = 0; status == LOCNET_OK && k < document->key_count; k++) {
            const locnet_graphml_key_t *key = &document->keys[k];
            size_t extra;
            if (reader->used[k] || key->name == NULL || !(key->domains & domain))
                continue;
            status = locnet_builder_add_extra(&reader->validator.builder, vertices, key->name,
                                              key->type == LOCNET_GRAPHML_NUMBER, &extra);
            if (status == LOCNET_OK)
                status = copy_key(reader, vertices, k, extra);
            else if (status == LOCNET_EDATA)
                status = LOCNET_OK;  /* a second attribute standing for a field already filled */
        }
    }
    return status == LOCNET_OK ? copy_edge_ids(reader) : status;
}

/* Reports the graph's attributes whose text is not of their declared type. */
static void check_graph_values(reader_t *reader)
{
    const locnet_graphml_document_t *document = &reader->document;
    for (size_t k = 0; k < document->key_count; k++) {
        const locnet_graphml_data_t *data;
        const char *text = key_text(reader, &document->graph, (int)k, &data);
        const char *shape = locnet_graphml_type_problem(document->keys[k].type, text);
        if (!locnet_graphml_is_graph_attribute(document, k) || shape == NULL)
            continue;
        locnet_input_place_t where = {.kind = PLACE_GRAPH,
                                      .line = data != NULL ? data->line : document->graph.line,
                                      .column = data != NULL ? data->column : document->graph.column};
        locnet_validator_report(&reader->validator, &where,
                                "graph attribute \"%.*s\" must be %s, not \"%.*s\"",
                                LOCNET_QUOTE_SIZE, document->keys[k].name, shape,
                                LOCNET_QUOTE_SIZE, text);
    }
}

/* ---- the whole file ---------------------------------------------------------------------- */

static locnet_status_t read_document(reader_t *reader, locnet_network_t *net)
{
    locnet_status_t status = locnet_validator_init(&reader->validator, report, reader);
    if (status != LOCNET_OK)
        return status;
    reader->validator.defaults =
        (locnet_validator_defaults_t){LOCNET_COUNTRY_UNKNOWN, "locality", "agreement"};
    if ((status = find_keys(reader)) == LOCNET_OK &&
        (status = read_records(reader, "sources", PLACE_SOURCE)) == LOCNET_OK &&
        (status = read_records(reader, "events", PLACE_EVENT)) == LOCNET_OK &&
        (status = read_nodes(reader)) == LOCNET_OK && (status = read_edges(reader)) == LOCNET_OK) {
        check_graph_values(reader);
        locnet_validator_check(&reader->validator);
        if (reader->validator.problems == 0)
            status = copy_extras(reader);
        locnet_diagnostics_sort(reader->diagnostics);
    }
    if (status == LOCNET_OK && (status = locnet_validator_finish(&reader->validator, net)) ==
                                   LOCNET_OK &&
        (status = locnet_graphml_restore_types(&reader->document, reader->used, net)) != LOCNET_OK)
        locnet_network_destroy(net);
    locnet_validator_destroy(&reader->validator);
    return status;
}

locnet_status_t locnet_graphml_read_text(const char *name, const char *text, size_t length,
                                         locnet_network_t *net, locnet_diagnostics_t *diagnostics)
{
    reader_t reader;
    memset(&reader, 0, sizeof reader);
    reader.name = name;
    reader.diagnostics = diagnostics;
    locnet_id_index_init(&reader.nodes);
    locnet_status_t status =
        locnet_graphml_parse(name, text, length, &reader.document, diagnostics);
    if (status == LOCNET_OK)
        status = read_document(&reader, net);
    locnet_graphml_document_destroy(&reader.document);
    locnet_id_index_destroy(&reader.nodes);
    free(reader.used);
    return status;
}

locnet_status_t locnet_graphml_read_path(const char *path, locnet_network_t *net,
                                         locnet_diagnostics_t *diagnostics)
{
    locnet_input_text_t input;
    locnet_status_t status = locnet_input_open_text(path, &input, diagnostics);
    if (status != LOCNET_OK)
        return status;
    status = locnet_graphml_read_text(path, input.text, input.length, net, diagnostics);
    locnet_input_close_text(&input);
    return status;
}
