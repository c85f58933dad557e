/* io/read/graphml_types.c: <key> declarations through libxml2's xmlTextReader, and the types put
 * back through igraph's C attribute handler. */
#include "io/read/graphml_types.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/xmlreader.h>

#include "graph/attribute_types.h"

static int read_file(void *context, char *buffer, int length)
{
    size_t got = fread(buffer, 1, (size_t)length, context);
    return got > 0 || !ferror(context) ? (int)got : -1;
}

static int keep_file_open(void *context)
{
    (void)context;
    return 0;
}

static void quiet(void *context, const char *message, ...)
{
    (void)context;
    (void)message;
}

/* Appends "d:NAME" for the key the reader stands on, when it is declared int or long. */
static locnet_status_t note_key(xmlTextReaderPtr reader, locnet_list_t *integers)
{
    xmlChar *domain = xmlTextReaderGetAttribute(reader, BAD_CAST "for");
    xmlChar *name = xmlTextReaderGetAttribute(reader, BAD_CAST "attr.name");
    xmlChar *type = xmlTextReaderGetAttribute(reader, BAD_CAST "attr.type");
    locnet_status_t status = LOCNET_OK;
    bool whole = type != NULL && (xmlStrcmp(type, BAD_CAST "int") == 0 ||
                                  xmlStrcmp(type, BAD_CAST "long") == 0);
    char letter = domain == NULL ? 0
                  : xmlStrcmp(domain, BAD_CAST "node") == 0  ? 'v'
                  : xmlStrcmp(domain, BAD_CAST "edge") == 0  ? 'e'
                  : xmlStrcmp(domain, BAD_CAST "graph") == 0 ? 'g' : 0;
    if (whole && letter != 0 && name != NULL) {
        char *item = malloc(strlen((const char *)name) + 3);
        if (item == NULL) {
            status = LOCNET_ENOMEM;
        } else {
            sprintf(item, "%c:%s", letter, (const char *)name);
            status = locnet_list_append(integers, item);
            free(item);
        }
    }
    xmlFree(domain);
    xmlFree(name);
    xmlFree(type);
    return status;
}

locnet_status_t locnet_graphml_integer_keys(FILE *file, locnet_list_t *integers)
{
    long start = ftell(file);
    if (start < 0)
        return LOCNET_OK;
    xmlGenericErrorFunc previous = xmlGenericError;
    void *previous_context = xmlGenericErrorContext;
    xmlSetGenericErrorFunc(NULL, quiet);
    xmlTextReaderPtr reader = xmlReaderForIO(read_file, keep_file_open, file, NULL, NULL,
                                             XML_PARSE_NONET | XML_PARSE_NOERROR |
                                                 XML_PARSE_NOWARNING);
    locnet_status_t status = LOCNET_OK;
    while (reader != NULL && status == LOCNET_OK && xmlTextReaderRead(reader) == 1) {
        if (xmlTextReaderNodeType(reader) != XML_READER_TYPE_ELEMENT)
            continue;
        const xmlChar *name = xmlTextReaderConstLocalName(reader);
        if (xmlStrcmp(name, BAD_CAST "graph") == 0)
            break;
        if (xmlStrcmp(name, BAD_CAST "key") == 0)
            status = note_key(reader, integers);
    }
    xmlFreeTextReader(reader);
    xmlSetGenericErrorFunc(previous_context, previous);
    clearerr(file);
    if (fseek(file, start, SEEK_SET) != 0)
        return LOCNET_EINTERNAL;
    return status;
}

