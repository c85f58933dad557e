/* graph/centrality.c: the centrality measures, each one igraph call on the simple graph (or, for
 * strength, the network), scaled as NetworkX scales them. */
#include "graph/centrality.h"

#include "graph/eigenvector.h"
#include "graph/shortest_path_measures.h"
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
    options->jobs = 1;
}

void locnet_centrality_destroy(locnet_centrality_t *result)
{
    if (result == NULL)
        return;
    for (int m = 0; m < LOCNET_MEASURE_COUNT; m++)
        igraph_vector_destroy(&result->values[m]);
    igraph_vector_int_destroy(&result->reachable);
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
        locnet_from_igraph(igraph_degree(simple, &degrees, igraph_vss_all(), IGRAPH_ALL, true));
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
    locnet_status_t status = locnet_from_igraph(igraph_coreness(simple, &cores, IGRAPH_ALL));
    if (status == LOCNET_OK)
        status = copy_integers(&cores, values);
    igraph_vector_int_destroy(&cores);
    return status;
}

/* What the measures run on. */
typedef struct prepared {
    const igraph_t *graph;               /* the network */
    const igraph_t *simple;              /* its simple graph (the network itself when simple) */
    const igraph_vector_t *weights;      /* per link of simple, or NULL */
    const igraph_vector_t *distances;    /* per link of simple, or NULL */
    const igraph_vector_int_t *sources;  /* the sampled sources, or NULL: exact */
} prepared_t;

/* Exact betweenness, or the estimate from the sampled sources scaled by n/K. */
static locnet_status_t compute_betweenness(const prepared_t *on,
                                           const locnet_centrality_options_t *options,
                                           igraph_vector_t *values)
{
    igraph_integer_t n = igraph_vcount(on->simple);
    locnet_status_t status = locnet_betweenness_by_sources(
        on->simple, on->distances, on->sources, options->jobs,
        on->sources != NULL ? LOCNET_PROGRESS_SAMPLED : LOCNET_PROGRESS_EXACT_BETWEENNESS, values);
    if (status == LOCNET_OK && on->sources != NULL)
        igraph_vector_scale(values,
                            (igraph_real_t)n / (igraph_real_t)igraph_vector_int_size(on->sources));
    if (status == LOCNET_OK && !options->raw && n > 2)
        igraph_vector_scale(values, 2.0 / ((igraph_real_t)(n - 1) * (igraph_real_t)(n - 2)));
    return status;
}

/* Closeness and harmonic, those wanted, in one pass; exact when there are no sources, or K >= n.
 * igraph gives closeness as r / (sum of distances), NaN when nothing is reachable. */
static locnet_status_t compute_distance_measures(const prepared_t *on,
                                                 const locnet_centrality_options_t *options,
                                                 locnet_centrality_t *result)
{
    igraph_integer_t n = igraph_vcount(on->simple);
    const igraph_vector_int_t *sources =
        on->sources != NULL && igraph_vector_int_size(on->sources) < n ? on->sources : NULL;
    bool closeness = options->wanted[LOCNET_MEASURE_CLOSENESS];
    igraph_vector_t *values = &result->values[LOCNET_MEASURE_CLOSENESS];
    locnet_distance_outputs_t outputs = {
        closeness ? values : NULL, closeness ? &result->reachable : NULL,
        options->wanted[LOCNET_MEASURE_HARMONIC] ? &result->values[LOCNET_MEASURE_HARMONIC] : NULL};
    const char *progress = sources != NULL ? LOCNET_PROGRESS_SAMPLED
                           : closeness && outputs.harmonic != NULL
                               ? LOCNET_PROGRESS_EXACT_CLOSENESS_HARMONIC
                           : closeness ? LOCNET_PROGRESS_EXACT_CLOSENESS
                                       : LOCNET_PROGRESS_EXACT_HARMONIC;
    locnet_status_t status = locnet_distance_measures(on->simple, on->distances, sources,
                                                      options->jobs, progress, &outputs);
    for (igraph_integer_t v = 0; closeness && status == LOCNET_OK && v < n; v++) {
        igraph_real_t r = (igraph_real_t)VECTOR(result->reachable)[v];
        if (r == 0)
            VECTOR(*values)[v] = 0;
        else if (options->raw)
            VECTOR(*values)[v] /= r;
        else
            VECTOR(*values)[v] *= r / (igraph_real_t)(n - 1);
    }
    return status;
}

/* The sources of the estimates: options->samples distinct vertices drawn with options->seed
 * into storage, when samples > 0 and a measure that samples is wanted; else *sources is NULL. */
