/* analyses/cli_locality.c: locality operands, look-up messages and report columns. */
#include "analyses/cli_locality.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "graph/collation.h"
#include "graph/lookup.h"
#include "io/shown.h"

int locnet_cli_take_name(locnet_cli_t *cli, int argc, char **argv, const char *what,
                         const char **name)
{
    if (optind >= argc)
        return locnet_cli_usage_error(cli, "missing %s", what);
    *name = argv[optind++];
    return LOCNET_EXIT_OK;
}

/* Suggestions listed at most when a name matches no locality. */
#define MAX_SUGGESTIONS 10

/* Appends to candidates the localities whose name key holds query's key (a "did you mean"). */
static void add_suggestions(const locnet_network_t *net, const locnet_list_t *keys,
                            const char *query, igraph_vector_int_t *candidates)
{
    char *key = NULL;
    if (locnet_lookup_key(query, &key) == LOCNET_OK && key[0] != '\0') {
        for (igraph_integer_t v = 0; v < locnet_locality_count(net); v++) {
            if (strstr(keys->items[v], key) != NULL &&
                igraph_vector_int_push_back(candidates, v) != IGRAPH_SUCCESS)
                break;
        }
    }
    free(key);
}

/* Prints candidates sorted by name, at most limit of them, as "  ID  Name (CC level)", the ids
 * padded to one display width, everything shown (io/shown.h). */
static void print_candidates(const locnet_network_t *net, const locnet_list_t *keys,
                             igraph_vector_int_t *candidates, igraph_integer_t limit)
{
    igraph_integer_t found = igraph_vector_int_size(candidates);
    igraph_integer_t count = found > limit ? limit : found;
    locnet_collation_sort(net, keys, VECTOR(*candidates), (size_t)found);
    size_t width = 0;
    for (igraph_integer_t i = 0; i < count; i++) {
        size_t w = locnet_shown_width(locnet_locality_text(net, LOCNET_V_ID, VECTOR(*candidates)[i]));
        width = w > width ? w : width;
    }
    for (igraph_integer_t i = 0; i < count; i++) {
        igraph_integer_t v = VECTOR(*candidates)[i];
        const char *id = locnet_locality_text(net, LOCNET_V_ID, v);
        locnet_shown_printf(stderr, "  %s%*s  %s (%s %s)\n", id,
                            (int)(width - locnet_shown_width(id)), "",
                            locnet_locality_text(net, LOCNET_V_NAME, v),
                            locnet_locality_text(net, LOCNET_V_COUNTRY, v),
                            locnet_locality_text(net, LOCNET_V_LEVEL, v));
    }
    if (found > count)
        fprintf(stderr, "  and %lld more\n", (long long)(found - count));
}

int locnet_cli_find_locality(const locnet_cli_t *cli, const locnet_network_t *net,
                             const char *query, igraph_integer_t *vertex)
{
    igraph_vector_int_t candidates;
    locnet_list_t keys;
    locnet_list_init(&keys);
    if (igraph_vector_int_init(&candidates, 0) != IGRAPH_SUCCESS) {
        fprintf(stderr, "locnet %s: out of memory\n", cli->command);
        return LOCNET_EXIT_SOFTWARE;
    }
    locnet_status_t status = locnet_lookup_locality(net, query, vertex, &candidates);
    if ((status == LOCNET_ENOTFOUND || status == LOCNET_EAMBIGUOUS) &&
        locnet_collation_keys(net, &keys) != LOCNET_OK)
        status = LOCNET_ENOMEM;
    if (status == LOCNET_ENOTFOUND) {
        const locnet_filter_t *filter = &cli->filter;
        bool filtered = locnet_filter_selects_partnerships(filter) || filter->largest ||
                        filter->as_of != NULL || filter->level != NULL;
        locnet_shown_printf(stderr, "locnet %s: no locality matches \"%s\"%s\n", cli->command, query,
                filtered ? " among those the filters keep" : "");
        add_suggestions(net, &keys, query, &candidates);
        if (igraph_vector_int_size(&candidates) > 0)
            fprintf(stderr, "did you mean:\n");
        print_candidates(net, &keys, &candidates, MAX_SUGGESTIONS);
    } else if (status == LOCNET_EAMBIGUOUS) {
        locnet_shown_printf(stderr, "locnet %s: \"%s\" names %lld localities; give one of their ids:\n",
                cli->command, query, (long long)igraph_vector_int_size(&candidates));
        print_candidates(net, &keys, &candidates, igraph_vector_int_size(&candidates));
    } else if (status != LOCNET_OK) {
        fprintf(stderr, "locnet %s: out of memory\n", cli->command);
    }
    locnet_list_destroy(&keys);
    igraph_vector_int_destroy(&candidates);
    return locnet_cli_exit_code(status);
}

/* The attributes of the locality columns, in their order. */
static const char *const locality_attributes[LOCNET_LOCALITY_COLUMN_COUNT] = {
    LOCNET_V_ID, LOCNET_V_NAME, LOCNET_V_COUNTRY, LOCNET_V_LEVEL};

locnet_status_t locnet_report_set_locality(locnet_table_t *report, size_t row, size_t column,
                                           const locnet_network_t *net, igraph_integer_t vertex)
{
    locnet_status_t status = LOCNET_OK;
    for (size_t c = 0; status == LOCNET_OK && c < LOCNET_LOCALITY_COLUMN_COUNT; c++)
        status = locnet_table_set_text(report, row, column + c,
                                       locnet_locality_text(net, locality_attributes[c], vertex));
    return status;
}

void locnet_report_borrow_locality(locnet_table_t *report, size_t row, size_t column,
                                   const locnet_network_t *net, igraph_integer_t vertex)
{
    for (size_t c = 0; c < LOCNET_LOCALITY_COLUMN_COUNT; c++)
        locnet_table_set_text_borrowed(report, row, column + c,
                                       locnet_locality_text(net, locality_attributes[c], vertex));
}

typedef struct headed_report {
    const char *heading;
    const locnet_table_t *report;
} headed_report_t;

static locnet_status_t write_headed(const void *data, locnet_format_t format, FILE *out)
{
    const headed_report_t *headed = data;
    if (format != LOCNET_FORMAT_TABLE)
        return locnet_table_write(headed->report, format, out);
    locnet_shown_printf(out, "%s\n", headed->heading);
    if (headed->report->rows == 0)
        return ferror(out) ? LOCNET_EWRITE : LOCNET_OK;
    fputc('\n', out);
    return locnet_table_write(headed->report, format, out);
}

int locnet_cli_write_headed(const locnet_cli_t *cli, const char *heading,
                            const locnet_table_t *report)
{
    headed_report_t headed = {heading, report};
    return locnet_cli_write(cli, write_headed, &headed);
}

char *locnet_cli_format_text(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    int length = vsnprintf(NULL, 0, format, args);
    va_end(args);
    char *text = length >= 0 ? malloc((size_t)length + 1) : NULL;
    if (text != NULL) {
        va_start(args, format);
        vsnprintf(text, (size_t)length + 1, format, args);
        va_end(args);
    }
    return text;
}
