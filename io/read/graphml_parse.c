/* io/read/graphml_parse.c: libxml2's SAX parser, with each element placed by the byte offset of
 * its '<' in the text (libxml2 reports elements as their start tag ends). */
#include "io/read/graphml_parse.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "graph/growable.h"
#include "graph/id_index.h"
#include "graph/limits.h"
#include "io/read/text_source.h"

/* The serial number of the graph; its nodes and edges follow. */
enum { GRAPH_SERIAL = 1 };

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
    unsigned domain;                    /* LOCNET_GRAPHML_NODE, _EDGE or _GRAPH: parser->element */
    size_t serial;                      /* of the element being read: GRAPH_SERIAL, or more */
    size_t elements;                    /* nodes and edges started */
    locnet_id_index_t key_ids;          /* key id -> index into document->keys */
    locnet_graphml_data_t *graph_data;  /* the graph's own data, put after the others at the end */
    size_t graph_data_count, graph_data_capacity;
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

/* Reports a problem at the element whose start tag the parser has just read, and goes on
 * reading. */
static void problem(parser_t *parser, const char *format, ...)
    __attribute__((format(printf, 2, 3)));

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

static void problem(parser_t *parser, const char *format, ...)
{
    char message[LOCNET_MESSAGE_SIZE];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    long line, column;
    element_position(parser, &line, &column);
    if (parser->status == LOCNET_OK)
        parser->status = LOCNET_EDATA;
    locnet_diagnostics_add(parser->source.diagnostics, parser->source.name, line, column, "%s",
                           message);
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

/* The domains of a key's for="..." (NULL when absent): those of the parts of GraphML that locnet
 * does not read (hyperedge, port, endpoint) are none. False when GraphML has no such value. */
static bool key_domains(const char *domain, unsigned *domains)
{
    static const struct {
        const char *name;
        unsigned domains;
    } names[] = {{"all", LOCNET_GRAPHML_NODE | LOCNET_GRAPHML_EDGE | LOCNET_GRAPHML_GRAPH},
                 {"node", LOCNET_GRAPHML_NODE},
                 {"edge", LOCNET_GRAPHML_EDGE},
                 {"graph", LOCNET_GRAPHML_GRAPH},
                 {"hyperedge", 0},
                 {"port", 0},
                 {"endpoint", 0}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (domain == NULL || strcmp(domain, names[i].name) == 0) {
            *domains = names[i].domains;
            return true;
        }
    }
    *domains = 0;
    return false;
}

/* The type of a key's attr.type (NULL when absent); false when GraphML has no such type. */
static bool key_type(const char *type, locnet_graphml_type_t *result)
{
    static const char *const numbers[] = {"int", "long", "float", "double", NULL};
    *result = LOCNET_GRAPHML_TEXT;
    if (type == NULL || strcmp(type, "string") == 0)
        return true;
    if (strcmp(type, "boolean") == 0) {
        *result = LOCNET_GRAPHML_BOOLEAN;
        return true;
    }
    for (const char *const *number = numbers; *number != NULL; number++) {
        if (strcmp(type, *number) == 0) {
            *result = LOCNET_GRAPHML_NUMBER;
            return true;
        }
    }
    return false;
}

/* Checks a new key's for, attr.type and id (unique), and indexes it. */
static void check_key(parser_t *parser, locnet_graphml_key_t *key, const char *domain,
                      const char *type)
{
    const char *id = key->id != NULL ? key->id : "";
    if (!key_domains(domain, &key->domains))
        problem(parser,
                "key \"%.*s\": unknown for=\"%.*s\" (graph, node, edge, all, hyperedge, port "
                "or endpoint)",
                LOCNET_QUOTE_SIZE, id, LOCNET_QUOTE_SIZE, domain);
    key->whole = type != NULL && (strcmp(type, "int") == 0 || strcmp(type, "long") == 0);
    if (!key_type(type, &key->type))
        problem(parser,
                "key \"%.*s\": unknown attr.type \"%.*s\" (boolean, int, long, float, double "
                "or string)",
                LOCNET_QUOTE_SIZE, id, LOCNET_QUOTE_SIZE, type);
    if (key->id == NULL) {
        problem(parser, "a <key> without an id");
        return;
    }
    locnet_status_t status = locnet_id_index_insert(
        &parser->key_ids, key->id, (int64_t)(key - parser->document->keys), NULL);
    if (status == LOCNET_ENOMEM)
        out_of_memory(parser);
    else if (status == LOCNET_EDATA)
        problem(parser, "duplicate key id \"%.*s\"", LOCNET_QUOTE_SIZE, key->id);
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
    if (!parser->failed)
        check_key(parser, key, domain, type);
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
    parser->domain = node ? LOCNET_GRAPHML_NODE : LOCNET_GRAPHML_EDGE;
    parser->serial = ++parser->elements + GRAPH_SERIAL;
}

/* Starts the graph: the first <graph>. */
static void start_graph(parser_t *parser)
{
    parser->in_graph = true;
    parser->element = &parser->document->graph;
    parser->domain = LOCNET_GRAPHML_GRAPH;
    parser->serial = GRAPH_SERIAL;
    element_position(parser, &parser->element->line, &parser->element->column);
}

/* What an element of the domain is called in messages. */
static const char *domain_name(unsigned domain)
{
    return domain == LOCNET_GRAPHML_NODE ? "node" : domain == LOCNET_GRAPHML_EDGE ? "edge" : "graph";
}

/* What elements of the domains (a set) are called in messages. */
static const char *domains_name(unsigned domains)
{
    static const char *const names[8] = {
        "hyperedges, ports or endpoints", "nodes", "edges", "nodes and edges",
        "the graph", "nodes and the graph", "edges and the graph", "every element"};
    return names[domains & 7];
}

/* The key of a <data> element, as an index into the keys; -1, reported, when the data cannot be
 * read: without a key, an undeclared key, a key for other elements, or one given twice. */
static int64_t data_key(parser_t *parser, int count, const xmlChar **attributes)
{
    char *id = attribute(parser, count, attributes, "key");
    int64_t k = -1;
    const locnet_graphml_key_t *key = NULL;
    if (id != NULL && locnet_id_index_find(&parser->key_ids, id, &k))
        key = &parser->document->keys[k];
    const char *shown = id != NULL ? id : "";
    const char *element = domain_name(parser->domain);
    bool readable = false;
    if (parser->failed)  /* out of memory */
        readable = false;
    else if (id == NULL)
        problem(parser, "a <data> without a key");
    else if (key == NULL)
        problem(parser, "<data> of key \"%.*s\", which no <key> declares", LOCNET_QUOTE_SIZE,
                shown);
    else if (!(key->domains & parser->domain))
        problem(parser, "key \"%.*s\" is for %s, not for %s", LOCNET_QUOTE_SIZE, shown,
                domains_name(key->domains), domains_name(parser->domain));
    else if (key->seen == parser->serial)
        problem(parser, "key \"%.*s\" given twice in one %s", LOCNET_QUOTE_SIZE, shown, element);
    else
        readable = true;
    free(id);
    if (!readable)
        return -1;
    parser->document->keys[k].seen = parser->serial;
    return k;
}

/* Starts a <data> element of the current element; passes over it when it cannot be read or its
 * key has no attr.name (as igraph, which ignores such keys). */
static void start_data(parser_t *parser, int count, const xmlChar **attributes)
{
    int64_t k = data_key(parser, count, attributes);
    if (k < 0 || parser->document->keys[k].name == NULL) {
        parser->skip_depth = parser->depth;
        return;
    }
    parser->data.key = (size_t)k;
    element_position(parser, &parser->data.line, &parser->data.column);
    parser->collecting = parser->depth;
    parser->text_length = 0;
}

/* Reports an element that would hold what a network of localities cannot: a second graph, a
 * hyperedge, a graph nested in a node or an edge. */
static void refuse(parser_t *parser, const char *name, int depth)
{
    const char *why = NULL;
    if (depth == 2 && strcmp(name, "graph") == 0)
        why = "a second <graph>: locnet reads one network a file";
    else if (depth == 3 && parser->in_graph && strcmp(name, "hyperedge") == 0)
        why = "a <hyperedge>: a partnership links two localities, as an <edge>";
    else if (depth == 4 && parser->in_graph && parser->domain != LOCNET_GRAPHML_GRAPH &&
             strcmp(name, "graph") == 0)
        why = parser->domain == LOCNET_GRAPHML_NODE
                  ? "a <graph> nested in a node: locnet reads flat networks"
                  : "a <graph> nested in an edge: locnet reads flat networks";
    if (why != NULL)
        problem(parser, "%s", why);
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
        start_graph(parser);
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
        refuse(parser, name, depth);
        parser->skip_depth = depth;  /* ports, descriptions, and what is refused */
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
    bool graph = parser->domain == LOCNET_GRAPHML_GRAPH;  /* kept aside: it may follow nodes */
    locnet_graphml_data_t **data = graph ? &parser->graph_data : &document->data;
    size_t *count = graph ? &parser->graph_data_count : &document->data_count;
    size_t *capacity = graph ? &parser->graph_data_capacity : &document->data_capacity;
    if (LOCNET_GROW(data, capacity, *count) != LOCNET_OK) {
        free(text);
        out_of_memory(parser);
        return;
    }
    parser->data.text = text;
    (*data)[(*count)++] = parser->data;
    parser->element->count++;
}

/* Puts the graph's own data after the others, as the graph's data range. */
static void place_graph_data(parser_t *parser)
{
    locnet_graphml_document_t *document = parser->document;
    document->graph.first = document->data_count;
    document->graph.count = 0;
    for (size_t i = 0; i < parser->graph_data_count; i++) {
        if (LOCNET_GROW(&document->data, &document->data_capacity, document->data_count) !=
            LOCNET_OK) {
            free(parser->graph_data[i].text);
            out_of_memory(parser);
            continue;
        }
        document->data[document->data_count++] = parser->graph_data[i];
        document->graph.count++;
    }
    free(parser->graph_data);
    parser->graph_data = NULL;
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
        parser->domain = LOCNET_GRAPHML_GRAPH;
        parser->serial = GRAPH_SERIAL;
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
    if (!isupper((unsigned char)first[1]))  /* "Opening and ending tag", not "DOCTYPE" */
        *first = (char)tolower((unsigned char)*first);
    fail(parser, error->line > 0 ? error->line : 1, error->int2 > 0 ? error->int2 : 1, message);
}

locnet_status_t locnet_graphml_parse(const char *name, const char *text, size_t length,
                                     locnet_graphml_document_t *document,
                                     locnet_diagnostics_t *diagnostics)
{
    memset(document, 0, sizeof *document);
    parser_t parser = {.document = document};
    locnet_id_index_init(&parser.key_ids);
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
    xmlFreeDoc(parser.context->myDoc);  /* made by libxml2 to hold a DTD's entity declarations */
    parser.context->myDoc = NULL;
    xmlFreeParserCtxt(parser.context);
    free(parser.text);
    place_graph_data(&parser);
    locnet_id_index_destroy(&parser.key_ids);
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
    for (size_t i = element->first; i < element->first + element->count; i++) {
        if (document->data[i].key == key)
            return &document->data[i];
    }
    return NULL;
}
