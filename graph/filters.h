/* graph/filters.h: the partnership filters shared by every analysis command. */
#ifndef LOCNET_FILTERS_H
#define LOCNET_FILTERS_H

#include <stdbool.h>

#include "graph/list_codec.h"
#include "graph/network.h"

typedef struct locnet_filter {
    locnet_list_t kinds;   /* keep partnerships of one of these kinds; empty keeps all */
    locnet_list_t themes;  /* keep partnerships with one of these themes; empty keeps all */
    double since;          /* keep partnerships signed in this year or later; NaN: no bound */
    double until;          /* keep partnerships signed in this year or earlier; NaN: no bound */
    bool largest;          /* then keep only the largest connected component */
} locnet_filter_t;

/* Makes a filter that keeps everything. */
void locnet_filter_init(locnet_filter_t *filter);
void locnet_filter_destroy(locnet_filter_t *filter);
/* True when the filter selects partnerships (so localities left without one are dropped). */
bool locnet_filter_selects_partnerships(const locnet_filter_t *filter);

/* Applies filter to *net in place. Partnership filters keep the selected partnerships and the
 * localities that take part in at least one of them; a partnership with no year is dropped by
 * --since and --until. Then --largest keeps the largest component (ties: the one holding the
 * lowest-numbered locality). Attributes and sources are kept. On failure *net is unchanged. */
locnet_status_t locnet_filter_apply(const locnet_filter_t *filter, locnet_network_t *net);

#endif
