/* graph/shortest_path_measures.c: betweenness, closeness and harmonic centrality over chunks of
 * sources (or of the vertices measured), each chunk one or a few igraph calls. */
#include "graph/shortest_path_measures.h"

#include <math.h>
#include <stdlib.h>

#include "graph/chunks.h"
#include "graph/topology.h"
#include "graph/tree_reduction.h"

/* Sources per igraph_distances call when sampling: a matrix of at most about 16 MB. */
#define DISTANCE_MATRIX_VALUES (1 << 21)
/* Fewer sources than this in a locality's component make too rough an estimate: the exact
 * value is taken instead, which is cheap (such a component holds about MIN_SOURCES * n / K
 * localities or fewer). */
#define MIN_SOURCES 16

/* A list of items (sources, or vertices to measure) cut into chunks. */
typedef struct items {
    const igraph_vector_int_t *list;  /* NULL: every vertex, in order */
    igraph_integer_t count;
    igraph_integer_t chunk_size;
} items_t;

static void items_init(items_t *items, const igraph_t *graph, const igraph_vector_int_t *list)
{
    items->list = list;
    items->count = list != NULL ? igraph_vector_int_size(list) : igraph_vcount(graph);
    items->chunk_size = locnet_chunks_size(items->count, igraph_vcount(graph) + igraph_ecount(graph));
}

static igraph_integer_t items_chunks(const items_t *items)
{
    igraph_integer_t chunks = (items->count + items->chunk_size - 1) / items->chunk_size;
    return chunks > 0 ? chunks : 1;
}

/* Items from .. from + length - 1 as a vertex selector (view: storage for a list's part). */
static igraph_vs_t items_part(const items_t *items, igraph_integer_t from, igraph_integer_t length,
                              igraph_vector_int_t *view)
{
    if (items->list == NULL)
        return igraph_vss_range(from, from + length);
    return igraph_vss_vector(igraph_vector_int_view(view, VECTOR(*items->list) + from, length));
}

/* The first item of chunk and how many it holds. */
static igraph_integer_t chunk_start(const items_t *items, igraph_integer_t chunk,
                                    igraph_integer_t *length)
{
    igraph_integer_t from = chunk * items->chunk_size;
    igraph_integer_t left = items->count - from;
    *length = left < items->chunk_size ? left : items->chunk_size;
    return from;
}

static igraph_integer_t item_vertex(const items_t *items, igraph_integer_t index)
{
    return items->list == NULL ? index : VECTOR(*items->list)[index];
}

/* ---- sums over sources, added in chunk order ---- */

typedef struct source_work {
    const igraph_t *graph;
    const igraph_vector_t *distances;    /* per edge, or NULL */
    items_t sources;
    const igraph_vector_int_t *weights;  /* per source, or NULL: 1 each */
    bool whole;                          /* exact, in one igraph_betweenness call */
    igraph_vector_t *total;
} source_work_t;

static void add_to_total(void *context, igraph_integer_t chunk, const igraph_vector_t *result)
{
    (void)chunk;
    source_work_t *work = context;
    igraph_vector_add(work->total, result);
}

/* The betweenness sums from sources from .. from + length - 1, each run of sources of one
 * weight in one igraph_betweenness_subset call, multiplied by the weight. */
