/* analyses/cmd_communities.c: locnet communities [OPTIONS] [FILE]: the blocs a network forms,
 * found by one of igraph's community methods (graph/communities.h). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analyses/cli.h"
#include "analyses/cli_locality.h"
#include "analyses/cli_weights.h"
#include "analyses/commands.h"
#include "graph/communities.h"
#include "graph/partition.h"

enum { OPT_METHOD = 2000, OPT_RESOLUTION, OPT_SEED, OPT_TRIALS, OPT_STEPS, OPT_TOP };

#define SHOWN_COUNTRIES 3

typedef struct request {
    locnet_communities_options_t options;
    bool resolution_given, seed_given, trials_given, steps_given;
    long long top;  /* 0: every community */
} request_t;

/* What the report is made of. */
typedef struct report {
    const locnet_cli_t *cli;
    const request_t *request;
    const locnet_communities_t *result;
    locnet_table_t communities;  /* one row per community shown */
    locnet_table_t localities;   /* one row per locality of those */
} report_t;

static void print_usage(FILE *out)
{
    fputs("usage: locnet communities [OPTIONS] [FILE]\n"
          "\n"
          "Find the communities of the network: blocs of localities more tied among themselves\n"
          "than to the rest, by one of igraph's methods. Every method works on the simple graph\n"
          "(localities linked by several partnerships are linked once; with --weight the link\n"
          "weighs the sum of their weights). Isolated localities are communities of their own.\n"
          "Communities are numbered from 1, largest first (equal sizes: by their alphabetically\n"
          "first member).\n"
          "\n"
          "Methods (--method):\n"
          "  louvain            igraph's multilevel (Louvain) modularity optimisation (default)\n"
          "  leiden             igraph's Leiden algorithm with the modularity objective\n"
          "  label-propagation  igraph's label propagation\n"
          "  fast-greedy        igraph's greedy modularity merging, cut at the largest modularity\n"
          "  walktrap           igraph's random-walk merging, cut at the largest modularity\n"
          "  infomap            igraph's Infomap (shortest description of random walks)\n"
          "\n"
          "Options:\n"
          "  --method NAME       one of the methods above\n"
          "  --resolution R      louvain and leiden: above 1 gives more, smaller communities\n"
          "                      (default 1)\n"
          "  --seed S            seed of the random numbers of louvain, leiden, label-propagation\n"
          "                      and infomap (default 1): the same seed gives the same output\n"
          "  --trials N          louvain, leiden and label-propagation run N times and keep the\n"
          "                      partition of largest modularity; infomap makes N attempts and\n"
          "                      keeps the shortest description (default 10)\n"
          "  --steps N           walktrap: length of the random walks (default 4)\n"
          "  --top N             only the N largest communities\n",
          out);
    locnet_cli_print_weight_help(out, true, false);
    fputs("\n"
          "Modularity is Newman's, at resolution 1, of the partition on the simple graph (with\n"
          "the weights in use): NetworkX's modularity() of the same communities. The most\n"
          "central member of a community is the one with the most ties inside it (with\n"
          "--weight: the largest weight of them), ties broken by name.\n"
          "\n"
          "Output: csv has one row per locality, id,name,country,level,community. The table and\n"
          "md formats give the method, the modularity and one row per community: community,\n"
          "size, its most central member (central_id, central_name, central_country) with the\n"
          "weight of its ties inside (central_ties), and its most frequent countries. json is an\n"
          "object with the method, its options, the modularity, \"communities\" (those rows) and\n"
          "\"localities\" (the csv rows).\n"
          "\n",
          out);
    locnet_cli_print_common_help(out);
}

static int parse_count(locnet_cli_t *cli, const char *option, const char *argument,
                       long long *value)
{
    if (locnet_cli_parse_whole(argument, 1, INT32_MAX, value))
        return 1;
    locnet_cli_usage_error(cli, "--%s needs a whole number of at least 1, not \"%s\"", option,
                           argument);
    return -1;
}

