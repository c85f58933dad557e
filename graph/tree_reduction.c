/* graph/tree_reduction.c: peeling degree-1 vertices with a queue over igraph's adjacency list,
 * then the pair counts of the trees in whole numbers. */
#include "graph/tree_reduction.h"

#include "graph/topology.h"

#include <stdlib.h>
#include <string.h>

/* The peeling's state, per vertex. */
typedef struct peeling {
    igraph_adjlist_t neighbours;
    igraph_vector_int_t degree;   /* neighbours not peeled yet; 0 once peeled */
    igraph_vector_int_t size;     /* vertices hanging off v, v included */
    igraph_vector_int_t squares;  /* sum of the squared sizes of the trees peeled into v */
    igraph_vector_bool_t peeled;
    igraph_vector_int_t membership, component_sizes;
    igraph_vector_int_t *parent;  /* the reduction's */
} peeling_t;

/* Peels every vertex whose remaining degree is 1 into its one remaining neighbour. */
static igraph_error_t peel(peeling_t *state)
{
    igraph_integer_t n = igraph_vector_int_size(&state->degree);
    igraph_dqueue_int_t leaves;
    IGRAPH_CHECK(igraph_dqueue_int_init(&leaves, 64));
    IGRAPH_FINALLY(igraph_dqueue_int_destroy, &leaves);
    for (igraph_integer_t v = 0; v < n; v++) {
        if (VECTOR(state->degree)[v] == 1)
            IGRAPH_CHECK(igraph_dqueue_int_push(&leaves, v));
    }
    while (!igraph_dqueue_int_empty(&leaves)) {
        igraph_integer_t x = igraph_dqueue_int_pop(&leaves);
        if (VECTOR(state->degree)[x] != 1)
            continue;  /* its last neighbour was peeled into it: a tree's root */
        igraph_vector_int_t *around = igraph_adjlist_get(&state->neighbours, x);
        igraph_integer_t p = 0;
        for (igraph_integer_t i = 0; i < igraph_vector_int_size(around); i++) {
            if (!VECTOR(state->peeled)[VECTOR(*around)[i]])
                p = VECTOR(*around)[i];
        }
        igraph_integer_t size = VECTOR(state->size)[x];
        VECTOR(state->peeled)[x] = true;
        VECTOR(state->degree)[x] = 0;
        VECTOR(*state->parent)[x] = p;
        VECTOR(state->size)[p] += size;
        VECTOR(state->squares)[p] += size * size;
        if (--VECTOR(state->degree)[p] == 1)
            IGRAPH_CHECK(igraph_dqueue_int_push(&leaves, p));
    }
    igraph_dqueue_int_destroy(&leaves);
    IGRAPH_FINALLY_CLEAN(1);
    return IGRAPH_SUCCESS;
}

typedef struct weighted {
    igraph_integer_t weight, vertex;
} weighted_t;

static int compare_weighted(const void *left, const void *right)
{
    const weighted_t *a = left, *b = right;
    if (a->weight != b->weight)
        return a->weight < b->weight ? -1 : 1;
    return a->vertex < b->vertex ? -1 : a->vertex > b->vertex;
}

/* The core vertices with their weights, sorted by weight, then by vertex. */
static igraph_error_t list_sources(const peeling_t *state, locnet_tree_reduction_t *reduction)
{
    igraph_integer_t n = igraph_vector_int_size(&state->degree), count = 0;
    weighted_t *core = malloc(((size_t)n + 1) * sizeof *core);
    if (core == NULL)
        return IGRAPH_ENOMEM;
    for (igraph_integer_t v = 0; v < n; v++) {
        VECTOR(reduction->core)[v] = !VECTOR(state->peeled)[v] && VECTOR(state->degree)[v] > 0;
        if (VECTOR(reduction->core)[v])
            core[count++] = (weighted_t){VECTOR(state->size)[v], v};
    }
    qsort(core, (size_t)count, sizeof *core, compare_weighted);
    igraph_error_t error = igraph_vector_int_resize(&reduction->sources, count);
    if (error == IGRAPH_SUCCESS)
        error = igraph_vector_int_resize(&reduction->weights, count);
    for (igraph_integer_t i = 0; error == IGRAPH_SUCCESS && i < count; i++) {
        VECTOR(reduction->sources)[i] = core[i].vertex;
        VECTOR(reduction->weights)[i] = core[i].weight;
    }
    free(core);
    return error;
}

