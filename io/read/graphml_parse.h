/* io/read/graphml_parse.h: a GraphML document read by libxml2 into its keys, nodes, edges and
 * data, each with the line and column where it is written.
 *
 * One flat graph is read: a second <graph>, a <hyperedge> and a <graph> nested in a node or an
 * edge are problems, as are keys with a duplicate id or an unknown for or attr.type, and <data>
 * without a key, of an undeclared key, of a key for other elements, or given twice for one
 * element. Ports and descriptions are passed over. As igraph reads GraphML: keys without
 * attr.name are ignored with their data; attr.type "int", "long", "float" and "double" are
 * numbers, "boolean" is true or false, "string" (or none) text; a key's <default> stands for data
 * an element does not give. The graph's own data may come before or after its nodes. */
#ifndef LOCNET_GRAPHML_PARSE_H
#define LOCNET_GRAPHML_PARSE_H

#include <stdbool.h>
#include <stddef.h>

#include "locnet/status.h"
#include "io/diagnostics.h"

typedef enum locnet_graphml_type {
    LOCNET_GRAPHML_TEXT,
    LOCNET_GRAPHML_BOOLEAN,
    LOCNET_GRAPHML_NUMBER
} locnet_graphml_type_t;

/* What a key is for (a set of these bits). */
enum { LOCNET_GRAPHML_NODE = 1, LOCNET_GRAPHML_EDGE = 2, LOCNET_GRAPHML_GRAPH = 4 };

typedef struct locnet_graphml_key {
    char *id;
    char *name;  /* attr.name; NULL for a key that is ignored */
    unsigned domains;
    locnet_graphml_type_t type;
    bool whole;      /* declared int or long (a LOCNET_GRAPHML_NUMBER) */
    char *fallback;  /* its <default>, or NULL */
    size_t seen;     /* while parsing: the last element given data of this key */
} locnet_graphml_key_t;

typedef struct locnet_graphml_data {
    size_t key;  /* index into keys */
    char *text;  /* the character data, as written */
    long line;   /* where the <data> element starts */
    long column;
} locnet_graphml_data_t;

/* A node, an edge, or the graph itself, with its data data[first, first + count). */
typedef struct locnet_graphml_element {
    char *id;      /* the GraphML id, or NULL */
    char *source;  /* edges: the ids of the two nodes */
    char *target;
    long line;
    long column;
    size_t first;
    size_t count;
} locnet_graphml_element_t;

typedef struct locnet_graphml_document {
    locnet_graphml_key_t *keys;
    size_t key_count, key_capacity;
    locnet_graphml_element_t *nodes;
    size_t node_count, node_capacity;
    locnet_graphml_element_t *edges;
    size_t edge_count, edge_capacity;
    locnet_graphml_data_t *data;
    size_t data_count, data_capacity;
    locnet_graphml_element_t graph;
} locnet_graphml_document_t;

/* Parses text (length bytes, named name in messages) into *document (uninitialised on entry).
 * Malformed XML, a root that is not <graphml>, a document without a graph and the problems above
 * are reported at their line and column and give LOCNET_EDATA; LOCNET_ENOMEM when memory
 * runs out. *document must be destroyed whatever the result. */
locnet_status_t locnet_graphml_parse(const char *name, const char *text, size_t length,
                                     locnet_graphml_document_t *document,
                                     locnet_diagnostics_t *diagnostics);
/* Frees the document; accepts NULL. */
void locnet_graphml_document_destroy(locnet_graphml_document_t *document);

/* The data that element gives for key, or NULL. */
const locnet_graphml_data_t *locnet_graphml_data_of(const locnet_graphml_document_t *document,
                                                    const locnet_graphml_element_t *element,
                                                    size_t key);

#endif
