/* graph/path_lengths.c: the trees' depth profiles, the forest's own pairs by one igraph call,
 * and the pairs across the core by chunks of igraph_distances. */
#include "graph/path_lengths.h"

#include <string.h>

#include "graph/chunks.h"
#include "graph/topology.h"
#include "graph/tree_reduction.h"

/* Sources per igraph_distances call: a matrix of at most about 16 MB. */
#define DISTANCE_MATRIX_VALUES (1 << 21)

/* The core and what hangs off each core vertex. */
typedef struct hanging {
    igraph_t core;                /* induced by the core vertices; vertex k is core vertex k */
    igraph_vector_int_t offsets;  /* per core vertex k: its profile is profiles[offsets[k]..
                                   * offsets[k + 1]) */
    igraph_vector_t profiles;     /* per depth 0, 1, ...: vertices that hang there (0: k) */
    igraph_integer_t deepest;     /* the longest profile, minus one */
    igraph_integer_t chunk_size;  /* core vertices per chunk */
    igraph_integer_t batch;       /* sources per igraph_distances call */
    igraph_vector_t *total;       /* the pairs across the core, each counted from both ends */
} hanging_t;

/* Makes vector at least length long, the new elements 0. */
static igraph_error_t grow(igraph_vector_t *vector, igraph_integer_t length)
{
    igraph_integer_t old = igraph_vector_size(vector);
    if (length <= old)
        return IGRAPH_SUCCESS;
    IGRAPH_CHECK(igraph_vector_resize(vector, length));
    memset(VECTOR(*vector) + old, 0, (size_t)(length - old) * sizeof(igraph_real_t));
    return IGRAPH_SUCCESS;
}

/* depth[v] and anchor[v]: the vertex v hangs off, following the peeling's parents (an
 * unpeeled vertex is its own anchor, at depth 0). */
static igraph_error_t find_anchors(const igraph_vector_int_t *parent, igraph_vector_int_t *anchor,
                                   igraph_vector_int_t *depth)
{
    igraph_integer_t n = igraph_vector_int_size(parent);
    igraph_vector_int_t path;
    IGRAPH_CHECK(igraph_vector_int_resize(anchor, n));
    IGRAPH_CHECK(igraph_vector_int_resize(depth, n));
    igraph_vector_int_fill(anchor, -1);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&path, 0);
    for (igraph_integer_t v = 0; v < n; v++) {
        igraph_integer_t x = v;
        igraph_vector_int_clear(&path);
        while (VECTOR(*anchor)[x] < 0 && VECTOR(*parent)[x] >= 0) {
            IGRAPH_CHECK(igraph_vector_int_push_back(&path, x));
            x = VECTOR(*parent)[x];
        }
        if (VECTOR(*anchor)[x] < 0) {
            VECTOR(*anchor)[x] = x;
            VECTOR(*depth)[x] = 0;
        }
        while (!igraph_vector_int_empty(&path)) {
            igraph_integer_t y = igraph_vector_int_pop_back(&path);
            VECTOR(*anchor)[y] = VECTOR(*anchor)[x];
            VECTOR(*depth)[y] = VECTOR(*depth)[x] + 1;
            x = y;
        }
    }
    igraph_vector_int_destroy(&path);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

/* Each core vertex's profile: how many vertices hang off it at each depth. map: vertex ->
 * core vertex + 1, 0 for the others (igraph_induced_subgraph_map's). */
static igraph_error_t count_profiles(hanging_t *hanging, const igraph_vector_int_t *map,
                                     const igraph_vector_int_t *anchor,
                                     const igraph_vector_int_t *depth)
{
    igraph_integer_t cores = igraph_vcount(&hanging->core), n = igraph_vector_int_size(map);
    IGRAPH_CHECK(igraph_vector_int_resize(&hanging->offsets, cores + 1));
    igraph_vector_int_null(&hanging->offsets);
    for (igraph_integer_t v = 0; v < n; v++) {
        igraph_integer_t k = VECTOR(*map)[VECTOR(*anchor)[v]] - 1;
        if (k >= 0 && VECTOR(*depth)[v] + 1 > VECTOR(hanging->offsets)[k + 1])
            VECTOR(hanging->offsets)[k + 1] = VECTOR(*depth)[v] + 1;
    }
    hanging->deepest = 0;
    for (igraph_integer_t k = 0; k < cores; k++) {
        if (VECTOR(hanging->offsets)[k + 1] - 1 > hanging->deepest)
            hanging->deepest = VECTOR(hanging->offsets)[k + 1] - 1;
        VECTOR(hanging->offsets)[k + 1] += VECTOR(hanging->offsets)[k];
    }
    IGRAPH_CHECK(igraph_vector_resize(&hanging->profiles, VECTOR(hanging->offsets)[cores]));
    igraph_vector_null(&hanging->profiles);
    for (igraph_integer_t v = 0; v < n; v++) {
        igraph_integer_t k = VECTOR(*map)[VECTOR(*anchor)[v]] - 1;
        if (k >= 0)
            VECTOR(hanging->profiles)[VECTOR(hanging->offsets)[k] + VECTOR(*depth)[v]] += 1;
    }
    return IGRAPH_SUCCESS;
}