static locnet_status_t draw_sources(const igraph_t *simple, const locnet_centrality_options_t *options,
                                    igraph_vector_int_t *storage, const igraph_vector_int_t **sources)
{
    igraph_integer_t n = igraph_vcount(simple);
    *sources = NULL;
    if (options->samples == 0 || n == 0 ||
        !(options->wanted[LOCNET_MEASURE_BETWEENNESS] || options->wanted[LOCNET_MEASURE_CLOSENESS] ||
          options->wanted[LOCNET_MEASURE_HARMONIC]))
        return LOCNET_OK;
    igraph_rng_seed(igraph_rng_default(), options->seed);
    igraph_integer_t k = options->samples < n ? options->samples : n;
    locnet_status_t status = locnet_from_igraph(igraph_random_sample(storage, 0, n - 1, k));
    if (status == LOCNET_OK)
        *sources = storage;
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

/* Computes measure m into result; closeness also computes harmonic when both are wanted. */
static locnet_status_t compute_measure(const prepared_t *on,
                                       const locnet_centrality_options_t *options,
                                       locnet_measure_t m, locnet_centrality_t *result)
{
    igraph_vector_t *values = &result->values[m];
    locnet_eigenvector_ties_t ties = {0, 0};
    locnet_status_t status;
    switch (m) {
    case LOCNET_MEASURE_DEGREE:
        return compute_degree(on->simple, values);
    case LOCNET_MEASURE_STRENGTH:  /* the weighted simple graph's strength is the same sum */
        return locnet_from_igraph(igraph_strength(on->weights != NULL ? on->simple : on->graph, values,
                                           igraph_vss_all(), IGRAPH_ALL, true, on->weights));
    case LOCNET_MEASURE_BETWEENNESS:
        return compute_betweenness(on, options, values);
    case LOCNET_MEASURE_CLOSENESS:
        return compute_distance_measures(on, options, result);
    case LOCNET_MEASURE_HARMONIC:
        if (options->wanted[LOCNET_MEASURE_CLOSENESS])
            return LOCNET_OK;  /* done with closeness */
        return compute_distance_measures(on, options, result);
    case LOCNET_MEASURE_EIGENVECTOR:
        status = locnet_eigenvector_centrality(on->simple, on->weights, values, &ties);
        result->eigenvector_tied = ties.components;
        result->eigenvalue = ties.eigenvalue;
        return status;
    case LOCNET_MEASURE_PAGERANK:
        return locnet_from_igraph(igraph_pagerank(on->simple, IGRAPH_PAGERANK_ALGO_PRPACK, values, NULL,
                                           igraph_vss_all(), false, options->damping, on->weights,
                                           NULL));
    case LOCNET_MEASURE_CORENESS:
        return compute_coreness(on->simple, values);
    default:
        return LOCNET_OK;
    }
}

locnet_status_t locnet_centrality_compute(const igraph_t *graph,
                                          const locnet_centrality_options_t *options,
                                          locnet_centrality_t *result)
{
    if (!(options->damping >= 0 && options->damping <= 1) || options->samples < 0)
        return LOCNET_EUSAGE;
    locnet_status_t status = LOCNET_ENOMEM;
    igraph_t storage;
    bool have_storage = false;
    igraph_vector_t weight_storage, distance_storage;
    igraph_vector_int_t drawn;
    prepared_t on = {graph, NULL, NULL, NULL, NULL};
    memset(result, 0, sizeof *result);
    for (int m = 0; m < LOCNET_MEASURE_COUNT; m++)
        igraph_vector_init(&result->values[m], 0);
    igraph_vector_int_init(&result->reachable, 0);
    igraph_vector_init(&weight_storage, 0);
    igraph_vector_init(&distance_storage, 0);
    igraph_vector_int_init(&drawn, 0);

    if ((status = locnet_simple_view(graph, &storage, &on.simple, &have_storage)) != LOCNET_OK)
        goto cleanup;
    status = link_values(graph, on.simple, options->weights, LOCNET_VALUE_WEIGHT,
                         &weight_storage, &on.weights);
    if (status == LOCNET_OK)
        status = link_values(graph, on.simple, options->distances, LOCNET_VALUE_DISTANCE,
                             &distance_storage, &on.distances);
    if (status == LOCNET_OK)
        status = draw_sources(on.simple, options, &drawn, &on.sources);
    for (int m = 0; status == LOCNET_OK && m < LOCNET_MEASURE_COUNT; m++) {
        if (!options->wanted[m])
            continue;
        result->computed[m] = true;
        if (igraph_vcount(graph) > 0)  /* some igraph functions reject the null graph */
            status = compute_measure(&on, options, (locnet_measure_t)m, result);
    }
cleanup:
    if (have_storage)
        igraph_destroy(&storage);
    igraph_vector_destroy(&weight_storage);
    igraph_vector_destroy(&distance_storage);
    igraph_vector_int_destroy(&drawn);
    if (status != LOCNET_OK)
        locnet_centrality_destroy(result);
    return status;
}

locnet_status_t locnet_measure_compute(const igraph_t *graph,
                                       const locnet_centrality_options_t *settings,
                                       locnet_measure_t measure, igraph_vector_t *values)
{
    locnet_centrality_options_t options;
    locnet_centrality_t result;
    if (settings != NULL)
        options = *settings;
    else
        locnet_centrality_options_init(&options);
    for (int m = 0; m < LOCNET_MEASURE_COUNT; m++)
        options.wanted[m] = m == (int)measure;
    locnet_status_t status = locnet_centrality_compute(graph, &options, &result);
    if (status != LOCNET_OK)
        return status;
    if (igraph_vector_update(values, &result.values[measure]) != IGRAPH_SUCCESS)
        status = LOCNET_ENOMEM;
    locnet_centrality_destroy(&result);
    return status;
}
