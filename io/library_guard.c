/* io/library_guard.c: igraph's global state saved on entry and given back on return. */
#include "io/library_guard.h"

void locnet_library_guard_enter(locnet_library_guard_t *guard)
{
    guard->error_handler = igraph_set_error_handler(igraph_error_handler_ignore);
    guard->rng = igraph_rng_default();
    guard->own_made = igraph_rng_init(&guard->own, &igraph_rngtype_mt19937) == IGRAPH_SUCCESS;
    if (guard->own_made)
        igraph_rng_set_default(&guard->own);
}

void locnet_library_guard_leave(locnet_library_guard_t *guard)
{
    igraph_set_error_handler(guard->error_handler);
    if (guard->own_made) {
        igraph_rng_set_default(guard->rng);
        igraph_rng_destroy(&guard->own);
    }
}
