/* analyses/cmd_report.c: locnet report [OPTIONS] [FILE]: one self-contained HTML page with the
 * network's diagram, statistics, rankings, weak points, timeline and sources. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "analyses/cli.h"
#include "analyses/cli_locality.h"
#include "analyses/cli_weights.h"
#include "analyses/commands.h"
#include "analyses/report_inputs.h"
#include "io/write/html_writer.h"
#include "io/write/report_writer.h"

enum {
    OPT_TITLE = 2000,
    OPT_ROWS,
    OPT_MEASURE,
    OPT_SAMPLES,
    OPT_SEED,
    OPT_DIAGRAM_TOP
};

#define DEFAULT_ROWS 20

typedef struct request {
    locnet_report_request_t work;
    const char *title;       /* NULL: from the file's name */
    long long rows;          /* rows shown before "show all" */
    bool seed_given;
    int argc;                /* the command line, for the page */
    char **argv;
} request_t;

static void print_usage(FILE *out)
{
    fputs("usage: locnet report [OPTIONS] [FILE]\n"
          "\n"
          "Write one self-contained HTML page about the network: its diagram (zoom, pan, and\n"
          "each locality's details on hover), the statistics of 'locnet summary', a ranking\n"
          "for each centrality measure (sortable, with a search that ignores accents), the\n"
          "weak points (cut vertices and bridges, with the parts each leaves), partnerships per\n"
          "year, and every source with the partnerships it states. The page loads nothing:\n"
          "it works offline and from a file. It states the date and the options of the run.\n"
          "\n"
          "Options:\n"
          "  --title TEXT            the page's title (default: the file's name)\n"
          "  --rows N                rows of each table shown before 'show all' (default 20)\n"
          "  --measure NAME[,NAME...]  the rankings, in this order: degree, strength,\n"
          "                          betweenness, closeness, harmonic, eigenvector, pagerank,\n"
          "                          coreness, or all (the default)\n"
          "  --samples K             estimate betweenness, closeness and harmonic from K\n"
          "                          sources, as 'locnet centrality --samples' does (default:\n"
          "                          exact up to 2000 localities, 200 sources above, where the\n"
          "                          statistics also leave out the diameter and the average\n"
          "                          path length)\n"
          "  --seed S                seed of that draw (default 1)\n"
          "  --diagram-top N         draw at most N localities (default 300): beyond, the N\n"
          "                          with most partners and the partnerships among them, as\n"
          "                          'locnet dot --top N --layout sfdp' draws them; the page\n"
          "                          says so\n"
          "The diagram is drawn through Graphviz's library, with 'locnet dot''s defaults: the\n"
          "localities without a partnership are left out of it, and the page names them; a\n"
          "locnet built without the library writes the page without a diagram. The\n"
          "communities are those 'locnet communities' finds by default (Louvain, seed 1).\n"
          "\n",
          out);
    locnet_cli_print_weight_help(out, true, true);
    fputs("--weight serves strength, eigenvector, pagerank and the communities; --distance\n"
          "serves betweenness, closeness and harmonic. The page says which were used.\n"
          "\n",
          out);
    locnet_cli_print_input_help(out);
    fputs("\nOutput:\n"
          "  -o, --output FILE       write the page to FILE (atomically: nothing is left on\n"
          "                          failure); default: standard output\n"
          "\n",
          out);
    locnet_cli_print_filter_help(out);
}

/* A bad option value: the message, then -1 for the option parser. */
static int usage_error(locnet_cli_t *cli, const char *message, const char *argument)
{
    locnet_cli_usage_error(cli, "%s, not \"%s\"", message, argument);
    return -1;
}

