/* graph/eigenvector.c: igraph_eigenvector_centrality on each component that may have the
 * largest eigenvalue (bounded above by its largest strength), then NetworkX's combination of
 * the tied ones. */
#include "graph/eigenvector.h"

#include <math.h>
#include <string.h>

#include "graph/random.h"
#include "graph/topology.h"

#define ARPACK_SEED 20240601
#define NOISE 1e-14
#define TIE 1e-9

/* The components of the graph, with their vertices and edges grouped. */
typedef struct parts {
    igraph_vector_int_t membership;  /* per vertex */
    igraph_vector_int_t local;       /* per vertex: its index in its component */
    igraph_vector_int_t vertex_start, vertices;  /* per component: where its vertices are */
    igraph_vector_int_t edge_start, edges;       /* per component: where its edges are */
    igraph_vector_t bound;           /* per component: its largest strength */
    igraph_integer_t count;
} parts_t;

static void parts_destroy(parts_t *parts)
{
    igraph_vector_int_destroy(&parts->membership);
    igraph_vector_int_destroy(&parts->local);
    igraph_vector_int_destroy(&parts->vertex_start);
    igraph_vector_int_destroy(&parts->vertices);
    igraph_vector_int_destroy(&parts->edge_start);
    igraph_vector_int_destroy(&parts->edges);
    igraph_vector_destroy(&parts->bound);
}

/* Groups the n items of group (item i belongs to group[i], below count) by group: start gets
 * count + 1 offsets into order, which gets the items, group by group. */
