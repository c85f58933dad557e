/* graph/centrality.c: the centrality measures, each one igraph call on the simple graph (or, for
 * strength, the network), scaled as NetworkX scales them. */
#include "graph/centrality.h"

#include "graph/eigenvector.h"
#include "graph/topology.h"
#include "graph/weights.h"

#include <math.h>
#include <string.h>

const char *const locnet_measure_names[LOCNET_MEASURE_COUNT] = {
    "degree", "strength", "betweenness", "closeness",
    "harmonic", "eigenvector", "pagerank", "coreness"};

locnet_status_t locnet_measure_parse(const char *name, locnet_measure_t *measure)
{
    for (int m = 0; m < LOCNET_MEASURE_COUNT; m++) {
        if (strcmp(name, locnet_measure_names[m]) == 0) {
            *measure = (locnet_measure_t)m;
            return LOCNET_OK;
        }
    }
    return LOCNET_EUSAGE;
}

bool locnet_measure_is_integer(locnet_measure_t measure)
{
    return measure == LOCNET_MEASURE_DEGREE || measure == LOCNET_MEASURE_STRENGTH ||
           measure == LOCNET_MEASURE_CORENESS;
}

void locnet_centrality_options_init(locnet_centrality_options_t *options)
{
    memset(options, 0, sizeof *options);
    options->damping = 0.85;
    options->seed = 1;
}

void locnet_centrality_destroy(locnet_centrality_t *result)
{
    if (result == NULL)
        return;
    for (int m = 0; m < LOCNET_MEASURE_COUNT; m++)
        igraph_vector_destroy(&result->values[m]);
    igraph_vector_int_destroy(&result->reachable);
}

static locnet_status_t from_igraph(igraph_error_t error)
{
    if (error == IGRAPH_SUCCESS)
        return LOCNET_OK;
    return error == IGRAPH_ENOMEM ? LOCNET_ENOMEM : LOCNET_EINTERNAL;
}