/* Turns net's text attribute name (of vertices or edges) into a boolean one. */
static locnet_status_t restore_boolean(locnet_network_t *net, bool vertices, const char *name)
{
    igraph_integer_t count = vertices ? igraph_vcount(&net->graph) : igraph_ecount(&net->graph);
    igraph_vector_bool_t values;
    if (igraph_vector_bool_init(&values, count) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    for (igraph_integer_t i = 0; i < count; i++) {
        const char *text = vertices ? igraph_cattribute_VAS(&net->graph, name, i)
                                    : igraph_cattribute_EAS(&net->graph, name, i);
        VECTOR(values)[i] = text != NULL && strcmp(text, "true") == 0;
    }
    if (vertices)
        igraph_cattribute_remove_v(&net->graph, name);
    else
        igraph_cattribute_remove_e(&net->graph, name);
    igraph_error_t rc = vertices ? igraph_cattribute_VAB_setv(&net->graph, name, &values)
                                 : igraph_cattribute_EAB_setv(&net->graph, name, &values);
    igraph_vector_bool_destroy(&values);
    return rc == IGRAPH_SUCCESS ? LOCNET_OK : LOCNET_ENOMEM;
}

static locnet_status_t copy_graph_attribute(const igraph_t *read, locnet_network_t *net,
                                            const char *name, igraph_attribute_type_t type)
{
    igraph_error_t rc;
    if (type == IGRAPH_ATTRIBUTE_NUMERIC)
        rc = igraph_cattribute_GAN_set(&net->graph, name, igraph_cattribute_GAN(read, name));
    else if (type == IGRAPH_ATTRIBUTE_BOOLEAN)
        rc = igraph_cattribute_GAB_set(&net->graph, name, igraph_cattribute_GAB(read, name));
    else if (type == IGRAPH_ATTRIBUTE_STRING)
        rc = igraph_cattribute_GAS_set(&net->graph, name, igraph_cattribute_GAS(read, name));
    else
        rc = IGRAPH_SUCCESS;
    return rc == IGRAPH_SUCCESS ? LOCNET_OK : LOCNET_ENOMEM;
}

/* Booleans and graph attributes, from the attributes igraph read. */
static locnet_status_t restore_read_types(const igraph_t *read, locnet_network_t *net)
{
    igraph_strvector_t names[3];
    igraph_vector_int_t types[3];
    bool made = true;
    for (int d = 0; d < 3; d++) {
        made = igraph_strvector_init(&names[d], 0) == IGRAPH_SUCCESS && made;
        made = igraph_vector_int_init(&types[d], 0) == IGRAPH_SUCCESS && made;
    }
    locnet_status_t status = made && igraph_cattribute_list(read, &names[0], &types[0], &names[1],
                                                            &types[1], &names[2], &types[2]) ==
                                         IGRAPH_SUCCESS
                                 ? LOCNET_OK : LOCNET_ENOMEM;
    for (int d = 0; d < 3 && status == LOCNET_OK; d++) {
        for (igraph_integer_t i = 0; i < igraph_strvector_size(&names[d]) && status == LOCNET_OK; i++) {
            const char *name = igraph_strvector_get(&names[d], i);
            igraph_attribute_type_t type = (igraph_attribute_type_t)VECTOR(types[d])[i];
            if (d == 0 && strcmp(name, "sources") != 0)
                status = copy_graph_attribute(read, net, name, type);
            else if (d > 0 && type == IGRAPH_ATTRIBUTE_BOOLEAN &&
                     igraph_cattribute_has_attr(&net->graph, d == 1 ? IGRAPH_ATTRIBUTE_VERTEX
                                                                    : IGRAPH_ATTRIBUTE_EDGE, name))
                status = restore_boolean(net, d == 1, name);
        }
    }
    for (int d = 0; d < 3; d++) {
        igraph_strvector_destroy(&names[d]);
        igraph_vector_int_destroy(&types[d]);
    }
    return status;
}

locnet_status_t locnet_graphml_restore_types(const igraph_t *read, locnet_network_t *net,
                                             const locnet_list_t *integers)
{
    locnet_status_t status = restore_read_types(read, net);
    for (size_t i = 0; status == LOCNET_OK && i < integers->count; i++) {
        const char *item = integers->items[i];
        static const igraph_attribute_elemtype_t elements[] = {
            IGRAPH_ATTRIBUTE_GRAPH, IGRAPH_ATTRIBUTE_VERTEX, IGRAPH_ATTRIBUTE_EDGE};
        const char *at = strchr("gve", item[0]);
        if (at == NULL || item[1] != ':' ||
            !igraph_cattribute_has_attr(&net->graph, elements[at - "gve"], item + 2))
            continue;
        status = locnet_attribute_mark_integer(net, (locnet_domain_t)item[0], item + 2);
    }
    return status;
}
