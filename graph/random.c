/* graph/random.c: igraph_rng_set_default around a generator of locnet's own; the default's
 * structure is saved and copied back. */
#include "graph/random.h"

locnet_status_t locnet_rng_lend(locnet_lent_rng_t *lent, igraph_uint_t seed)
{
    return locnet_rng_lend_type(lent, &igraph_rngtype_pcg32, seed);
}

locnet_status_t locnet_rng_lend_type(locnet_lent_rng_t *lent, const igraph_rng_type_t *type,
                                     igraph_uint_t seed)
{
    if (igraph_rng_init(&lent->rng, type) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    if (igraph_rng_seed(&lent->rng, seed) != IGRAPH_SUCCESS) {
        igraph_rng_destroy(&lent->rng);
        return LOCNET_ENOMEM;
    }
    lent->previous = *igraph_rng_default();
    igraph_rng_set_default(&lent->rng);
    return LOCNET_OK;
}

void locnet_rng_return(locnet_lent_rng_t *lent)
{
    igraph_rng_set_default(&lent->previous);
    igraph_rng_destroy(&lent->rng);
}
