/* graph/network.h: a locality network. Vertices are localities, edges are partnerships
 * (undirected; two localities may share several), and their attributes live in igraph's C
 * attribute handler, so igraph's subgraph, contraction and writer functions carry them along.
 *
 * Vertex attributes (string unless said): id, name, country, level, parent (id or ""),
 * aliases (list), codes (map), succeeded_by (id or ""), succeeded_on (date or ""),
 * succession_sources (list), ended_on (date or ""; a locality that ended without a successor,
 * its partnerships then held by its parent), end_sources (list); numeric lat, lon (NaN when
 * unknown).
 * Edge attributes: kind, themes (list), sources (list), note (string), event (id of the event
 * the partnership comes from, or ""); numeric since, until (NaN when unknown). Lists and maps
 * are encoded as graph/list_codec.h says. Sources and events are side tables of the network
 * (locnet_source_t, graph/events.h).
 * Every network has every one of these attributes, possibly with empty values. A network read
 * from GraphML or CSV may have other attributes too (Gephi's colours, a spreadsheet's extra
 * columns): igraph carries them along, the GraphML and CSV writers write them, and locnet/1
 * JSON, which has no place for them, leaves them out. */
#ifndef LOCNET_NETWORK_H
#define LOCNET_NETWORK_H

#include <stdbool.h>
#include <stddef.h>

#include <igraph/igraph.h>

#include "graph/events.h"
#include "locnet/status.h"

/* The name of the format, written as the "format" member of every locnet/1 document. */
#define LOCNET_JSON_FORMAT "locnet/1"

#define LOCNET_V_ID "id"
#define LOCNET_V_NAME "name"
#define LOCNET_V_COUNTRY "country"
#define LOCNET_V_LEVEL "level"
#define LOCNET_V_PARENT "parent"
#define LOCNET_V_ALIASES "aliases"
#define LOCNET_V_CODES "codes"
#define LOCNET_V_SUCCEEDED_BY "succeeded_by"
#define LOCNET_V_SUCCEEDED_ON "succeeded_on"
#define LOCNET_V_SUCCESSION_SOURCES "succession_sources"
#define LOCNET_V_ENDED_ON "ended_on"
#define LOCNET_V_END_SOURCES "end_sources"
#define LOCNET_V_LAT "lat"
#define LOCNET_V_LON "lon"
#define LOCNET_E_KIND "kind"
#define LOCNET_E_THEMES "themes"
#define LOCNET_E_SOURCES "sources"
#define LOCNET_E_NOTE "note"
#define LOCNET_E_EVENT "event"
#define LOCNET_E_SINCE "since"
#define LOCNET_E_UNTIL "until"

/* The attribute schema, in one place: index enums and the matching igraph attribute names. */
typedef enum locnet_vertex_text {
    LOCNET_VT_ID, LOCNET_VT_NAME, LOCNET_VT_COUNTRY, LOCNET_VT_LEVEL, LOCNET_VT_PARENT,
    LOCNET_VT_ALIASES, LOCNET_VT_CODES, LOCNET_VT_SUCCEEDED_BY, LOCNET_VT_SUCCEEDED_ON,
    LOCNET_VT_SUCCESSION_SOURCES, LOCNET_VT_ENDED_ON, LOCNET_VT_END_SOURCES, LOCNET_VT_COUNT
} locnet_vertex_text_t;
typedef enum locnet_vertex_number { LOCNET_VN_LAT, LOCNET_VN_LON, LOCNET_VN_COUNT } locnet_vertex_number_t;
typedef enum locnet_edge_text {
    LOCNET_ET_KIND, LOCNET_ET_THEMES, LOCNET_ET_SOURCES, LOCNET_ET_NOTE, LOCNET_ET_EVENT,
    LOCNET_ET_COUNT
} locnet_edge_text_t;
typedef enum locnet_edge_number { LOCNET_EN_SINCE, LOCNET_EN_UNTIL, LOCNET_EN_COUNT } locnet_edge_number_t;

extern const char *const locnet_vertex_text_names[LOCNET_VT_COUNT];
extern const char *const locnet_vertex_number_names[LOCNET_VN_COUNT];
extern const char *const locnet_edge_text_names[LOCNET_ET_COUNT];
extern const char *const locnet_edge_number_names[LOCNET_EN_COUNT];

/* A source record that partnerships and successions cite. url may be NULL; the rest are set. */
typedef struct locnet_source {
    char *id;
    char *title;
    char *publisher;
    char *date;
    char *url;
} locnet_source_t;

typedef struct locnet_network {
    igraph_t graph;
    locnet_source_t *sources;
    size_t source_count;
    locnet_event_t *events;
    size_t event_count;
} locnet_network_t;

/* Installs igraph's C attribute handler. Call once, before any network is made. */
void locnet_attributes_install(void);

/* Makes an empty network with every attribute declared. */
locnet_status_t locnet_network_init_empty(locnet_network_t *net);
/* Makes *net own *graph (which must carry the attributes above) and a copy of the sources and
 * events of sources_from (may be NULL: none). *graph is moved: the caller must not destroy it,
 * whatever the result; on failure it is destroyed here. */
locnet_status_t locnet_network_adopt(locnet_network_t *net, igraph_t *graph,
                                     const locnet_network_t *sources_from);
/* Frees the graph, the sources and the events; accepts NULL. */
void locnet_network_destroy(locnet_network_t *net);
/* Moves src into *dst after destroying the old *dst; src is left empty and must not be used. */
void locnet_network_replace(locnet_network_t *dst, locnet_network_t *src);

igraph_integer_t locnet_locality_count(const locnet_network_t *net);
igraph_integer_t locnet_partnership_count(const locnet_network_t *net);

/* A vertex's string attribute; never NULL for the attributes above (empty when unset). */
const char *locnet_locality_text(const locnet_network_t *net, const char *attribute,
                                 igraph_integer_t vertex);
/* A vertex's numeric attribute (lat, lon); NaN when unknown. */
double locnet_locality_number(const locnet_network_t *net, const char *attribute,
                              igraph_integer_t vertex);
/* An edge's string attribute; never NULL (empty when unset). */
const char *locnet_partnership_text(const locnet_network_t *net, const char *attribute,
                                    igraph_integer_t edge);
/* An edge's numeric attribute (since, until); NaN when unknown. */
double locnet_partnership_number(const locnet_network_t *net, const char *attribute,
                                 igraph_integer_t edge);

/* True when name is an attribute of the schema above, of localities (vertices true) or of
 * partnerships. */
bool locnet_is_schema_attribute(bool vertices, const char *name);
/* Fills names and types (initialised; cleared first) with the attributes of localities
 * (vertices true) or of partnerships that are not in the schema: those a GraphML or CSV file
 * brought along, with their igraph attribute types. On failure they may hold a part. */
locnet_status_t locnet_network_extra_attributes(const locnet_network_t *net, bool vertices,
                                                igraph_strvector_t *names,
                                                igraph_vector_int_t *types);

/* The source with this id, or NULL. */
const locnet_source_t *locnet_network_find_source(const locnet_network_t *net, const char *id);
/* The event with this id, or NULL. */
const locnet_event_t *locnet_network_find_event(const locnet_network_t *net, const char *id);
/* Names the places and co-chairs of net's events after its localities (locnet_events_name),
 * so that a network later filtered without them still names them. LOCNET_ENOMEM on failure. */
locnet_status_t locnet_network_name_events(locnet_network_t *net);
/* Frees a source's strings; accepts NULL. */
void locnet_source_destroy(locnet_source_t *source);

#endif
