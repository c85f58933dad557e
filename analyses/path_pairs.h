/* analyses/path_pairs.h: the pairs of localities that `locnet path --pairs FILE` answers in one
 * run: reading FILE and finding its names in the network. */
#ifndef LOCNET_PATH_PAIRS_H
#define LOCNET_PATH_PAIRS_H

#include "analyses/cli.h"

/* One pair as FILE gives it. */
typedef struct locnet_pair_query {
    char *names[2];
    long line;
    long columns[2];
} locnet_pair_query_t;

typedef struct locnet_pair_queries {
    const char *path;
    locnet_pair_query_t *items;
    size_t count;
    size_t capacity;
} locnet_pair_queries_t;

/* Reads path, a CSV table (RFC 4180 quoting; cells separated by ',', ';' or a tab) of two
 * columns, a locality name or id in each; a first row "from,to" (case ignored) is a header.
 * Every problem is printed as "PATH:LINE:COLUMN: message". Returns an exit code: 0, 65 for bad
 * rows, 66 when path cannot be read, 70 when out of memory. *pairs is made in every case:
 * destroy it. */
int locnet_path_pairs_read(const locnet_cli_t *cli, const char *path, locnet_pair_queries_t *pairs);
/* Frees the pairs; accepts NULL. */
void locnet_path_pairs_destroy(locnet_pair_queries_t *pairs);

/* Finds both localities of every pair in net (graph/lookup.h) into ends (initialised; two per
 * pair). Every name that matches none, or several, is printed as "PATH:LINE:COLUMN: ..." with
 * the ids of the candidates. Returns an exit code: 0, 65 after such problems, 70. */
int locnet_path_pairs_find(const locnet_cli_t *cli, const locnet_network_t *net,
                      const locnet_pair_queries_t *pairs, igraph_vector_int_t *ends);

#endif
