/* analyses/path_pairs.c: the --pairs table through io/read/csv_table, names through
 * graph/lookup. */
#include "analyses/path_pairs.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "graph/growable.h"
#include "graph/lookup.h"
#include "io/read/csv_table.h"

#define SHOWN_CANDIDATES 5

typedef struct reading {
    locnet_pair_queries_t *pairs;
    bool first_row;
} reading_t;

static locnet_status_t add_pair(locnet_pair_queries_t *pairs, locnet_csv_table_t *table)
{
    if (LOCNET_GROW(&pairs->items, &pairs->capacity, pairs->count) != LOCNET_OK)
        return LOCNET_ENOMEM;
    locnet_pair_query_t *pair = &pairs->items[pairs->count];
    memset(pair, 0, sizeof *pair);
    pairs->count++;
    for (size_t i = 0; i < 2; i++) {
        locnet_csv_cell_position(table, i, &pair->line, &pair->columns[i]);
        if ((pair->names[i] = strdup(locnet_csv_cell(table, i))) == NULL)
            return LOCNET_ENOMEM;
    }
    return LOCNET_OK;
}

static locnet_status_t on_row(void *context, locnet_csv_table_t *table)
{
    reading_t *reading = context;
    bool first = reading->first_row;
    reading->first_row = false;
    size_t cells = locnet_csv_cell_count(table);
    if (first && cells == 2 && strcasecmp(locnet_csv_cell(table, 0), "from") == 0 &&
        strcasecmp(locnet_csv_cell(table, 1), "to") == 0)
        return LOCNET_OK;  /* the header */
    if (cells != 2) {
        locnet_csv_report(table, cells > 2 ? 2 : 0, "a pair has 2 cells, the first and the "
                                                    "second locality; this row has %zu", cells);
        return LOCNET_OK;
    }
    for (size_t i = 0; i < 2; i++) {
        if (locnet_csv_cell(table, i)[0] == '\0') {
            locnet_csv_report(table, i, "empty locality name");
            return LOCNET_OK;
        }
    }
    return add_pair(reading->pairs, table);
}

int locnet_path_pairs_read(const locnet_cli_t *cli, const char *path, locnet_pair_queries_t *pairs)
{
    memset(pairs, 0, sizeof *pairs);
    pairs->path = path;
    locnet_diagnostics_t diagnostics;
    locnet_line_reader_t lines;
    locnet_diagnostics_init(&diagnostics);
    locnet_status_t status = locnet_line_reader_open(&lines, path, &diagnostics);
    if (status == LOCNET_OK) {
        reading_t reading = {pairs, true};
        status = locnet_csv_table_read(&lines, path, &diagnostics, NULL, on_row, &reading);
        locnet_line_reader_close(&lines);
    }
    if (status == LOCNET_OK && pairs->count == 0) {
        locnet_diagnostics_add(&diagnostics, path, 0, 0, "no pair of localities");
        status = LOCNET_EDATA;
    }
    locnet_diagnostics_print(&diagnostics, stderr);
    locnet_diagnostics_destroy(&diagnostics);
    if (status == LOCNET_ENOMEM)
        fprintf(stderr, "locnet %s: out of memory\n", cli->command);
    return locnet_cli_exit_code(status);
}

void locnet_path_pairs_destroy(locnet_pair_queries_t *pairs)
{
    if (pairs == NULL)
        return;
    for (size_t i = 0; i < pairs->count; i++) {
        free(pairs->items[i].names[0]);
        free(pairs->items[i].names[1]);
    }
    free(pairs->items);
    memset(pairs, 0, sizeof *pairs);
}

/* Reports a name that matches no locality or several (candidates, in vertex order). */
static void report_name(const locnet_network_t *net, const locnet_pair_queries_t *pairs,
                        size_t pair, size_t end, locnet_status_t status,
                        const igraph_vector_int_t *candidates, locnet_diagnostics_t *diagnostics)
{
    const locnet_pair_query_t *query = &pairs->items[pair];
    if (status == LOCNET_ENOTFOUND) {
        locnet_diagnostics_add(diagnostics, pairs->path, query->line, query->columns[end],
                               "no locality matches \"%s\"", query->names[end]);
        return;
    }
    char ids[512] = "";
    igraph_integer_t count = igraph_vector_int_size(candidates);
    for (igraph_integer_t i = 0; i < count && i < SHOWN_CANDIDATES; i++)
        snprintf(ids + strlen(ids), sizeof ids - strlen(ids), "%s%s", i ? ", " : "",
                 locnet_locality_text(net, LOCNET_V_ID, VECTOR(*candidates)[i]));
    locnet_diagnostics_add(diagnostics, pairs->path, query->line, query->columns[end],
                           "\"%s\" names %lld localities; give one of their ids: %s%s",
                           query->names[end], (long long)count, ids,
                           count > SHOWN_CANDIDATES ? ", ..." : "");
}

int locnet_path_pairs_find(const locnet_cli_t *cli, const locnet_network_t *net,
                      const locnet_pair_queries_t *pairs, igraph_vector_int_t *ends)
{
    igraph_vector_int_t candidates;
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_status_t status = LOCNET_ENOMEM;
    if (igraph_vector_int_init(&candidates, 0) != IGRAPH_SUCCESS)
        goto cleanup;
    if (igraph_vector_int_resize(ends, 2 * (igraph_integer_t)pairs->count) != IGRAPH_SUCCESS)
        goto cleanup;
    status = LOCNET_OK;
    for (size_t p = 0; p < pairs->count && status != LOCNET_ENOMEM; p++) {
        for (size_t end = 0; end < 2; end++) {
            igraph_integer_t *vertex = &VECTOR(*ends)[2 * p + end];
            locnet_status_t found =
                locnet_lookup_locality(net, pairs->items[p].names[end], vertex, &candidates);
            if (found == LOCNET_ENOTFOUND || found == LOCNET_EAMBIGUOUS) {
                report_name(net, pairs, p, end, found, &candidates, &diagnostics);
                status = LOCNET_EDATA;
            } else if (found != LOCNET_OK) {
                status = found;
            }
        }
    }
cleanup:
    locnet_diagnostics_print(&diagnostics, stderr);
    locnet_diagnostics_destroy(&diagnostics);
    igraph_vector_int_destroy(&candidates);
    if (status == LOCNET_ENOMEM)
        fprintf(stderr, "locnet %s: out of memory\n", cli->command);
    return locnet_cli_exit_code(status);
}
