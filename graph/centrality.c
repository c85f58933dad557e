/* graph/centrality.c: the centrality measures, each one igraph call on the simple graph (or, for
 * strength, the network), scaled as NetworkX scales them. */
#include "graph/centrality.h"

#include "graph/shortest_path_measures.h"
#include "graph/topology.h"

#include <math.h>
#include <string.h>

#define EIGENVECTOR_SEED 20240601
#define EIGENVECTOR_NOISE 1e-14

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

/* Exact betweenness (sources NULL), or the estimate from the sampled sources scaled by n/K. */
static locnet_status_t compute_betweenness(const igraph_t *simple,
                                           const locnet_centrality_options_t *options,
                                           const igraph_vector_int_t *sources,
                                           igraph_vector_t *values)
{
    igraph_integer_t n = igraph_vcount(simple);
    locnet_status_t status = locnet_betweenness_by_sources(
        simple, sources, options->jobs,
        sources != NULL ? LOCNET_PROGRESS_SAMPLED : LOCNET_PROGRESS_EXACT_BETWEENNESS, values);
    if (status == LOCNET_OK && sources != NULL)
        igraph_vector_scale(values, (igraph_real_t)n / (igraph_real_t)igraph_vector_int_size(sources));
    if (status == LOCNET_OK && !options->raw && n > 2)
        igraph_vector_scale(values, 2.0 / ((igraph_real_t)(n - 1) * (igraph_real_t)(n - 2)));
    return status;
}

/* Closeness and harmonic, those wanted, in one pass; exact when sources is NULL. igraph gives
 * closeness as r / (sum of distances), NaN when nothing is reachable. */
static locnet_status_t compute_distance_measures(const igraph_t *simple,
                                                 const locnet_centrality_options_t *options,
                                                 const igraph_vector_int_t *sources,
                                                 locnet_centrality_t *result)
{
    igraph_integer_t n = igraph_vcount(simple);
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
    locnet_status_t status = locnet_distance_measures(simple, sources, options->jobs, progress,
                                                      &outputs);
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

/* The sources of the estimates into *sources: options->samples distinct vertices drawn with
 * options->seed, or, when there is nothing to sample (exact measures, or samples >= n for
 * closeness and harmonic), *sources is left NULL. */
static locnet_status_t draw_sources(const igraph_t *simple, const locnet_centrality_options_t *options,
                                    igraph_vector_int_t *storage, const igraph_vector_int_t **sources)
{
    igraph_integer_t n = igraph_vcount(simple);
    *sources = NULL;
    if (options->samples == 0 || n == 0)
        return LOCNET_OK;
    igraph_rng_seed(igraph_rng_default(), options->seed);
    igraph_integer_t k = options->samples < n ? options->samples : n;
    locnet_status_t status = from_igraph(igraph_random_sample(storage, 0, n - 1, k));
    if (status == LOCNET_OK)
        *sources = storage;
    return status;
}

/* igraph starts ARPACK from the degrees plus a small random perturbation; seeding first makes
 * the result repeat bit for bit whatever ran before. */
static locnet_status_t compute_eigenvector(const igraph_t *simple, igraph_vector_t *values)
{
    igraph_arpack_options_t arpack;
    igraph_arpack_options_init(&arpack);
    igraph_rng_seed(igraph_rng_default(), EIGENVECTOR_SEED);
    locnet_status_t status = from_igraph(
        igraph_eigenvector_centrality(simple, values, NULL, false, true, NULL, &arpack));
    if (status != LOCNET_OK)
        return status;
    igraph_real_t sum = 0;
    for (igraph_integer_t v = 0; v < igraph_vector_size(values); v++)
        sum += VECTOR(*values)[v] * VECTOR(*values)[v];
    if (sum > 0)
        igraph_vector_scale(values, 1.0 / sqrt(sum));
    /* ARPACK leaves rounding noise of about 1e-16 (either sign) where the vector is zero, e.g.
     * outside the component with the largest eigenvalue: report it as 0 */
    for (igraph_integer_t v = 0; v < igraph_vector_size(values); v++) {
        if (fabs(VECTOR(*values)[v]) < EIGENVECTOR_NOISE)
            VECTOR(*values)[v] = 0;
    }
    return LOCNET_OK;
}

/* Computes measure m into result; closeness also computes harmonic when both are wanted. */
static locnet_status_t compute_measure(const igraph_t *graph, const igraph_t *simple,
                                       const locnet_centrality_options_t *options,
                                       const igraph_vector_int_t *sources, locnet_measure_t m,
                                       locnet_centrality_t *result)
{
    igraph_vector_t *values = &result->values[m];
    igraph_integer_t n = igraph_vcount(simple);
    /* closeness and harmonic from K >= n sources are the exact values */
    const igraph_vector_int_t *distance_sources =
        sources != NULL && igraph_vector_int_size(sources) < n ? sources : NULL;
    switch (m) {
    case LOCNET_MEASURE_DEGREE:
        return compute_degree(simple, values);
    case LOCNET_MEASURE_STRENGTH:
        return from_igraph(igraph_strength(graph, values, igraph_vss_all(), IGRAPH_ALL, true, NULL));
    case LOCNET_MEASURE_BETWEENNESS:
        return compute_betweenness(simple, options, sources, values);
    case LOCNET_MEASURE_CLOSENESS:
        return compute_distance_measures(simple, options, distance_sources, result);
    case LOCNET_MEASURE_HARMONIC:
        if (options->wanted[LOCNET_MEASURE_CLOSENESS])
            return LOCNET_OK;  /* done with closeness */
        return compute_distance_measures(simple, options, distance_sources, result);
    case LOCNET_MEASURE_EIGENVECTOR:
        return compute_eigenvector(simple, values);
    case LOCNET_MEASURE_PAGERANK:
        return from_igraph(igraph_pagerank(simple, IGRAPH_PAGERANK_ALGO_PRPACK, values, NULL,
                                           igraph_vss_all(), false, options->damping, NULL,
                                           NULL));
    case LOCNET_MEASURE_CORENESS:
        return compute_coreness(simple, values);
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
    const igraph_t *simple = NULL;
    bool have_storage = false;
    igraph_vector_int_t drawn = {0};
    const igraph_vector_int_t *sources = NULL;
    memset(result, 0, sizeof *result);
    for (int m = 0; m < LOCNET_MEASURE_COUNT; m++)
        igraph_vector_init(&result->values[m], 0);
    igraph_vector_int_init(&result->reachable, 0);
    if (igraph_vector_int_init(&drawn, 0) != IGRAPH_SUCCESS)
        goto cleanup;
    if ((status = locnet_simple_view(graph, &storage, &simple, &have_storage)) != LOCNET_OK)
        goto cleanup;
    if (options->wanted[LOCNET_MEASURE_BETWEENNESS] || options->wanted[LOCNET_MEASURE_CLOSENESS] ||
        options->wanted[LOCNET_MEASURE_HARMONIC])
        status = draw_sources(simple, options, &drawn, &sources);
    for (int m = 0; status == LOCNET_OK && m < LOCNET_MEASURE_COUNT; m++) {
        if (!options->wanted[m])
            continue;
        result->computed[m] = true;
        if (igraph_vcount(graph) > 0)  /* some igraph functions reject the null graph */
            status = compute_measure(graph, simple, options, sources, (locnet_measure_t)m, result);
    }
cleanup:
    igraph_vector_int_destroy(&drawn);
    if (have_storage)
        igraph_destroy(&storage);
    if (status != LOCNET_OK)
        locnet_centrality_destroy(result);
    return status;
}