/* The pairs within one tree: the forest of graph without its core-to-core links. */
static igraph_error_t count_forest(const igraph_t *graph, const igraph_vector_bool_t *core,
                                   igraph_vector_t *histogram)
{
    igraph_vector_int_t kept;
    igraph_t forest;
    igraph_real_t unconnected;
    IGRAPH_VECTOR_INT_INIT_FINALLY(&kept, 0);
    for (igraph_integer_t e = 0; e < igraph_ecount(graph); e++) {
        if (!VECTOR(*core)[IGRAPH_FROM(graph, e)] || !VECTOR(*core)[IGRAPH_TO(graph, e)])
            IGRAPH_CHECK(igraph_vector_int_push_back(&kept, e));
    }
    IGRAPH_CHECK(igraph_subgraph_edges(graph, &forest, igraph_ess_vector(&kept), false));
    IGRAPH_FINALLY(igraph_destroy, &forest);
    IGRAPH_CHECK(igraph_path_length_hist(&forest, histogram, &unconnected, false));
    igraph_destroy(&forest);
    igraph_vector_int_destroy(&kept);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/* reach[i][m]: the vertices y hanging off another core vertex k with d(at + i, k) + h(y) = m,
 * from the distances of sources at, at + 1, ... to every core vertex. */
static igraph_error_t spread(const hanging_t *hanging, igraph_integer_t at,
                             const igraph_matrix_t *distances, igraph_matrix_t *reach)
{
    igraph_integer_t rows = igraph_matrix_nrow(distances), farthest = 0;
    for (igraph_integer_t i = 0; i < igraph_matrix_size(distances); i++) {
        igraph_real_t d = VECTOR(distances->data)[i];
        if (d != IGRAPH_INFINITY && d > farthest)
            farthest = (igraph_integer_t)d;
    }
    IGRAPH_CHECK(igraph_matrix_resize(reach, rows, farthest + hanging->deepest + 1));
    igraph_matrix_null(reach);
    for (igraph_integer_t k = 0; k < igraph_vcount(&hanging->core); k++) {
        igraph_integer_t from = VECTOR(hanging->offsets)[k];
        igraph_integer_t length = VECTOR(hanging->offsets)[k + 1] - from;
        for (igraph_integer_t i = 0; i < rows; i++) {
            igraph_real_t d = MATRIX(*distances, i, k);
            if (at + i == k || d == IGRAPH_INFINITY)
                continue;
            for (igraph_integer_t j = 0; j < length; j++)
                MATRIX(*reach, i, (igraph_integer_t)d + j) += VECTOR(hanging->profiles)[from + j];
        }
    }
    return IGRAPH_SUCCESS;
}

/* Adds to result[l - 1] the pairs l apart of a vertex hanging off source at + i and one that
 * reach[i] counts. */
static igraph_error_t fold(const hanging_t *hanging, igraph_integer_t at,
                           const igraph_matrix_t *reach, igraph_vector_t *result)
{
    igraph_integer_t columns = igraph_matrix_ncol(reach);
    IGRAPH_CHECK(grow(result, columns + hanging->deepest));
    for (igraph_integer_t i = 0; i < igraph_matrix_nrow(reach); i++) {
        igraph_integer_t from = VECTOR(hanging->offsets)[at + i];
        igraph_integer_t length = VECTOR(hanging->offsets)[at + i + 1] - from;
        for (igraph_integer_t m = 1; m < columns; m++) {
            igraph_real_t count = MATRIX(*reach, i, m);
            for (igraph_integer_t h = 0; count > 0 && h < length; h++)
                VECTOR(*result)[h + m - 1] += count * VECTOR(hanging->profiles)[from + h];
        }
    }
    return IGRAPH_SUCCESS;
}

static igraph_error_t cross_chunk(void *context, igraph_integer_t chunk, igraph_vector_t *result)
{
    const hanging_t *hanging = context;
    igraph_integer_t from = chunk * hanging->chunk_size, cores = igraph_vcount(&hanging->core);
    igraph_integer_t end = from + hanging->chunk_size < cores ? from + hanging->chunk_size : cores;
    igraph_matrix_t distances, reach;
    igraph_vector_clear(result);
    IGRAPH_MATRIX_INIT_FINALLY(&distances, 0, 0);
    IGRAPH_MATRIX_INIT_FINALLY(&reach, 0, 0);
    for (igraph_integer_t at = from; at < end; at += hanging->batch) {
        igraph_integer_t to = at + hanging->batch < end ? at + hanging->batch : end;
        IGRAPH_CHECK(igraph_distances(&hanging->core, &distances, igraph_vss_range(at, to),
                                      igraph_vss_all(), IGRAPH_ALL));
        IGRAPH_CHECK(spread(hanging, at, &distances, &reach));
        IGRAPH_CHECK(fold(hanging, at, &reach, result));
    }
    igraph_matrix_destroy(&reach);
    igraph_matrix_destroy(&distances);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

static void add_cross(void *context, igraph_integer_t chunk, const igraph_vector_t *result)
{
    (void)chunk;
    hanging_t *hanging = context;
    if (grow(hanging->total, igraph_vector_size(result)) != IGRAPH_SUCCESS)
        return;  /* cannot happen: the total was made long enough beforehand */
    for (igraph_integer_t i = 0; i < igraph_vector_size(result); i++)
        VECTOR(*hanging->total)[i] += VECTOR(*result)[i];
}

/* The pairs across the core, added to histogram. */
static locnet_status_t count_cross(hanging_t *hanging, int jobs, igraph_vector_t *histogram)
{
    igraph_integer_t cores = igraph_vcount(&hanging->core);
    igraph_integer_t cost = cores + igraph_ecount(&hanging->core) + hanging->deepest;
    igraph_integer_t chunks;
    igraph_vector_t total;
    hanging->chunk_size = locnet_chunks_size(cores, cost);
    hanging->batch = DISTANCE_MATRIX_VALUES / (cores + hanging->deepest + 1);
    hanging->batch = hanging->batch < 1 ? 1 : hanging->batch;
    chunks = cores > 0 ? (cores + hanging->chunk_size - 1) / hanging->chunk_size : 1;
    if (igraph_vector_init(&total, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    hanging->total = &total;
    /* no distance exceeds cores - 1 + 2 * deepest: collecting never needs to allocate */
    locnet_status_t status = locnet_from_igraph(grow(&total, cores + 2 * hanging->deepest));
    locnet_chunk_work_t work = {chunks, cross_chunk, add_cross, hanging, NULL};
    if (status == LOCNET_OK)
        status = locnet_chunks_run(&work, jobs);
    if (status == LOCNET_OK)
        status = locnet_from_igraph(grow(histogram, igraph_vector_size(&total)));
    for (igraph_integer_t i = 0; status == LOCNET_OK && i < igraph_vector_size(&total); i++)
        VECTOR(*histogram)[i] += VECTOR(total)[i] / 2;  /* each pair came from both ends */
    while (status == LOCNET_OK && igraph_vector_size(histogram) > 0 &&
           igraph_vector_tail(histogram) == 0)
        igraph_vector_pop_back(histogram);
    igraph_vector_destroy(&total);
    return status;
}

/* The core graph and the profiles, from the peeling. */
static igraph_error_t find_core(const igraph_t *graph, const locnet_tree_reduction_t *reduction,
                                hanging_t *hanging)
{
    igraph_vector_int_t anchor, depth, cores, map;
    IGRAPH_VECTOR_INT_INIT_FINALLY(&anchor, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&depth, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&cores, 0);
    IGRAPH_VECTOR_INT_INIT_FINALLY(&map, 0);
    IGRAPH_CHECK(find_anchors(&reduction->parent, &anchor, &depth));
    for (igraph_integer_t v = 0; v < igraph_vcount(graph); v++) {
        if (VECTOR(reduction->core)[v])
            IGRAPH_CHECK(igraph_vector_int_push_back(&cores, v));
    }
    IGRAPH_CHECK(igraph_induced_subgraph_map(graph, &hanging->core, igraph_vss_vector(&cores),
                                             IGRAPH_SUBGRAPH_CREATE_FROM_SCRATCH, &map, NULL));
    IGRAPH_FINALLY(igraph_destroy, &hanging->core);
    IGRAPH_CHECK(count_profiles(hanging, &map, &anchor, &depth));
    IGRAPH_FINALLY_CLEAN(1);  /* the core stays: the caller destroys it */
    igraph_vector_int_destroy(&map);
    igraph_vector_int_destroy(&cores);
    igraph_vector_int_destroy(&depth);
    igraph_vector_int_destroy(&anchor);
    IGRAPH_FINALLY_CLEAN(4);
    return IGRAPH_SUCCESS;
}

locnet_status_t locnet_path_length_histogram(const igraph_t *graph, int jobs,
                                             igraph_vector_t *histogram)
{
    locnet_tree_reduction_t reduction;
    hanging_t hanging;
    bool have_core = false;
    memset(&hanging, 0, sizeof hanging);
    locnet_status_t status = locnet_tree_reduction_init(graph, &reduction);
    if (status != LOCNET_OK)
        return status;
    if (igraph_vector_int_init(&hanging.offsets, 0) != IGRAPH_SUCCESS ||
        igraph_vector_init(&hanging.profiles, 0) != IGRAPH_SUCCESS) {
        status = LOCNET_ENOMEM;
        goto cleanup;
    }
    if ((status = locnet_from_igraph(find_core(graph, &reduction, &hanging))) != LOCNET_OK)
        goto cleanup;
    have_core = true;
    status = locnet_from_igraph(count_forest(graph, &reduction.core, histogram));
    if (status == LOCNET_OK)
        status = count_cross(&hanging, jobs, histogram);
cleanup:
    if (have_core)
        igraph_destroy(&hanging.core);
    igraph_vector_int_destroy(&hanging.offsets);
    igraph_vector_destroy(&hanging.profiles);
    locnet_tree_reduction_destroy(&reduction);
    return status;
}