/* Handles the command's own options: 1, 0 for another's, -1 after a usage message. */
static int parse_option(void *context, locnet_cli_t *cli, int option, const char *argument)
{
    request_t *request = context;
    long long value;
    switch (option) {
    case OPT_TITLE:
        request->title = argument;
        return 1;
    case OPT_ROWS:
        if (!locnet_cli_parse_whole(argument, 1, 1000000000, &request->rows))
            return usage_error(cli, "--rows needs a whole number of at least 1", argument);
        return 1;
    case OPT_MEASURE:
        return locnet_cli_parse_measures(cli, argument, request->work.measures,
                                         &request->work.measure_count);
    case OPT_SAMPLES:
        if (!locnet_cli_parse_whole(argument, 1, INT64_MAX, &value))
            return usage_error(cli, "--samples needs a whole number of at least 1", argument);
        request->work.samples = (igraph_integer_t)value;
        return 1;
    case OPT_SEED:
        if (!locnet_cli_parse_whole(argument, 0, INT64_MAX, &value))
            return usage_error(cli, "--seed needs a whole number of at least 0", argument);
        request->work.seed = (igraph_uint_t)value;
        request->seed_given = true;
        return 1;
    case LOCNET_OPT_WEIGHT:
    case LOCNET_OPT_DISTANCE:
        return locnet_cli_weight_option(cli, option, argument);
    case OPT_DIAGRAM_TOP:
        if (!locnet_cli_parse_whole(argument, 1, INT64_MAX, &value))
            return usage_error(cli, "--diagram-top needs a whole number of at least 1",
                               argument);
        request->work.diagram_top = (igraph_integer_t)value;
        return 1;
    default:
        return 0;
    }
}

static void start(void *context)
{
    request_t *request = context;
    request->rows = DEFAULT_ROWS;
    request->work.seed = 1;
    request->work.diagram_top = LOCNET_REPORT_DIAGRAM_TOP;
}

/* Keeps the command line for the page. */
static int prepare(locnet_cli_t *cli, void *context, int argc, char **argv)
{
    request_t *request = context;
    request->argc = argc;
    request->argv = argv;
    if (request->seed_given && request->work.samples == 0)
        return locnet_cli_usage_error(cli, "--seed needs --samples");
    return LOCNET_EXIT_OK;
}

/* True when text needs quotes to be read back by a shell as one word. */
static bool needs_quotes(const char *text)
{
    if (text[0] == '\0')
        return true;
    for (const char *c = text; *c != '\0'; c++) {
        if (strchr(" \t\n'\"\\$`!*?[]{}()<>|&;#~", *c) != NULL)
            return true;
    }
    return false;
}

/* "locnet report ARG ..." with arguments quoted for a POSIX shell where needed (caller frees). */
static char *command_line(const request_t *request)
{
    char *text = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&text, &length);
    if (out == NULL)
        return NULL;
    fputs("locnet", out);
    for (int i = 0; i < request->argc; i++) {
        const char *argument = request->argv[i];
        fputc(' ', out);
        if (!needs_quotes(argument)) {
            fputs(argument, out);
            continue;
        }
        fputc('\'', out);
        for (const char *c = argument; *c != '\0'; c++) {
            if (*c == '\'')
                fputs("'\\''", out);  /* close, an escaped quote, open again */
            else
                fputc(*c, out);
        }
        fputc('\'', out);
    }
    if (fclose(out) != 0) {
        free(text);
        return NULL;
    }
    return text;
}

/* Appends "prefix A, B or C" for a non-empty list. */
static locnet_status_t describe_list(locnet_list_t *options, const char *prefix,
                                     const locnet_list_t *items)
{
    if (items->count == 0)
        return LOCNET_OK;
    char *text = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&text, &length);
    if (out == NULL)
        return LOCNET_ENOMEM;
    fputs(prefix, out);
    for (size_t i = 0; i < items->count; i++)
        fprintf(out, "%s%s", i == 0 ? " " : i + 1 < items->count ? ", " : " or ", items->items[i]);
    locnet_status_t status = fclose(out) == 0 ? locnet_list_append(options, text) : LOCNET_ENOMEM;
    free(text);
    return status;
}

/* Appends a formatted description. */
static locnet_status_t describe(locnet_list_t *options, char *text)
{
    locnet_status_t status = text != NULL ? locnet_list_append(options, text) : LOCNET_ENOMEM;
    free(text);
    return status;
}

