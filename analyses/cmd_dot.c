/* analyses/cmd_dot.c: locnet dot [FILE]: a Graphviz diagram of a network, as DOT or drawn.
 * Its options are here; what the diagram draws is computed in analyses/dot_drawing.c. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyses/cli.h"
#include "analyses/commands.h"
#include "analyses/dot_drawing.h"
#include "io/dot/dot_render.h"

enum {
    OPT_LAYOUT = 1100,
    OPT_CLUSTER,
    OPT_EDGE_LABEL,
    OPT_PALETTE,
    OPT_SHAPES,
    OPT_EDGE_STYLE,
    OPT_COLOR_BY,
    OPT_SIZE_BY,
    OPT_LABELS,
    OPT_KEEP_ISOLATED,
    OPT_NO_LEGEND,
    OPT_NO_COLUMNS,
    OPT_AROUND,
    OPT_RADIUS,
    OPT_TOP,
    OPT_BY,
    OPT_RENDER,
    OPT_FORCE
};

/* Prints items, comma-separated, indented by indent columns, in lines of at most 80 columns. */
static void print_wrapped(FILE *out, const char *const *items, size_t count, int indent)
{
    int column = 0;
    for (size_t i = 0; i < count; i++) {
        int length = (int)strlen(items[i]) + (i + 1 < count);
        if (column == 0 || column + 1 + length > 80) {
            fprintf(out, "%s%*s", column ? "\n" : "", indent, "");
            column = indent;
        } else {
            fputc(' ', out);
            column++;
        }
        fprintf(out, "%s%s", items[i], i + 1 < count ? "," : "");
        column += length;
    }
    fputc('\n', out);
}

static void print_usage(FILE *out)
{
    fputs("usage: locnet dot [OPTIONS] [FILE]\n"
          "\n"
          "Write the network as a Graphviz DOT diagram, or draw it as SVG, PNG or PDF.\n"
          "Every ID is quoted, every label shows the locality's name exactly (quotes,\n"
          "backslashes, line breaks and Graphviz's \\N-style escapes included), charset is UTF-8\n"
          "and no number is written in exponent form. Localities without a partnership are\n"
          "left out (said on standard error); the legend is drawn beside the network.\n"
          "\n",
          out);
    locnet_cli_print_input_help(out);
    fputs("\n"
          "Output:\n"
          "  -o, --output FILE      write to FILE (atomically: nothing is left on failure);\n"
          "                         default: standard output\n"
          "  --render svg|png|pdf   draw the diagram through Graphviz's library instead of\n"
          "                         writing DOT (when locnet is built with it; otherwise pipe\n"
          "                         the DOT into Graphviz: locnet dot | dot -Tsvg -o FILE);\n"
          "                         PNG and PDF are not written to a terminal: give -o FILE\n"
          "  --force                draw more than 5000 localities all the same\n"
          "\n"
          "Layout:\n"
          "  --layout ENGINE|geo    dot, neato, fdp, sfdp or circo, written as the graph's\n"
          "                         layout attribute (default: dot for two countries in\n"
          "                         columns, neato up to 300 localities, sfdp above); or geo:\n"
          "                         a map, each locality pinned at its latitude and longitude\n"
          "                         (equirectangular, one panel per country when the countries\n"
          "                         lie far apart; neato keeps the positions)\n"
          "  --cluster WHAT         none, country, parent (each locality with the localities\n"
          "                         inside it, nested) or component (connected components of\n"
          "                         two or more), written as subgraph \"cluster_...\"\n"
          "                         (default: none)\n"
          "  --no-columns           with exactly two countries, partnerships between them and\n"
          "                         the dot engine, the localities of each country form a\n"
          "                         column, left to right in code order; this turns that off\n"
          "  --keep-isolated        draw localities without a partnership too\n"
          "\n"
          "Style:\n"
          "  --color-by WHAT        country (default), level, component, or community (the\n"
          "                         default method of 'locnet communities': Louvain, best of\n"
          "                         10 runs, seed 1);\n"
          "                         the largest groups take colour-blind-safe colours, the\n"
          "                         others are grey\n"
          "  --palette KEY=#RGB,...\n"
          "                         colours of countries (or levels) (#rgb or #rrggbb); default:\n"
          "                         FR blue, VN vermilion, then five other colours by number of\n"
          "                         localities (Okabe and Ito's palette), grey for the rest\n"
          "  --shapes LEVEL=SHAPE,...  node shapes of levels; default: region and province\n"
          "                         box, department and district hexagon, epci octagon,\n"
          "                         commune, city, town and municipality ellipse, other\n"
          "                         levels diamond, house, ... in legend order; one of\n",
          out);
    print_wrapped(out, locnet_dot_shapes, locnet_dot_shape_count, 25);
    fputs("  --edge-style KIND=LINE,...  the line of each kind of partnership: solid, dashed,\n"
          "                         dotted or bold; default: agreement solid, twinning\n"
          "                         dashed, cochair dotted, other kinds the lines left (one\n"
          "                         kind alone: solid)\n"
          "  --edge-label WHAT      none, since (the year signed) or themes (default: none)\n"
          "  --size-by MEASURE      draw nodes bigger by a measure of 'locnet centrality':\n"
          "                         degree, strength, betweenness, closeness, harmonic,\n"
          "                         eigenvector, pagerank or coreness; or none (default: degree)\n"
          "  --labels N             name only the N localities ranked first by the size measure\n"
          "                         (degree with --size-by none); the others are small unnamed\n"
          "                         nodes (default: every name up to 300 localities, 30 above)\n"
          "  --no-legend            leave out the legend (colours, shapes, lines, size)\n"
          "\n"
          "Subsets (after the filters; measures are computed on the filtered network):\n"
          "  --around NAME          only NAME (an id, or a name or alias ignoring case and\n"
          "                         diacritics) and the localities around it, outlined thick\n"
          "  --radius R             how many partnerships away from NAME (default: 1)\n"
          "  --top N                only the N most central localities and the partnerships\n"
          "                         among them (after --around)\n"
          "  --by MEASURE           what --top ranks by, one of the measures of --size-by\n"
          "                         (default: degree); ties by name\n"
          "\n",
          out);
    locnet_cli_print_filter_help(out);
    fputs("\nExit codes: 0 success, 64 usage error (also --render in a build without\n"
          "Graphviz's library, PNG or PDF to a terminal, more than 5000 localities to draw\n"
          "without --force), 65 bad input or NAME not found or ambiguous, 66 input missing,\n"
          "70 Graphviz failed, 73/74 cannot write the output.\n",
          out);
}

