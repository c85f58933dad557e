/* graph/communities.c: one igraph call per method on the (weighted) simple graph, the best of
 * several runs for randomised methods, then isolated localities apart, graph/partition.h's
 * numbering, the modularity and each community's most central member. */
#include "graph/communities.h"

#include <math.h>
#include <string.h>

#include "graph/collation.h"
#include "graph/partition.h"
#include "graph/random.h"
#include "graph/topology.h"
#include "graph/weights.h"

#define LEIDEN_BETA 0.01      /* igraph's and python-igraph's default randomness */
#define LEIDEN_ITERATIONS -1  /* until the partition no longer changes */

const char *const locnet_community_method_names[LOCNET_COMMUNITY_METHOD_COUNT] = {
    "louvain", "leiden", "label-propagation", "fast-greedy", "walktrap", "infomap"};

locnet_status_t locnet_community_method_parse(const char *name, locnet_community_method_t *method)
{
    for (int m = 0; m < LOCNET_COMMUNITY_METHOD_COUNT; m++) {
        if (strcmp(name, locnet_community_method_names[m]) == 0) {
            *method = (locnet_community_method_t)m;
            return LOCNET_OK;
        }
    }
    return LOCNET_EUSAGE;
}

bool locnet_community_method_is_random(locnet_community_method_t method)
{
    return method == LOCNET_COMMUNITY_LOUVAIN || method == LOCNET_COMMUNITY_LEIDEN ||
           method == LOCNET_COMMUNITY_LABEL_PROPAGATION;
}

bool locnet_community_method_has_resolution(locnet_community_method_t method)
{
    return method == LOCNET_COMMUNITY_LOUVAIN || method == LOCNET_COMMUNITY_LEIDEN;
}

void locnet_communities_options_init(locnet_communities_options_t *options)
{
    memset(options, 0, sizeof *options);
    options->method = LOCNET_COMMUNITY_LOUVAIN;
    options->resolution = 1;
    options->trials = 10;
    options->seed = 1;
    options->steps = 4;
}

void locnet_communities_destroy(locnet_communities_t *result)
{
    if (result == NULL)
        return;
    igraph_vector_int_destroy(&result->membership);
    igraph_vector_int_destroy(&result->sizes);
    igraph_vector_int_destroy(&result->first);
    igraph_vector_int_destroy(&result->central);
    igraph_vector_destroy(&result->inside);
}

/* What every method works on. */
typedef struct work {
    igraph_t simple;
    igraph_vector_t weights;    /* per link; all 1 without weights */
    bool weighted;
    igraph_vector_t strengths;  /* per locality: the sum of its links' weights */
    igraph_real_t total;        /* the sum of the links' weights */
} work_t;

static const igraph_vector_t *link_weights(const work_t *work)
{
    return work->weighted ? &work->weights : NULL;
}

static locnet_status_t prepare_work(const locnet_network_t *net,
                                    const locnet_communities_options_t *options, work_t *work)
{
    work->weighted = options->weights != NULL;
    igraph_vector_init(&work->weights, 0);
    igraph_vector_init(&work->strengths, 0);
    locnet_status_t status = locnet_simple_graph(&net->graph, &work->simple);
    if (status != LOCNET_OK)
        return status;
    if (work->weighted)
        status = locnet_simple_values(&net->graph, &work->simple, options->weights,
                                      LOCNET_VALUE_WEIGHT, &work->weights);
    else if (igraph_vector_resize(&work->weights, igraph_ecount(&work->simple)) != IGRAPH_SUCCESS)
        status = LOCNET_ENOMEM;
    else
        igraph_vector_fill(&work->weights, 1);
    if (status == LOCNET_OK)
        status = locnet_from_igraph(igraph_strength(&work->simple, &work->strengths,
                                                    igraph_vss_all(), IGRAPH_ALL, false,
                                                    &work->weights));
    work->total = igraph_vector_sum(&work->weights);
    if (status != LOCNET_OK)
        igraph_destroy(&work->simple);
    return status;
}

static void release_work(work_t *work)
{
    igraph_destroy(&work->simple);
    igraph_vector_destroy(&work->weights);
    igraph_vector_destroy(&work->strengths);
}