/* The pairs counted without a search (T(v) for core vertices, B(v) for the others). */
static igraph_error_t count_pairs(const peeling_t *state, locnet_tree_reduction_t *reduction)
{
    igraph_integer_t n = igraph_vector_int_size(&state->degree);
    IGRAPH_CHECK(igraph_vector_resize(&reduction->counted, n));
    for (igraph_integer_t v = 0; v < n; v++) {
        igraph_integer_t all = VECTOR(state->component_sizes)[VECTOR(state->membership)[v]] - 1;
        igraph_integer_t size = VECTOR(state->size)[v], squares = VECTOR(state->squares)[v];
        igraph_integer_t up = all + 1 - size;  /* the rest of the component, for peeled v */
        igraph_integer_t twice;
        if (VECTOR(state->peeled)[v])
            twice = all * all - squares - up * up;
        else if (VECTOR(state->degree)[v] == 0)  /* a tree's root, or an isolated vertex */
            twice = all * all - squares;
        else  /* core: the pairs of its own tree whose chains pass it */
            twice = (size - 1) * all - squares;
        VECTOR(reduction->counted)[v] = (double)twice / 2;
    }
    return list_sources(state, reduction);
}

void locnet_tree_reduction_destroy(locnet_tree_reduction_t *reduction)
{
    if (reduction == NULL)
        return;
    igraph_vector_int_destroy(&reduction->sources);
    igraph_vector_int_destroy(&reduction->weights);
    igraph_vector_destroy(&reduction->counted);
    igraph_vector_bool_destroy(&reduction->core);
    igraph_vector_int_destroy(&reduction->parent);
}

locnet_status_t locnet_tree_reduction_init(const igraph_t *graph,
                                           locnet_tree_reduction_t *reduction)
{
    igraph_integer_t n = igraph_vcount(graph);
    peeling_t state;
    memset(&state, 0, sizeof state);  /* igraph's destructors accept what was never made */
    memset(reduction, 0, sizeof *reduction);
    igraph_error_t error = IGRAPH_ENOMEM;
    if (igraph_vector_int_init(&reduction->sources, 0) != IGRAPH_SUCCESS ||
        igraph_vector_int_init(&reduction->weights, 0) != IGRAPH_SUCCESS ||
        igraph_vector_init(&reduction->counted, 0) != IGRAPH_SUCCESS ||
        igraph_vector_bool_init(&reduction->core, n) != IGRAPH_SUCCESS ||
        igraph_vector_int_init(&reduction->parent, n) != IGRAPH_SUCCESS ||
        igraph_vector_int_init(&state.degree, n) != IGRAPH_SUCCESS ||
        igraph_vector_int_init(&state.size, n) != IGRAPH_SUCCESS ||
        igraph_vector_int_init(&state.squares, n) != IGRAPH_SUCCESS ||
        igraph_vector_bool_init(&state.peeled, n) != IGRAPH_SUCCESS ||
        igraph_vector_int_init(&state.membership, 0) != IGRAPH_SUCCESS ||
        igraph_vector_int_init(&state.component_sizes, 0) != IGRAPH_SUCCESS)
        goto cleanup;
    if ((error = igraph_adjlist_init(graph, &state.neighbours, IGRAPH_ALL, IGRAPH_NO_LOOPS,
                                     IGRAPH_NO_MULTIPLE)) != IGRAPH_SUCCESS)
        goto cleanup;
    igraph_vector_int_fill(&reduction->parent, -1);
    state.parent = &reduction->parent;
    for (igraph_integer_t v = 0; v < n; v++) {
        VECTOR(state.degree)[v] = igraph_vector_int_size(igraph_adjlist_get(&state.neighbours, v));
        VECTOR(state.size)[v] = 1;
    }
    error = igraph_connected_components(graph, &state.membership, &state.component_sizes, NULL,
                                        IGRAPH_WEAK);
    if (error == IGRAPH_SUCCESS)
        error = peel(&state);
    if (error == IGRAPH_SUCCESS)
        error = count_pairs(&state, reduction);
    igraph_adjlist_destroy(&state.neighbours);
cleanup:
    igraph_vector_int_destroy(&state.degree);
    igraph_vector_int_destroy(&state.size);
    igraph_vector_int_destroy(&state.squares);
    igraph_vector_bool_destroy(&state.peeled);
    igraph_vector_int_destroy(&state.membership);
    igraph_vector_int_destroy(&state.component_sizes);
    if (error != IGRAPH_SUCCESS)
        locnet_tree_reduction_destroy(reduction);
    return locnet_from_igraph(error);
}