/* Appends the KEY=VALUE pairs of text to pairs, checking each value with valid. */
static int parse_pairs(locnet_cli_t *cli, const char *option, const char *text,
                       bool (*valid)(const char *), const char *expected, locnet_list_t *pairs)
{
    const char *start = text;
    for (;;) {
        const char *comma = strchr(start, ',');
        size_t length = comma ? (size_t)(comma - start) : strlen(start);
        char *item = strndup(start, length);
        if (item == NULL) {
            fprintf(stderr, "locnet %s: out of memory\n", cli->command);
            return -1;
        }
        char *equals = strchr(item, '=');
        if (equals == NULL || equals == item) {
            locnet_cli_usage_error(cli, "--%s needs KEY=VALUE items, not \"%s\"", option, item);
            free(item);
            return -1;
        }
        *equals = '\0';
        if (!valid(equals + 1)) {
            locnet_cli_usage_error(cli, "--%s: \"%s\" is not %s", option, equals + 1, expected);
            free(item);
            return -1;
        }
        locnet_status_t status = locnet_list_append(pairs, item);
        if (status == LOCNET_OK)
            status = locnet_list_append(pairs, equals + 1);
        free(item);
        if (status != LOCNET_OK) {
            fprintf(stderr, "locnet %s: out of memory\n", cli->command);
            return -1;
        }
        if (comma == NULL)
            return 1;
        start = comma + 1;
    }
}

static int parse_measure(locnet_cli_t *cli, const char *option, const char *text,
                         locnet_measure_t *measure)
{
    if (locnet_measure_parse(text, measure) == LOCNET_OK)
        return 1;
    char names[256];
    locnet_cli_measure_list(names, sizeof names);
    locnet_cli_usage_error(cli, "unknown measure \"%s\" for --%s (use %s%s)", text, option,
                           strcmp(option, "size-by") == 0 ? "none, " : "", names);
    return -1;
}

/* The index of argument among names; otherwise a usage error naming them, and -1. */
static int choose(locnet_cli_t *cli, const char *what, const char *argument,
                  const char *const *names, size_t count)
{
    char list[160] = "";
    for (size_t i = 0; i < count; i++) {
        if (strcmp(argument, names[i]) == 0)
            return (int)i;
        snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s",
                 i == 0 ? "" : i + 1 < count ? ", " : " or ", names[i]);
    }
    locnet_cli_usage_error(cli, "unknown %s \"%s\" (use %s)", what, argument, list);
    return -1;
}

static int parse_layout(locnet_cli_t *cli, dot_options_t *options, const char *argument)
{
    options->geo = strcmp(argument, "geo") == 0;
    if (!options->geo && !locnet_dot_layout_valid(argument)) {
        const char *names[8];
        for (size_t i = 0; i < locnet_dot_layout_count; i++)
            names[i] = locnet_dot_layouts[i];
        names[locnet_dot_layout_count] = "geo";
        choose(cli, "layout", argument, names, locnet_dot_layout_count + 1);
        return -1;
    }
    options->style.layout = options->geo ? "neato" : argument;
    options->layout_given = true;
    return 1;
}

