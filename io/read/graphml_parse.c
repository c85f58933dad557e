/* io/read/graphml_parse.c: libxml2's SAX parser, with each element placed by the byte offset of
 * its '<' in the text (libxml2 reports elements as their start tag ends). */
#include "io/read/graphml_parse.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "graph/growable.h"
#include "graph/limits.h"
#include "io/read/text_source.h"

typedef struct parser {
    xmlParserCtxtPtr context;
    locnet_graphml_document_t *document;
    locnet_text_source_t source;
    locnet_status_t status;
    bool failed;                        /* an error was reported: stop */
    int depth;                          /* of the element being read; the root is 1 */
    int skip_depth;                     /* passing over the element at this depth, or 0 */
    bool in_graph;                      /* inside the first <graph> */
    locnet_graphml_element_t *element;  /* the node, edge or graph whose data is read */
    locnet_graphml_key_t *key;          /* the key whose <default> may follow */
    int collecting;                     /* 0, or the depth of the <data> or <default> read */
    bool in_default;                    /* what is read is a key's <default> */
    locnet_graphml_data_t data;         /* the data being read */
    char *text;                         /* its character data */
    size_t text_length, text_capacity;
} parser_t;

/* Reports a problem at line and column, and stops. */
static void fail(parser_t *parser, long line, long column, const char *message)
{
    if (parser->failed)
        return;
    parser->failed = true;
    parser->status = LOCNET_EDATA;
    locnet_diagnostics_add(parser->source.diagnostics, parser->source.name, line, column, "%s",
                           message);
    xmlStopParser(parser->context);
}

static void out_of_memory(parser_t *parser)
{
    parser->failed = true;
    parser->status = LOCNET_ENOMEM;
    xmlStopParser(parser->context);
}

/* The line and column of the element whose start tag the parser has just read. */
static void element_position(parser_t *parser, long *line, long *column)
{
    xmlParserInputPtr input = parser->context->input;
    if (input->buf != NULL && input->buf->encoder != NULL) {  /* not UTF-8: offsets differ */
        *line = input->line;
        *column = 1;
        return;
    }
    size_t at = (size_t)input->consumed + (size_t)(input->cur - input->base);
    if (at > parser->source.length)
        at = parser->source.length;
    while (at > 0 && parser->source.text[at] != '<')
        at--;
    locnet_text_source_locate(&parser->source, at, line, column);
}

/* The value of attribute name of a start tag (libxml2 gives 5 pointers an attribute), as a
 * new string; NULL when absent, or out of memory (then reported). */
static char *attribute(parser_t *parser, int count, const xmlChar **attributes, const char *name)
{
    for (int i = 0; i < count; i++) {
        const xmlChar **a = attributes + 5 * i;
        if (strcmp((const char *)a[0], name) != 0)
            continue;
        char *value = strndup((const char *)a[3], (size_t)(a[4] - a[3]));
        if (value == NULL)
            out_of_memory(parser);
        return value;
    }
    return NULL;
}

static void start_key(parser_t *parser, int count, const xmlChar **attributes)
{
    locnet_graphml_document_t *document = parser->document;
    if (LOCNET_GROW(&document->keys, &document->key_capacity, document->key_count) != LOCNET_OK) {
        out_of_memory(parser);
        return;
    }
    locnet_graphml_key_t *key = &document->keys[document->key_count++];
    memset(key, 0, sizeof *key);
    key->id = attribute(parser, count, attributes, "id");
    key->name = attribute(parser, count, attributes, "attr.name");
    char *domain = attribute(parser, count, attributes, "for");
    char *type = attribute(parser, count, attributes, "attr.type");
    key->domains = domain == NULL || strcmp(domain, "all") == 0
                       ? LOCNET_GRAPHML_NODE | LOCNET_GRAPHML_EDGE | LOCNET_GRAPHML_GRAPH
                   : strcmp(domain, "node") == 0  ? LOCNET_GRAPHML_NODE
                   : strcmp(domain, "edge") == 0  ? LOCNET_GRAPHML_EDGE
                   : strcmp(domain, "graph") == 0 ? LOCNET_GRAPHML_GRAPH
                                                  : 0;
    key->type = type == NULL                   ? LOCNET_GRAPHML_TEXT
                : strcmp(type, "boolean") == 0 ? LOCNET_GRAPHML_BOOLEAN
                : strcmp(type, "int") == 0 || strcmp(type, "long") == 0 ||
                        strcmp(type, "float") == 0 || strcmp(type, "double") == 0
                    ? LOCNET_GRAPHML_NUMBER
                    : LOCNET_GRAPHML_TEXT;
    key->whole = type != NULL && (strcmp(type, "int") == 0 || strcmp(type, "long") == 0);
    free(domain);
    free(type);
    parser->key = key;
}

