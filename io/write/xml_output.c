/* io/write/xml_output.c: xmlOutputBufferCreateFile and xmlNewTextWriter, with libxml2's error
 * handler swapped for a quiet one while writing. */
#include "io/write/xml_output.h"

#include <libxml/xmlerror.h>

static void quiet(void *context, const char *message, ...)
{
    (void)context;
    (void)message;
}

locnet_status_t locnet_xml_write(FILE *out, int (*write)(xmlTextWriterPtr writer, const void *context),
                                 const void *context)
{
    xmlGenericErrorFunc previous = xmlGenericError;
    void *previous_context = xmlGenericErrorContext;
    xmlSetGenericErrorFunc(NULL, quiet);
    locnet_status_t status = LOCNET_ENOMEM;
    xmlOutputBufferPtr buffer = xmlOutputBufferCreateFile(out, NULL);
    xmlTextWriterPtr writer = buffer != NULL ? xmlNewTextWriter(buffer) : NULL;
    if (writer == NULL) {
        if (buffer != NULL)
            xmlOutputBufferClose(buffer);
        goto cleanup;
    }
    int rc = xmlTextWriterSetIndent(writer, 1);
    if (rc >= 0)
        rc = xmlTextWriterStartDocument(writer, NULL, "UTF-8", NULL);
    if (rc >= 0)
        rc = write(writer, context);
    if (rc >= 0)
        rc = xmlTextWriterEndDocument(writer);
    if (rc >= 0)
        rc = xmlTextWriterFlush(writer);
    xmlFreeTextWriter(writer);  /* closes the buffer, not out */
    status = rc < 0 || ferror(out) ? LOCNET_EWRITE : LOCNET_OK;
cleanup:
    xmlSetGenericErrorFunc(previous_context, previous);
    return status;
}

int locnet_xml_element(xmlTextWriterPtr writer, const char *name, const char *text)
{
    if (text == NULL)
        return 0;
    return xmlTextWriterWriteElement(writer, BAD_CAST name, BAD_CAST text);
}

int locnet_xml_start(xmlTextWriterPtr writer, const char *name, const char *attribute,
                     const char *value)
{
    int rc = xmlTextWriterStartElement(writer, BAD_CAST name);
    return rc >= 0 ? xmlTextWriterWriteAttribute(writer, BAD_CAST attribute, BAD_CAST value) : rc;
}

int locnet_xml_start_with(xmlTextWriterPtr writer, const char *name, const char *const *pairs)
{
    int rc = xmlTextWriterStartElement(writer, BAD_CAST name);
    for (size_t i = 0; rc >= 0 && pairs[i] != NULL; i += 2)
        rc = xmlTextWriterWriteAttribute(writer, BAD_CAST pairs[i], BAD_CAST pairs[i + 1]);
    return rc;
}

int locnet_xml_start_edge(xmlTextWriterPtr writer, const locnet_network_t *net,
                          igraph_integer_t e)
{
    igraph_integer_t a = IGRAPH_FROM(&net->graph, e), b = IGRAPH_TO(&net->graph, e);
    int rc = locnet_xml_start(writer, "edge", "source",
                              locnet_locality_text(net, LOCNET_V_ID, a < b ? a : b));
    if (rc >= 0)
        rc = xmlTextWriterWriteAttribute(writer, BAD_CAST "target",
                                         BAD_CAST locnet_locality_text(net, LOCNET_V_ID, a < b ? b : a));
    return rc;
}