/* The filters in force, in words, in the order they apply. */
static locnet_status_t describe_filters(const locnet_filter_t *filter, locnet_list_t *options)
{
    locnet_status_t status = LOCNET_OK;
    if (filter->as_of != NULL)
        status = describe(options, locnet_cli_format_text(
            "--as-of %s: localities as the units that held them on that date", filter->as_of));
    if (status == LOCNET_OK && filter->level != NULL)
        status = describe(options, locnet_cli_format_text(
            "--level %s: localities rolled up to their enclosing unit of that level", filter->level));
    if (status == LOCNET_OK)
        status = describe_list(options, "--kind: partnerships of kind", &filter->kinds);
    if (status == LOCNET_OK)
        status = describe_list(options, "--theme: partnerships with theme", &filter->themes);
    if (status == LOCNET_OK && !isnan(filter->since))
        status = describe(options, locnet_cli_format_text(
            "--since %.0f: partnerships signed in %.0f or later", filter->since, filter->since));
    if (status == LOCNET_OK && !isnan(filter->until))
        status = describe(options, locnet_cli_format_text(
            "--until %.0f: partnerships signed in %.0f or earlier", filter->until, filter->until));
    if (status == LOCNET_OK && filter->largest)
        status = locnet_list_append(options, "--largest: the largest connected component only");
    if (status == LOCNET_OK && locnet_filter_selects_partnerships(filter))
        status = locnet_list_append(options, "localities left without a selected partnership "
                                             "are left out");
    return status;
}

/* The date and time of the run, UTC; SOURCE_DATE_EPOCH, when set, stands for now (for
 * reproducible pages). */
static void run_date(char *buffer, size_t size)
{
    const char *fixed = getenv("SOURCE_DATE_EPOCH");
    long long seconds;
    time_t now = fixed != NULL && locnet_cli_parse_whole(fixed, 0, INT32_MAX, &seconds)
                     ? (time_t)seconds : time(NULL);
    struct tm utc;
    if (gmtime_r(&now, &utc) == NULL || strftime(buffer, size, "%Y-%m-%d %H:%M UTC", &utc) == 0)
        snprintf(buffer, size, "an unknown date");
}

/* The file's name without its folders. */
static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash != NULL ? slash + 1 : path;
}

typedef struct page {
    locnet_report_t report;
    locnet_report_inputs_t inputs;
    locnet_list_t options;
    char *command;
    char *input;
    char written[64];
} page_t;

static locnet_status_t write_page(const void *data, locnet_format_t format, FILE *out)
{
    (void)format;
    const page_t *page = data;
    return locnet_report_write(&page->report, out);
}

/* Fills page->report from the inputs and the run. */
static locnet_status_t assemble(const locnet_cli_t *cli, const request_t *request,
                                const locnet_network_t *net, page_t *page)
{
    const char *path = cli->input != NULL ? cli->input : locnet_cli_default_dataset();
    bool standard_input = strcmp(path, "-") == 0;
    page->command = command_line(request);
    page->input = cli->input != NULL
                      ? locnet_cli_format_text("%s", standard_input ? "standard input" : path)
                      : locnet_cli_format_text("the bundled dataset, %s", base_name(path));
    if (page->command == NULL || page->input == NULL)
        return LOCNET_ENOMEM;
    run_date(page->written, sizeof page->written);
    locnet_report_inputs_t *inputs = &page->inputs;
    locnet_report_t *report = &page->report;
    report->net = net;
    report->title = request->title != NULL ? request->title
                    : standard_input ? "Network from standard input" : base_name(path);
    report->generator = "locnet " LOCNET_VERSION;
    report->written = page->written;
    report->command_line = page->command;
    report->input = page->input;
    report->options = &page->options;
    report->notes = &inputs->notes;
    report->summary = &inputs->summary;
    report->svg = inputs->diagram.svg;
    report->diagram_note = inputs->diagram.note;
    report->diagram_left_out = inputs->diagram.left_out;
    report->rankings = inputs->rankings;
    report->ranking_count = inputs->ranking_count;
    report->degree = &inputs->centrality.values[LOCNET_MEASURE_DEGREE];
    report->keys = &inputs->keys;
    report->top = (size_t)request->rows;
    report->cut_vertices = &inputs->cut_vertices;
    report->cut_order = &inputs->cut_order;
    report->bridges = &inputs->bridges;
    report->bridge_order = &inputs->bridge_order;
    report->timeline = &inputs->timeline;
    report->communities = inputs->have_communities ? &inputs->partition : NULL;
    report->events = inputs->events;
    report->event_count = inputs->event_count;
    locnet_status_t status = describe_filters(&cli->filter, &page->options);
    if (status == LOCNET_OK && cli->weight != NULL)
        status = describe(&page->options, locnet_cli_format_text(
            "--weight %s: a strength; strength, eigenvector, pagerank and the communities use it",
            cli->weight));
    if (status == LOCNET_OK && cli->distance != NULL)
        status = describe(&page->options, locnet_cli_format_text(
            "--distance %s: a length; betweenness, closeness and harmonic follow the shortest "
            "chains by it", cli->distance));
    return status;
}