static int parse_method(locnet_cli_t *cli, request_t *request, const char *argument)
{
    if (locnet_community_method_parse(argument, &request->options.method) == LOCNET_OK)
        return 1;
    locnet_cli_usage_error(cli, "unknown method \"%s\" (use louvain, leiden, label-propagation, "
                                "fast-greedy, walktrap or infomap)", argument);
    return -1;
}

static int parse_resolution(locnet_cli_t *cli, request_t *request, const char *argument)
{
    char *end = NULL;
    double value = strtod(argument, &end);
    if (end == argument || *end != '\0' || !(value > 0) || value > 1e6) {
        locnet_cli_usage_error(cli, "--resolution needs a number above 0, not \"%s\"", argument);
        return -1;
    }
    request->options.resolution = value;
    request->resolution_given = true;
    return 1;
}

static int parse_option(void *context, locnet_cli_t *cli, int option, const char *argument)
{
    request_t *request = context;
    long long value;
    int handled;
    switch (option) {
    case OPT_METHOD:
        return parse_method(cli, request, argument);
    case OPT_RESOLUTION:
        return parse_resolution(cli, request, argument);
    case OPT_SEED:
        if (!locnet_cli_parse_whole(argument, 0, INT64_MAX, &value)) {
            locnet_cli_usage_error(cli, "--seed needs a whole number of at least 0, not \"%s\"",
                                   argument);
            return -1;
        }
        request->options.seed = (igraph_uint_t)value;
        request->seed_given = true;
        return 1;
    case OPT_TRIALS:
        handled = parse_count(cli, "trials", argument, &value);
        request->options.trials = (igraph_integer_t)value;
        request->trials_given = true;
        return handled;
    case OPT_STEPS:
        handled = parse_count(cli, "steps", argument, &value);
        request->options.steps = (igraph_integer_t)value;
        request->steps_given = true;
        return handled;
    case OPT_TOP:
        return parse_count(cli, "top", argument, &request->top);
    default:
        return locnet_cli_weight_option(cli, option, argument);
    }
}

static void start(void *context)
{
    request_t *request = context;
    locnet_communities_options_init(&request->options);
}

/* Options that the method does not take are usage errors. */
static int check(locnet_cli_t *cli, void *context, int argc, char **argv)
{
    const request_t *request = context;
    locnet_community_method_t method = request->options.method;
    const char *name = locnet_community_method_names[method];
    bool random = locnet_community_method_is_random(method) || method == LOCNET_COMMUNITY_INFOMAP;
    if (cli->distance != NULL)
        return locnet_cli_weight_misused(cli, LOCNET_VALUE_DISTANCE, "communities");
    if (request->resolution_given && !locnet_community_method_has_resolution(method))
        return locnet_cli_usage_error(cli, "--resolution applies to louvain and leiden, not %s",
                                      name);
    if ((request->seed_given || request->trials_given) && !random)
        return locnet_cli_usage_error(cli, "%s draws no random numbers: --%s does not apply",
                                      name, request->seed_given ? "seed" : "trials");
    if (request->steps_given && method != LOCNET_COMMUNITY_WALKTRAP)
        return locnet_cli_usage_error(cli, "--steps applies to walktrap, not %s", name);
    return LOCNET_EXIT_OK;
}

/* ---- the report ---- */

static int compare_text(const void *left, const void *right)
{
    return strcmp(*(const char *const *)left, *(const char *const *)right);
}

/* "FR 8, VN 4, 2 more countries": the most frequent countries of count members (codes in
 * scratch, reordered here). */
