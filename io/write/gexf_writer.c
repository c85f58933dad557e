/* io/write/gexf_writer.c: the attribute declarations from io/write/typed_attributes.h, then
 * nodes with their viz elements and edges with their years, through libxml2's xmlTextWriter. */
#include "io/write/gexf_writer.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "io/write/table.h"
#include "io/write/typed_attributes.h"
#include "io/write/xml_output.h"

#define GEXF_NS "http://www.gexf.net/1.2draft"

typedef struct gexf_job {
    const locnet_network_t *net;
    const locnet_gexf_style_t *style;
    const locnet_typed_attributes_t *list;
} gexf_job_t;

static const char *gexf_type(locnet_value_type_t type)
{
    static const char *const names[] = {"string", "double", "long", "boolean"};
    return names[type];
}

/* True for attributes GEXF holds elsewhere: a node's id and label. */
static bool held_elsewhere(const locnet_typed_attribute_t *attribute)
{
    return attribute->domain == LOCNET_DOMAIN_VERTEX &&
           (strcmp(attribute->name, LOCNET_V_ID) == 0 || strcmp(attribute->name, LOCNET_V_NAME) == 0);
}

static int write_declarations(xmlTextWriterPtr writer, const locnet_typed_attributes_t *list,
                              locnet_domain_t domain)
{
    int rc = xmlTextWriterStartElement(writer, BAD_CAST "attributes");
    if (rc >= 0)
        rc = xmlTextWriterWriteAttribute(writer, BAD_CAST "class",
                                         BAD_CAST(domain == LOCNET_DOMAIN_VERTEX ? "node" : "edge"));
    if (rc >= 0)
        rc = xmlTextWriterWriteAttribute(writer, BAD_CAST "mode", BAD_CAST "static");
    for (size_t i = 0; rc >= 0 && i < list->count; i++) {
        const locnet_typed_attribute_t *attribute = &list->items[i];
        if (attribute->domain != domain || held_elsewhere(attribute))
            continue;
        rc = xmlTextWriterStartElement(writer, BAD_CAST "attribute");
        if (rc >= 0)
            rc = xmlTextWriterWriteFormatAttribute(writer, BAD_CAST "id", "%zu", i);
        if (rc >= 0)
            rc = xmlTextWriterWriteAttribute(writer, BAD_CAST "title", BAD_CAST attribute->name);
        if (rc >= 0)
            rc = xmlTextWriterWriteAttribute(writer, BAD_CAST "type",
                                             BAD_CAST gexf_type(attribute->type));
        if (rc >= 0)
            rc = xmlTextWriterEndElement(writer);
    }
    if (rc >= 0)
        rc = xmlTextWriterEndElement(writer);
    return rc;
}

static int write_values(xmlTextWriterPtr writer, const gexf_job_t *job, locnet_domain_t domain,
                        igraph_integer_t element)
{
    char buffer[400];
    int rc = xmlTextWriterStartElement(writer, BAD_CAST "attvalues");
    for (size_t i = 0; rc >= 0 && i < job->list->count; i++) {
        const locnet_typed_attribute_t *attribute = &job->list->items[i];
        if (attribute->domain != domain || held_elsewhere(attribute))
            continue;
        const char *value = locnet_typed_value(job->net, attribute, element, buffer, sizeof buffer);
        if (value == NULL)
            continue;
        rc = xmlTextWriterStartElement(writer, BAD_CAST "attvalue");
        if (rc >= 0)
            rc = xmlTextWriterWriteFormatAttribute(writer, BAD_CAST "for", "%zu", i);
        if (rc >= 0)
            rc = xmlTextWriterWriteAttribute(writer, BAD_CAST "value", BAD_CAST value);
        if (rc >= 0)
            rc = xmlTextWriterEndElement(writer);
    }
    if (rc >= 0)
        rc = xmlTextWriterEndElement(writer);
    return rc;
}

/* Writes value (finite) as an attribute in the shortest round-trip form. */
static int write_real(xmlTextWriterPtr writer, const char *name, double value)
{
    char buffer[400];
    locnet_format_real(value, buffer, sizeof buffer);
    return xmlTextWriterWriteAttribute(writer, BAD_CAST name, BAD_CAST buffer);
}

static int write_viz(xmlTextWriterPtr writer, const locnet_gexf_style_t *style, igraph_integer_t v)
{
    int rc = 0;
    const char *colour = style->colours != NULL ? style->colours[v] : NULL;
    if (colour != NULL && strlen(colour) == 7) {
        long rgb = strtol(colour + 1, NULL, 16);
        rc = xmlTextWriterStartElementNS(writer, BAD_CAST "viz", BAD_CAST "color", NULL);
        if (rc >= 0)
            rc = xmlTextWriterWriteFormatAttribute(writer, BAD_CAST "r", "%ld", (rgb >> 16) & 255);
        if (rc >= 0)
            rc = xmlTextWriterWriteFormatAttribute(writer, BAD_CAST "g", "%ld", (rgb >> 8) & 255);
        if (rc >= 0)
            rc = xmlTextWriterWriteFormatAttribute(writer, BAD_CAST "b", "%ld", rgb & 255);
        if (rc >= 0)
            rc = xmlTextWriterEndElement(writer);
    }
    if (rc >= 0 && style->map != NULL) {
        rc = xmlTextWriterStartElementNS(writer, BAD_CAST "viz", BAD_CAST "position", NULL);
        if (rc >= 0)
            rc = write_real(writer, "x", VECTOR(style->map->x)[v]);
        if (rc >= 0)
            rc = write_real(writer, "y", VECTOR(style->map->y)[v]);
        if (rc >= 0)
            rc = xmlTextWriterWriteAttribute(writer, BAD_CAST "z", BAD_CAST "0");
        if (rc >= 0)
            rc = xmlTextWriterEndElement(writer);
    }
    if (rc >= 0 && style->sizes != NULL && isfinite(VECTOR(*style->sizes)[v])) {
        rc = xmlTextWriterStartElementNS(writer, BAD_CAST "viz", BAD_CAST "size", NULL);
        if (rc >= 0)
            rc = write_real(writer, "value", VECTOR(*style->sizes)[v]);
        if (rc >= 0)
            rc = xmlTextWriterEndElement(writer);
    }
    return rc;
}

