/* io/read/graphml_reader.c: igraph reads the XML into a graph with attributes; its attributes are
 * then mapped onto locnet's fields, record by record, into a network builder. */
#include "io/read/graphml_reader.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <cjson/cJSON.h>
#include <utf8proc.h>

#include "graph/history.h"
#include "graph/list_codec.h"
#include "graph/network_builder.h"
#include "io/read/country_names.h"
#include "io/read/graphml_types.h"
#include "io/read/text_values.h"

#define NO_ATTRIBUTE (-1)

/* The attributes of one kind (vertices or edges) of the graph read. */
typedef struct attributes {
    bool vertices;
    igraph_strvector_t names;
    igraph_vector_int_t types;
    bool *used;        /* per attribute: mapped onto a field of locnet */
} attributes_t;

typedef struct reader {
    const char *name;
    locnet_diagnostics_t *diagnostics;
    igraph_t graph;
    attributes_t vertex;
    attributes_t edge;
    locnet_network_builder_t builder;
    locnet_country_names_t countries;
    size_t problems;
    int id_attribute;  /* the vertex attribute holding ids */
    char label[160];  /* the record being read: "locality \"VN-HN\"" */
} reader_t;

static void report(reader_t *reader, const char *format, ...) __attribute__((format(printf, 2, 3)));

static void report(reader_t *reader, const char *format, ...)
{
    char message[400];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    locnet_diagnostics_add(reader->diagnostics, reader->name, 0, 0, "%s: %s", reader->label,
                           message);
    reader->problems++;
}

/* ---- reading the XML --------------------------------------------------------------------- */

static char igraph_reason[300];

/* Keeps igraph's message instead of printing it, and frees igraph's temporaries. */
static void keep_igraph_error(const char *reason, const char *file, int line,
                              igraph_error_t error)
{
    (void)file;
    (void)line;
    (void)error;
    /* the reason may live in what IGRAPH_FINALLY_FREE frees: copy it first */
    snprintf(igraph_reason, sizeof igraph_reason, "%s", reason);
    IGRAPH_FINALLY_FREE();
}

static locnet_status_t read_graph(reader_t *reader, FILE *file)
{
    igraph_reason[0] = '\0';
    /* igraph warns that a file's own "id" attribute hides the GraphML ids: that is expected */
    igraph_error_handler_t *previous = igraph_set_error_handler(keep_igraph_error);
    igraph_warning_handler_t *previous_warning =
        igraph_set_warning_handler(igraph_warning_handler_ignore);
    igraph_error_t rc = igraph_read_graph_graphml(&reader->graph, file, 0);
    igraph_set_warning_handler(previous_warning);
    igraph_set_error_handler(previous);
    if (rc == IGRAPH_ENOMEM)
        return LOCNET_ENOMEM;
    if (rc != IGRAPH_SUCCESS) {
        locnet_diagnostics_add(reader->diagnostics, reader->name, 0, 0,
                               "cannot read GraphML: %s",
                               igraph_reason[0] != '\0' ? igraph_reason : igraph_strerror(rc));
        return LOCNET_EDATA;
    }
    if (igraph_is_directed(&reader->graph) &&
        igraph_to_undirected(&reader->graph, IGRAPH_TO_UNDIRECTED_EACH, NULL) != IGRAPH_SUCCESS) {
        igraph_destroy(&reader->graph);
        return LOCNET_ENOMEM;
    }
    return LOCNET_OK;
}

/* ---- attributes -------------------------------------------------------------------------- */

static void attributes_destroy(attributes_t *attributes)
{
    if (attributes->names.stor_begin != NULL)
        igraph_strvector_destroy(&attributes->names);
    if (attributes->types.stor_begin != NULL)
        igraph_vector_int_destroy(&attributes->types);
    free(attributes->used);
    memset(attributes, 0, sizeof *attributes);
}

