/* analyses/report_inputs.h: everything `locnet report` shows, computed from the filtered network
 * for io/write/report_writer.h, which draws it: the measures and their orders, the search keys,
 * summary's rows, the weak points in the order shown, the timeline, and the diagram drawn with
 * `locnet dot`'s defaults through Graphviz's library. */
#ifndef LOCNET_REPORT_INPUTS_H
#define LOCNET_REPORT_INPUTS_H

#include <stdbool.h>

#include "graph/centrality.h"
#include "graph/communities.h"
#include "graph/cut_structure.h"
#include "analyses/report_drawing.h"
#include "graph/timeline.h"
#include "io/diagnostics.h"
#include "io/write/report_writer.h"

/* What the user asked for. */
typedef struct locnet_report_request {
    locnet_measure_t measures[LOCNET_MEASURE_COUNT];  /* ranked, in this order */
    int measure_count;                                 /* 0: the default set */
    igraph_integer_t samples;                          /* betweenness sources; 0: the default */
    igraph_uint_t seed;
    igraph_integer_t diagram_top;                      /* most localities in the diagram */
    const igraph_vector_t *weights;                    /* per partnership (--weight), or NULL */
    const char *weight_name;                           /* its attribute, for the notes */
    const igraph_vector_t *distances;                  /* per partnership (--distance), or NULL */
    const char *distance_name;
} locnet_report_request_t;

/* Above this many localities the defaults change: betweenness, closeness and harmonic are
 * estimated from LOCNET_REPORT_SAMPLES sources, and the statistics leave out the diameter and
 * the average path length: each needs a search from every locality. */
#define LOCNET_REPORT_LARGE 2000
#define LOCNET_REPORT_SAMPLES 200
/* The diagram's default size: the localities with most partners beyond it. */
#define LOCNET_REPORT_DIAGRAM_TOP 300

typedef struct locnet_report_inputs {
    locnet_centrality_t centrality;
    bool have_centrality;
    locnet_report_ranking_t rankings[LOCNET_MEASURE_COUNT];
    igraph_vector_int_t orders[LOCNET_MEASURE_COUNT];
    size_t ranking_count;
    char *ranking_notes[LOCNET_MEASURE_COUNT];
    locnet_list_t keys;              /* search keys */
    locnet_list_t notes;             /* for the page's header */
    locnet_table_t summary;
    bool have_summary;
    locnet_cut_vertices_t cut_vertices;
    bool have_cut_vertices;
    igraph_vector_int_t cut_order;
    locnet_bridges_t bridges;
    bool have_bridges;
    igraph_vector_int_t bridge_order;
    locnet_timeline_t timeline;
    bool have_timeline;
    locnet_communities_t communities;  /* `locnet communities`' defaults */
    bool have_communities;
    igraph_vector_int_t community_members;
    char *community_method;
    locnet_report_partition_t partition;
    locnet_report_event_t *events;   /* the network's events, labels owned in event_labels */
    char **event_labels;
    size_t event_count;
    locnet_report_diagram_t diagram;
} locnet_report_inputs_t;

/* Computes everything into *inputs (uninitialised on entry; destroy it after, whatever the
 * result). Graphviz's messages go to diagnostics. Returns LOCNET_ENOMEM, or LOCNET_EINTERNAL
 * when igraph fails; a diagram Graphviz cannot draw is not a failure: its note says so. */
locnet_status_t locnet_report_inputs_compute(const locnet_network_t *net,
                                             const locnet_report_request_t *request,
                                             locnet_report_inputs_t *inputs,
                                             locnet_diagnostics_t *diagnostics);
/* Frees *inputs; accepts NULL. */
void locnet_report_inputs_destroy(locnet_report_inputs_t *inputs);

#endif