static locnet_status_t group_by(const igraph_vector_int_t *group, igraph_integer_t count,
                                igraph_vector_int_t *start, igraph_vector_int_t *order)
{
    igraph_integer_t n = igraph_vector_int_size(group);
    igraph_vector_int_t next;
    if (igraph_vector_int_resize(start, count + 1) != IGRAPH_SUCCESS ||
        igraph_vector_int_resize(order, n) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    igraph_vector_int_null(start);
    for (igraph_integer_t i = 0; i < n; i++)
        VECTOR(*start)[VECTOR(*group)[i] + 1]++;
    for (igraph_integer_t c = 0; c < count; c++)
        VECTOR(*start)[c + 1] += VECTOR(*start)[c];
    if (igraph_vector_int_init_copy(&next, start) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    for (igraph_integer_t i = 0; i < n; i++)
        VECTOR(*order)[VECTOR(next)[VECTOR(*group)[i]]++] = i;
    igraph_vector_int_destroy(&next);
    return LOCNET_OK;
}

/* The largest strength of each component: an upper bound of its largest eigenvalue. */
static locnet_status_t bound_parts(const igraph_t *simple, const igraph_vector_t *weights,
                                   parts_t *parts)
{
    igraph_vector_t strength;
    if (igraph_vector_init(&strength, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    locnet_status_t status = locnet_from_igraph(
        igraph_strength(simple, &strength, igraph_vss_all(), IGRAPH_ALL, false, weights));
    if (status == LOCNET_OK &&
        igraph_vector_resize(&parts->bound, parts->count) != IGRAPH_SUCCESS)
        status = LOCNET_ENOMEM;
    if (status == LOCNET_OK) {
        igraph_vector_null(&parts->bound);
        for (igraph_integer_t v = 0; v < igraph_vcount(simple); v++) {
            double *bound = &VECTOR(parts->bound)[VECTOR(parts->membership)[v]];
            *bound = fmax(*bound, VECTOR(strength)[v]);
        }
    }
    igraph_vector_destroy(&strength);
    return status;
}

/* Fills parts (its vectors initialised) for simple. */
static locnet_status_t find_parts(const igraph_t *simple, const igraph_vector_t *weights,
                                  parts_t *parts)
{
    igraph_vector_int_t edge_group;
    locnet_status_t status = locnet_from_igraph(igraph_connected_components(
        simple, &parts->membership, NULL, &parts->count, IGRAPH_WEAK));
    if (status == LOCNET_OK)
        status = group_by(&parts->membership, parts->count, &parts->vertex_start, &parts->vertices);
    if (status != LOCNET_OK)
        return status;
    if (igraph_vector_int_resize(&parts->local, igraph_vcount(simple)) != IGRAPH_SUCCESS ||
        igraph_vector_int_init(&edge_group, igraph_ecount(simple)) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    for (igraph_integer_t i = 0; i < igraph_vector_int_size(&parts->vertices); i++) {
        igraph_integer_t v = VECTOR(parts->vertices)[i];
        VECTOR(parts->local)[v] = i - VECTOR(parts->vertex_start)[VECTOR(parts->membership)[v]];
    }
    for (igraph_integer_t e = 0; e < igraph_ecount(simple); e++)
        VECTOR(edge_group)[e] = VECTOR(parts->membership)[IGRAPH_FROM(simple, e)];
    status = group_by(&edge_group, parts->count, &parts->edge_start, &parts->edges);
    igraph_vector_int_destroy(&edge_group);
    return status == LOCNET_OK ? bound_parts(simple, weights, parts) : status;
}

/* Makes *component (uninitialised on entry) the graph of component c, its vertices numbered as
 * parts->local says, and fills local_weights (initialised) with its links' weights. */
static locnet_status_t make_component(const igraph_t *simple, const igraph_vector_t *weights,
                                      const parts_t *parts, igraph_integer_t c,
                                      igraph_t *component, igraph_vector_t *local_weights)
{
    igraph_integer_t size = VECTOR(parts->vertex_start)[c + 1] - VECTOR(parts->vertex_start)[c];
    igraph_integer_t first = VECTOR(parts->edge_start)[c];
    igraph_integer_t count = VECTOR(parts->edge_start)[c + 1] - first;
    igraph_vector_int_t pairs;
    if (igraph_vector_int_init(&pairs, 2 * count) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    locnet_status_t status = locnet_from_igraph(igraph_vector_resize(local_weights, count));
    for (igraph_integer_t i = 0; status == LOCNET_OK && i < count; i++) {
        igraph_integer_t e = VECTOR(parts->edges)[first + i];
        VECTOR(pairs)[2 * i] = VECTOR(parts->local)[IGRAPH_FROM(simple, e)];
        VECTOR(pairs)[2 * i + 1] = VECTOR(parts->local)[IGRAPH_TO(simple, e)];
        VECTOR(*local_weights)[i] = weights != NULL ? VECTOR(*weights)[e] : 1;
    }
    if (status == LOCNET_OK)
        status = locnet_from_igraph(igraph_create(component, &pairs, size, IGRAPH_UNDIRECTED));
    igraph_vector_int_destroy(&pairs);
    return status;
}

/* Component c's largest eigenvalue into *value and its Perron vector, of unit length, into
 * values at its vertices. Without links of positive weight: 0 and equal values. */
static locnet_status_t component_vector(const igraph_t *simple, const igraph_vector_t *weights,
                                        const parts_t *parts, igraph_integer_t c,
                                        igraph_vector_t *values, igraph_real_t *value)
{
    igraph_integer_t first = VECTOR(parts->vertex_start)[c];
    igraph_integer_t size = VECTOR(parts->vertex_start)[c + 1] - first;
    igraph_vector_t local_weights, vector;
    igraph_t component;
    igraph_vector_init(&local_weights, 0);
    locnet_status_t status = locnet_from_igraph(igraph_vector_init(&vector, size));
    *value = 0;
    if (status == LOCNET_OK)
        igraph_vector_fill(&vector, 1);
    if (status == LOCNET_OK && VECTOR(parts->bound)[c] > 0) {
        igraph_arpack_options_t arpack;
        igraph_arpack_options_init(&arpack);
        status = make_component(simple, weights, parts, c, &component, &local_weights);
        if (status == LOCNET_OK) {
            status = locnet_from_igraph(igraph_eigenvector_centrality(
                &component, &vector, value, false, true, &local_weights, &arpack));
            igraph_destroy(&component);
        }
    }
    double norm = status == LOCNET_OK ? sqrt(igraph_vector_sumsq(&vector)) : 0;
    for (igraph_integer_t i = 0; status == LOCNET_OK && i < size; i++)
        VECTOR(*values)[VECTOR(parts->vertices)[first + i]] = VECTOR(vector)[i] / norm;
    igraph_vector_destroy(&local_weights);
    igraph_vector_destroy(&vector);
    return status;
}

/* Computes the eigenvalues of the components that may have the largest, largest bound first,
 * into values; tied gets the components that share the largest. */
static locnet_status_t leading_components(const igraph_t *simple, const igraph_vector_t *weights,
                                          const parts_t *parts, igraph_vector_t *values,
                                          igraph_vector_int_t *tied, igraph_real_t *largest)
{
    igraph_vector_int_t order;
    if (igraph_vector_int_init(&order, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    locnet_status_t status = locnet_from_igraph(
        igraph_vector_qsort_ind(&parts->bound, &order, IGRAPH_DESCENDING));
    *largest = -1;
    for (igraph_integer_t i = 0; status == LOCNET_OK && i < parts->count; i++) {
        igraph_integer_t c = VECTOR(order)[i];
        if (*largest >= 0 && VECTOR(parts->bound)[c] < *largest * (1 - TIE))
            break;  /* no eigenvalue is above its component's largest strength */
        igraph_real_t value;
        status = component_vector(simple, weights, parts, c, values, &value);
        if (status == LOCNET_OK && value > *largest * (1 + TIE)) {
            igraph_vector_int_clear(tied);
            *largest = value;
        }
        if (status == LOCNET_OK && value >= *largest * (1 - TIE))
            status = locnet_from_igraph(igraph_vector_int_push_back(tied, c));
    }
    igraph_vector_int_destroy(&order);
    return status;
}

/* Keeps the tied components, each scaled by the sum of its entries, and makes the whole of unit
 * length; the rest is 0. */
static void combine(const parts_t *parts, const igraph_vector_int_t *tied, igraph_vector_t *values)
{
    igraph_vector_t kept;
    igraph_vector_init_copy(&kept, values);
    igraph_vector_null(values);
    for (igraph_integer_t i = 0; i < igraph_vector_int_size(tied); i++) {
        igraph_integer_t c = VECTOR(*tied)[i], sum_at = VECTOR(parts->vertex_start)[c];
        double sum = 0;
        for (igraph_integer_t j = sum_at; j < VECTOR(parts->vertex_start)[c + 1]; j++)
            sum += VECTOR(kept)[VECTOR(parts->vertices)[j]];
        for (igraph_integer_t j = sum_at; j < VECTOR(parts->vertex_start)[c + 1]; j++) {
            igraph_integer_t v = VECTOR(parts->vertices)[j];
            VECTOR(*values)[v] = VECTOR(kept)[v] * sum;
        }
    }
    igraph_vector_destroy(&kept);
    double norm = sqrt(igraph_vector_sumsq(values));
    for (igraph_integer_t v = 0; v < igraph_vector_size(values); v++) {
        VECTOR(*values)[v] /= norm;
        if (fabs(VECTOR(*values)[v]) < NOISE)  /* ARPACK's rounding noise */
            VECTOR(*values)[v] = 0;
    }
}

locnet_status_t locnet_eigenvector_centrality(const igraph_t *simple, const igraph_vector_t *weights,
                                              igraph_vector_t *values,
                                              locnet_eigenvector_ties_t *ties)
{
    parts_t parts;
    igraph_vector_int_t tied;
    locnet_lent_rng_t rng;
    memset(&parts, 0, sizeof parts);
    igraph_vector_int_init(&parts.membership, 0);
    igraph_vector_int_init(&parts.local, 0);
    igraph_vector_int_init(&parts.vertex_start, 0);
    igraph_vector_int_init(&parts.vertices, 0);
    igraph_vector_int_init(&parts.edge_start, 0);
    igraph_vector_int_init(&parts.edges, 0);
    igraph_vector_init(&parts.bound, 0);
    igraph_vector_int_init(&tied, 0);
    igraph_real_t largest = 0;
    locnet_status_t status = locnet_from_igraph(igraph_vector_resize(values, igraph_vcount(simple)));
    if (status == LOCNET_OK && igraph_vcount(simple) > 0)
        status = find_parts(simple, weights, &parts);
    if (status == LOCNET_OK && igraph_vcount(simple) > 0 &&
        (status = locnet_rng_lend(&rng, ARPACK_SEED)) == LOCNET_OK) {
        status = leading_components(simple, weights, &parts, values, &tied, &largest);
        locnet_rng_return(&rng);
    }
    if (status == LOCNET_OK)
        combine(&parts, &tied, values);
    if (status == LOCNET_OK && ties != NULL)
        *ties = (locnet_eigenvector_ties_t){igraph_vector_int_size(&tied), largest};
    parts_destroy(&parts);
    igraph_vector_int_destroy(&tied);
    return status;
}
