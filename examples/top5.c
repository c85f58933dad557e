/* examples/top5.c: the five localities of highest PageRank in a network, and its number of
 * connected components, through locnet's public API alone.
 *
 *   cc top5.c $(pkg-config --cflags --libs locnet) -o top5
 *   ./top5 /usr/share/locnet/fr-vn.json
 */
#include <stdio.h>
#include <stdlib.h>

#include <locnet/locnet.h>

/* Prints the n localities of highest PageRank, highest first. */
static locnet_status_t print_top(const locnet_network_t *net, igraph_integer_t n)
{
    igraph_vector_t rank;
    igraph_vector_int_t order;
    igraph_vector_init(&rank, 0);
    igraph_vector_int_init(&order, 0);
    locnet_status_t status = locnet_network_centrality(net, "pagerank", NULL, &rank);
    if (status != LOCNET_OK)
        goto cleanup;
    if (igraph_vector_qsort_ind(&rank, &order, IGRAPH_DESCENDING) != IGRAPH_SUCCESS) {
        status = LOCNET_ENOMEM;
        goto cleanup;
    }
    for (igraph_integer_t i = 0; i < n && i < igraph_vector_int_size(&order); i++) {
        igraph_integer_t v = VECTOR(order)[i];
        printf("%lld. %s (%s) %.6f\n", (long long)i + 1, locnet_network_locality(net, v, "name"),
               locnet_network_locality(net, v, "id"), VECTOR(rank)[v]);
    }
cleanup:
    igraph_vector_destroy(&rank);
    igraph_vector_int_destroy(&order);
    return status;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fputs("usage: top5 FILE\n", stderr);
        return 64;
    }
    locnet_library_init();
    locnet_network_t *net = NULL;
    char *problems = NULL;
    igraph_integer_t components = 0;
    igraph_vector_int_t membership;
    igraph_vector_int_init(&membership, 0);
    locnet_status_t status = locnet_network_read(argv[1], NULL, &net, &problems);
    if (status == LOCNET_OK)
        status = print_top(net, 5);
    if (status == LOCNET_OK)
        status = locnet_network_components(net, &membership, &components);
    if (status == LOCNET_OK)
        printf("components: %lld\n", (long long)components);
    else
        fprintf(stderr, "%stop5: %s\n", problems != NULL ? problems : "", locnet_strerror(status));
    igraph_vector_int_destroy(&membership);
    free(problems);
    locnet_network_free(net);
    return status == LOCNET_OK ? 0 : 1;
}
