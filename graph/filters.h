/* graph/filters.h: the partnership filters shared by every analysis command. */
#ifndef LOCNET_FILTERS_H
#define LOCNET_FILTERS_H

#include <stdbool.h>

#include "graph/history.h"
#include "graph/list_codec.h"
#include "graph/look_alikes.h"
#include "graph/network.h"

typedef struct locnet_filter {
    bool merge_look_alikes;  /* first merge localities whose names are look_alike_kind alike */
    locnet_look_alike_kind_t look_alike_kind;
    char *as_of;           /* see localities as the units that held them on this date; or NULL */
    char *level;           /* roll localities up to their enclosing unit of this level; or NULL */
    locnet_list_t kinds;   /* keep partnerships of one of these kinds; empty keeps all */
    locnet_list_t themes;  /* keep partnerships with one of these themes; empty keeps all */
    double since;          /* keep partnerships signed in this year or later; NaN: no bound */
    double until;          /* keep partnerships signed in this year or earlier; NaN: no bound */
    bool largest;          /* then keep only the largest connected component */
    locnet_country_namer_t country_name;  /* names countries for level "country"; or NULL */
} locnet_filter_t;

/* What applying a filter did that the user should hear about. */
typedef struct locnet_filter_notes {
    igraph_integer_t merged;  /* localities merged into their successors by as_of */
    locnet_list_t kept;       /* names of localities with no enclosing unit at level */
    igraph_integer_t dropped; /* partnerships within one unit of level, dropped */
} locnet_filter_notes_t;

void locnet_filter_notes_init(locnet_filter_notes_t *notes);
void locnet_filter_notes_destroy(locnet_filter_notes_t *notes);

/* Makes a filter that keeps everything. */
void locnet_filter_init(locnet_filter_t *filter);
void locnet_filter_destroy(locnet_filter_t *filter);
/* True when the filter selects partnerships (so localities left without one are dropped). */
bool locnet_filter_selects_partnerships(const locnet_filter_t *filter);

/* Applies filter to *net in place, in this order: merge_look_alikes merges look-alike
 * localities (graph/look_alikes.h), as_of merges localities into their successors
 * (graph/history.h), level rolls them up (level "country": into one locality per country), then
 * partnership filters keep the selected
 * partnerships and the localities that take part in at least one of them (a partnership with
 * no year is dropped by since and until), and largest keeps the largest component (ties: the
 * one whose alphabetically first member comes first, as graph/components.h orders them). Attributes and sources are kept. notes (may be
 * NULL, else initialised) tells what as_of and level did. LOCNET_EDATA when successions or
 * parents form a cycle. On failure *net may hold the steps already applied. */
locnet_status_t locnet_filter_apply(const locnet_filter_t *filter, locnet_network_t *net,
                                    locnet_filter_notes_t *notes);

#endif