static int parse_count(locnet_cli_t *cli, const char *option, const char *argument,
                       long long minimum, long long *value)
{
    if (locnet_cli_parse_whole(argument, minimum, LLONG_MAX, value))
        return 1;
    locnet_cli_usage_error(cli, "--%s needs a whole number from %lld, not \"%s\"", option,
                           minimum, argument);
    return -1;
}

/* Options that choose among names. */
static int choice_option(dot_options_t *options, locnet_cli_t *cli, int option,
                         const char *argument)
{
    static const char *const clusters[] = {"none", "country", "parent", "component"};
    static const char *const edge_labels[] = {"none", "since", "themes"};
    static const char *const colours[] = {"country", "level", "component", "community"};
    static const char *const renders[] = {"svg", "png", "pdf"};
    int index;
    switch (option) {
    case OPT_CLUSTER:
        if ((index = choose(cli, "cluster", argument, clusters, 4)) >= 0)
            options->style.cluster = (locnet_dot_cluster_t)index;
        break;
    case OPT_EDGE_LABEL:
        if ((index = choose(cli, "edge label", argument, edge_labels, 3)) >= 0)
            options->style.edge_label = (locnet_dot_edge_label_t)index;
        break;
    case OPT_COLOR_BY:
        if ((index = choose(cli, "colouring", argument, colours, 4)) >= 0)
            options->colour = (dot_colour_choice_t)index;
        break;
    default:
        if ((index = choose(cli, "render format", argument, renders, 3)) >= 0)
            options->render = renders[index];
    }
    return index >= 0 ? 1 : -1;
}

/* Handles one option of dot's own (context is the dot_options_t): returns 1, 0 for an option
 * that is not dot's own, or -1 after a message. */
static int dot_option(void *context, locnet_cli_t *cli, int option, const char *argument)
{
    dot_options_t *options = context;
    switch (option) {
    case OPT_LAYOUT:
        return parse_layout(cli, options, argument);
    case OPT_CLUSTER:
    case OPT_EDGE_LABEL:
    case OPT_COLOR_BY:
    case OPT_RENDER:
        return choice_option(options, cli, option, argument);
    case OPT_PALETTE:
        return parse_pairs(cli, "palette", argument, locnet_dot_colour_valid,
                           "a colour #rgb or #rrggbb", &options->palette);
    case OPT_SHAPES:
        return parse_pairs(cli, "shapes", argument, locnet_dot_shape_valid,
                           "a shape listed by 'locnet dot -h'", &options->shapes);
    case OPT_EDGE_STYLE:
        return parse_pairs(cli, "edge-style", argument, locnet_dot_line_valid,
                           "solid, dashed, dotted or bold", &options->edge_styles);
    case OPT_SIZE_BY:
        options->sized = strcmp(argument, "none") != 0;
        return options->sized ? parse_measure(cli, "size-by", argument, &options->size_by) : 1;
    case OPT_LABELS:
        return parse_count(cli, "labels", argument, 0, &options->labels);
    case OPT_KEEP_ISOLATED:
    case OPT_FORCE:
        *(option == OPT_FORCE ? &options->force : &options->keep_isolated) = true;
        return 1;
    case OPT_NO_LEGEND:
    case OPT_NO_COLUMNS:
        *(option == OPT_NO_LEGEND ? &options->style.legend : &options->style.columns) = false;
        return 1;
    case OPT_AROUND:
        options->around = argument;
        return 1;
    case OPT_RADIUS:
        options->radius_given = true;
        return parse_count(cli, "radius", argument, 0, &options->radius);
    case OPT_TOP:
        return parse_count(cli, "top", argument, 1, &options->top);
    case OPT_BY:
        options->by_given = true;
        return parse_measure(cli, "by", argument, &options->by);
    default:
        return 0;
    }
}

typedef struct dot_job {
    const locnet_network_t *net;
    const locnet_dot_style_t *style;
    const char *dot_text;   /* for rendering */
    const char *render;
} dot_job_t;

static locnet_status_t write_dot(const void *data, locnet_format_t format, FILE *out)
{
    (void)format;
    const dot_job_t *job = data;
    return locnet_dot_write(job->net, job->style, out);
}

static locnet_status_t write_rendered(const void *data, locnet_format_t format, FILE *out)
{
    (void)format;
    const dot_job_t *job = data;
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_status_t status =
        locnet_dot_render(job->dot_text, job->style->layout, job->render, out, &diagnostics);
    for (size_t i = 0; i < diagnostics.count; i++)
        fprintf(stderr, "locnet dot: %s\n", diagnostics.items[i].text);
    if (status == LOCNET_EDATA || status == LOCNET_EINTERNAL) {
        fprintf(stderr, "locnet dot: graphviz could not draw the diagram\n");
        status = LOCNET_EINTERNAL;
    }
    locnet_diagnostics_destroy(&diagnostics);
    return status;
}