/* One run of a randomised method. */
static igraph_error_t run_random(const work_t *work, const locnet_communities_options_t *options,
                                 igraph_vector_int_t *membership)
{
    const igraph_vector_t *weights = link_weights(work);
    switch (options->method) {
    case LOCNET_COMMUNITY_LOUVAIN:
        return igraph_community_multilevel(&work->simple, weights, options->resolution,
                                           membership, NULL, NULL);
    case LOCNET_COMMUNITY_LEIDEN:
        return igraph_community_leiden(&work->simple, weights, &work->strengths,
                                       options->resolution / (2 * work->total), LEIDEN_BETA,
                                       false, LEIDEN_ITERATIONS, membership, NULL, NULL);
    default:
        return igraph_community_label_propagation(&work->simple, membership, IGRAPH_ALL, weights,
                                                  NULL, NULL);
    }
}

/* The best of options->trials runs: the largest modularity at the resolution, the first run
 * on a tie. */
static locnet_status_t best_of_trials(const work_t *work,
                                      const locnet_communities_options_t *options,
                                      igraph_vector_int_t *membership)
{
    igraph_vector_int_t candidate;
    if (igraph_vector_int_init(&candidate, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    locnet_status_t status = LOCNET_OK;
    igraph_real_t best = -INFINITY;
    for (igraph_integer_t t = 0; status == LOCNET_OK && t < options->trials; t++) {
        igraph_real_t quality = 0;
        status = locnet_from_igraph(run_random(work, options, &candidate));
        if (status == LOCNET_OK)
            status = locnet_from_igraph(igraph_modularity(&work->simple, &candidate,
                                                          link_weights(work),
                                                          options->resolution, false, &quality));
        if (status == LOCNET_OK && (t == 0 || quality > best)) {
            best = quality;
            status = locnet_from_igraph(igraph_vector_int_update(membership, &candidate));
        }
    }
    igraph_vector_int_destroy(&candidate);
    return status;
}

/* One run of a method that is not randomised, or of infomap with its own attempts. */
static locnet_status_t run_once(const work_t *work, const locnet_communities_options_t *options,
                                igraph_vector_int_t *membership)
{
    const igraph_vector_t *weights = link_weights(work);
    igraph_matrix_int_t merges;
    igraph_vector_t modularity;
    igraph_real_t codelength;
    igraph_matrix_int_init(&merges, 0, 0);
    igraph_vector_init(&modularity, 0);
    igraph_error_t error;
    if (options->method == LOCNET_COMMUNITY_FAST_GREEDY)
        error = igraph_community_fastgreedy(&work->simple, weights, &merges, &modularity,
                                            membership);
    else if (options->method == LOCNET_COMMUNITY_WALKTRAP)
        error = igraph_community_walktrap(&work->simple, weights, options->steps, &merges,
                                          &modularity, membership);
    else
        error = igraph_community_infomap(&work->simple, weights, NULL, options->trials,
                                         membership, &codelength);
    igraph_matrix_int_destroy(&merges);
    igraph_vector_destroy(&modularity);
    return locnet_from_igraph(error);
}

/* Gives every locality without a link a community of its own, and numbers the communities
 * from 0 without gaps into *count. The method's labels are below n, as are the new ones:
 * igraph_reindex_membership refuses any other, and labels for loners counted on from the
 * method's largest could pass n. */
static locnet_status_t set_loners_apart(const igraph_t *simple, igraph_vector_int_t *membership,
                                        igraph_integer_t *count)
{
    igraph_integer_t n = igraph_vcount(simple);
    igraph_vector_int_t degrees, renamed;  /* renamed: a method's label -> its new one */
    if (igraph_vector_int_init(&degrees, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    if (igraph_vector_int_init(&renamed, n) != IGRAPH_SUCCESS) {
        igraph_vector_int_destroy(&degrees);
        return LOCNET_ENOMEM;
    }
    locnet_status_t status = locnet_from_igraph(
        igraph_degree(simple, &degrees, igraph_vss_all(), IGRAPH_ALL, false));
    igraph_vector_int_fill(&renamed, -1);
    *count = 0;
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < n; v++) {
        igraph_integer_t *label = &VECTOR(*membership)[v];
        if (VECTOR(degrees)[v] == 0) {
            *label = (*count)++;
            continue;
        }
        if (VECTOR(renamed)[*label] < 0)
            VECTOR(renamed)[*label] = (*count)++;
        *label = VECTOR(renamed)[*label];
    }
    igraph_vector_int_destroy(&degrees);
    igraph_vector_int_destroy(&renamed);
    return status;
}

/* The raw partition (any numbering) of the method, every locality alone when nothing links. */
static locnet_status_t find_partition(const work_t *work,
                                      const locnet_communities_options_t *options,
                                      igraph_vector_int_t *raw, igraph_integer_t *count)
{
    igraph_integer_t n = igraph_vcount(&work->simple);
    locnet_status_t status = locnet_from_igraph(igraph_vector_int_resize(raw, n));
    if (status == LOCNET_OK && !(work->total > 0)) {
        for (igraph_integer_t v = 0; v < n; v++)
            VECTOR(*raw)[v] = v;
    } else if (status == LOCNET_OK) {
        locnet_lent_rng_t rng;
        if ((status = locnet_rng_lend(&rng, options->seed)) != LOCNET_OK)
            return status;
        status = locnet_community_method_is_random(options->method)
                     ? best_of_trials(work, options, raw)
                     : run_once(work, options, raw);
        locnet_rng_return(&rng);
    }
    if (status == LOCNET_OK)
        status = set_loners_apart(&work->simple, raw, count);
    return status;
}

/* The weight of each locality's ties inside its community, and each community's most central
 * member. */
static locnet_status_t find_central(const locnet_network_t *net, const work_t *work,
                                    locnet_communities_t *result)
{
    const igraph_t *simple = &work->simple;
    igraph_integer_t n = igraph_vcount(simple);
    if (igraph_vector_resize(&result->inside, n) != IGRAPH_SUCCESS ||
        igraph_vector_int_resize(&result->central, result->count) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    igraph_vector_null(&result->inside);
    igraph_vector_int_fill(&result->central, -1);
    const igraph_vector_int_t *membership = &result->membership;
    for (igraph_integer_t e = 0; e < igraph_ecount(simple); e++) {
        igraph_integer_t a = IGRAPH_FROM(simple, e), b = IGRAPH_TO(simple, e);
        if (VECTOR(*membership)[a] == VECTOR(*membership)[b]) {
            VECTOR(result->inside)[a] += VECTOR(work->weights)[e];
            VECTOR(result->inside)[b] += VECTOR(work->weights)[e];
        }
    }
    locnet_list_t keys;
    locnet_list_init(&keys);
    locnet_status_t status = locnet_collation_keys(net, &keys);
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < n; v++) {
        igraph_integer_t *best = &VECTOR(result->central)[VECTOR(*membership)[v]];
        double mine = VECTOR(result->inside)[v], theirs = *best >= 0 ? VECTOR(result->inside)[*best] : 0;
        if (*best < 0 || mine > theirs ||
            (mine == theirs && locnet_collation_compare(net, &keys, v, *best) < 0))
            *best = v;
    }
    locnet_list_destroy(&keys);
    return status;
}

static bool options_valid(const locnet_network_t *net, const locnet_communities_options_t *o)
{
    bool resolution_ok = locnet_community_method_has_resolution(o->method)
                             ? o->resolution > 0 && isfinite(o->resolution)
                             : o->resolution == 1;
    return o->method >= 0 && o->method < LOCNET_COMMUNITY_METHOD_COUNT && resolution_ok &&
           o->trials >= 1 && o->steps >= 1 &&
           (o->weights == NULL || igraph_vector_size(o->weights) == locnet_partnership_count(net));
}

locnet_status_t locnet_communities_compute(const locnet_network_t *net,
                                           const locnet_communities_options_t *options,
                                           locnet_communities_t *result)
{
    if (!options_valid(net, options))
        return LOCNET_EUSAGE;
    memset(result, 0, sizeof *result);
    igraph_vector_int_init(&result->membership, 0);
    igraph_vector_int_init(&result->sizes, 0);
    igraph_vector_int_init(&result->first, 0);
    igraph_vector_int_init(&result->central, 0);
    igraph_vector_init(&result->inside, 0);
    result->modularity = NAN;
    igraph_vector_int_t raw;
    igraph_vector_int_init(&raw, 0);
    work_t work;
    locnet_status_t status = prepare_work(net, options, &work);
    if (status != LOCNET_OK) {
        igraph_vector_destroy(&work.weights);
        igraph_vector_destroy(&work.strengths);
        goto cleanup;
    }
    status = find_partition(&work, options, &raw, &result->count);
    if (status == LOCNET_OK)
        status = locnet_partition_number(net, &raw, result->count, &result->membership,
                                         &result->sizes, &result->first);
    if (status == LOCNET_OK && work.total > 0)
        status = locnet_from_igraph(igraph_modularity(&work.simple, &result->membership,
                                                      link_weights(&work), 1, false,
                                                      &result->modularity));
    if (status == LOCNET_OK)
        status = find_central(net, &work, result);
    release_work(&work);
cleanup:
    igraph_vector_int_destroy(&raw);
    if (status != LOCNET_OK)
        locnet_communities_destroy(result);
    return status;
}