static char *describe_countries(const char **codes, size_t count)
{
    qsort(codes, count, sizeof *codes, compare_text);
    const char *best[SHOWN_COUNTRIES] = {NULL};
    size_t best_count[SHOWN_COUNTRIES] = {0}, distinct = 0;
    for (size_t i = 0; i < count;) {
        size_t j = i;
        while (j < count && strcmp(codes[j], codes[i]) == 0)
            j++;
        distinct++;
        for (int k = 0; k < SHOWN_COUNTRIES; k++) {
            if (best[k] == NULL || j - i > best_count[k]) {
                memmove(&best[k + 1], &best[k], (SHOWN_COUNTRIES - 1 - k) * sizeof *best);
                memmove(&best_count[k + 1], &best_count[k],
                        (SHOWN_COUNTRIES - 1 - k) * sizeof *best_count);
                best[k] = codes[i];
                best_count[k] = j - i;
                break;
            }
        }
        i = j;
    }
    char text[128] = "";
    for (int k = 0; k < SHOWN_COUNTRIES && best[k] != NULL; k++)
        snprintf(text + strlen(text), sizeof text - strlen(text), "%s%s %zu", k ? ", " : "",
                 best[k], best_count[k]);
    if (distinct > SHOWN_COUNTRIES)
        snprintf(text + strlen(text), sizeof text - strlen(text), ", %zu more countr%s",
                 distinct - SHOWN_COUNTRIES, distinct - SHOWN_COUNTRIES == 1 ? "y" : "ies");
    return strdup(text);
}

static locnet_status_t add_community(const locnet_network_t *net, report_t *report,
                                     igraph_integer_t c, const igraph_integer_t *members,
                                     const char **scratch)
{
    const locnet_communities_t *result = report->result;
    igraph_integer_t size = VECTOR(result->sizes)[c], central = VECTOR(result->central)[c];
    size_t row;
    locnet_status_t status = locnet_table_add_row(&report->communities, &row);
    if (status != LOCNET_OK)
        return status;
    locnet_table_t *table = &report->communities;
    locnet_table_set_integer(table, row, 0, (long long)c + 1);
    locnet_table_set_integer(table, row, 1, (long long)size);
    status = locnet_table_set_text(table, row, 2, locnet_locality_text(net, LOCNET_V_ID, central));
    if (status == LOCNET_OK)
        status = locnet_table_set_text(table, row, 3, locnet_locality_text(net, LOCNET_V_NAME, central));
    if (status == LOCNET_OK)
        status = locnet_table_set_text(table, row, 4, locnet_locality_text(net, LOCNET_V_COUNTRY, central));
    locnet_table_set_real(table, row, 5, VECTOR(result->inside)[central]);
    for (igraph_integer_t i = 0; i < size; i++)
        scratch[i] = locnet_locality_text(net, LOCNET_V_COUNTRY, members[i]);
    char *countries = describe_countries(scratch, (size_t)size);
    if (status == LOCNET_OK)
        status = countries != NULL ? locnet_table_set_text(table, row, 6, countries) : LOCNET_ENOMEM;
    free(countries);
    return status;
}

static locnet_status_t add_locality(const locnet_network_t *net, report_t *report,
                                    igraph_integer_t vertex)
{
    size_t row;
    locnet_status_t status = locnet_table_add_row(&report->localities, &row);
    if (status == LOCNET_OK)
        status = locnet_report_set_locality(&report->localities, row, 0, net, vertex);
    locnet_table_set_integer(&report->localities, row, LOCNET_LOCALITY_COLUMN_COUNT,
                             (long long)VECTOR(report->result->membership)[vertex] + 1);
    return status;
}

