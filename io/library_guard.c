/* io/library_guard.c: igraph's global state saved on entry and given back on return. */
#include "io/library_guard.h"

/* The seed of the guard's generator: what locnet computes repeats from call to call even where
 * it draws without seeding. */
#define GUARD_SEED 0

locnet_status_t locnet_library_guard_enter(locnet_library_guard_t *guard)
{
    locnet_status_t status = locnet_rng_lend_type(&guard->rng, &igraph_rngtype_mt19937, GUARD_SEED);
    if (status == LOCNET_OK)
        guard->error_handler = igraph_set_error_handler(igraph_error_handler_ignore);
    return status;
}

void locnet_library_guard_leave(locnet_library_guard_t *guard)
{
    igraph_set_error_handler(guard->error_handler);
    locnet_rng_return(&guard->rng);
}
