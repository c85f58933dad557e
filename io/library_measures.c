/* io/library_measures.c: the public API's measures (include/locnet/locnet.h): centralities,
 * components and cut structure, each a thin call into graph/. */
#include <locnet/locnet.h>

#include <string.h>

#include "graph/centrality.h"
#include "graph/components.h"
#include "graph/cut_structure.h"
#include "graph/network.h"
#include "io/library_guard.h"

/* One measure into values, without the guard. */
static locnet_status_t centrality(const locnet_network_t *net, const char *measure,
                                  const locnet_centrality_settings_t *settings,
                                  igraph_vector_t *values)
{
    locnet_measure_t wanted;
    if (measure == NULL || locnet_measure_parse(measure, &wanted) != LOCNET_OK)
        return LOCNET_EUSAGE;
    locnet_centrality_options_t options;
    locnet_centrality_options_init(&options);
    if (settings != NULL) {
        if (settings->damping < 0 || settings->damping > 1 || settings->samples < 0)
            return LOCNET_EUSAGE;
        if (settings->damping > 0)
            options.damping = settings->damping;
        options.samples = settings->samples;
        options.seed = settings->seed;
        options.raw = settings->raw;
    }
    return locnet_measure_compute(&net->graph, &options, wanted, values);
}

locnet_status_t locnet_network_centrality(const locnet_network_t *net, const char *measure,
                                          const locnet_centrality_settings_t *settings,
                                          igraph_vector_t *values)
{
    locnet_library_guard_t guard;
    if (locnet_library_guard_enter(&guard) != LOCNET_OK)
        return LOCNET_ENOMEM;
    locnet_status_t status = centrality(net, measure, settings, values);
    locnet_library_guard_leave(&guard);
    return status;
}

locnet_status_t locnet_network_components(const locnet_network_t *net,
                                          igraph_vector_int_t *membership, igraph_integer_t *count)
{
    locnet_library_guard_t guard;
    if (locnet_library_guard_enter(&guard) != LOCNET_OK)
        return LOCNET_ENOMEM;
    locnet_components_t components;
    locnet_status_t status = locnet_components_compute(net, &components);
    if (status == LOCNET_OK) {
        if (igraph_vector_int_update(membership, &components.membership) != IGRAPH_SUCCESS)
            status = LOCNET_ENOMEM;
        else if (count != NULL)
            *count = components.count;
        locnet_components_destroy(&components);
    }
    locnet_library_guard_leave(&guard);
    return status;
}

locnet_status_t locnet_network_cut_vertices(const locnet_network_t *net,
                                            igraph_vector_int_t *localities)
{
    locnet_library_guard_t guard;
    if (locnet_library_guard_enter(&guard) != LOCNET_OK)
        return LOCNET_ENOMEM;
    locnet_cut_vertices_t cut;
    locnet_status_t status = locnet_cut_vertices_compute(net, &cut);
    if (status == LOCNET_OK) {
        if (igraph_vector_int_update(localities, &cut.vertices) != IGRAPH_SUCCESS)
            status = LOCNET_ENOMEM;
        locnet_cut_vertices_destroy(&cut);
    }
    locnet_library_guard_leave(&guard);
    return status;
}

locnet_status_t locnet_network_bridges(const locnet_network_t *net,
                                       igraph_vector_int_t *partnerships)
{
    locnet_library_guard_t guard;
    if (locnet_library_guard_enter(&guard) != LOCNET_OK)
        return LOCNET_ENOMEM;
    locnet_bridges_t bridges;
    locnet_status_t status = locnet_bridges_compute(net, &bridges);
    if (status == LOCNET_OK) {
        if (igraph_vector_int_update(partnerships, &bridges.edges) != IGRAPH_SUCCESS)
            status = LOCNET_ENOMEM;
        locnet_bridges_destroy(&bridges);
    }
    locnet_library_guard_leave(&guard);
    return status;
}
