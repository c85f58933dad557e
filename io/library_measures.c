/* io/library_measures.c: the public API's measures (include/locnet/locnet.h): centralities,
 * components, cut structure and communities, each a thin call into graph/. */
#include <locnet/locnet.h>

#include <string.h>

#include "graph/centrality.h"
#include "graph/communities.h"
#include "graph/components.h"
#include "graph/cut_structure.h"
#include "graph/network.h"
#include "graph/weights.h"
#include "io/library_guard.h"
#include "io/read/text_values.h"

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

/* The graph/ options for settings (the command's defaults where settings is NULL or says 0),
 * with the weights read into weights (initialised). */
static locnet_status_t communities_options(const locnet_network_t *net,
                                           const locnet_communities_settings_t *settings,
                                           locnet_communities_options_t *options,
                                           igraph_vector_t *weights)
{
    locnet_communities_options_init(options);
    if (settings == NULL)
        return LOCNET_OK;
    if (settings->method != NULL &&
        locnet_community_method_parse(settings->method, &options->method) != LOCNET_OK)
        return LOCNET_EUSAGE;
    if (settings->resolution != 0)
        options->resolution = settings->resolution;
    if (settings->trials != 0)
        options->trials = settings->trials;
    if (settings->steps != 0)
        options->steps = settings->steps;
    options->seed = settings->seed;
    if (settings->weight == NULL)
        return LOCNET_OK;
    locnet_value_problems_t problems;
    locnet_value_problems_init(&problems);
    locnet_status_t status = locnet_partnership_values(net, settings->weight, LOCNET_VALUE_WEIGHT,
                                                       locnet_text_number, &problems, weights);
    locnet_value_problems_destroy(&problems);
    options->weights = weights;
    return status;
}

locnet_status_t locnet_network_communities(const locnet_network_t *net,
                                           const locnet_communities_settings_t *settings,
                                           igraph_vector_int_t *membership,
                                           igraph_integer_t *count, double *modularity)
{
    locnet_library_guard_t guard;
    if (locnet_library_guard_enter(&guard) != LOCNET_OK)
        return LOCNET_ENOMEM;
    igraph_vector_t weights;
    locnet_communities_options_t options;
    locnet_communities_t result;
    locnet_status_t status = LOCNET_ENOMEM;
    if (igraph_vector_init(&weights, 0) != IGRAPH_SUCCESS)
        goto cleanup;
    status = communities_options(net, settings, &options, &weights);
    if (status == LOCNET_OK)
        status = locnet_communities_compute(net, &options, &result);
    igraph_vector_destroy(&weights);
    if (status != LOCNET_OK)
        goto cleanup;
    if (igraph_vector_int_update(membership, &result.membership) != IGRAPH_SUCCESS) {
        status = LOCNET_ENOMEM;
    } else {
        if (count != NULL)
            *count = result.count;
        if (modularity != NULL)
            *modularity = result.modularity;
    }
    locnet_communities_destroy(&result);
cleanup:
    locnet_library_guard_leave(&guard);
    return status;
}
