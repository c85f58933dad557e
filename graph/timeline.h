/* graph/timeline.h: how a network grew, year by year, from its partnerships' signing years. */
#ifndef LOCNET_TIMELINE_H
#define LOCNET_TIMELINE_H

#include "graph/network.h"

typedef struct locnet_timeline_year {
    int year;
    igraph_integer_t new_partnerships;   /* signed in this year */
    igraph_integer_t partnerships;       /* signed in this year or before */
    igraph_integer_t localities;         /* taking part in at least one of those */
    igraph_integer_t largest_component;  /* localities in the largest component they form */
    igraph_integer_t events;             /* events that started in this year */
} locnet_timeline_year_t;

typedef struct locnet_timeline {
    locnet_timeline_year_t *years;  /* every year from the first signing or event to the last */
    size_t count;
    igraph_integer_t without_year;  /* partnerships with no year, left out */
} locnet_timeline_t;

/* Computes the timeline of net into *timeline (uninitialised on entry; destroy it after). */
locnet_status_t locnet_timeline_compute(const locnet_network_t *net, locnet_timeline_t *timeline);
void locnet_timeline_destroy(locnet_timeline_t *timeline);

/* Makes *out the network as it stood at the end of year: the partnerships signed then or
 * before, and the localities taking part in them. */
locnet_status_t locnet_network_at_year(const locnet_network_t *net, int year, locnet_network_t *out);

#endif