/* Fills both tables with the communities shown, member by member. */
static locnet_status_t build_report(const locnet_network_t *net, report_t *report)
{
    static const char *const community_headers[] = {
        "community", "size", "central_id", "central_name", "central_country", "central_ties",
        "countries"};
    static const char *const locality_headers[] = {LOCNET_LOCALITY_COLUMNS, "community"};
    const locnet_communities_t *result = report->result;
    igraph_vector_int_t members;
    const char **scratch = calloc((size_t)locnet_locality_count(net) + 1, sizeof *scratch);
    locnet_status_t status = locnet_table_init(&report->communities, 7, community_headers);
    if (status == LOCNET_OK)
        status = locnet_table_init(&report->localities, 5, locality_headers);
    if (igraph_vector_int_init(&members, 0) != IGRAPH_SUCCESS || scratch == NULL)
        status = LOCNET_ENOMEM;
    if (status == LOCNET_OK)
        status = locnet_partition_members(net, &result->membership, &result->sizes,
                                          result->count, &members);
    igraph_integer_t shown = report->request->top > 0 && report->request->top < result->count
                                 ? (igraph_integer_t)report->request->top : result->count;
    for (igraph_integer_t c = 0, start = 0; status == LOCNET_OK && c < shown; c++) {
        igraph_integer_t size = VECTOR(result->sizes)[c];
        status = add_community(net, report, c, &VECTOR(members)[start], scratch);
        for (igraph_integer_t i = start; status == LOCNET_OK && i < start + size; i++)
            status = add_locality(net, report, VECTOR(members)[i]);
        start += size;
    }
    locnet_table_set_decimals(&report->communities, 5, report->cli->weight != NULL ? 6 : 0);
    igraph_vector_int_destroy(&members);
    free(scratch);
    return status;
}

/* ---- writing ---- */

/* "louvain (igraph multilevel, best modularity of 10 runs, seed 1, resolution 1)". */
static void write_method(const request_t *request, FILE *out)
{
    const locnet_communities_options_t *options = &request->options;
    static const char *const calls[] = {
        "igraph multilevel", "igraph Leiden, modularity objective", "igraph label propagation",
        "igraph fast greedy", "igraph walktrap", "igraph Infomap"};
    fprintf(out, "%s (%s", locnet_community_method_names[options->method], calls[options->method]);
    if (locnet_community_method_is_random(options->method))
        fprintf(out, ", best modularity of %lld run%s, seed %llu", (long long)options->trials,
                options->trials == 1 ? "" : "s", (unsigned long long)options->seed);
    else if (options->method == LOCNET_COMMUNITY_INFOMAP)
        fprintf(out, ", best of %lld attempt%s, seed %llu", (long long)options->trials,
                options->trials == 1 ? "" : "s", (unsigned long long)options->seed);
    else if (options->method == LOCNET_COMMUNITY_WALKTRAP)
        fprintf(out, ", walks of %lld steps", (long long)options->steps);
    if (locnet_community_method_has_resolution(options->method)) {
        char resolution[400];
        locnet_format_real(options->resolution, resolution, sizeof resolution);
        fprintf(out, ", resolution %s", resolution);
    }
    fputc(')', out);
}

static void write_heading(const report_t *report, FILE *out)
{
    const locnet_communities_t *result = report->result;
    write_method(report->request, out);
    fprintf(out, "%s%s: %lld communit%s, modularity ", report->cli->weight ? ", --weight " : "",
            report->cli->weight ? report->cli->weight : "", (long long)result->count,
            result->count == 1 ? "y" : "ies");
    if (result->modularity == result->modularity)
        fprintf(out, "%.6f", result->modularity);
    else
        fputs("undefined (no partnership)", out);
    if (report->communities.rows < (size_t)result->count)
        fprintf(out, "; the %zu largest shown", report->communities.rows);
    fputc('\n', out);
}

static void write_json_number(const char *key, double value, FILE *out)
{
    char text[400];
    if (value == value)
        locnet_format_real(value, text, sizeof text);
    else
        strcpy(text, "null");
    fprintf(out, "  \"%s\": %s,\n", key, text);
}

/* A table as a JSON array, without the writer's final line break, so that a member can follow. */
static locnet_status_t write_json_array(const locnet_table_t *table, FILE *out)
{
    char *text = NULL;
    size_t length = 0;
    FILE *memory = open_memstream(&text, &length);
    if (memory == NULL)
        return LOCNET_ENOMEM;
    locnet_status_t status = locnet_table_write(table, LOCNET_FORMAT_JSON, memory);
    if (fclose(memory) != 0 && status == LOCNET_OK)
        status = LOCNET_ENOMEM;
    while (status == LOCNET_OK && length > 0 && text[length - 1] == '\n')
        length--;
    if (status == LOCNET_OK)
        fwrite(text, 1, length, out);
    free(text);
    return status;
}

