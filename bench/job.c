/* bench/job.c: the benchmark's job through locnet's public API (<locnet/locnet.h>), one
 * process per run:
 *
 *   locnet-bench-job FILE [OUT]
 *
 * reads FILE (any format locnet reads) and writes, for every locality, its id, degree, PageRank
 * (damping 0.85) and component (0 = largest, locnet's numbering) as CSV to OUT (default:
 * stdout). Not installed. */
#include <stdio.h>
#include <stdlib.h>

#include <locnet/locnet.h>

static int write_job(const locnet_network_t *net, FILE *out)
{
    igraph_vector_t degree, rank;
    igraph_vector_int_t component;
    igraph_vector_init(&degree, 0);
    igraph_vector_init(&rank, 0);
    igraph_vector_int_init(&component, 0);
    int code = 0;
    if (locnet_network_centrality(net, "degree", NULL, &degree) != LOCNET_OK ||
        locnet_network_centrality(net, "pagerank", NULL, &rank) != LOCNET_OK ||
        locnet_network_components(net, &component, NULL) != LOCNET_OK) {
        fputs("locnet-bench-job: computation failed\n", stderr);
        code = 70;
        goto cleanup;
    }
    fputs("id,degree,pagerank,component\n", out);
    for (igraph_integer_t v = 0; v < igraph_vector_size(&degree); v++)
        fprintf(out, "%s,%.0f,%.10g,%lld\n", locnet_network_locality(net, v, "id"),
                VECTOR(degree)[v], VECTOR(rank)[v], (long long)VECTOR(component)[v]);
cleanup:
    igraph_vector_destroy(&degree);
    igraph_vector_destroy(&rank);
    igraph_vector_int_destroy(&component);
    return code;
}

int main(int argc, char **argv)
{
    locnet_library_init();
    locnet_tune_for_large_loads();  /* as the locnet program does */
    if (argc < 2 || argc > 3) {
        fputs("usage: locnet-bench-job FILE [OUT]\n", stderr);
        return 64;
    }
    FILE *out = argc == 3 ? fopen(argv[2], "w") : stdout;
    if (out == NULL) {
        perror(argv[2]);
        return 73;
    }
    locnet_network_t *net = NULL;
    char *problems = NULL;
    locnet_status_t status = locnet_network_read(argv[1], NULL, &net, &problems);
    if (problems != NULL)
        fputs(problems, stderr);
    free(problems);
    int code = status == LOCNET_OK ? write_job(net, out) : 65;
    locnet_network_free(net);
    if (out != stdout ? fclose(out) != 0 : fflush(out) != 0)
        code = 74;
    return code;
}