static locnet_status_t list_attributes(reader_t *reader)
{
    igraph_strvector_t graph_names;
    igraph_vector_int_t graph_types;
    reader->vertex.vertices = true;
    if (igraph_strvector_init(&graph_names, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    igraph_error_t rc = igraph_vector_int_init(&graph_types, 0);
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_strvector_init(&reader->vertex.names, 0);
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_vector_int_init(&reader->vertex.types, 0);
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_strvector_init(&reader->edge.names, 0);
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_vector_int_init(&reader->edge.types, 0);
    if (rc == IGRAPH_SUCCESS)
        rc = igraph_cattribute_list(&reader->graph, &graph_names, &graph_types,
                                    &reader->vertex.names, &reader->vertex.types,
                                    &reader->edge.names, &reader->edge.types);
    igraph_strvector_destroy(&graph_names);
    if (graph_types.stor_begin != NULL)
        igraph_vector_int_destroy(&graph_types);
    if (rc != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    for (int kind = 0; kind < 2; kind++) {
        attributes_t *attributes = kind == 0 ? &reader->vertex : &reader->edge;
        size_t count = (size_t)igraph_strvector_size(&attributes->names);
        if ((attributes->used = calloc(count + 1, sizeof *attributes->used)) == NULL)
            return LOCNET_ENOMEM;
    }
    return LOCNET_OK;
}

/* The attribute that holds a field: one of the '|'-separated names, exactly or else ignoring
 * case; NO_ATTRIBUTE when none. The attribute is marked used. */
static int find_attribute(attributes_t *attributes, const char *names)
{
    igraph_integer_t count = igraph_strvector_size(&attributes->names);
    for (int pass = 0; pass < 2; pass++) {
        for (const char *at = names; *at != '\0';) {
            const char *bar = strchr(at, '|');
            size_t length = bar != NULL ? (size_t)(bar - at) : strlen(at);
            for (igraph_integer_t i = 0; i < count; i++) {
                const char *name = igraph_strvector_get(&attributes->names, i);
                if (strlen(name) == length &&
                    (pass == 0 ? strncmp(name, at, length) : strncasecmp(name, at, length)) == 0) {
                    attributes->used[i] = true;
                    return (int)i;
                }
            }
            at += length + (bar != NULL);
        }
    }
    return NO_ATTRIBUTE;
}

static igraph_attribute_type_t attribute_type(const attributes_t *attributes, int index)
{
    return (igraph_attribute_type_t)VECTOR(attributes->types)[index];
}

static const char *attribute_name(const attributes_t *attributes, int index)
{
    return igraph_strvector_get(&attributes->names, index);
}

/* An attribute's value as text, whatever its type: "" when absent or unknown (NaN). */
static const char *text_value(const reader_t *reader, const attributes_t *attributes, int index,
                              igraph_integer_t element, char *buffer, size_t size)
{
    if (index == NO_ATTRIBUTE)
        return "";
    const char *name = attribute_name(attributes, index);
    const igraph_t *graph = &reader->graph;
    switch (attribute_type(attributes, index)) {
    case IGRAPH_ATTRIBUTE_STRING: {
        const char *text = attributes->vertices ? igraph_cattribute_VAS(graph, name, element)
                                                : igraph_cattribute_EAS(graph, name, element);
        return text != NULL ? text : "";
    }
    case IGRAPH_ATTRIBUTE_NUMERIC: {
        double value = attributes->vertices ? igraph_cattribute_VAN(graph, name, element)
                                            : igraph_cattribute_EAN(graph, name, element);
        if (isnan(value))
            return "";
        snprintf(buffer, size, "%.15g", value);
        if (strtod(buffer, NULL) != value)
            snprintf(buffer, size, "%.17g", value);
        return buffer;
    }
    case IGRAPH_ATTRIBUTE_BOOLEAN:
        return (attributes->vertices ? igraph_cattribute_VAB(graph, name, element)
                                     : igraph_cattribute_EAB(graph, name, element))
                   ? "true"
                   : "false";
    default:
        return "";
    }
}

/* An attribute's value as a number: NaN when absent or empty; *ok false (after a report) when
 * it is text that is not a number. */
static double number_value(reader_t *reader, const attributes_t *attributes, int index,
                           igraph_integer_t element, bool *ok)
{
    *ok = true;
    if (index == NO_ATTRIBUTE)
        return NAN;
    const char *name = attribute_name(attributes, index);
    if (attribute_type(attributes, index) == IGRAPH_ATTRIBUTE_NUMERIC)
        return attributes->vertices ? igraph_cattribute_VAN(&reader->graph, name, element)
                                    : igraph_cattribute_EAN(&reader->graph, name, element);
    char buffer[64];
    const char *text = text_value(reader, attributes, index, element, buffer, sizeof buffer);
    double value;
    if (text[0] == '\0')
        return NAN;
    if (!locnet_text_number(text, &value)) {
        report(reader, "field \"%s\" must be a number, not \"%s\"", name, text);
        *ok = false;
        return NAN;
    }
    return value;
}

/* Makes every attribute not mapped onto a field an extra attribute of the network. */
static locnet_status_t copy_extras(reader_t *reader, attributes_t *attributes)
{
    igraph_integer_t count = igraph_strvector_size(&attributes->names);
    igraph_integer_t elements = attributes->vertices ? igraph_vcount(&reader->graph)
                                                     : igraph_ecount(&reader->graph);
    for (int i = 0; i < (int)count; i++) {
        if (attributes->used[i])
            continue;
        bool numeric = attribute_type(attributes, i) == IGRAPH_ATTRIBUTE_NUMERIC;
        size_t extra;
        locnet_status_t status = locnet_builder_add_extra(&reader->builder, attributes->vertices,
                                                          attribute_name(attributes, i), numeric,
                                                          &extra);
        if (status == LOCNET_EDATA)
            continue;  /* a second attribute standing for a field already filled */
        if (status != LOCNET_OK)
            return status;
        /* edges left out (loops) are not in the builder: the builder's numbering is used */
        for (igraph_integer_t e = 0, element = 0; e < elements; e++) {
            if (!attributes->vertices && IGRAPH_FROM(&reader->graph, e) == IGRAPH_TO(&reader->graph, e))
                continue;
            char buffer[64];
            if (numeric) {
                bool ok;
                double value = number_value(reader, attributes, i, e, &ok);
                status = locnet_builder_set_extra_number(&reader->builder, attributes->vertices,
                                                         extra, element, value);
            } else {
                status = locnet_builder_set_extra(&reader->builder, attributes->vertices, extra,
                                                  element,
                                                  text_value(reader, attributes, i, e, buffer,
                                                             sizeof buffer));
            }
            if (status != LOCNET_OK)
                return status;
            element++;
        }
    }
    return LOCNET_OK;
}

/* ---- sources ----------------------------------------------------------------------------- */

static const char *source_text(const cJSON *object, const char *field)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(object, field);
    return cJSON_IsString(item) && item->valuestring[0] != '\0' ? item->valuestring : NULL;
}

/* The graph attribute "sources", a JSON array of source objects. */
static locnet_status_t read_sources(reader_t *reader)
{
    if (!igraph_cattribute_has_attr(&reader->graph, IGRAPH_ATTRIBUTE_GRAPH, "sources"))
        return LOCNET_OK;
    snprintf(reader->label, sizeof reader->label, "graph attribute \"sources\"");
    const char *text = igraph_cattribute_GAS(&reader->graph, "sources");
    cJSON *array = text != NULL ? cJSON_Parse(text) : NULL;
    locnet_status_t status = LOCNET_OK;
    if (!cJSON_IsArray(array)) {
        report(reader, "must be a JSON array of source objects");
        goto cleanup;
    }
    const cJSON *item;
    size_t index = 0;
    cJSON_ArrayForEach(item, array) {
        index++;
        locnet_source_t source = {
            (char *)source_text(item, "id"), (char *)source_text(item, "title"),
            (char *)source_text(item, "publisher"), (char *)source_text(item, "date"),
            (char *)source_text(item, "url"),
        };
        if (source.id == NULL || source.title == NULL || source.publisher == NULL ||
            source.date == NULL || !locnet_date_is_valid(source.date)) {
            report(reader, "source %zu needs id, title, publisher and a date YYYY, YYYY-MM or "
                           "YYYY-MM-DD",
                   index);
            continue;
        }
        status = locnet_builder_add_source(&reader->builder, &source);
        if (status == LOCNET_EDATA) {
            report(reader, "duplicate source id \"%s\"", source.id);
            status = LOCNET_OK;
        } else if (status != LOCNET_OK) {
            goto cleanup;
        }
    }
cleanup:
    cJSON_Delete(array);
    return status;
}

/* ---- localities -------------------------------------------------------------------------- */

typedef struct locality_attributes {
    int text[LOCNET_VT_COUNT];
    int number[LOCNET_VN_COUNT];
    int label;  /* Gephi's name: used where "name" is empty; kept as well when both exist */
} locality_attributes_t;

static void find_locality_attributes(reader_t *reader, locality_attributes_t *found)
{
    static const char *const text_names[LOCNET_VT_COUNT] = {
        [LOCNET_VT_ID] = "id", [LOCNET_VT_NAME] = "name", [LOCNET_VT_COUNTRY] = "country",
        [LOCNET_VT_LEVEL] = "level", [LOCNET_VT_PARENT] = "parent",
        [LOCNET_VT_ALIASES] = "aliases", [LOCNET_VT_CODES] = "codes",
        [LOCNET_VT_SUCCEEDED_BY] = "succeeded_by", [LOCNET_VT_SUCCEEDED_ON] = "succeeded_on",
        [LOCNET_VT_SUCCESSION_SOURCES] = "succession_sources",
    };
    static const char *const number_names[LOCNET_VN_COUNT] = {
        [LOCNET_VN_LAT] = "lat|latitude", [LOCNET_VN_LON] = "lon|lng|longitude|long",
    };
    for (int i = 0; i < LOCNET_VT_COUNT; i++)
        found->text[i] = find_attribute(&reader->vertex, text_names[i]);
    reader->id_attribute = found->text[LOCNET_VT_ID];
    for (int i = 0; i < LOCNET_VN_COUNT; i++)
        found->number[i] = find_attribute(&reader->vertex, number_names[i]);
    bool label_kept = found->text[LOCNET_VT_NAME] != NO_ATTRIBUTE;
    found->label = find_attribute(&reader->vertex, "label");
    if (found->label != NO_ATTRIBUTE && label_kept)
        reader->vertex.used[found->label] = false;
}

/* Checks the cited sources of a list. */
static void check_citations(reader_t *reader, const char *field, const locnet_list_t *ids)
{
    for (size_t i = 0; i < ids->count; i++) {
        if (!locnet_builder_has_source(&reader->builder, ids->items[i])) {
            report(reader, "field \"%s\" cites unknown source \"%s\"", field, ids->items[i]);
            return;
        }
    }
}

/* A list field (aliases, themes, sources...); its encoding goes to *encoded. */
static locnet_status_t list_value(reader_t *reader, const attributes_t *attributes, int index,
                                  igraph_integer_t element, bool normalise, locnet_list_t *items,
                                  char **encoded)
{
    char buffer[64];
    const char *text = text_value(reader, attributes, index, element, buffer, sizeof buffer);
    *encoded = NULL;
    if (text[0] == '\0')
        return LOCNET_OK;
    locnet_status_t status = locnet_text_list(text, normalise, items, encoded);
    if (status == LOCNET_EDATA) {
        report(reader, "field \"%s\" must be items separated by ';' or a JSON array of non-empty "
                       "strings",
               attribute_name(attributes, index));
        status = LOCNET_OK;
    }
    return status;
}

static locnet_status_t read_locality(reader_t *reader, const locality_attributes_t *found,
                                     igraph_integer_t v)
{
    const attributes_t *attributes = &reader->vertex;
    char buffers[LOCNET_VT_COUNT][64];
    const char *texts[LOCNET_VT_COUNT];
    for (int i = 0; i < LOCNET_VT_COUNT; i++)
        texts[i] = text_value(reader, attributes, found->text[i], v, buffers[i], sizeof buffers[i]);
    const char *id = texts[LOCNET_VT_ID];
    snprintf(reader->label, sizeof reader->label, "locality \"%.120s\"", id);
    locnet_locality_fields_t fields;
    locnet_list_t aliases, succession_sources;
    char *name = NULL, *encoded_aliases = NULL, *encoded_codes = NULL, *encoded_sources = NULL;
    char country[3] = LOCNET_COUNTRY_UNKNOWN;
    locnet_locality_fields_clear(&fields);
    locnet_list_init(&aliases);
    locnet_list_init(&succession_sources);
    locnet_status_t status = LOCNET_OK;
    if (id[0] == '\0') {
        snprintf(reader->label, sizeof reader->label, "node %lld", (long long)v + 1);
        report(reader, "has an empty id");
        goto cleanup;
    }
    char label_buffer[64];
    const char *label = text_value(reader, attributes, found->label, v, label_buffer,
                                   sizeof label_buffer);
    const char *raw_name = texts[LOCNET_VT_NAME][0] != '\0' ? texts[LOCNET_VT_NAME]
                           : label[0] != '\0'              ? label
                                                            : id;
    if ((name = locnet_text_nfc(raw_name)) == NULL) {
        status = LOCNET_ENOMEM;
        goto cleanup;
    }
    if (texts[LOCNET_VT_COUNTRY][0] != '\0') {
        status = locnet_country_code(&reader->countries, texts[LOCNET_VT_COUNTRY], country);
        if (status == LOCNET_ENOTFOUND || status == LOCNET_EDATA) {
            report(reader, "unknown country \"%s\" (give an ISO 3166-1 code or an English name)",
                   texts[LOCNET_VT_COUNTRY]);
            status = LOCNET_OK;
        } else if (status != LOCNET_OK) {
            goto cleanup;
        }
    }
    static const double limits[LOCNET_VN_COUNT] = {[LOCNET_VN_LAT] = 90, [LOCNET_VN_LON] = 180};
    for (int i = 0; i < LOCNET_VN_COUNT; i++) {
        bool ok;
        double value = number_value(reader, attributes, found->number[i], v, &ok);
        if (ok && fabs(value) > limits[i]) {
            report(reader, "field \"%s\" must be a number from %g to %g",
                   attribute_name(attributes, found->number[i]), -limits[i], limits[i]);
            value = NAN;
        }
        fields.number[i] = value;
    }
    if ((status = list_value(reader, attributes, found->text[LOCNET_VT_ALIASES], v, true,
                             &aliases, &encoded_aliases)) != LOCNET_OK ||
        (status = list_value(reader, attributes, found->text[LOCNET_VT_SUCCESSION_SOURCES], v,
                             false, &succession_sources, &encoded_sources)) != LOCNET_OK)
        goto cleanup;
    check_citations(reader, "succession_sources", &succession_sources);
    if (texts[LOCNET_VT_CODES][0] != '\0') {
        status = locnet_text_map(texts[LOCNET_VT_CODES], &encoded_codes);
        if (status == LOCNET_EDATA) {
            report(reader, "field \"codes\" must be a JSON object of strings");
            status = LOCNET_OK;
        } else if (status != LOCNET_OK) {
            goto cleanup;
        }
    }
    const char *successor = texts[LOCNET_VT_SUCCEEDED_BY], *date = texts[LOCNET_VT_SUCCEEDED_ON];
    if (successor[0] != '\0' && !locnet_date_is_valid(date))
        report(reader, "field \"succeeded_on\" must be a date YYYY, YYYY-MM or YYYY-MM-DD, not "
                       "\"%s\"",
               date);
    for (int i = 0; i < LOCNET_VT_COUNT; i++)
        fields.text[i] = texts[i];
    fields.text[LOCNET_VT_NAME] = name;
    fields.text[LOCNET_VT_COUNTRY] = country;
    if (texts[LOCNET_VT_LEVEL][0] == '\0')
        fields.text[LOCNET_VT_LEVEL] = "locality";
    fields.text[LOCNET_VT_ALIASES] = encoded_aliases;
    fields.text[LOCNET_VT_CODES] = encoded_codes;
    fields.text[LOCNET_VT_SUCCESSION_SOURCES] = encoded_sources;
    status = locnet_builder_add_locality(&reader->builder, &fields, NULL, NULL);
    if (status == LOCNET_EDATA) {
        report(reader, "duplicate locality id");
        status = LOCNET_OK;
    }
cleanup:
    free(name);
    free(encoded_aliases);
    free(encoded_codes);
    free(encoded_sources);
    locnet_list_destroy(&aliases);
    locnet_list_destroy(&succession_sources);
    return status;
}

/* Checks that parents and successors name localities of the file. */
static void check_references(reader_t *reader, const locality_attributes_t *found)
{
    static const int fields[] = {LOCNET_VT_PARENT, LOCNET_VT_SUCCEEDED_BY};
    for (igraph_integer_t v = 0; v < igraph_vcount(&reader->graph); v++) {
        for (size_t f = 0; f < 2; f++) {
            char buffer[64], id_buffer[64];
            const char *id = text_value(reader, &reader->vertex, found->text[fields[f]], v, buffer,
                                        sizeof buffer);
            if (id[0] == '\0' || locnet_builder_find_locality(&reader->builder, id, NULL))
                continue;
            snprintf(reader->label, sizeof reader->label, "locality \"%.120s\"",
                     text_value(reader, &reader->vertex, found->text[LOCNET_VT_ID], v, id_buffer,
                                sizeof id_buffer));
            report(reader, "%s locality \"%s\"",
                   fields[f] == LOCNET_VT_PARENT ? "unknown parent" : "unknown successor", id);
        }
    }
}

/* ---- partnerships ------------------------------------------------------------------------ */

static locnet_status_t read_partnerships(reader_t *reader)
{
    attributes_t *attributes = &reader->edge;
    int text_index[LOCNET_ET_COUNT], number_index[LOCNET_EN_COUNT];
    static const char *const text_names[LOCNET_ET_COUNT] = {
        [LOCNET_ET_KIND] = "kind", [LOCNET_ET_THEMES] = "themes",
        [LOCNET_ET_SOURCES] = "sources", [LOCNET_ET_NOTE] = "note",
    };
    static const char *const number_names[LOCNET_EN_COUNT] = {
        [LOCNET_EN_SINCE] = "since|year", [LOCNET_EN_UNTIL] = "until",
    };
    for (int i = 0; i < LOCNET_ET_COUNT; i++)
        text_index[i] = find_attribute(attributes, text_names[i]);
    for (int i = 0; i < LOCNET_EN_COUNT; i++)
        number_index[i] = find_attribute(attributes, number_names[i]);
    size_t loops = 0;
    locnet_status_t status = LOCNET_OK;
    for (igraph_integer_t e = 0; status == LOCNET_OK && e < igraph_ecount(&reader->graph); e++) {
        igraph_integer_t from = IGRAPH_FROM(&reader->graph, e), to = IGRAPH_TO(&reader->graph, e);
        if (from == to) {
            loops++;
            continue;
        }
        char from_buffer[64], to_buffer[64];
        snprintf(reader->label, sizeof reader->label, "partnership %lld (%.60s - %.60s)",
                 (long long)e + 1,
                 text_value(reader, &reader->vertex, reader->id_attribute, from, from_buffer,
                            sizeof from_buffer),
                 text_value(reader, &reader->vertex, reader->id_attribute, to, to_buffer,
                            sizeof to_buffer));
        locnet_partnership_fields_t fields;
        locnet_list_t themes, sources;
        char *encoded_themes = NULL, *encoded_sources = NULL, buffers[LOCNET_ET_COUNT][64];
        locnet_partnership_fields_clear(&fields);
        locnet_list_init(&themes);
        locnet_list_init(&sources);
        for (int i = 0; i < LOCNET_ET_COUNT; i++)
            fields.text[i] = text_value(reader, attributes, text_index[i], e, buffers[i],
                                        sizeof buffers[i]);
        if (fields.text[LOCNET_ET_KIND][0] == '\0')
            fields.text[LOCNET_ET_KIND] = "agreement";
        for (int i = 0; i < LOCNET_EN_COUNT; i++) {
            bool ok;
            double year = number_value(reader, attributes, number_index[i], e, &ok);
            if (ok && !isnan(year) && (year != floor(year) || year < 1 || year > 9999)) {
                report(reader, "field \"%s\" must be a year from 1 to 9999, not %g",
                       attribute_name(attributes, number_index[i]), year);
                year = NAN;
            }
            fields.number[i] = year;
        }
        if (fields.number[LOCNET_EN_UNTIL] < fields.number[LOCNET_EN_SINCE])
            report(reader, "field \"until\" (%.0f) is before \"since\" (%.0f)",
                   fields.number[LOCNET_EN_UNTIL], fields.number[LOCNET_EN_SINCE]);
        status = list_value(reader, attributes, text_index[LOCNET_ET_THEMES], e, false, &themes,
                            &encoded_themes);
        if (status == LOCNET_OK)
            status = list_value(reader, attributes, text_index[LOCNET_ET_SOURCES], e, false,
                                &sources, &encoded_sources);
        if (status == LOCNET_OK) {
            check_citations(reader, "sources", &sources);
            fields.text[LOCNET_ET_THEMES] = encoded_themes;
            fields.text[LOCNET_ET_SOURCES] = encoded_sources;
            status = locnet_builder_add_partnership(&reader->builder, from, to, &fields, NULL);
        }
        free(encoded_themes);
        free(encoded_sources);
        locnet_list_destroy(&themes);
        locnet_list_destroy(&sources);
    }
    if (loops > 0)
        locnet_diagnostics_add(reader->diagnostics, reader->name, 0, 0,
                               "%zu edge%s linking a node to itself left out", loops,
                               loops == 1 ? "" : "s");
    return status;
}

/* ---- the whole file ---------------------------------------------------------------------- */

locnet_status_t locnet_graphml_read(FILE *file, const char *name, locnet_network_t *net,
                                    locnet_diagnostics_t *diagnostics)
{
    reader_t reader;
    memset(&reader, 0, sizeof reader);
    reader.name = name;
    reader.diagnostics = diagnostics;
    locnet_list_t integers;  /* keys declared int or long: igraph reads them as reals */
    locnet_list_init(&integers);
    locnet_status_t status = locnet_graphml_integer_keys(file, &integers);
    if (status == LOCNET_OK)
        status = read_graph(&reader, file);
    if (status != LOCNET_OK) {
        locnet_list_destroy(&integers);
        return status;
    }
    if ((status = locnet_builder_init(&reader.builder)) != LOCNET_OK) {
        igraph_destroy(&reader.graph);
        locnet_list_destroy(&integers);
        return status;
    }
    if ((status = locnet_country_names_init(&reader.countries)) != LOCNET_OK)
        goto cleanup;
    if ((status = list_attributes(&reader)) != LOCNET_OK)
        goto cleanup;
    if ((status = read_sources(&reader)) != LOCNET_OK)
        goto cleanup;
    locality_attributes_t found;
    find_locality_attributes(&reader, &found);
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < igraph_vcount(&reader.graph); v++)
        status = read_locality(&reader, &found, v);
    if (status != LOCNET_OK)
        goto cleanup;
    if (reader.problems == 0)  /* with localities missing, vertex numbers would not match */
        status = read_partnerships(&reader);
    if (status == LOCNET_OK)
        check_references(&reader, &found);
    if (status == LOCNET_OK && reader.problems == 0)
        status = copy_extras(&reader, &reader.vertex);
    if (status == LOCNET_OK && reader.problems == 0)
        status = copy_extras(&reader, &reader.edge);
    if (status == LOCNET_OK && reader.problems > 0)
        status = LOCNET_EDATA;
    if (status == LOCNET_OK && (status = locnet_builder_finish(&reader.builder, net)) == LOCNET_OK &&
        (status = locnet_graphml_restore_types(&reader.graph, net, &integers)) != LOCNET_OK)
        locnet_network_destroy(net);
cleanup:
    locnet_list_destroy(&integers);
    attributes_destroy(&reader.vertex);
    attributes_destroy(&reader.edge);
    locnet_country_names_destroy(&reader.countries);
    locnet_builder_destroy(&reader.builder);
    igraph_destroy(&reader.graph);
    return status;
}

locnet_status_t locnet_graphml_read_path(const char *path, locnet_network_t *net,
                                         locnet_diagnostics_t *diagnostics)
{
    struct stat info;
    if (stat(path, &info) == 0 && S_ISDIR(info.st_mode)) {
        locnet_diagnostics_add(diagnostics, path, 0, 0, "is a directory, not a file");
        return LOCNET_ENOINPUT;
    }
    FILE *file = fopen(path, "rb");
    if (file == NULL) {
        locnet_diagnostics_add(diagnostics, path, 0, 0, "cannot open: %s", strerror(errno));
        return LOCNET_ENOINPUT;
    }
    locnet_status_t status = locnet_graphml_read(file, path, net, diagnostics);
    fclose(file);
    return status;
}

locnet_status_t locnet_graphml_read_text(const char *name, const char *text, size_t length,
                                         locnet_network_t *net,
                                         locnet_diagnostics_t *diagnostics)
{
    FILE *file = fmemopen((void *)text, length > 0 ? length : 1, "rb");
    if (file == NULL) {
        locnet_diagnostics_add(diagnostics, name, 0, 0, "cannot read: %s", strerror(errno));
        return LOCNET_ENOMEM;
    }
    locnet_status_t status = locnet_graphml_read(file, name, net, diagnostics);
    fclose(file);
    return status;
}
