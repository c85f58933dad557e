/* io/library_guard.h: what every public API call (include/locnet/locnet.h) does first and last,
 * so that it leaves the process as it found it: igraph's error handler (igraph's default aborts
 * the process; locnet needs error codes) and igraph's default random number generator (seeded by
 * locnet's sampled and randomised measures). */
#ifndef LOCNET_LIBRARY_GUARD_H
#define LOCNET_LIBRARY_GUARD_H

#include <igraph/igraph.h>

#include "graph/random.h"

typedef struct locnet_library_guard {
    igraph_error_handler_t *error_handler;  /* the caller's */
    locnet_lent_rng_t rng;                  /* locnet's, default during the call; it keeps a
                                               copy of the caller's */
} locnet_library_guard_t;

/* Installs an error handler that returns codes and a generator of locnet's own: MT19937, the
 * type of igraph's own default, so that a seeded computation draws what it draws in the locnet
 * program. LOCNET_ENOMEM (and nothing changed, nothing to leave) when the generator cannot be
 * made. */
locnet_status_t locnet_library_guard_enter(locnet_library_guard_t *guard);
/* Gives the caller's handler and generator back. */
void locnet_library_guard_leave(locnet_library_guard_t *guard);

#endif
