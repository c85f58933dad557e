/* analyses/cli.c: shared option handling, loading and output for the commands. */
#include "analyses/cli.h"
#include "analyses/cli_look_alikes.h"
#include "analyses/cli_weights.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "graph/centrality.h"
#include "graph/history.h"
#include "graph/limits.h"
#include "io/read/country_names.h"
#include "io/read/csv_reader.h"
#include "io/diagnostics.h"
#include "io/load.h"
#include "io/write/output.h"

#define DATASET_FILE "fr-vn.json"

/* OpenMP's, if igraph brought it in (weak: absent otherwise). */
extern void omp_set_num_threads(int threads) __attribute__((weak));

void locnet_cli_limit_threads(void)
{
    if (omp_set_num_threads != NULL && getenv("OMP_NUM_THREADS") == NULL)
        omp_set_num_threads(1);
}

void locnet_cli_init(locnet_cli_t *cli, const char *command)
{
    memset(cli, 0, sizeof *cli);
    cli->command = command;
    cli->format = LOCNET_FORMAT_TABLE;
    locnet_filter_init(&cli->filter);
    cli->filter.country_name = locnet_country_name;
    locnet_load_options_init(&cli->load);
}

void locnet_cli_destroy(locnet_cli_t *cli)
{
    if (cli != NULL)
        locnet_filter_destroy(&cli->filter);
}

int locnet_cli_usage_error(const locnet_cli_t *cli, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    fprintf(stderr, "locnet %s: ", cli->command);
    locnet_shown_vprintf(stderr, format, args);  /* it quotes the command line */
    fprintf(stderr, "\nTry 'locnet %s -h' for help.\n", cli->command);
    va_end(args);
    return LOCNET_EXIT_USAGE;
}