static locnet_status_t write_json(const report_t *report, FILE *out)
{
    const locnet_communities_options_t *options = &report->request->options;
    fprintf(out, "{\n  \"method\": \"%s\",\n", locnet_community_method_names[options->method]);
    if (locnet_community_method_has_resolution(options->method))
        write_json_number("resolution", options->resolution, out);
    if (locnet_community_method_is_random(options->method) ||
        options->method == LOCNET_COMMUNITY_INFOMAP)
        fprintf(out, "  \"seed\": %llu,\n  \"trials\": %lld,\n",
                (unsigned long long)options->seed, (long long)options->trials);
    if (options->method == LOCNET_COMMUNITY_WALKTRAP)
        fprintf(out, "  \"steps\": %lld,\n", (long long)options->steps);
    write_json_number("modularity", report->result->modularity, out);
    fprintf(out, "  \"count\": %lld,\n  \"communities\": ", (long long)report->result->count);
    locnet_status_t status = write_json_array(&report->communities, out);
    fputs(",\n  \"localities\": ", out);
    if (status == LOCNET_OK)
        status = write_json_array(&report->localities, out);
    fputs("\n}\n", out);
    return ferror(out) ? LOCNET_EWRITE : status;
}

static locnet_status_t write_report(const void *data, locnet_format_t format, FILE *out)
{
    const report_t *report = data;
    if (format == LOCNET_FORMAT_CSV)
        return locnet_table_write(&report->localities, format, out);
    if (format == LOCNET_FORMAT_JSON)
        return write_json(report, out);
    write_heading(report, out);
    fputc('\n', out);
    return locnet_table_write(&report->communities, format, out);
}

static int run(locnet_cli_t *cli, locnet_network_t *net, void *context)
{
    request_t *request = context;
    igraph_vector_t weights;
    locnet_communities_t result;
    report_t report = {cli, request, &result, {0}, {0}};
    bool computed = false;
    igraph_vector_init(&weights, 0);
    int code = cli->weight != NULL
                   ? locnet_cli_values(cli, net, cli->weight, LOCNET_VALUE_WEIGHT, &weights)
                   : LOCNET_EXIT_OK;
    if (code != LOCNET_EXIT_OK)
        goto cleanup;
    request->options.weights = cli->weight != NULL ? &weights : NULL;
    locnet_status_t status = locnet_communities_compute(net, &request->options, &result);
    computed = status == LOCNET_OK;
    if (status == LOCNET_OK)
        status = build_report(net, &report);
    if (status != LOCNET_OK) {
        fprintf(stderr, "locnet communities: %s\n",
                status == LOCNET_ENOMEM ? "out of memory" : "igraph could not find communities");
        code = locnet_cli_exit_code(status);
        goto cleanup;
    }
    code = locnet_cli_write(cli, write_report, &report);
cleanup:
    locnet_table_destroy(&report.communities);
    locnet_table_destroy(&report.localities);
    if (computed)
        locnet_communities_destroy(&result);
    igraph_vector_destroy(&weights);
    return code;
}

static const struct option options[] = {
    {"method", required_argument, NULL, OPT_METHOD},
    {"resolution", required_argument, NULL, OPT_RESOLUTION},
    {"seed", required_argument, NULL, OPT_SEED},
    {"trials", required_argument, NULL, OPT_TRIALS},
    {"steps", required_argument, NULL, OPT_STEPS},
    {"top", required_argument, NULL, OPT_TOP},
    LOCNET_WEIGHT_OPTIONS,
    {NULL, 0, NULL, 0}};

const locnet_command_hooks_t cmd_communities = {
    .usage = print_usage, .options = options, .request_size = sizeof(request_t),
    .start = start, .option = parse_option, .prepare = check, .run = run};
