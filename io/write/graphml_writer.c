/* io/write/graphml_writer.c: keys from io/write/typed_attributes.h, then the graph, its nodes
 * and edges, through libxml2's xmlTextWriter; the texts are checked first for characters that
 * XML 1.0 cannot hold. */
#include "io/write/graphml_writer.h"

#include <string.h>

#include <cjson/cJSON.h>

#include "io/write/json_writer.h"
#include "io/write/typed_attributes.h"
#include "io/write/xml_output.h"

/* The first character of text that XML 1.0 cannot hold, or 0. text is valid UTF-8. */
static unsigned long unwritable_in_xml(const char *text)
{
    for (const unsigned char *at = (const unsigned char *)text; *at != '\0'; at++) {
        if (*at < 0x20 && *at != '\t' && *at != '\n' && *at != '\r')
            return *at;
        if (at[0] == 0xEF && at[1] == 0xBF && (at[2] == 0xBE || at[2] == 0xBF))
            return at[2] == 0xBE ? 0xFFFE : 0xFFFF;
    }
    return 0;
}

/* Reports the texts of one string attribute that XML cannot hold; counts them in *found. */
static locnet_status_t check_attribute(const locnet_network_t *net, const char *input,
                                       bool vertices, const char *name,
                                       locnet_diagnostics_t *diagnostics, size_t *found)
{
    igraph_strvector_t texts;
    if (igraph_strvector_init(&texts, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    igraph_error_t rc = vertices ? igraph_cattribute_VASV(&net->graph, name, igraph_vss_all(),
                                                          &texts)
                                 : igraph_cattribute_EASV(&net->graph, name,
                                                          igraph_ess_all(IGRAPH_EDGEORDER_ID),
                                                          &texts);
    igraph_integer_t count = rc == IGRAPH_SUCCESS ? igraph_strvector_size(&texts) : 0;
    for (igraph_integer_t i = 0; i < count; i++) {
        unsigned long bad = unwritable_in_xml(igraph_strvector_get(&texts, i));
        if (bad == 0)
            continue;
        ++*found;
        if (diagnostics == NULL)
            continue;
        if (vertices)
            locnet_diagnostics_add(diagnostics, input, 0, 0,
                                   "locality \"%s\": field \"%s\" holds U+%04lX, which GraphML "
                                   "(XML 1.0) cannot hold",
                                   locnet_locality_text(net, LOCNET_V_ID, i), name, bad);
        else
            locnet_diagnostics_add(diagnostics, input, 0, 0,
                                   "partnership %lld: field \"%s\" holds U+%04lX, which GraphML "
                                   "(XML 1.0) cannot hold",
                                   (long long)i + 1, name, bad);
    }
    igraph_strvector_destroy(&texts);
    return rc == IGRAPH_SUCCESS ? LOCNET_OK : LOCNET_ENOMEM;
}

locnet_status_t locnet_graphml_check(const locnet_network_t *net, const char *input,
                                     locnet_diagnostics_t *diagnostics)
{
    igraph_strvector_t names[2];
    igraph_vector_int_t types[2];
    bool made = igraph_strvector_init(&names[0], 0) == IGRAPH_SUCCESS;
    made = igraph_strvector_init(&names[1], 0) == IGRAPH_SUCCESS && made;
    made = igraph_vector_int_init(&types[0], 0) == IGRAPH_SUCCESS && made;
    made = igraph_vector_int_init(&types[1], 0) == IGRAPH_SUCCESS && made;
    locnet_status_t status = LOCNET_ENOMEM;
    size_t found = 0;
    if (!made || igraph_cattribute_list(&net->graph, NULL, NULL, &names[0], &types[0], &names[1],
                                        &types[1]) != IGRAPH_SUCCESS)
        goto cleanup;
    status = LOCNET_OK;
    for (int kind = 0; kind < 2 && status == LOCNET_OK; kind++) {
        igraph_integer_t count = igraph_strvector_size(&names[kind]);
        for (igraph_integer_t i = 0; status == LOCNET_OK && i < count; i++) {
            if (VECTOR(types[kind])[i] == IGRAPH_ATTRIBUTE_STRING)
                status = check_attribute(net, input, kind == 0,
                                         igraph_strvector_get(&names[kind], i), diagnostics,
                                         &found);
        }
    }
    if (status == LOCNET_OK && found > 0)
        status = LOCNET_EDATA;
cleanup:
    for (int kind = 0; kind < 2; kind++) {
        igraph_strvector_destroy(&names[kind]);
        igraph_vector_int_destroy(&types[kind]);
    }
    return status;
}

static const char *graphml_type(locnet_value_type_t type)
{
    static const char *const names[] = {"string", "double", "long", "boolean"};
    return names[type];
}

static const char *domain_name(locnet_domain_t domain)
{
    return domain == LOCNET_DOMAIN_GRAPH ? "graph" : domain == LOCNET_DOMAIN_VERTEX ? "node" : "edge";
}

/* Writes <data key="d_NAME">value</data>. */
static int write_data(xmlTextWriterPtr writer, locnet_domain_t domain, const char *name,
                      const char *value)
{
    int rc = xmlTextWriterStartElement(writer, BAD_CAST "data");
    if (rc >= 0)
        rc = xmlTextWriterWriteFormatAttribute(writer, BAD_CAST "key", "%c_%s", (char)domain, name);
    if (rc >= 0)
        rc = xmlTextWriterWriteString(writer, BAD_CAST value);
    if (rc >= 0)
        rc = xmlTextWriterEndElement(writer);
    return rc;
}

static int write_key(xmlTextWriterPtr writer, locnet_domain_t domain, const char *name,
                     locnet_value_type_t type)
{
    int rc = xmlTextWriterStartElement(writer, BAD_CAST "key");
    if (rc >= 0)
        rc = xmlTextWriterWriteFormatAttribute(writer, BAD_CAST "id", "%c_%s", (char)domain, name);
    if (rc >= 0)
        rc = xmlTextWriterWriteAttribute(writer, BAD_CAST "for", BAD_CAST domain_name(domain));
    if (rc >= 0)
        rc = xmlTextWriterWriteAttribute(writer, BAD_CAST "attr.name", BAD_CAST name);
    if (rc >= 0)
        rc = xmlTextWriterWriteAttribute(writer, BAD_CAST "attr.type", BAD_CAST graphml_type(type));
    if (rc >= 0)
        rc = xmlTextWriterEndElement(writer);
    return rc;
}

/* The data of every attribute of domain for element, skipping the locality id (the node's). */
static int write_element_data(xmlTextWriterPtr writer, const locnet_network_t *net,
                              const locnet_typed_attributes_t *list, locnet_domain_t domain,
                              igraph_integer_t element)
{
    char buffer[400];
    int rc = 0;
    for (size_t i = 0; rc >= 0 && i < list->count; i++) {
        const locnet_typed_attribute_t *attribute = &list->items[i];
        if (attribute->domain != domain ||
            (domain == LOCNET_DOMAIN_VERTEX && strcmp(attribute->name, LOCNET_V_ID) == 0))
            continue;
        const char *value = locnet_typed_value(net, attribute, element, buffer, sizeof buffer);
        if (value != NULL)
            rc = write_data(writer, domain, attribute->name, value);
    }
    return rc;
}

/* The network's records as graph attributes: "sources" and "events", JSON arrays of objects
 * as locnet/1 writes them; NULL when there are none. */
enum { RECORD_SOURCES, RECORD_EVENTS, RECORD_COUNT };
static const char *const record_names[RECORD_COUNT] = {"sources", "events"};

static int write_keys(xmlTextWriterPtr writer, char *const *records,
                      const locnet_typed_attributes_t *list)
{
    int rc = 0;
    for (int r = 0; rc >= 0 && r < RECORD_COUNT; r++) {
        if (records[r] != NULL)
            rc = write_key(writer, LOCNET_DOMAIN_GRAPH, record_names[r], LOCNET_VALUE_TEXT);
    }
    for (size_t i = 0; rc >= 0 && i < list->count; i++) {
        const locnet_typed_attribute_t *attribute = &list->items[i];
        if (attribute->domain != LOCNET_DOMAIN_VERTEX || strcmp(attribute->name, LOCNET_V_ID) != 0)
            rc = write_key(writer, attribute->domain, attribute->name, attribute->type);
    }
    return rc;
}

static int write_nodes_and_edges(xmlTextWriterPtr writer, const locnet_network_t *net,
                                 const locnet_typed_attributes_t *list)
{
    int rc = 0;
    for (igraph_integer_t v = 0; rc >= 0 && v < locnet_locality_count(net); v++) {
        rc = locnet_xml_start(writer, "node", "id", locnet_locality_text(net, LOCNET_V_ID, v));
        if (rc >= 0)
            rc = write_element_data(writer, net, list, LOCNET_DOMAIN_VERTEX, v);
        if (rc >= 0)
            rc = xmlTextWriterEndElement(writer);
    }
    for (igraph_integer_t e = 0; rc >= 0 && e < locnet_partnership_count(net); e++) {
        rc = locnet_xml_start_edge(writer, net, e);
        if (rc >= 0)
            rc = write_element_data(writer, net, list, LOCNET_DOMAIN_EDGE, e);
        if (rc >= 0)
            rc = xmlTextWriterEndElement(writer);
    }
    return rc;
}

typedef struct graphml_job {
    const locnet_network_t *net;
    const locnet_typed_attributes_t *list;
    char *records[RECORD_COUNT];
} graphml_job_t;

static int write_document(xmlTextWriterPtr writer, const void *context)
{
    const graphml_job_t *job = context;
    static const char *const root[] = {"xmlns", "http://graphml.graphdrawing.org/xmlns", NULL};
    static const char *const graph[] = {"id", "G", "edgedefault", "undirected", NULL};
    int rc = locnet_xml_start_with(writer, "graphml", root);
    if (rc >= 0)
        rc = write_keys(writer, job->records, job->list);
    if (rc >= 0)
        rc = locnet_xml_start_with(writer, "graph", graph);
    for (int r = 0; rc >= 0 && r < RECORD_COUNT; r++) {
        if (job->records[r] != NULL)
            rc = write_data(writer, LOCNET_DOMAIN_GRAPH, record_names[r], job->records[r]);
    }
    if (rc >= 0)
        rc = write_element_data(writer, job->net, job->list, LOCNET_DOMAIN_GRAPH, 0);
    if (rc >= 0)
        rc = write_nodes_and_edges(writer, job->net, job->list);
    return rc;
}

locnet_status_t locnet_graphml_write(const locnet_network_t *net, FILE *out)
{
    locnet_status_t status = locnet_graphml_check(net, "", NULL);
    if (status != LOCNET_OK)
        return status;
    locnet_typed_attributes_t list;
    if ((status = locnet_typed_attributes_list(net, &list)) != LOCNET_OK)
        return status;
    graphml_job_t job = {net, &list, {NULL, NULL}};
    if (net->source_count > 0)
        status = locnet_json_sources_text(net, &job.records[RECORD_SOURCES]);
    if (status == LOCNET_OK && net->event_count > 0)
        status = locnet_json_events_text(net, &job.records[RECORD_EVENTS]);
    if (status == LOCNET_OK)
        status = locnet_xml_write(out, write_document, &job);
    for (int r = 0; r < RECORD_COUNT; r++)
        cJSON_free(job.records[r]);
    locnet_typed_attributes_destroy(&list);
    return status;
}
