/* io/write/graphml_writer.c: keys from io/write/typed_attributes.h, then the graph, its nodes
 * and edges, through libxml2's xmlTextWriter. */
#include "io/write/graphml_writer.h"

#include <string.h>

#include <cjson/cJSON.h>

#include "io/write/json_writer.h"
#include "io/write/typed_attributes.h"
#include "io/write/xml_output.h"

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

static int write_keys(xmlTextWriterPtr writer, const locnet_network_t *net,
                      const locnet_typed_attributes_t *list)
{
    int rc = 0;
    if (net->source_count > 0)
        rc = write_key(writer, LOCNET_DOMAIN_GRAPH, "sources", LOCNET_VALUE_TEXT);
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
    const char *sources;
} graphml_job_t;

static int write_document(xmlTextWriterPtr writer, const void *context)
{
    const graphml_job_t *job = context;
    int rc = xmlTextWriterStartElement(writer, BAD_CAST "graphml");
    if (rc >= 0)
        rc = xmlTextWriterWriteAttribute(writer, BAD_CAST "xmlns",
                                         BAD_CAST "http://graphml.graphdrawing.org/xmlns");
    if (rc >= 0)
        rc = write_keys(writer, job->net, job->list);
    if (rc >= 0)
        rc = xmlTextWriterStartElement(writer, BAD_CAST "graph");
    if (rc >= 0)
        rc = xmlTextWriterWriteAttribute(writer, BAD_CAST "id", BAD_CAST "G");
    if (rc >= 0)
        rc = xmlTextWriterWriteAttribute(writer, BAD_CAST "edgedefault", BAD_CAST "undirected");
    if (rc >= 0 && job->sources != NULL)
        rc = write_data(writer, LOCNET_DOMAIN_GRAPH, "sources", job->sources);
    if (rc >= 0)
        rc = write_element_data(writer, job->net, job->list, LOCNET_DOMAIN_GRAPH, 0);
    if (rc >= 0)
        rc = write_nodes_and_edges(writer, job->net, job->list);
    return rc;
}

locnet_status_t locnet_graphml_write(const locnet_network_t *net, FILE *out)
{
    locnet_typed_attributes_t list;
    char *sources = NULL;
    locnet_status_t status = locnet_typed_attributes_list(net, &list);
    if (status != LOCNET_OK)
        return status;
    if (net->source_count == 0 || (status = locnet_json_sources_text(net, &sources)) == LOCNET_OK) {
        graphml_job_t job = {net, &list, sources};
        status = locnet_xml_write(out, write_document, &job);
    }
    cJSON_free(sources);
    locnet_typed_attributes_destroy(&list);
    return status;
}