/* Reads --weight's and --distance's values into weights and distances (initialised) and hands
 * them to work. Returns an exit code. */
static int read_values(const locnet_cli_t *cli, const locnet_network_t *net,
                       locnet_report_request_t *work, igraph_vector_t *weights,
                       igraph_vector_t *distances)
{
    int code = LOCNET_EXIT_OK;
    if (cli->weight != NULL &&
        (code = locnet_cli_values(cli, net, cli->weight, LOCNET_VALUE_WEIGHT, weights)) == 0) {
        work->weights = weights;
        work->weight_name = cli->weight;
    }
    if (code == LOCNET_EXIT_OK && cli->distance != NULL &&
        (code = locnet_cli_values(cli, net, cli->distance, LOCNET_VALUE_DISTANCE, distances)) == 0) {
        work->distances = distances;
        work->distance_name = cli->distance;
    }
    return code;
}

static int run(locnet_cli_t *cli, locnet_network_t *net, void *context)
{
    request_t *request = context;
    page_t page;
    memset(&page, 0, sizeof page);
    locnet_list_init(&page.options);
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    igraph_vector_t weights, distances;
    igraph_vector_init(&weights, 0);
    igraph_vector_init(&distances, 0);
    int code = read_values(cli, net, &request->work, &weights, &distances);
    if (code != LOCNET_EXIT_OK)
        goto cleanup;
    locnet_status_t status = locnet_report_inputs_compute(net, &request->work, &page.inputs,
                                                          &diagnostics);
    for (size_t i = 0; i < diagnostics.count; i++)
        fprintf(stderr, "locnet report: %s\n", diagnostics.items[i].text);
    if (status == LOCNET_OK)
        status = assemble(cli, request, net, &page);
    if (status != LOCNET_OK) {
        fprintf(stderr, "locnet report: %s\n", status == LOCNET_ENOMEM
                    ? "out of memory" : "igraph could not compute the measures");
        code = locnet_cli_exit_code(status);
        goto cleanup;
    }
    code = locnet_cli_write(cli, write_page, &page);
cleanup:
    locnet_report_inputs_destroy(&page.inputs);
    locnet_list_destroy(&page.options);
    free(page.command);
    free(page.input);
    locnet_diagnostics_destroy(&diagnostics);
    igraph_vector_destroy(&weights);
    igraph_vector_destroy(&distances);
    return code;
}

static const struct option options[] = {
    {"title", required_argument, NULL, OPT_TITLE},
    {"rows", required_argument, NULL, OPT_ROWS},
    {"measure", required_argument, NULL, OPT_MEASURE},
    {"samples", required_argument, NULL, OPT_SAMPLES},
    {"seed", required_argument, NULL, OPT_SEED},
    {"diagram-top", required_argument, NULL, OPT_DIAGRAM_TOP},
    LOCNET_WEIGHT_OPTIONS,
    {NULL, 0, NULL, 0}};

const locnet_command_hooks_t cmd_report = {
    .usage = print_usage, .options = options, .request_size = sizeof(request_t),
    .start = start, .option = parse_option, .prepare = prepare, .run = run};