bool locnet_cli_parse_whole(const char *text, long long minimum, long long maximum,
                            long long *value)
{
    char *end = NULL;
    errno = 0;
    long long parsed = strtoll(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0' || parsed < minimum || parsed > maximum)
        return false;
    *value = parsed;
    return true;
}

bool locnet_cli_parse_jobs(const locnet_cli_t *cli, const char *argument, int *jobs)
{
    long long value;
    if (!locnet_cli_parse_whole(argument, 1, 4096, &value)) {
        locnet_cli_usage_error(cli, "--jobs needs a whole number from 1 to 4096, not \"%s\"",
                               argument);
        return false;
    }
    *jobs = (int)value;
    return true;
}

void locnet_cli_measure_list(char *buffer, size_t size)
{
    buffer[0] = '\0';
    for (size_t i = 0; i < LOCNET_MEASURE_COUNT; i++)
        snprintf(buffer + strlen(buffer), size - strlen(buffer), "%s%s",
                 i == 0 ? "" : i + 1 < LOCNET_MEASURE_COUNT ? ", " : " or ", locnet_measure_names[i]);
}

int locnet_cli_parse_measures(const locnet_cli_t *cli, const char *text,
                              locnet_measure_t *measures, int *count)
{
    *count = 0;
    if (strcmp(text, "all") == 0) {
        for (int m = 0; m < LOCNET_MEASURE_COUNT; m++)
            measures[(*count)++] = (locnet_measure_t)m;
        return 1;
    }
    bool seen[LOCNET_MEASURE_COUNT] = {false};
    const char *start = text;
    for (;;) {
        const char *comma = strchr(start, ',');
        size_t length = comma != NULL ? (size_t)(comma - start) : strlen(start);
        char name[32];
        locnet_measure_t measure = LOCNET_MEASURE_COUNT;
        if (length < sizeof name) {
            memcpy(name, start, length);
            name[length] = '\0';
            if (locnet_measure_parse(name, &measure) != LOCNET_OK)
                measure = LOCNET_MEASURE_COUNT;
        }
        if (measure == LOCNET_MEASURE_COUNT) {
            char names[256];
            locnet_cli_measure_list(names, sizeof names);
            locnet_cli_usage_error(cli, "unknown measure \"%.*s\" (use %s, or all)", (int)length,
                                   start, names);
            return -1;
        }
        if (seen[measure]) {
            locnet_cli_usage_error(cli, "measure \"%s\" is given twice", name);
            return -1;
        }
        seen[measure] = true;
        measures[(*count)++] = measure;
        if (comma == NULL)
            return 1;
        start = comma + 1;
    }
}

/* Parses a year from LOCNET_YEAR_MIN to LOCNET_YEAR_MAX. */
static bool parse_year(const char *text, double *year)
{
    long long value;
    if (!locnet_cli_parse_whole(text, LOCNET_YEAR_MIN, LOCNET_YEAR_MAX, &value))
        return false;
    *year = (double)value;
    return true;
}

/* Appends each comma-separated word of text to list. */
static int append_words(locnet_cli_t *cli, const char *option, const char *text, locnet_list_t *list)
{
    const char *start = text;
    for (;;) {
        const char *comma = strchr(start, ',');
        size_t length = comma ? (size_t)(comma - start) : strlen(start);
        if (length == 0) {
            locnet_cli_usage_error(cli, "--%s needs a non-empty value", option);
            return -1;
        }
        char *word = strndup(start, length);
        if (word == NULL || locnet_list_append(list, word) != LOCNET_OK) {
            free(word);
            fprintf(stderr, "locnet %s: out of memory\n", cli->command);
            return -1;
        }
        free(word);
        if (comma == NULL)
            return 1;
        start = comma + 1;
    }
}

/* Stores a copy of argument in *field. */
static int replace_text(locnet_cli_t *cli, char **field, const char *argument)
{
    char *copy = strdup(argument);
    if (copy == NULL) {
        fprintf(stderr, "locnet %s: out of memory\n", cli->command);
        return -1;
    }
    free(*field);
    *field = copy;
    return 1;
}

/* --from, --columns, --localities, --sources, --events: 1, 0 when option is none of them, -1 after a
 * usage message. */
static int input_option(locnet_cli_t *cli, int option, const char *argument)
{
    char error[512];
    switch (option) {
    case LOCNET_OPT_FROM:
        if (locnet_file_format_parse(argument, &cli->load.format) != LOCNET_OK) {
            locnet_cli_usage_error(cli, "unknown input format \"%s\" (use json, ndjson, csv or "
                                        "graphml)",
                                   argument);
            return -1;
        }
        return 1;
    case LOCNET_OPT_COLUMNS:
        if (locnet_csv_columns_check(argument, error, sizeof error) != LOCNET_OK) {
            locnet_cli_usage_error(cli, "%s", error);
            return -1;
        }
        cli->load.columns = argument;
        return 1;
    case LOCNET_OPT_LOCALITIES:
        cli->load.localities = argument;
        return 1;
    case LOCNET_OPT_SOURCES:
        cli->load.sources = argument;
        return 1;
    case LOCNET_OPT_EVENTS:
        cli->load.events = argument;
        return 1;
    default:
        return 0;
    }
}

/* --as-of DATE: a date of the calendar, as input_option. */
static int as_of_option(locnet_cli_t *cli, const char *argument)
{
    char why[64];
    locnet_date_check_t check = locnet_date_check(argument, why, sizeof why);
    if (check == LOCNET_DATE_MALFORMED)
        locnet_cli_usage_error(cli, "--as-of needs a date YYYY, YYYY-MM or YYYY-MM-DD, not \"%s\"",
                               argument);
    else if (check == LOCNET_DATE_NONEXISTENT)
        locnet_cli_usage_error(cli, "--as-of needs a date that exists, not \"%s\" (%s)", argument,
                               why);
    if (check != LOCNET_DATE_VALID)
        return -1;
    return replace_text(cli, &cli->filter.as_of, argument);
}

/* The partnership filters and history options, as input_option. */
static int filter_option(locnet_cli_t *cli, int option, const char *argument)
{
    switch (option) {
    case LOCNET_OPT_KIND:
        return append_words(cli, "kind", argument, &cli->filter.kinds);
    case LOCNET_OPT_THEME:
        return append_words(cli, "theme", argument, &cli->filter.themes);
    case LOCNET_OPT_SINCE:
    case LOCNET_OPT_UNTIL: {
        double *bound = option == LOCNET_OPT_SINCE ? &cli->filter.since : &cli->filter.until;
        if (!parse_year(argument, bound)) {
            locnet_cli_usage_error(cli, "--%s needs a year from %d to %d, not \"%s\"",
                                   option == LOCNET_OPT_SINCE ? "since" : "until",
                                   LOCNET_YEAR_MIN, LOCNET_YEAR_MAX, argument);
            return -1;
        }
        return 1;
    }
    case LOCNET_OPT_LARGEST:
        cli->filter.largest = true;
        return 1;
    case LOCNET_OPT_AS_OF:
        return as_of_option(cli, argument);
    case LOCNET_OPT_MERGE_LOOK_ALIKES:
        if (!locnet_look_alike_kind_parse(argument, &cli->filter.look_alike_kind)) {
            locnet_cli_usage_error(cli, "--look-alikes needs spelling or diacritics, not "
                                        "\"%s\"",
                                   argument);
            return -1;
        }
        cli->filter.merge_look_alikes = true;
        return 1;
    case LOCNET_OPT_LEVEL:
        if (argument[0] == '\0') {
            locnet_cli_usage_error(cli, "--level needs a level such as region or province");
            return -1;
        }
        return replace_text(cli, &cli->filter.level, argument);
    default:
        return 0;
    }
}

int locnet_cli_option(locnet_cli_t *cli, int option, const char *argument)
{
    switch (option) {
    case 'o':
        if (argument[0] == '\0') {
            locnet_cli_usage_error(cli, "-o needs a file name ('-' for standard output)");
            return -1;
        }
        cli->output = argument;
        return 1;
    case LOCNET_OPT_RAW_CSV:
        cli->raw_csv = true;
        return 1;
    case LOCNET_OPT_FORMAT:
        if (locnet_format_parse(argument, &cli->format) != LOCNET_OK) {
            locnet_cli_usage_error(cli, "unknown format \"%s\" (use table, csv, json or md)", argument);
            return -1;
        }
        cli->format_given = true;
        return 1;
    default: {
        int handled = input_option(cli, option, argument);
        return handled != 0 ? handled : filter_option(cli, option, argument);
    }
    }
}

/* "--fo": unknown, or ambiguous between the long options it starts (which are listed). */
static void report_unknown_long_option(const locnet_cli_t *cli, const char *text,
                                       const struct option *long_options)
{
    const char *name = text + 2;
    size_t length = strcspn(name, "=");
    char matches[256] = "";
    int count = 0;
    for (const struct option *o = long_options; o->name != NULL; o++) {
        if (strncmp(o->name, name, length) == 0 && ++count)
            snprintf(matches + strlen(matches), sizeof matches - strlen(matches), "%s--%s",
                     count > 1 ? ", " : "", o->name);
    }
    if (count > 1)
        locnet_cli_usage_error(cli, "option '--%.*s' is ambiguous: %s", (int)length, name, matches);
    else
        locnet_cli_usage_error(cli, "unknown option '--%.*s'", (int)length, name);
}

int locnet_cli_next_option(locnet_cli_t *cli, int argc, char **argv, const char *short_options,
                           const struct option *long_options)
{
    char spec[64];
    snprintf(spec, sizeof spec, ":%s", short_options);  /* ':' first: report missing arguments */
    opterr = 0;
    int previous = optind;
    int option = getopt_long(argc, argv, spec, long_options, NULL);
    if (option == '?') {
        const char *text = argv[optind - 1 > previous ? previous : optind - 1];
        if (strncmp(text, "--", 2) != 0 && optopt != 0)
            locnet_cli_usage_error(cli, "unknown option '-%c'", optopt);
        else if (optopt != 0 && strchr(text, '=') != NULL)  /* --largest=1: a known flag */
            locnet_cli_usage_error(cli, "option '%.*s' takes no value",
                                   (int)(strchr(text, '=') - text), text);
        else
            report_unknown_long_option(cli, text, long_options);
    } else if (option == ':') {
        locnet_cli_usage_error(cli, "option '%s' needs a value", argv[optind - 1]);
        option = '?';
    }
    return option;
}

int locnet_cli_parse(locnet_cli_t *cli, int argc, char **argv, const char *short_options,
                     const struct option *long_options, void (*usage)(FILE *out),
                     locnet_cli_option_handler_t handler, void *context, bool *help)
{
    int option;
    *help = false;
    while ((option = locnet_cli_next_option(cli, argc, argv, short_options, long_options)) != -1) {
        if (option == 'h') {
            usage(stdout);
            *help = true;
            return LOCNET_EXIT_OK;
        }
        if (option == '?')
            return LOCNET_EXIT_USAGE;
        int handled = handler != NULL ? handler(context, cli, option, optarg) : 0;
        if (handled == 0)
            handled = locnet_cli_option(cli, option, optarg);
        if (handled == 0) {
            locnet_cli_usage_error(cli, "option '%s' does not apply here", argv[optind - 1]);
            handled = -1;
        }
        if (handled != 1)
            return LOCNET_EXIT_USAGE;
    }
    return LOCNET_EXIT_OK;
}

int locnet_cli_take_input(locnet_cli_t *cli, int argc, char **argv)
{
    if (optind < argc)
        cli->input = argv[optind++];
    if (optind < argc)
        return locnet_cli_usage_error(cli, "unexpected argument \"%s\"", argv[optind]);
    return LOCNET_EXIT_OK;
}

void locnet_cli_print_input_help(FILE *out)
{
    fputs("FILE is a network in locnet/1 JSON, NDJSON, CSV or GraphML, told by its extension\n"
          "(.json, .ndjson or .jsonl, .csv or .tsv, .graphml) or else by its first bytes; '-'\n"
          "reads standard input. Without FILE, the bundled French-Vietnamese dataset is read.\n"
          "A CSV edge table names the two ends of each partnership by id (columns a and b,\n"
          "source and target, from and to) or by name and country (city1, country1, city2,\n"
          "country2, ...; countries as codes or English names), as the world twin-town list\n"
          "does. Other columns are kept as they are.\n"
          "\nInput:\n"
          "  --from json|ndjson|csv|graphml  read FILE in this format, whatever its name\n"
          "  --columns FIELD=COLUMN[,...]    CSV: the column that holds each field. Edge table:\n"
          "                                  a, b (ids of the two ends), a_name, b_name,\n"
          "                                  a_country, b_country, a_level, b_level, a_lat,\n"
          "                                  a_lon, b_lat, b_lon, kind, since, until, themes,\n"
          "                                  sources, note, event. Localities table: id, name,\n"
          "                                  country, level, parent, aliases, codes, lat, lon,\n"
          "                                  succeeded_by, succeeded_on, succession_sources,\n"
          "                                  ended_on, end_sources\n"
          "  --localities FILE               CSV: a table of the localities, one per row\n"
          "  --sources FILE                  CSV: a table of the sources (id, title, publisher,\n"
          "                                  date, url)\n"
          "  --events FILE                   CSV: a table of the events (id, name, number,\n"
          "                                  start, end, place, sources, sessions, note)\n",
          out);
}

void locnet_cli_print_common_help(FILE *out)
{
    locnet_cli_print_input_help(out);
    fputc('\n', out);
    locnet_cli_print_output_help(out);
    fputc('\n', out);
    locnet_cli_print_filter_help(out);
}

void locnet_cli_print_filter_help(FILE *out)
{
    fputs("Filters, applied in this order:\n"
          "  --look-alikes spelling|diacritics\n"
          "                           merge the localities of one country and one level whose\n"
          "                           names differ only in case, spacing, hyphens, s/t with a\n"
          "                           cedilla or a comma below (spelling), or also in other\n"
          "                           diacritics; the other spellings become aliases (locnet\n"
          "                           validate lists them)\n"
          "  --as-of DATE             see each locality as the unit that held it on DATE\n"
          "                           (YYYY, YYYY-MM or YYYY-MM-DD), following successions:\n"
          "                           the partnerships of merged units meet in their successor\n"
          "  --level LEVEL            roll each locality up to its enclosing LEVEL (region,\n"
          "                           department, province, ...) through parent links; those\n"
          "                           with none stay as they are and are listed on stderr\n"
          "                           (--level country: one locality per country; partnerships\n"
          "                           within one unit are dropped, with a note)\n"
          "Partnership filters (the localities left without a partnership are dropped):\n"
          "  --kind KIND[,KIND...]    only partnerships of these kinds (agreement, cochair, ...)\n"
          "  --theme THEME[,THEME...]\n"
          "                           only partnerships with one of these themes\n"
          "  --since YEAR             only partnerships signed in YEAR or later\n"
          "  --until YEAR             only partnerships signed in YEAR or earlier\n"
          "                           (--since and --until leave out partnerships with no year)\n"
          "  --largest                then keep only the largest connected component\n",
          out);
}

void locnet_cli_print_output_help(FILE *out)
{
    fputs("Output:\n"
          "  --format table|csv|json|md  default: table on a terminal, csv otherwise\n"
          "  -o, --output FILE           write to FILE (atomically: nothing is left on failure)\n"
          "  --raw-csv                   CSV: every text as it is; by default a cell that begins\n"
          "                              with = + - @ (a formula to a spreadsheet) gets a '\n",
          out);
}

const char *locnet_cli_data_path(const char *file, const char *variable, char *path, size_t size)
{
    const char *configured = getenv(variable);
    if (configured != NULL && configured[0] != '\0')
        return configured;
    char program[PATH_MAX];
    ssize_t length = readlink("/proc/self/exe", program, sizeof program - 1);
    if (length > 0) {
        program[length] = '\0';
        char *slash = strrchr(program, '/');
        if (slash != NULL) {
            *slash = '\0';
            int written = snprintf(path, size, "%s/../%s/%s", program, LOCNET_INSTALL_DATA_SUBDIR, file);
            if (written > 0 && (size_t)written < size && access(path, R_OK) == 0)
                return path;
        }
    }
    snprintf(path, size, "%s/%s", LOCNET_SOURCE_DATA_DIR, file);
    return path;
}

const char *locnet_cli_default_dataset(void)
{
    static char path[PATH_MAX];
    return locnet_cli_data_path(DATASET_FILE, "LOCNET_DATA", path, sizeof path);
}

int locnet_cli_exit_code(locnet_status_t status)
{
    switch (status) {
    case LOCNET_OK:
        return LOCNET_EXIT_OK;
    case LOCNET_EDATA:
    case LOCNET_ENOTFOUND:
    case LOCNET_EAMBIGUOUS:
        return LOCNET_EXIT_DATA;
    case LOCNET_ENOINPUT:
        return LOCNET_EXIT_NOINPUT;
    case LOCNET_ECREATE:
        return LOCNET_EXIT_CANTCREATE;
    case LOCNET_EWRITE:
    case LOCNET_EREAD:
        return LOCNET_EXIT_IOERR;
    case LOCNET_EUSAGE:
        return LOCNET_EXIT_USAGE;
    default:
        return LOCNET_EXIT_SOFTWARE;
    }
}

/* Lists up to a few names of localities that --level left as they are. */
static void print_kept(const locnet_cli_t *cli, const locnet_list_t *kept)
{
    const size_t shown = 8;
    fprintf(stderr, "locnet %s: %zu localit%s with no enclosing %s stay%s as %s: ", cli->command,
            kept->count, kept->count == 1 ? "y" : "ies", cli->filter.level,
            kept->count == 1 ? "s" : "", kept->count == 1 ? "it is" : "they are");
    for (size_t i = 0; i < kept->count && i < shown; i++)
        locnet_shown_printf(stderr, "%s%s", i ? ", " : "", kept->items[i]);
    if (kept->count > shown)
        fprintf(stderr, " and %zu more", kept->count - shown);
    fputc('\n', stderr);
}

/* The span of the partnerships' years, NaN when none has one. */
static void year_span(const locnet_network_t *net, double *first, double *last)
{
    *first = *last = NAN;
    for (igraph_integer_t e = 0; e < locnet_partnership_count(net); e++) {
        double since = locnet_partnership_number(net, LOCNET_E_SINCE, e);
        if (!isnan(since) && (isnan(*first) || since < *first))
            *first = since;
        if (!isnan(since) && (isnan(*last) || since > *last))
            *last = since;
    }
}

/* Says so when the partnership filters leave nothing of what was read, with the years read. */
static void explain_empty(const locnet_cli_t *cli, igraph_integer_t read, double first,
                          double last)
{
    fprintf(stderr, "locnet %s: no partnership passes the filters (%lld read", cli->command,
            (long long)read);
    if (!isnan(cli->filter.since) || !isnan(cli->filter.until)) {
        if (isnan(first))
            fputs(", none with a year", stderr);
        else
            fprintf(stderr, ", those with a year signed from %.0f to %.0f", first, last);
    }
    fputs(")\n", stderr);
}

static locnet_status_t apply_filters(const locnet_cli_t *cli, const char *path,
                                     locnet_network_t *net)
{
    igraph_integer_t read = locnet_partnership_count(net);
    double first, last;
    year_span(net, &first, &last);
    locnet_filter_notes_t notes;
    locnet_filter_notes_init(&notes);
    locnet_status_t status = locnet_filter_apply(&cli->filter, net, &notes);
    if (status == LOCNET_EDATA)
        locnet_shown_printf(stderr, "%s: the successions or parents of its localities form a cycle\n",
                            path);
    else if (status != LOCNET_OK)
        fprintf(stderr, "locnet %s: cannot apply the filters: out of memory\n", cli->command);
    else if (notes.kept.count > 0)
        print_kept(cli, &notes.kept);
    if (status == LOCNET_OK && notes.dropped > 0)
        fprintf(stderr, "locnet %s: %lld partnership%s within one %s dropped by --level\n",
                cli->command, (long long)notes.dropped, notes.dropped == 1 ? "" : "s",
                cli->filter.level);
    if (status == LOCNET_OK && read > 0 && locnet_partnership_count(net) == 0 &&
        locnet_filter_selects_partnerships(&cli->filter))
        explain_empty(cli, read, first, last);
    locnet_filter_notes_destroy(&notes);
    return status;
}

locnet_status_t locnet_cli_read(const locnet_cli_t *cli, const char *path, locnet_network_t *net,
                                locnet_diagnostics_t *diagnostics)
{
    locnet_load_options_t options = cli->load;
    options.progress = isatty(STDERR_FILENO) ? stderr : NULL;
    locnet_status_t status = locnet_load_with(path, &options, net, diagnostics);
    if (status == LOCNET_ENOMEM)  /* the readers leave it unsaid */
        locnet_diagnostics_add(diagnostics, path, 0, 0, "out of memory while reading it");
    return status;
}

int locnet_cli_load(locnet_cli_t *cli, locnet_network_t *net)
{
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    const char *path = cli->input != NULL ? cli->input : locnet_cli_default_dataset();
    locnet_status_t status = locnet_cli_read(cli, path, net, &diagnostics);
    locnet_diagnostics_print(&diagnostics, stderr);
    int code = status == LOCNET_OK ? locnet_cli_check_values(cli, path, net) : LOCNET_EXIT_OK;
    if (code != LOCNET_EXIT_OK) {
        locnet_network_destroy(net);
        locnet_diagnostics_destroy(&diagnostics);
        return code;
    }
    if (status == LOCNET_OK) {
        if (!cli->filter.merge_look_alikes)
            locnet_cli_note_look_alikes(cli, path, net);
        status = apply_filters(cli, path, net);
        if (status != LOCNET_OK)
            locnet_network_destroy(net);
    }
    locnet_diagnostics_destroy(&diagnostics);
    return locnet_cli_exit_code(status);
}

locnet_format_t locnet_cli_format(const locnet_cli_t *cli)
{
    bool to_terminal = (cli->output == NULL || strcmp(cli->output, "-") == 0) && isatty(STDOUT_FILENO);
    locnet_format_t format = cli->format_given ? cli->format
                             : to_terminal     ? LOCNET_FORMAT_TABLE
                                               : LOCNET_FORMAT_CSV;
    return format == LOCNET_FORMAT_CSV && cli->raw_csv ? LOCNET_FORMAT_CSV_RAW : format;
}

int locnet_cli_write(const locnet_cli_t *cli, locnet_cli_writer_t writer, const void *data)
{
    locnet_diagnostics_t diagnostics;
    locnet_output_t output;
    locnet_diagnostics_init(&diagnostics);
    locnet_status_t status = locnet_output_open(&output, cli->output, &diagnostics);
    if (status == LOCNET_OK) {
        status = writer(data, locnet_cli_format(cli), output.stream);
        if (status == LOCNET_OK || status == LOCNET_EWRITE) {
            locnet_status_t committed = locnet_output_commit(&output, &diagnostics);
            status = status == LOCNET_OK ? committed : status;
        }
        locnet_output_abort(&output);
    }
    if (status == LOCNET_ENOMEM)
        fprintf(stderr, "locnet %s: out of memory while writing\n", cli->command);
    for (size_t i = 0; i < diagnostics.count; i++)
        fprintf(stderr, "locnet %s: %s\n", cli->command, diagnostics.items[i].text);
    locnet_diagnostics_destroy(&diagnostics);
    return locnet_cli_exit_code(status);
}

static locnet_status_t write_table(const void *data, locnet_format_t format, FILE *out)
{
    return locnet_table_write(data, format, out);
}

int locnet_cli_write_table(const locnet_cli_t *cli, const locnet_table_t *table)
{
    return locnet_cli_write(cli, write_table, table);
}