static int write_nodes(xmlTextWriterPtr writer, const gexf_job_t *job)
{
    const locnet_network_t *net = job->net;
    int rc = xmlTextWriterStartElement(writer, BAD_CAST "nodes");
    for (igraph_integer_t v = 0; rc >= 0 && v < locnet_locality_count(net); v++) {
        rc = locnet_xml_start(writer, "node", "id", locnet_locality_text(net, LOCNET_V_ID, v));
        if (rc >= 0)
            rc = xmlTextWriterWriteAttribute(writer, BAD_CAST "label",
                                             BAD_CAST locnet_locality_text(net, LOCNET_V_NAME, v));
        if (rc >= 0)
            rc = write_values(writer, job, LOCNET_DOMAIN_VERTEX, v);
        if (rc >= 0)
            rc = write_viz(writer, job->style, v);
        if (rc >= 0)
            rc = xmlTextWriterEndElement(writer);
    }
    if (rc >= 0)
        rc = xmlTextWriterEndElement(writer);
    return rc;
}

/* start="since" and end="until", when known. */
static int write_years(xmlTextWriterPtr writer, const locnet_network_t *net, igraph_integer_t e)
{
    double since = locnet_partnership_number(net, LOCNET_E_SINCE, e);
    double until = locnet_partnership_number(net, LOCNET_E_UNTIL, e);
    int rc = 0;
    if (isfinite(since))
        rc = xmlTextWriterWriteFormatAttribute(writer, BAD_CAST "start", "%lld", (long long)since);
    if (rc >= 0 && isfinite(until))
        rc = xmlTextWriterWriteFormatAttribute(writer, BAD_CAST "end", "%lld", (long long)until);
    return rc;
}

static int write_edges(xmlTextWriterPtr writer, const gexf_job_t *job)
{
    const locnet_network_t *net = job->net;
    int rc = xmlTextWriterStartElement(writer, BAD_CAST "edges");
    for (igraph_integer_t e = 0; rc >= 0 && e < locnet_partnership_count(net); e++) {
        rc = locnet_xml_start_edge(writer, net, e);
        if (rc >= 0)
            rc = xmlTextWriterWriteFormatAttribute(writer, BAD_CAST "id", "%lld", (long long)e);
        if (rc >= 0)
            rc = write_years(writer, net, e);
        if (rc >= 0)
            rc = write_values(writer, job, LOCNET_DOMAIN_EDGE, e);
        if (rc >= 0)
            rc = xmlTextWriterEndElement(writer);
    }
    if (rc >= 0)
        rc = xmlTextWriterEndElement(writer);
    return rc;
}

static int write_document(xmlTextWriterPtr writer, const void *context)
{
    const gexf_job_t *job = context;
    static const char *const root[] = {"xmlns", GEXF_NS, "xmlns:viz", GEXF_NS "/viz",
                                       "version", "1.2", NULL};
    static const char *const graph[] = {"defaultedgetype", "undirected", "mode", "dynamic",
                                        "timeformat", "integer", NULL};
    int rc = locnet_xml_start_with(writer, "gexf", root);
    if (rc >= 0)
        rc = xmlTextWriterStartElement(writer, BAD_CAST "meta");
    if (rc >= 0)
        rc = locnet_xml_element(writer, "creator", "locnet");
    if (rc >= 0)
        rc = xmlTextWriterEndElement(writer);
    if (rc >= 0)
        rc = locnet_xml_start_with(writer, "graph", graph);
    if (rc >= 0)
        rc = write_declarations(writer, job->list, LOCNET_DOMAIN_VERTEX);
    if (rc >= 0)
        rc = write_declarations(writer, job->list, LOCNET_DOMAIN_EDGE);
    if (rc >= 0)
        rc = write_nodes(writer, job);
    if (rc >= 0)
        rc = write_edges(writer, job);
    return rc;
}

locnet_status_t locnet_gexf_write(const locnet_network_t *net, const locnet_gexf_style_t *style,
                                  FILE *out)
{
    locnet_typed_attributes_t list;
    locnet_status_t status = locnet_typed_attributes_list(net, &list);
    if (status != LOCNET_OK)
        return status;
    locnet_gexf_style_t none = {0};
    gexf_job_t job = {net, style != NULL ? style : &none, &list};
    status = locnet_xml_write(out, write_document, &job);
    locnet_typed_attributes_destroy(&list);
    return status;
}