/* Starts a node or an edge of the graph. */
static void start_element(parser_t *parser, bool node, int count, const xmlChar **attributes)
{
    locnet_graphml_document_t *document = parser->document;
    locnet_graphml_element_t **elements = node ? &document->nodes : &document->edges;
    size_t *used = node ? &document->node_count : &document->edge_count;
    size_t *capacity = node ? &document->node_capacity : &document->edge_capacity;
    if (LOCNET_GROW(elements, capacity, *used) != LOCNET_OK) {
        out_of_memory(parser);
        return;
    }
    locnet_graphml_element_t *element = &(*elements)[(*used)++];
    memset(element, 0, sizeof *element);
    element->id = attribute(parser, count, attributes, "id");
    if (!node) {
        element->source = attribute(parser, count, attributes, "source");
        element->target = attribute(parser, count, attributes, "target");
    }
    element->first = document->data_count;
    element_position(parser, &element->line, &element->column);
    parser->element = element;
}

/* Starts a <data> element of the current element, unless its key is unknown. */
static void start_data(parser_t *parser, int count, const xmlChar **attributes)
{
    char *key = attribute(parser, count, attributes, "key");
    const locnet_graphml_document_t *document = parser->document;
    size_t k = 0;
    while (key != NULL && k < document->key_count &&
           (document->keys[k].id == NULL || strcmp(document->keys[k].id, key) != 0))
        k++;
    free(key);
    if (key == NULL || k == document->key_count || document->keys[k].name == NULL) {
        parser->skip_depth = parser->depth;  /* as igraph: data of unknown keys are ignored */
        return;
    }
    parser->data.key = k;
    element_position(parser, &parser->data.line, &parser->data.column);
    parser->collecting = parser->depth;
    parser->text_length = 0;
}

static void on_start(void *self, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri,
                     int namespace_count, const xmlChar **namespaces, int count, int defaulted,
                     const xmlChar **attributes)
{
    parser_t *parser = self;
    const char *name = (const char *)local;
    int depth = ++parser->depth;
    if (parser->failed || parser->skip_depth > 0)
        return;
    if (depth == 1 && strcmp(name, "graphml") != 0) {
        long line, column;
        element_position(parser, &line, &column);
        char message[LOCNET_MESSAGE_SIZE];
        snprintf(message, sizeof message, "not GraphML: the root element is <%.*s>, not <graphml>",
                 LOCNET_QUOTE_SIZE, name);
        fail(parser, line, column, message);
    } else if (depth == 2 && strcmp(name, "key") == 0) {
        start_key(parser, count, attributes);
    } else if (depth == 2 && strcmp(name, "graph") == 0 && parser->document->graph.line == 0) {
        parser->in_graph = true;
        parser->element = &parser->document->graph;
        parser->element->first = parser->document->data_count;
        element_position(parser, &parser->element->line, &parser->element->column);
    } else if (depth == 3 && parser->key != NULL && strcmp(name, "default") == 0) {
        parser->collecting = depth;
        parser->in_default = true;
        parser->text_length = 0;
    } else if (depth == 3 && parser->in_graph &&
               (strcmp(name, "node") == 0 || strcmp(name, "edge") == 0)) {
        start_element(parser, name[0] == 'n', count, attributes);
    } else if ((depth == 3 || depth == 4) && parser->in_graph && strcmp(name, "data") == 0 &&
               (depth == 3) == (parser->element == &parser->document->graph)) {
        start_data(parser, count, attributes);
    } else if (depth > 1) {
        parser->skip_depth = depth;  /* nested graphs, hyperedges, ports, other graphs */
    }
}

/* Ends the <data> or <default> being read. */
static void end_text(parser_t *parser)
{
    char *text = strndup(parser->text != NULL ? parser->text : "", parser->text_length);
    parser->collecting = 0;
    if (text == NULL) {
        out_of_memory(parser);
        return;
    }
    if (parser->in_default) {
        parser->in_default = false;
        free(parser->key->fallback);
        parser->key->fallback = text;
        return;
    }
    locnet_graphml_document_t *document = parser->document;
    locnet_graphml_element_t *element = parser->element;
    bool graph = element == &document->graph;  /* its data may follow its nodes */
    locnet_graphml_data_t **data = graph ? &document->graph_data : &document->data;
    size_t *used = graph ? &element->count : &document->data_count;
    if (LOCNET_GROW(data, graph ? &document->graph_data_capacity : &document->data_capacity,
                    *used) != LOCNET_OK) {
        free(text);
        out_of_memory(parser);
        return;
    }
    parser->data.text = text;
    (*data)[(*used)++] = parser->data;
    if (!graph)
        element->count++;
}

static void on_end(void *self, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri)
{
    parser_t *parser = self;
    int depth = parser->depth--;
    if (parser->failed)
        return;
    if (parser->skip_depth > 0) {
        if (depth == parser->skip_depth)
            parser->skip_depth = 0;
        return;
    }
    if (parser->collecting == depth) {
        end_text(parser);
    } else if (depth == 2) {
        parser->key = NULL;
        parser->in_graph = false;
    } else if (depth == 3 && parser->in_graph) {
        parser->element = &parser->document->graph;
    }
}

