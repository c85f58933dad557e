/* analyses/cli_locality.c: locality operands, look-up messages and report columns. */
#include "analyses/cli_locality.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "graph/lookup.h"

int locnet_cli_take_name(locnet_cli_t *cli, int argc, char **argv, const char *what,
                         const char **name)
{
    if (optind >= argc)
        return locnet_cli_usage_error(cli, "missing %s", what);
    *name = argv[optind++];
    return LOCNET_EXIT_OK;
}

int locnet_cli_find_locality(const locnet_cli_t *cli, const locnet_network_t *net,
                             const char *query, igraph_integer_t *vertex)
{
    igraph_vector_int_t candidates;
    if (igraph_vector_int_init(&candidates, 0) != IGRAPH_SUCCESS) {
        fprintf(stderr, "locnet %s: out of memory\n", cli->command);
        return LOCNET_EXIT_SOFTWARE;
    }
    locnet_status_t status = locnet_lookup_locality(net, query, vertex, &candidates);
    bool filtered = locnet_filter_selects_partnerships(&cli->filter) || cli->filter.largest;
    switch (status) {
    case LOCNET_OK:
        break;
    case LOCNET_ENOTFOUND:
        fprintf(stderr, "locnet %s: no locality named \"%s\"%s\n", cli->command, query,
                filtered ? " among those the filters keep" : "");
        break;
    case LOCNET_EAMBIGUOUS:
        fprintf(stderr, "locnet %s: \"%s\" names %lld localities; give one of their ids:\n",
                cli->command, query, (long long)igraph_vector_int_size(&candidates));
        int width = 0;
        for (igraph_integer_t i = 0; i < igraph_vector_int_size(&candidates); i++) {
            int length = (int)strlen(locnet_locality_text(net, LOCNET_V_ID, VECTOR(candidates)[i]));
            width = length > width ? length : width;
        }
        for (igraph_integer_t i = 0; i < igraph_vector_int_size(&candidates); i++) {
            igraph_integer_t v = VECTOR(candidates)[i];
            fprintf(stderr, "  %-*s  %s (%s %s)\n", width, locnet_locality_text(net, LOCNET_V_ID, v),
                    locnet_locality_text(net, LOCNET_V_NAME, v),
                    locnet_locality_text(net, LOCNET_V_COUNTRY, v),
                    locnet_locality_text(net, LOCNET_V_LEVEL, v));
        }
        break;
    default:
        fprintf(stderr, "locnet %s: out of memory\n", cli->command);
        break;
    }
    igraph_vector_int_destroy(&candidates);
    return locnet_cli_exit_code(status);
}

locnet_status_t locnet_report_set_locality(locnet_table_t *report, size_t row, size_t column,
                                           const locnet_network_t *net, igraph_integer_t vertex)
{
    static const char *const attributes[LOCNET_LOCALITY_COLUMN_COUNT] = {
        LOCNET_V_ID, LOCNET_V_NAME, LOCNET_V_COUNTRY, LOCNET_V_LEVEL};
    locnet_status_t status = LOCNET_OK;
    for (size_t c = 0; status == LOCNET_OK && c < LOCNET_LOCALITY_COLUMN_COUNT; c++)
        status = locnet_table_set_text(report, row, column + c,
                                       locnet_locality_text(net, attributes[c], vertex));
    return status;
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
    fprintf(out, "%s\n", headed->heading);
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
