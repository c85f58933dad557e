/* bench/job.c: the benchmark's job done by locnet's library, one process per run:
 *
 *   locnet-bench-job FILE [OUT]
 *
 * loads FILE (any format locnet reads) and writes, for every locality, its id, degree, PageRank
 * (damping 0.85) and component (0 = largest, locnet's numbering) as CSV to OUT (default:
 * stdout). It loads through locnet_load, as every locnet command does, and computes with igraph;
 * it exists so that the benchmark times the whole job in one process, where locnet's commands
 * would load the file once for centrality and again for components. Not installed. */
#include <stdio.h>
#include <stdlib.h>

#include <igraph/igraph.h>

#include "analyses/cli.h"
#include "graph/components.h"
#include "graph/network.h"
#include "io/diagnostics.h"
#include "io/load.h"

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

int main(int argc, char **argv)
{
    locnet_attributes_install();
    locnet_cli_limit_threads();  /* as locnet does */
    if (argc < 2 || argc > 3) {
        fputs("usage: locnet-bench-job FILE [OUT]\n", stderr);
        return 64;
    }
    FILE *out = argc == 3 ? fopen(argv[2], "w") : stdout;
    if (out == NULL) {
        perror(argv[2]);
        return 73;
    }
    locnet_diagnostics_t diagnostics;
    locnet_network_t net;
    locnet_diagnostics_init(&diagnostics);
    locnet_status_t status = locnet_load(argv[1], &net, &diagnostics);
    locnet_diagnostics_print(&diagnostics, stderr);
    locnet_diagnostics_destroy(&diagnostics);
    if (status != LOCNET_OK)
        return 65;
    int code = write_job(&net, out);
    locnet_network_destroy(&net);
    if (out != stdout ? fclose(out) != 0 : fflush(out) != 0)
        code = 74;
    return code;
}
