/* graph/components.c: igraph_connected_components, then graph/partition.h's numbering. */
#include "graph/components.h"

#include "graph/partition.h"

void locnet_components_destroy(locnet_components_t *components)
{
    if (components == NULL)
        return;
    igraph_vector_int_destroy(&components->membership);
    igraph_vector_int_destroy(&components->sizes);
    igraph_vector_int_destroy(&components->first);
}

locnet_status_t locnet_components_compute(const locnet_network_t *net,
                                          locnet_components_t *components)
{
    igraph_vector_int_t raw_membership;
    igraph_vector_int_init(&raw_membership, 0);
    igraph_vector_int_init(&components->membership, 0);
    igraph_vector_int_init(&components->sizes, 0);
    igraph_vector_int_init(&components->first, 0);
    igraph_integer_t count = 0;
    locnet_status_t status = LOCNET_ENOMEM;
    if (igraph_connected_components(&net->graph, &raw_membership, NULL, &count, IGRAPH_WEAK) ==
        IGRAPH_SUCCESS)
        status = locnet_partition_number(net, &raw_membership, count, &components->membership,
                                         &components->sizes, &components->first);
    igraph_vector_int_destroy(&raw_membership);
    components->count = count;
    if (status != LOCNET_OK)
        locnet_components_destroy(components);
    return status;
}

locnet_status_t locnet_components_members(const locnet_network_t *net,
                                          const locnet_components_t *components,
                                          igraph_vector_int_t *members)
{
    return locnet_partition_members(net, &components->membership, &components->sizes,
                                    components->count, members);
}

locnet_status_t locnet_component_vertices(const locnet_components_t *components,
                                          igraph_integer_t component,
                                          igraph_vector_int_t *members)
{
    igraph_vector_int_clear(members);
    for (igraph_integer_t v = 0; v < igraph_vector_int_size(&components->membership); v++) {
        if (VECTOR(components->membership)[v] == component &&
            igraph_vector_int_push_back(members, v) != IGRAPH_SUCCESS)
            return LOCNET_ENOMEM;
    }
    return LOCNET_OK;
}
