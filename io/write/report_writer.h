/* io/write/report_writer.h: `locnet report`'s page: one self-contained HTML5 file with the
 * network's diagram, its vital statistics, a ranking per centrality measure, its communities and
 * weak points, its timeline and its sources.
 *
 * The writer draws the values it is given and computes none: the caller (analyses/cmd_report.c)
 * computes the measures, the orders, the cut structure and the timeline, and renders the diagram.
 * Every text from the data goes through io/write/html_writer.h. The page loads nothing: its
 * style sheet and script (io/write/report/) are compiled into locnet, and its Content Security
 * Policy lets it run that script only. */
#ifndef LOCNET_REPORT_WRITER_H
#define LOCNET_REPORT_WRITER_H

#include <stdio.h>

#include "graph/centrality.h"
#include "graph/cut_structure.h"
#include "graph/list_codec.h"
#include "graph/network.h"
#include "graph/timeline.h"
#include "locnet/status.h"
#include "io/write/table.h"

/* One ranking table. */
typedef struct locnet_report_ranking {
    locnet_measure_t measure;
    const igraph_vector_t *values;          /* per locality */
    const igraph_vector_int_t *reachable;   /* per locality, shown beside closeness; or NULL */
    const igraph_vector_int_t *order;       /* every locality, rank 1 first */
    const char *note;                       /* how it was computed (locnet's text); or NULL */
} locnet_report_ranking_t;

/* A dated event (a conference) marked on the timeline. */
typedef struct locnet_report_event {
    int year;
    const char *label;  /* drawn beside its mark: short ("12th") */
    const char *name;   /* shown when the mark is pointed at (from the data) */
} locnet_report_event_t;

/* A partition of the localities into communities, as graph/communities.h finds them: its
 * membership, count, central members and modularity fit here as they are. */
typedef struct locnet_report_partition {
    const igraph_vector_int_t *membership;  /* per locality: its community, 0 = largest */
    igraph_integer_t count;                 /* communities */
    const igraph_vector_int_t *members;     /* every locality, community by community, by name
                                               within each */
    const igraph_vector_int_t *central;     /* per community: its most central member; or NULL */
    const char *method;                     /* how they were found (locnet's text) */
    double modularity;                      /* NaN: not shown */
} locnet_report_partition_t;

typedef struct locnet_report {
    const locnet_network_t *net;
    /* the run */
    const char *title;               /* the network's name, from the user or the file name */
    const char *generator;           /* "locnet 0.1.0" */
    const char *written;             /* the date and time of the run */
    const char *command_line;        /* as typed */
    const char *input;               /* the file read */
    const locnet_list_t *options;    /* the options in force, one description each */
    const locnet_list_t *notes;      /* what the reader should know (sampling, subsets) */
    /* vital statistics: summary's long form (section, item, value) */
    const locnet_table_t *summary;
    /* the diagram */
    const char *svg;                 /* Graphviz's SVG of the diagram; NULL: none */
    const char *diagram_note;        /* what the diagram shows, or why there is none */
    const char *diagram_left_out;    /* under the diagram: the localities it leaves out; or
                                        NULL */
    /* the rankings */
    const locnet_report_ranking_t *rankings;
    size_t ranking_count;
    const igraph_vector_t *degree;   /* per locality, for the diagram's hover */
    const locnet_list_t *keys;       /* per locality: its search key (graph/lookup.h's key of
                                        its name and aliases, separated by spaces) */
    size_t top;                      /* rows shown before "show all" */
    /* structure */
    const locnet_report_partition_t *communities;  /* NULL: the section is left out */
    const locnet_cut_vertices_t *cut_vertices;
    const igraph_vector_int_t *cut_order;          /* indices into cut_vertices, in the order
                                                      shown */
    const locnet_bridges_t *bridges;
    const igraph_vector_int_t *bridge_order;       /* indices into bridges, in the order shown */
    /* the timeline */
    const locnet_timeline_t *timeline;
    const locnet_report_event_t *events;
    size_t event_count;
} locnet_report_t;

/* Writes the page to out. Returns LOCNET_ENOMEM, or LOCNET_EWRITE when out reports an error
 * (the output may then be partial: callers write through io/write/output.h). */
locnet_status_t locnet_report_write(const locnet_report_t *report, FILE *out);

#endif