static void on_characters(void *self, const xmlChar *characters, int length)
{
    parser_t *parser = self;
    if (parser->failed || parser->skip_depth > 0 || parser->collecting != parser->depth)
        return;
    size_t need = parser->text_length + (size_t)length + 1;
    if (need > parser->text_capacity) {
        size_t capacity = parser->text_capacity > 0 ? parser->text_capacity : 64;
        while (capacity < need)
            capacity *= 2;
        char *grown = realloc(parser->text, capacity);
        if (grown == NULL) {
            out_of_memory(parser);
            return;
        }
        parser->text = grown;
        parser->text_capacity = capacity;
    }
    memcpy(parser->text + parser->text_length, characters, (size_t)length);
    parser->text_length += (size_t)length;
}

/* Reports libxml2's first fatal error at its line and column. */
static void on_error(void *self, xmlErrorPtr error)
{
    parser_t *parser = self;
    if (error == NULL || error->level < XML_ERR_FATAL || parser->failed)
        return;
    char message[LOCNET_MESSAGE_SIZE];
    snprintf(message, sizeof message, "malformed GraphML: %s",
             error->message != NULL ? error->message : "unreadable XML");
    size_t length = strlen(message);
    while (length > 0 && isspace((unsigned char)message[length - 1]))
        message[--length] = '\0';
    char *first = message + strlen("malformed GraphML: ");
    *first = (char)tolower((unsigned char)*first);
    fail(parser, error->line > 0 ? error->line : 1, error->int2 > 0 ? error->int2 : 1, message);
}

locnet_status_t locnet_graphml_parse(const char *name, const char *text, size_t length,
                                     locnet_graphml_document_t *document,
                                     locnet_diagnostics_t *diagnostics)
{
    memset(document, 0, sizeof *document);
    parser_t parser = {.document = document};
    locnet_text_source_init(&parser.source, name, text, length, diagnostics);
    if (length > (size_t)INT32_MAX) {
        locnet_diagnostics_add(diagnostics, name, 0, 0, "too large for GraphML (over 2 GB)");
        return LOCNET_EDATA;
    }
    xmlSAXHandler handler = {.initialized = XML_SAX2_MAGIC,
                             .startElementNs = on_start,
                             .endElementNs = on_end,
                             .characters = on_characters,
                             .cdataBlock = on_characters,
                             .serror = on_error};
    parser.context = xmlCreateMemoryParserCtxt(text, (int)length);
    if (parser.context == NULL)
        return LOCNET_ENOMEM;
    xmlSAXHandlerPtr previous = parser.context->sax;
    parser.context->sax = &handler;
    parser.context->userData = &parser;
    xmlCtxtUseOptions(parser.context, XML_PARSE_NONET);
    xmlParseDocument(parser.context);
    if (!parser.failed && !parser.context->wellFormed)
        fail(&parser, 1, 1, "malformed GraphML: not well-formed XML");
    parser.context->sax = previous;
    xmlFreeParserCtxt(parser.context);
    free(parser.text);
    if (!parser.failed && document->graph.line == 0) {
        locnet_diagnostics_add(diagnostics, name, 1, 1, "not GraphML: no <graph> element");
        return LOCNET_EDATA;
    }
    return parser.status;
}

static void element_destroy(locnet_graphml_element_t *element)
{
    free(element->id);
    free(element->source);
    free(element->target);
}

void locnet_graphml_document_destroy(locnet_graphml_document_t *document)
{
    if (document == NULL)
        return;
    for (size_t i = 0; i < document->key_count; i++) {
        free(document->keys[i].id);
        free(document->keys[i].name);
        free(document->keys[i].fallback);
    }
    for (size_t i = 0; i < document->node_count; i++)
        element_destroy(&document->nodes[i]);
    for (size_t i = 0; i < document->edge_count; i++)
        element_destroy(&document->edges[i]);
    for (size_t i = 0; i < document->data_count; i++)
        free(document->data[i].text);
    for (size_t i = 0; i < document->graph.count; i++)
        free(document->graph_data[i].text);
    free(document->graph_data);
    free(document->keys);
    free(document->nodes);
    free(document->edges);
    free(document->data);
    memset(document, 0, sizeof *document);
}

const locnet_graphml_data_t *locnet_graphml_data_of(const locnet_graphml_document_t *document,
                                                    const locnet_graphml_element_t *element,
                                                    size_t key)
{
    const locnet_graphml_data_t *data =
        element == &document->graph ? document->graph_data : document->data + element->first;
    for (size_t i = 0; i < element->count; i++) {
        if (data[i].key == key)
            return &data[i];
    }
    return NULL;
}
