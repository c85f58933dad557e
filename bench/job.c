/* bench/job.c: the benchmark's job done by locnet's library, one process per run:
 *
 *   locnet-bench-job FILE [OUT]
 *       loads FILE (any format locnet reads) and writes, for every locality, its id, degree,
 *       PageRank (damping 0.85) and component (0 = largest) as CSV to OUT (default: stdout);
 *   locnet-bench-job --betweenness [--samples K --seed S] FILE [OUT]
 *       writes id and betweenness on the simple graph (exact; or from K random sources drawn
 *       with igraph's generator seeded with S, scaled by n/K), as locnet centrality does.
 *
 * It loads through locnet_load, like every locnet command, and computes with igraph. It exists
 * so that the benchmark times one process per job; it is not installed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <igraph/igraph.h>

#include "analyses/cli.h"
#include "graph/components.h"
#include "graph/network.h"
#include "io/diagnostics.h"
#include "io/load.h"

static int usage(void)
{
    fputs("usage: locnet-bench-job [--betweenness [--samples K --seed S]] FILE [OUT]\n", stderr);
    return 64;
}

static int write_job(const locnet_network_t *net, FILE *out)
{
    const igraph_t *graph = &net->graph;
    igraph_vector_int_t degree;
    igraph_vector_t rank;
    locnet_components_t components;
    igraph_vector_int_init(&degree, 0);
    igraph_vector_init(&rank, 0);
    if (igraph_degree(graph, &degree, igraph_vss_all(), IGRAPH_ALL, true) != IGRAPH_SUCCESS ||
        igraph_pagerank(graph, IGRAPH_PAGERANK_ALGO_PRPACK, &rank, NULL, igraph_vss_all(), false,
                        0.85, NULL, NULL) != IGRAPH_SUCCESS ||
        locnet_components_compute(net, &components) != LOCNET_OK) {
        fputs("locnet-bench-job: computation failed\n", stderr);
        return 70;
    }
    fputs("id,degree,pagerank,component\n", out);
    for (igraph_integer_t v = 0; v < igraph_vcount(graph); v++)
        fprintf(out, "%s,%lld,%.10g,%lld\n", locnet_locality_text(net, LOCNET_V_ID, v),
                (long long)VECTOR(degree)[v], VECTOR(rank)[v],
                (long long)VECTOR(components.membership)[v]);
    locnet_components_destroy(&components);
    igraph_vector_int_destroy(&degree);
    igraph_vector_destroy(&rank);
    return 0;
}

static int write_betweenness(const locnet_network_t *net, long samples, long seed, FILE *out)
{
    /* on the simple graph, as locnet centrality computes it */
    igraph_t simple;
    if (igraph_copy(&simple, &net->graph) != IGRAPH_SUCCESS ||
        igraph_simplify(&simple, true, true, NULL) != IGRAPH_SUCCESS) {
        fputs("locnet-bench-job: out of memory\n", stderr);
        return 70;
    }
    const igraph_t *graph = &simple;
    igraph_integer_t n = igraph_vcount(graph);
    igraph_vector_t result;
    igraph_vector_init(&result, 0);
    igraph_error_t rc;
    double scale = 1;
    if (samples <= 0 || samples >= n) {
        rc = igraph_betweenness(graph, &result, igraph_vss_all(), false, NULL);
    } else {
        igraph_vector_int_t sources;
        igraph_vector_int_init(&sources, 0);
        igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)seed);
        rc = igraph_random_sample(&sources, 0, n - 1, samples);
        if (rc == IGRAPH_SUCCESS)
            rc = igraph_betweenness_subset(graph, &result, igraph_vss_all(), false,
                                           igraph_vss_vector(&sources), igraph_vss_all(), NULL);
        igraph_vector_int_destroy(&sources);
        scale = (double)n / (double)samples;
    }
    if (rc != IGRAPH_SUCCESS) {
        fputs("locnet-bench-job: computation failed\n", stderr);
        igraph_destroy(&simple);
        return 70;
    }
    fputs("id,betweenness\n", out);
    for (igraph_integer_t v = 0; v < n; v++)
        fprintf(out, "%s,%.10g\n", locnet_locality_text(net, LOCNET_V_ID, v),
                VECTOR(result)[v] * scale);
    igraph_vector_destroy(&result);
    igraph_destroy(&simple);
    return 0;
}

int main(int argc, char **argv)
{
    locnet_attributes_install();
    locnet_cli_limit_threads();  /* as locnet does */
    int arg = 1;
    int betweenness = 0;
    long samples = 0, seed = 1;
    for (; arg < argc && argv[arg][0] == '-' && argv[arg][1] == '-'; arg++) {
        if (strcmp(argv[arg], "--betweenness") == 0)
            betweenness = 1;
        else if (strcmp(argv[arg], "--samples") == 0 && arg + 1 < argc)
            samples = strtol(argv[++arg], NULL, 10);
        else if (strcmp(argv[arg], "--seed") == 0 && arg + 1 < argc)
            seed = strtol(argv[++arg], NULL, 10);
        else
            return usage();
    }
    if (arg >= argc || argc - arg > 2)
        return usage();
    FILE *out = argc - arg == 2 ? fopen(argv[arg + 1], "w") : stdout;
    if (out == NULL) {
        perror(argv[arg + 1]);
        return 73;
    }
    locnet_diagnostics_t diagnostics;
    locnet_network_t net;
    locnet_diagnostics_init(&diagnostics);
    locnet_status_t status = locnet_load(argv[arg], &net, &diagnostics);
    locnet_diagnostics_print(&diagnostics, stderr);
    locnet_diagnostics_destroy(&diagnostics);
    if (status != LOCNET_OK)
        return 65;
    int code = betweenness ? write_betweenness(&net, samples, seed, out) : write_job(&net, out);
    locnet_network_destroy(&net);
    if (out != stdout ? fclose(out) != 0 : fflush(out) != 0)
        code = 74;
    return code;
}
