/* io/library_guard.h: what every public API call (include/locnet/locnet.h) does first and last,
 * so that it leaves the process as it found it: igraph's error handler (igraph's default aborts
 * the process; locnet needs error codes) and igraph's default random number generator (seeded by
 * locnet's sampled and randomised measures). */
#ifndef LOCNET_LIBRARY_GUARD_H
#define LOCNET_LIBRARY_GUARD_H

#include <stdbool.h>

#include <igraph/igraph.h>

typedef struct locnet_library_guard {
    igraph_error_handler_t *error_handler;  /* the caller's */
    igraph_rng_t *rng;                      /* the caller's default generator */
    igraph_rng_t own;                       /* locnet's, default during the call */
    bool own_made;
} locnet_library_guard_t;

/* Installs an error handler that returns codes and a generator of locnet's own. */
void locnet_library_guard_enter(locnet_library_guard_t *guard);
/* Gives the caller's handler and generator back. */
void locnet_library_guard_leave(locnet_library_guard_t *guard);

#endif
