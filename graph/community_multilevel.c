/* graph/community_multilevel.c: igraph_community_multilevel on the simple graph, with a
 * generator of its own, then the numbering of graph/components.c. */
#include "graph/community_multilevel.h"

#include "graph/topology.h"

locnet_status_t locnet_community_multilevel(const locnet_network_t *net, unsigned long seed,
                                            locnet_components_t *communities,
                                            double *modularity)
{
    igraph_t simple;
    locnet_status_t status = locnet_simple_graph(&net->graph, &simple);
    if (status != LOCNET_OK)
        return status;
    igraph_rng_t rng;
    if (igraph_rng_init(&rng, &igraph_rngtype_pcg32) != IGRAPH_SUCCESS) {
        igraph_destroy(&simple);
        return LOCNET_ENOMEM;
    }
    igraph_rng_seed(&rng, seed);
    /* igraph copies a generator into its default one: keep a copy of the caller's to copy back
     * (its state stays with that copy; rng's own state is freed below) */
    igraph_rng_t previous = *igraph_rng_default();
    igraph_rng_set_default(&rng);
    igraph_vector_int_t membership;
    igraph_vector_t levels_modularity;
    igraph_vector_int_init(&membership, 0);
    igraph_vector_init(&levels_modularity, 0);
    igraph_error_t error = igraph_community_multilevel(&simple, NULL, 1.0, &membership, NULL,
                                                       &levels_modularity);
    igraph_rng_set_default(&previous);
    status = error == IGRAPH_SUCCESS ? LOCNET_OK
             : error == IGRAPH_ENOMEM ? LOCNET_ENOMEM : LOCNET_EINTERNAL;
    if (status == LOCNET_OK) {
        igraph_integer_t count = igraph_vector_int_size(&membership) > 0
                                     ? igraph_vector_int_max(&membership) + 1 : 0;
        if (modularity != NULL)
            *modularity = igraph_vector_size(&levels_modularity) > 0
                              ? igraph_vector_tail(&levels_modularity) : 0;
        status = locnet_partition_number(net, &membership, count, communities);
    }
    igraph_vector_int_destroy(&membership);
    igraph_vector_destroy(&levels_modularity);
    igraph_rng_destroy(&rng);
    igraph_destroy(&simple);
    return status;
}