/* Writes the DOT text into memory, then draws it through locnet_cli_write. */
static int render(const locnet_cli_t *cli, dot_job_t *job)
{
    char *text = NULL;
    size_t length = 0;
    FILE *memory = open_memstream(&text, &length);
    if (memory == NULL) {
        fprintf(stderr, "locnet dot: out of memory\n");
        return LOCNET_EXIT_SOFTWARE;
    }
    locnet_status_t status = locnet_dot_write(job->net, job->style, memory);
    if (fclose(memory) != 0 && status == LOCNET_OK)
        status = LOCNET_ENOMEM;
    int code;
    if (status != LOCNET_OK) {
        fprintf(stderr, "locnet dot: out of memory\n");
        code = locnet_cli_exit_code(status == LOCNET_EWRITE ? LOCNET_ENOMEM : status);
    } else {
        job->dot_text = text;
        code = locnet_cli_write(cli, write_rendered, job);
    }
    free(text);
    return code;
}

static void start(void *context)
{
    dot_options_init(context);
}

static void finish(void *context)
{
    dot_options_destroy(context);
}

/* Options that need each other, --render on a build without libgvc, and binary drawings to a
 * terminal. */
static int check(locnet_cli_t *cli, void *context, int argc, char **argv)
{
    const dot_options_t *options = context;
    if (options->radius_given && options->around == NULL)
        return locnet_cli_usage_error(cli, "--radius needs --around");
    if (options->by_given && options->top == 0)
        return locnet_cli_usage_error(cli, "--by needs --top");
    if (options->render != NULL && !locnet_dot_render_available()) {
        fprintf(stderr, "locnet dot: --render is not available: this locnet was built without "
                        "Graphviz's library (libgvc)\n"
                        "Pipe the DOT into Graphviz instead, for example:\n"
                        "  locnet dot [OPTIONS] [FILE] | dot -T%s -o FILE.%s\n",
                options->render, options->render);
        return LOCNET_EXIT_USAGE;
    }
    bool to_stdout = cli->output == NULL || strcmp(cli->output, "-") == 0;
    if (options->render != NULL && strcmp(options->render, "svg") != 0 && to_stdout &&
        isatty(STDOUT_FILENO))
        return locnet_cli_usage_error(cli, "will not write a %s drawing to a terminal; give "
                                      "-o FILE.%s", options->render, options->render);
    return LOCNET_EXIT_OK;
}

static int run(locnet_cli_t *cli, locnet_network_t *net, void *context)
{
    dot_options_t *options = context;
    dot_drawing_t drawing;
    int code = dot_drawing_prepare(cli, options, net, &drawing);
    if (code == LOCNET_EXIT_OK) {
        dot_job_t job = {net, &options->style, NULL, options->render};
        code = options->render != NULL ? render(cli, &job) : locnet_cli_write(cli, write_dot, &job);
    }
    dot_drawing_destroy(&drawing);
    return code;
}

static const struct option options[] = {
    {"layout", required_argument, NULL, OPT_LAYOUT},
    {"cluster", required_argument, NULL, OPT_CLUSTER},
    {"edge-label", required_argument, NULL, OPT_EDGE_LABEL},
    {"palette", required_argument, NULL, OPT_PALETTE},
    {"shapes", required_argument, NULL, OPT_SHAPES},
    {"edge-style", required_argument, NULL, OPT_EDGE_STYLE},
    {"color-by", required_argument, NULL, OPT_COLOR_BY},
    {"size-by", required_argument, NULL, OPT_SIZE_BY},
    {"labels", required_argument, NULL, OPT_LABELS},
    {"keep-isolated", no_argument, NULL, OPT_KEEP_ISOLATED},
    {"no-legend", no_argument, NULL, OPT_NO_LEGEND},
    {"no-columns", no_argument, NULL, OPT_NO_COLUMNS},
    {"around", required_argument, NULL, OPT_AROUND},
    {"radius", required_argument, NULL, OPT_RADIUS},
    {"top", required_argument, NULL, OPT_TOP},
    {"by", required_argument, NULL, OPT_BY},
    {"render", required_argument, NULL, OPT_RENDER},
    {"force", no_argument, NULL, OPT_FORCE},
    {NULL, 0, NULL, 0}};

const locnet_command_hooks_t cmd_dot = {
    .usage = print_usage, .options = options, .request_size = sizeof(dot_options_t),
    .start = start, .option = dot_option, .prepare = check, .run = run, .finish = finish};
