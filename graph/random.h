/* graph/random.h: a seeded random number generator lent to igraph for one computation, so
 * that results repeat for a seed and igraph's default generator is left as it was found. */
#ifndef LOCNET_RANDOM_H
#define LOCNET_RANDOM_H

#include <igraph/igraph.h>

#include "locnet/status.h"

typedef struct locnet_lent_rng {
    igraph_rng_t rng;
    igraph_rng_t previous;  /* igraph_rng_set_default copies the structure (its type and a
                               pointer to its state): a copy of the default is kept here */
} locnet_lent_rng_t;

/* Makes a PCG32 generator seeded with seed igraph's default until locnet_rng_return. On failure
 * (LOCNET_ENOMEM) nothing changed and there is nothing to return. */
locnet_status_t locnet_rng_lend(locnet_lent_rng_t *lent, igraph_uint_t seed);
/* As locnet_rng_lend, with a generator of the given type (&igraph_rngtype_mt19937, ...). */
locnet_status_t locnet_rng_lend_type(locnet_lent_rng_t *lent, const igraph_rng_type_t *type,
                                     igraph_uint_t seed);
/* Makes the generator that was the default before locnet_rng_lend the default again, and frees
 * the lent one. */
void locnet_rng_return(locnet_lent_rng_t *lent);

#endif