static locnet_status_t copy_integers(const igraph_vector_int_t *from, igraph_vector_t *to)
{
    igraph_integer_t size = igraph_vector_int_size(from);
    if (igraph_vector_resize(to, size) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    for (igraph_integer_t i = 0; i < size; i++)
        VECTOR(*to)[i] = (igraph_real_t)VECTOR(*from)[i];
    return LOCNET_OK;
}

static locnet_status_t compute_degree(const igraph_t *simple, igraph_vector_t *values)
{
    igraph_vector_int_t degrees;
    if (igraph_vector_int_init(&degrees, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    locnet_status_t status =
        from_igraph(igraph_degree(simple, &degrees, igraph_vss_all(), IGRAPH_ALL, true));
    if (status == LOCNET_OK)
        status = copy_integers(&degrees, values);
    igraph_vector_int_destroy(&degrees);
    return status;
}

static locnet_status_t compute_coreness(const igraph_t *simple, igraph_vector_t *values)
{
    igraph_vector_int_t cores;
    if (igraph_vector_int_init(&cores, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    locnet_status_t status = from_igraph(igraph_coreness(simple, &cores, IGRAPH_ALL));
    if (status == LOCNET_OK)
        status = copy_integers(&cores, values);
    igraph_vector_int_destroy(&cores);
    return status;
}

/* Exact betweenness, or the estimate from options->samples random sources scaled by n/K;
 * distances (per link) may be NULL. */
static locnet_status_t compute_betweenness(const igraph_t *simple,
                                           const locnet_centrality_options_t *options,
                                           const igraph_vector_t *distances,
                                           igraph_vector_t *values)
{
    igraph_integer_t n = igraph_vcount(simple);
    locnet_status_t status;
    if (options->samples == 0 || n == 0) {
        status = from_igraph(igraph_betweenness(simple, values, igraph_vss_all(), false, distances));
    } else {
        igraph_integer_t k = options->samples < n ? options->samples : n;
        igraph_vector_int_t sources;
        if (igraph_vector_int_init(&sources, 0) != IGRAPH_SUCCESS)
            return LOCNET_ENOMEM;
        igraph_rng_seed(igraph_rng_default(), options->seed);
        status = from_igraph(igraph_random_sample(&sources, 0, n - 1, k));
        if (status == LOCNET_OK)
            status = from_igraph(igraph_betweenness_subset(
                simple, values, igraph_vss_all(), false, igraph_vss_vector(&sources),
                igraph_vss_all(), distances));
        if (status == LOCNET_OK)
            igraph_vector_scale(values, (igraph_real_t)n / (igraph_real_t)k);
        igraph_vector_int_destroy(&sources);
    }
    if (status == LOCNET_OK && !options->raw && n > 2)
        igraph_vector_scale(values, 2.0 / ((igraph_real_t)(n - 1) * (igraph_real_t)(n - 2)));
    return status;
}

/* igraph gives r / (sum of distances), NaN when nothing is reachable. */
static locnet_status_t compute_closeness(const igraph_t *simple, bool raw,
                                         const igraph_vector_t *distances,
                                         igraph_vector_t *values, igraph_vector_int_t *reachable)
{
    igraph_integer_t n = igraph_vcount(simple);
    locnet_status_t status = from_igraph(igraph_closeness(simple, values, reachable, NULL,
                                                          igraph_vss_all(), IGRAPH_ALL,
                                                          distances, true));
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < n; v++) {
        igraph_real_t r = (igraph_real_t)VECTOR(*reachable)[v];
        if (r == 0)
            VECTOR(*values)[v] = 0;
        else if (raw)
            VECTOR(*values)[v] /= r;
        else
            VECTOR(*values)[v] *= r / (igraph_real_t)(n - 1);
    }
    return status;
}

/* The values of options->weights (role weight) or ->distances on the links of simple into
 * *values, or *values NULL when there are none. */
static locnet_status_t link_values(const igraph_t *graph, const igraph_t *simple,
                                   const igraph_vector_t *given, locnet_value_role_t role,
                                   igraph_vector_t *storage, const igraph_vector_t **values)
{
    *values = NULL;
    if (given == NULL)
        return LOCNET_OK;
    if (igraph_vector_size(given) != igraph_ecount(graph))
        return LOCNET_EUSAGE;
    *values = storage;
    return locnet_simple_values(graph, simple, given, role, storage);
}

locnet_status_t locnet_centrality_compute(const igraph_t *graph,
                                          const locnet_centrality_options_t *options,
                                          locnet_centrality_t *result)
{
    if (!(options->damping >= 0 && options->damping <= 1) || options->samples < 0)
        return LOCNET_EUSAGE;
    locnet_status_t status = LOCNET_ENOMEM;
    igraph_t simple;
    igraph_vector_t weight_storage, distance_storage;
    const igraph_vector_t *weights = NULL, *distances = NULL;
    locnet_eigenvector_ties_t ties = {0, 0};
    bool have_simple = false;
    memset(result, 0, sizeof *result);
    for (int m = 0; m < LOCNET_MEASURE_COUNT; m++)
        igraph_vector_init(&result->values[m], 0);
    igraph_vector_int_init(&result->reachable, 0);
    igraph_vector_init(&weight_storage, 0);
    igraph_vector_init(&distance_storage, 0);

    if ((status = locnet_simple_graph(graph, &simple)) != LOCNET_OK)
        goto cleanup;
    have_simple = true;
    status = link_values(graph, &simple, options->weights, LOCNET_VALUE_WEIGHT, &weight_storage,
                         &weights);
    if (status == LOCNET_OK)
        status = link_values(graph, &simple, options->distances, LOCNET_VALUE_DISTANCE,
                             &distance_storage, &distances);
    for (int m = 0; status == LOCNET_OK && m < LOCNET_MEASURE_COUNT; m++) {
        if (!options->wanted[m])
            continue;
        igraph_vector_t *values = &result->values[m];
        result->computed[m] = true;
        if (igraph_vcount(graph) == 0)
            continue;  /* nothing to compute; some igraph functions reject the null graph */
        switch ((locnet_measure_t)m) {
        case LOCNET_MEASURE_DEGREE:
            status = compute_degree(&simple, values);
            break;
        case LOCNET_MEASURE_STRENGTH:  /* the weighted simple graph's strength is the same sum */
            status = from_igraph(igraph_strength(weights != NULL ? &simple : graph, values,
                                                 igraph_vss_all(), IGRAPH_ALL, true, weights));
            break;
        case LOCNET_MEASURE_BETWEENNESS:
            status = compute_betweenness(&simple, options, distances, values);
            break;
        case LOCNET_MEASURE_CLOSENESS:
            status = compute_closeness(&simple, options->raw, distances, values,
                                       &result->reachable);
            break;
        case LOCNET_MEASURE_HARMONIC:
            status = from_igraph(igraph_harmonic_centrality(&simple, values, igraph_vss_all(),
                                                            IGRAPH_ALL, distances, false));
            break;
        case LOCNET_MEASURE_EIGENVECTOR:
            status = locnet_eigenvector_centrality(&simple, weights, values, &ties);
            result->eigenvector_tied = ties.components;
            result->eigenvalue = ties.eigenvalue;
            break;
        case LOCNET_MEASURE_PAGERANK:
            status = from_igraph(igraph_pagerank(&simple, IGRAPH_PAGERANK_ALGO_PRPACK, values,
                                                 NULL, igraph_vss_all(), false,
                                                 options->damping, weights, NULL));
            break;
        case LOCNET_MEASURE_CORENESS:
            status = compute_coreness(&simple, values);
            break;
        default:
            break;
        }
    }
cleanup:
    if (have_simple)
        igraph_destroy(&simple);
    igraph_vector_destroy(&weight_storage);
    igraph_vector_destroy(&distance_storage);
    if (status != LOCNET_OK)
        locnet_centrality_destroy(result);
    return status;
}