static igraph_error_t weighted_betweenness(const source_work_t *work, igraph_integer_t from,
                                           igraph_integer_t length, igraph_vector_t *result)
{
    igraph_vector_t part;
    igraph_vector_int_t view;
    IGRAPH_CHECK(igraph_vector_resize(result, igraph_vcount(work->graph)));
    igraph_vector_null(result);
    IGRAPH_VECTOR_INIT_FINALLY(&part, 0);
    for (igraph_integer_t at = from, end; at < from + length; at = end) {
        igraph_integer_t weight = VECTOR(*work->weights)[at];
        for (end = at + 1; end < from + length && VECTOR(*work->weights)[end] == weight; end++)
            continue;
        IGRAPH_CHECK(igraph_betweenness_subset(work->graph, &part, igraph_vss_all(), false,
                                               items_part(&work->sources, at, end - at, &view),
                                               igraph_vss_all(), work->distances));
        igraph_vector_scale(&part, (igraph_real_t)weight);
        IGRAPH_CHECK(igraph_vector_add(result, &part));
    }
    igraph_vector_destroy(&part);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

static igraph_error_t betweenness_chunk(void *context, igraph_integer_t chunk,
                                        igraph_vector_t *result)
{
    const source_work_t *work = context;
    if (work->whole)
        return igraph_betweenness(work->graph, result, igraph_vss_all(), false, work->distances);
    igraph_integer_t length, from = chunk_start(&work->sources, chunk, &length);
    if (work->weights != NULL)
        return weighted_betweenness(work, from, length, result);
    igraph_vector_int_t view;
    return igraph_betweenness_subset(work->graph, result, igraph_vss_all(), false,
                                     items_part(&work->sources, from, length, &view),
                                     igraph_vss_all(), work->distances);
}

/* Runs compute over the chunks of work's sources, adding the results into work->total (set to
 * total_length zeros first). */
static locnet_status_t sum_over_sources(source_work_t *work, igraph_integer_t total_length,
                                        locnet_chunk_compute_t *compute, int jobs,
                                        const char *progress)
{
    if (igraph_vector_resize(work->total, total_length) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    igraph_vector_null(work->total);
    locnet_chunk_work_t chunks = {items_chunks(&work->sources), compute, add_to_total, work,
                                  progress};
    return locnet_chunks_run(&chunks, jobs);
}

/* Exact betweenness with the trees peeled off (graph/tree_reduction.h). */
static locnet_status_t reduced_betweenness(const igraph_t *graph, const igraph_vector_t *distances,
                                           int jobs, const char *progress, igraph_vector_t *values)
{
    locnet_tree_reduction_t reduction;
    locnet_status_t status = locnet_tree_reduction_init(graph, &reduction);
    if (status != LOCNET_OK)
        return status;
    source_work_t work = {graph, distances, {0}, &reduction.weights, false, values};
    items_init(&work.sources, graph, &reduction.sources);
    status = sum_over_sources(&work, igraph_vcount(graph), betweenness_chunk, jobs, progress);
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < igraph_vcount(graph); v++) {
        if (VECTOR(reduction.core)[v])
            VECTOR(*values)[v] += VECTOR(reduction.counted)[v];
        else
            VECTOR(*values)[v] = VECTOR(reduction.counted)[v];
    }
    locnet_tree_reduction_destroy(&reduction);
    return status;
}

locnet_status_t locnet_betweenness_by_sources(const igraph_t *graph,
                                              const igraph_vector_t *distances,
                                              const igraph_vector_int_t *sources, int jobs,
                                              const char *progress, igraph_vector_t *values)
{
    source_work_t work = {graph, distances, {0}, NULL, false, values};
    items_init(&work.sources, graph, sources);
    if (sources == NULL && items_chunks(&work.sources) > 1)
        return reduced_betweenness(graph, distances, jobs, progress, values);
    work.whole = sources == NULL;
    return sum_over_sources(&work, igraph_vcount(graph), betweenness_chunk, jobs, progress);
}

/* ---- exact closeness and harmonic of chunks of vertices ---- */

typedef struct vertex_work {
    const igraph_t *graph;
    const igraph_vector_t *distances;  /* per edge, or NULL */
    items_t vertices;
    const locnet_distance_outputs_t *outputs;
} vertex_work_t;

/* result: the chunk's closeness, reachable counts and harmonic values, those wanted, in turn. */
static igraph_error_t exact_chunk(void *context, igraph_integer_t chunk, igraph_vector_t *result)
{
    const vertex_work_t *work = context;
    const locnet_distance_outputs_t *out = work->outputs;
    igraph_integer_t length, from = chunk_start(&work->vertices, chunk, &length);
    igraph_vector_int_t view, reachable;
    igraph_vector_t values;
    IGRAPH_CHECK(igraph_vector_resize(result, 0));
    IGRAPH_VECTOR_INIT_FINALLY(&values, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&reachable, 0);
    igraph_vs_t vids = items_part(&work->vertices, from, length, &view);
    if (out->closeness != NULL) {
        IGRAPH_CHECK(igraph_closeness(work->graph, &values, &reachable, NULL, vids, IGRAPH_ALL,
                                      work->distances, true));
        IGRAPH_CHECK(igraph_vector_append(result, &values));
        for (igraph_integer_t i = 0; i < length; i++)
            IGRAPH_CHECK(igraph_vector_push_back(result, (igraph_real_t)VECTOR(reachable)[i]));
    }
    if (out->harmonic != NULL) {
        IGRAPH_CHECK(igraph_harmonic_centrality(work->graph, &values, vids, IGRAPH_ALL,
                                                work->distances, false));
        IGRAPH_CHECK(igraph_vector_append(result, &values));
    }
    igraph_vector_int_destroy(&reachable);
    igraph_vector_destroy(&values);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

static void place_exact(void *context, igraph_integer_t chunk, const igraph_vector_t *result)
{
    const vertex_work_t *work = context;
    const locnet_distance_outputs_t *out = work->outputs;
    igraph_integer_t length, from = chunk_start(&work->vertices, chunk, &length);
    const igraph_real_t *at = VECTOR(*result);
    for (igraph_integer_t i = 0; i < length; i++) {
        igraph_integer_t v = item_vertex(&work->vertices, from + i);
        if (out->closeness != NULL) {
            VECTOR(*out->closeness)[v] = at[i];
            VECTOR(*out->reachable)[v] = (igraph_integer_t)at[length + i];
        }
        if (out->harmonic != NULL)
            VECTOR(*out->harmonic)[v] = at[(out->closeness != NULL ? 2 * length : 0) + i];
    }
}

/* Exact values of the listed vertices (NULL: all), into outputs already sized. */
static locnet_status_t exact_measures(const igraph_t *graph, const igraph_vector_t *distances,
                                      const igraph_vector_int_t *vertices, int jobs,
                                      const char *progress,
                                      const locnet_distance_outputs_t *outputs)
{
    vertex_work_t work = {graph, distances, {0}, outputs};
    items_init(&work.vertices, graph, vertices);
    if (work.vertices.count == 0)
        return LOCNET_OK;
    locnet_chunk_work_t chunks = {items_chunks(&work.vertices), exact_chunk, place_exact, &work,
                                  progress};
    return locnet_chunks_run(&chunks, jobs);
}

/* ---- estimates from sampled sources ---- */

/* Adds the distances from the given sources (one row each of an igraph_distances matrix whose
 * columns are every vertex) to sums: distance sums, sums of 1/d, counts of the sources
 * reachable, a vertex not counting itself. */
static void add_distances(const igraph_matrix_t *distances, const igraph_integer_t *sources,
                          igraph_vector_t *sums)
{
    igraph_integer_t rows = igraph_matrix_nrow(distances), n = igraph_matrix_ncol(distances);
    igraph_real_t *sum = VECTOR(*sums), *inverse = sum + n, *count = sum + 2 * n;
    for (igraph_integer_t v = 0; v < n; v++) {
        const igraph_real_t *column = &MATRIX(*distances, 0, v);
        for (igraph_integer_t s = 0; s < rows; s++) {
            igraph_real_t d = column[s];
            if (sources[s] != v && d != IGRAPH_INFINITY) {
                sum[v] += d;
                inverse[v] += 1 / d;
                count[v] += 1;
            }
        }
    }
}

static igraph_error_t sampled_chunk(void *context, igraph_integer_t chunk, igraph_vector_t *result)
{
    const source_work_t *work = context;
    igraph_integer_t n = igraph_vcount(work->graph);
    igraph_integer_t length, from = chunk_start(&work->sources, chunk, &length);
    igraph_integer_t batch = n < DISTANCE_MATRIX_VALUES ? DISTANCE_MATRIX_VALUES / (n > 0 ? n : 1) : 1;
    igraph_matrix_t distances;
    igraph_vector_int_t view;
    IGRAPH_CHECK(igraph_vector_resize(result, 3 * n));
    igraph_vector_null(result);
    IGRAPH_MATRIX_INIT_FINALLY(&distances, 0, 0);
    for (igraph_integer_t at = from; at < from + length; at += batch) {
        igraph_integer_t size = from + length - at < batch ? from + length - at : batch;
        igraph_vs_t part = items_part(&work->sources, at, size, &view);
        if (work->distances != NULL)
            IGRAPH_CHECK(igraph_distances_dijkstra(work->graph, &distances, part, igraph_vss_all(),
                                                   work->distances, IGRAPH_ALL));
        else
            IGRAPH_CHECK(igraph_distances(work->graph, &distances, part, igraph_vss_all(),
                                          IGRAPH_ALL));
        add_distances(&distances, VECTOR(*work->sources.list) + at, result);
    }
    igraph_matrix_destroy(&distances);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* r(v) for every vertex: the size of its component, less one. */
static locnet_status_t reachable_counts(const igraph_t *graph, igraph_vector_int_t *reachable)
{
    igraph_vector_int_t membership, sizes;
    locnet_status_t status = LOCNET_ENOMEM;
    if (igraph_vector_int_init(&membership, 0) != IGRAPH_SUCCESS)
        return status;
    if (igraph_vector_int_init(&sizes, 0) == IGRAPH_SUCCESS) {
        status = locnet_from_igraph(igraph_connected_components(graph, &membership, &sizes, NULL,
                                                         IGRAPH_WEAK));
        if (status == LOCNET_OK)
            status = locnet_from_igraph(igraph_vector_int_resize(reachable, igraph_vcount(graph)));
        for (igraph_integer_t v = 0; status == LOCNET_OK && v < igraph_vcount(graph); v++)
            VECTOR(*reachable)[v] = VECTOR(sizes)[VECTOR(membership)[v]] - 1;
        igraph_vector_int_destroy(&sizes);
    }
    igraph_vector_int_destroy(&membership);
    return status;
}

/* Turns the sums into estimates; lists in unsampled the vertices that need exact values: those
 * with fewer than MIN_SOURCES sources in their component. */
static locnet_status_t estimate(const igraph_vector_t *sums, const igraph_vector_int_t *reachable,
                                const locnet_distance_outputs_t *out,
                                igraph_vector_int_t *unsampled)
{
    igraph_integer_t n = igraph_vector_int_size(reachable);
    const igraph_real_t *sum = VECTOR(*sums), *inverse = sum + n, *count = sum + 2 * n;
    for (igraph_integer_t v = 0; v < n; v++) {
        igraph_real_t r = (igraph_real_t)VECTOR(*reachable)[v], k = count[v];
        if (r > 0 && k < MIN_SOURCES && igraph_vector_int_push_back(unsampled, v) != IGRAPH_SUCCESS)
            return LOCNET_ENOMEM;
        if (out->closeness != NULL) {
            VECTOR(*out->reachable)[v] = (igraph_integer_t)r;
            /* r / (r * mean distance); NaN when r = 0, as igraph gives */
            VECTOR(*out->closeness)[v] = r == 0 ? NAN : k / sum[v];
        }
        if (out->harmonic != NULL)
            VECTOR(*out->harmonic)[v] = k > 0 ? r * inverse[v] / k : 0;
    }
    return LOCNET_OK;
}

static locnet_status_t sampled_measures(const igraph_t *graph, const igraph_vector_t *distances,
                                        const igraph_vector_int_t *sources, int jobs,
                                        const char *progress,
                                        const locnet_distance_outputs_t *outputs)
{
    igraph_vector_t sums = {0};  /* igraph's destructors accept vectors never initialised */
    igraph_vector_int_t reachable = {0}, unsampled = {0};
    locnet_status_t status = LOCNET_ENOMEM;
    if (igraph_vector_init(&sums, 0) != IGRAPH_SUCCESS ||
        igraph_vector_int_init(&reachable, 0) != IGRAPH_SUCCESS ||
        igraph_vector_int_init(&unsampled, 0) != IGRAPH_SUCCESS)
        goto cleanup;
    source_work_t work = {graph, distances, {0}, NULL, false, &sums};
    items_init(&work.sources, graph, sources);
    status = sum_over_sources(&work, 3 * igraph_vcount(graph), sampled_chunk, jobs, progress);
    if (status == LOCNET_OK)
        status = reachable_counts(graph, &reachable);
    if (status == LOCNET_OK)
        status = estimate(&sums, &reachable, outputs, &unsampled);
    if (status == LOCNET_OK)
        status = exact_measures(graph, distances, &unsampled, jobs, NULL, outputs);
cleanup:
    igraph_vector_int_destroy(&unsampled);
    igraph_vector_int_destroy(&reachable);
    igraph_vector_destroy(&sums);
    return status;
}

locnet_status_t locnet_distance_measures(const igraph_t *graph,
                                         const igraph_vector_t *distances,
                                         const igraph_vector_int_t *sources, int jobs,
                                         const char *progress,
                                         const locnet_distance_outputs_t *outputs)
{
    igraph_integer_t n = igraph_vcount(graph);
    if ((outputs->closeness != NULL &&
         (igraph_vector_resize(outputs->closeness, n) != IGRAPH_SUCCESS ||
          igraph_vector_int_resize(outputs->reachable, n) != IGRAPH_SUCCESS)) ||
        (outputs->harmonic != NULL && igraph_vector_resize(outputs->harmonic, n) != IGRAPH_SUCCESS))
        return LOCNET_ENOMEM;
    if (sources == NULL)
        return exact_measures(graph, distances, NULL, jobs, progress, outputs);
    return sampled_measures(graph, distances, sources, jobs, progress, outputs);
}
