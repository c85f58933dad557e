/* analyses/cmd_convert.c: locnet convert [FILE] -o OUT: a network from one format to another
 * (locnet/1 JSON, NDJSON, CSV tables, GraphML; GEXF out), optionally with measures and
 * communities as locality attributes (analyses/convert_extras.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyses/cli.h"
#include "analyses/commands.h"
#include "analyses/convert_extras.h"
#include "graph/list_codec.h"
#include "graph/references.h"
#include "io/write/csv_writer.h"
#include "io/write/gexf_writer.h"
#include "io/write/graphml_writer.h"
#include "io/write/json_writer.h"
#include "io/load.h"
#include "io/write/output.h"

enum {
    OPT_TO = 2000,
    OPT_LOCALITIES_OUT,
    OPT_SOURCES_OUT,
    OPT_EVENTS_OUT,
    OPT_WITH_MEASURES,
    OPT_WITH_COMMUNITIES
};

/* The outputs: the main one (-o), then the CSV side tables. */
enum { OUT_MAIN, OUT_LOCALITIES, OUT_SOURCES, OUT_EVENTS, OUT_COUNT };
static const char *const output_options[OUT_COUNT] = {"-o", "--localities-out", "--sources-out",
                                                      "--events-out"};

typedef struct convert {
    const locnet_cli_t *cli;  /* the shared options, set once they are parsed */
    locnet_file_format_t to;
    bool gexf;                        /* GEXF, which locnet writes but does not read */
    const char *side_out[OUT_COUNT];  /* --localities-out, --sources-out, --events-out */
    locnet_measure_t measures[LOCNET_MEASURE_COUNT];
    int measure_count;
    bool communities;
} convert_t;

static void print_usage(FILE *out)
{
    fputs("usage: locnet convert [OPTIONS] [FILE] -o OUT\n"
          "\n"
          "Write the network of FILE in another format: locnet/1 JSON, NDJSON (one record per\n"
          "line), CSV tables, GraphML or GEXF (Gephi's). Every attribute that the output format\n"
          "can hold is kept, with its type: GraphML holds them all; GEXF all but the network's\n"
          "own; JSON and NDJSON hold locnet's fields and leave out other attributes (from\n"
          "GraphML or CSV columns); a CSV edge table holds the partnerships and the fields of\n"
          "their ends, and the other tables below hold the rest.\n"
          "What is left out is said on standard error.\n"
          "\n"
          "Output:\n"
          "  -o, --output OUT          write to OUT (atomically); without it, or with '-',\n"
          "                            write to standard output\n"
          "  --to json|ndjson|csv|graphml|gexf\n"
          "                            the output format (default: from OUT's extension)\n"
          "  --with-measures M[,M...]|all\n"
          "                            add measures of 'locnet centrality' (degree, strength,\n"
          "                            betweenness, closeness, harmonic, eigenvector, pagerank,\n"
          "                            coreness) as locality attributes named as the measure\n"
          "  --with-communities        add the locality attribute community: the default\n"
          "                            communities of 'locnet communities' (Louvain, best of\n"
          "                            10 runs, seed 1, as 'locnet dot --color-by\n"
          "                            community'), numbered from 1, largest first\n"
          "  --localities-out FILE     CSV: write every locality, with all its fields, to FILE\n"
          "                            (the edge table then names ends by id only)\n"
          "  --sources-out FILE        CSV: write the sources to FILE, and the citations of\n"
          "                            partnerships and successions to the tables\n"
          "  --events-out FILE         CSV: write the events to FILE, one per row (sessions as\n"
          "                            a JSON array), and the event of each partnership to the\n"
          "                            edge table\n"
          "  --raw-csv                 CSV: every text as it is; by default a cell that begins\n"
          "                            with = + - @, a tab or a return (a formula to a\n"
          "                            spreadsheet) gets a ' before it, which locnet drops\n"
          "                            again when it reads the table\n"
          "Read them back with: locnet convert OUT --localities FILE --sources FILE\n"
          "--events FILE -o ...\n"
          "GEXF: node labels are the names; viz:color is the country's colour in 'locnet dot',\n"
          "viz:position the place on the map of 'locnet dot --layout geo', viz:size 10 + 4 x\n"
          "sqrt(degree); each partnership's since and until are its start and end, so that\n"
          "Gephi's timeline plays the network's growth.\n"
          "\n",
          out);
    locnet_cli_print_input_help(out);
    fputc('\n', out);
    locnet_cli_print_filter_help(out);
}

/* Appends to names the attributes of localities and partnerships that locnet/1 has no place
 * for. */
static locnet_status_t extra_names(const locnet_network_t *net, locnet_list_t *names)
{
    igraph_strvector_t found;
    igraph_vector_int_t types;
    /* a failed init leaves a vector that destroy accepts */
    bool made = igraph_strvector_init(&found, 0) == IGRAPH_SUCCESS;
    made = igraph_vector_int_init(&types, 0) == IGRAPH_SUCCESS && made;
    locnet_status_t status = made ? LOCNET_OK : LOCNET_ENOMEM;
    for (int vertices = 1; status == LOCNET_OK && vertices >= 0; vertices--) {
        status = locnet_network_extra_attributes(net, vertices, &found, &types);
        for (igraph_integer_t i = 0; status == LOCNET_OK && i < igraph_strvector_size(&found); i++)
            status = locnet_list_append(names, igraph_strvector_get(&found, i));
    }
    igraph_strvector_destroy(&found);
    igraph_vector_int_destroy(&types);
    return status;
}

/* Says on standard error what the output format leaves out. */
static locnet_status_t note_losses(const convert_t *convert, const locnet_network_t *net)
{
    const char *command = convert->cli->command;
    if (convert->to == LOCNET_FILE_JSON || convert->to == LOCNET_FILE_NDJSON) {
        locnet_list_t names;
        locnet_list_init(&names);
        locnet_status_t status = extra_names(net, &names);
        if (status == LOCNET_OK && names.count > 0) {
            fprintf(stderr, "locnet %s: attributes that locnet/1 has no place for left out:",
                    command);
            for (size_t i = 0; i < names.count; i++)
                locnet_shown_printf(stderr, "%s %s", i ? "," : "", names.items[i]);
            fputc('\n', stderr);
        }
        locnet_list_destroy(&names);
        return status;
    }
    if (convert->to != LOCNET_FILE_CSV)
        return LOCNET_OK;
    if (convert->side_out[OUT_LOCALITIES] == NULL) {
        igraph_vector_int_t degree;
        if (igraph_vector_int_init(&degree, 0) != IGRAPH_SUCCESS ||
            igraph_degree(&net->graph, &degree, igraph_vss_all(), IGRAPH_ALL, true) != IGRAPH_SUCCESS)
            return LOCNET_ENOMEM;
        long long isolated = 0, detailed = 0;
        static const char *const details[] = {LOCNET_V_PARENT, LOCNET_V_ALIASES, LOCNET_V_CODES,
                                              LOCNET_V_SUCCEEDED_BY, LOCNET_V_ENDED_ON};
        for (igraph_integer_t v = 0; v < locnet_locality_count(net); v++) {
            isolated += VECTOR(degree)[v] == 0;
            bool any = false;
            for (size_t i = 0; i < sizeof details / sizeof details[0]; i++)
                any |= locnet_locality_text(net, details[i], v)[0] != '\0';
            detailed += any;
        }
        igraph_vector_int_destroy(&degree);
        if (isolated > 0 || detailed > 0) {
            fprintf(stderr, "locnet %s: ", command);
            if (isolated > 0)
                fprintf(stderr, "%lld localit%s without partnerships%s", isolated,
                        isolated == 1 ? "y" : "ies", detailed > 0 ? " and " : "");
            if (detailed > 0)
                fprintf(stderr, "the parents, aliases, codes, successions and ends of %lld "
                                "localit%s",
                        detailed, detailed == 1 ? "y" : "ies");
            fputs(" left out; write them with --localities-out FILE\n", stderr);
        }
    }
    if (convert->side_out[OUT_SOURCES] == NULL && net->source_count > 0)
        fprintf(stderr, "locnet %s: %zu source%s and the citations of %s left out; write them "
                        "with --sources-out FILE\n",
                command, net->source_count, net->source_count == 1 ? "" : "s",
                net->source_count == 1 ? "it" : "them");
    if (convert->side_out[OUT_EVENTS] == NULL && net->event_count > 0)
        fprintf(stderr, "locnet %s: %zu event%s and the partnerships' references to %s left out; "
                        "write them with --events-out FILE\n",
                command, net->event_count, net->event_count == 1 ? "" : "s",
                net->event_count == 1 ? "it" : "them");
    return LOCNET_OK;
}

static locnet_status_t write_gexf(const locnet_network_t *net, FILE *out)
{
    convert_drawing_t drawing;
    locnet_status_t status = convert_drawing_compute(net, &drawing);
    if (status == LOCNET_OK)
        status = locnet_gexf_write(net, &drawing.style, out);
    convert_drawing_destroy(&drawing);
    return status;
}

/* Writes every output, each atomically; on any failure none is left behind. */
/* Writes net in the format asked for to the opened outputs (the side tables of CSV in those
 * of outputs[1..] that are opened). */
static locnet_status_t write_format(const convert_t *convert, const locnet_network_t *net,
                                    const locnet_output_t outputs[OUT_COUNT],
                                    const bool opened[OUT_COUNT])
{
    FILE *out = outputs[0].stream;
    switch (convert->to) {
    case LOCNET_FILE_JSON:
        return locnet_json_write(net, out);
    case LOCNET_FILE_NDJSON:
        return locnet_ndjson_write(net, out);
    case LOCNET_FILE_GRAPHML:
        return convert->gexf ? write_gexf(net, out) : locnet_graphml_write(net, out);
    default: {
        locnet_csv_tables_t tables = {out, NULL, NULL, NULL, convert->cli->raw_csv};
        FILE **sides[OUT_COUNT] = {NULL, &tables.localities, &tables.sources, &tables.events};
        for (int i = 1; i < OUT_COUNT; i++)
            *sides[i] = opened[i] ? outputs[i].stream : NULL;
        return locnet_csv_write_tables(net, &tables);
    }
    }
}

static int write_outputs(const convert_t *convert, const locnet_network_t *net)
{
    const char *const *paths = convert->side_out;
    locnet_output_t outputs[OUT_COUNT];
    bool opened[OUT_COUNT] = {false};
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_status_t status = LOCNET_OK;
    for (int i = 0; status == LOCNET_OK && i < OUT_COUNT; i++) {
        if (i > 0 && paths[i] == NULL)
            continue;
        status = locnet_output_open(&outputs[i], paths[i], &diagnostics);
        opened[i] = status == LOCNET_OK;
    }
    if (status == LOCNET_OK)
        status = write_format(convert, net, outputs, opened);
    /* every stream is checked before any file replaces its target */
    for (int i = 0; status == LOCNET_OK && i < OUT_COUNT; i++) {
        if (opened[i] && (fflush(outputs[i].stream) != 0 || ferror(outputs[i].stream)))
            status = LOCNET_EWRITE;
    }
    for (int i = 0; i < OUT_COUNT; i++) {
        /* after a failure, only the failed stream is committed: that reports the failure */
        if (opened[i] && (status == LOCNET_OK || ferror(outputs[i].stream))) {
            locnet_status_t committed = locnet_output_commit(&outputs[i], &diagnostics);
            status = status == LOCNET_OK ? committed : status;
        }
    }
    for (int i = 0; i < OUT_COUNT; i++) {
        if (opened[i])
            locnet_output_abort(&outputs[i]);
    }
    if (status == LOCNET_ENOMEM)
        fprintf(stderr, "locnet %s: out of memory while writing\n", convert->cli->command);
    else if (status == LOCNET_EINTERNAL)
        fprintf(stderr, "locnet %s: igraph could not write GraphML\n", convert->cli->command);
    for (size_t i = 0; i < diagnostics.count; i++)
        fprintf(stderr, "locnet %s: %s\n", convert->cli->command, diagnostics.items[i].text);
    locnet_diagnostics_destroy(&diagnostics);
    return locnet_cli_exit_code(status);
}

/* Decides the output format and checks that the options fit it. Returns an exit code. */
static int check_output(convert_t *convert)
{
    const locnet_cli_t *cli = convert->cli;
    bool to_stdout = cli->output == NULL || strcmp(cli->output, "-") == 0;
    if (convert->to == LOCNET_FILE_AUTO && !to_stdout) {
        size_t length = strlen(cli->output);
        convert->gexf = length >= 5 && strcasecmp(cli->output + length - 5, ".gexf") == 0;
        convert->to = convert->gexf ? LOCNET_FILE_GRAPHML : locnet_file_format_of_path(cli->output);
    }
    if (convert->to == LOCNET_FILE_AUTO)
        return locnet_cli_usage_error(cli, to_stdout ? "give the output format with --to"
                                                     : "cannot tell the format of \"%s\" from its "
                                                       "name; give it with --to",
                                      cli->output);
    for (int i = 1; i < OUT_COUNT && convert->to != LOCNET_FILE_CSV; i++) {
        if (convert->side_out[i] != NULL)
            return locnet_cli_usage_error(cli, "%s is for CSV output", output_options[i]);
    }
    /* two tables written to one file would leave only the last */
    const char *paths[OUT_COUNT] = {to_stdout ? "-" : cli->output, convert->side_out[1],
                                    convert->side_out[2], convert->side_out[3]};
    for (int i = 0; i < OUT_COUNT; i++) {
        for (int j = i + 1; j < OUT_COUNT; j++) {
            if (locnet_output_same(paths[i], paths[j]))
                return locnet_cli_usage_error(cli, "%s and %s name the same file \"%s\"",
                                              output_options[i], output_options[j], paths[j]);
        }
    }
    return LOCNET_EXIT_OK;
}

/* --to, --localities-out, --sources-out, --events-out, --with-measures and
 * --with-communities. */
static int convert_option(void *context, locnet_cli_t *cli, int option, const char *argument)
{
    convert_t *convert = context;
    if (option == OPT_TO) {
        convert->gexf = strcmp(argument, "gexf") == 0;
        if (convert->gexf) {
            convert->to = LOCNET_FILE_GRAPHML;  /* written as XML, through the GEXF writer */
            return 1;
        }
        if (locnet_file_format_parse(argument, &convert->to) != LOCNET_OK) {
            locnet_cli_usage_error(cli, "unknown output format \"%s\" (use json, ndjson, csv, "
                                   "graphml or gexf)", argument);
            return -1;
        }
        return 1;
    }
    if (option == OPT_WITH_MEASURES)
        return locnet_cli_parse_measures(cli, argument, convert->measures, &convert->measure_count);
    if (option == OPT_WITH_COMMUNITIES) {
        convert->communities = true;
        return 1;
    }
    if (option == OPT_LOCALITIES_OUT || option == OPT_SOURCES_OUT || option == OPT_EVENTS_OUT) {
        int side = OUT_LOCALITIES + (option - OPT_LOCALITIES_OUT);
        if (argument[0] == '\0') {
            locnet_cli_usage_error(cli, "%s needs a file name", output_options[side]);
            return -1;
        }
        convert->side_out[side] = argument;
        return 1;
    }
    return 0;
}

static int prepare(locnet_cli_t *cli, void *context, int argc, char **argv)
{
    convert_t *convert = context;
    convert->cli = cli;
    convert->side_out[OUT_MAIN] = cli->output;
    return check_output(convert);
}

/* Clears the references to localities that the filters left out, so that what is written
 * reads back, and says so. */
static locnet_status_t prune_references(const locnet_cli_t *cli, locnet_network_t *net)
{
    igraph_integer_t cleared = 0;
    locnet_status_t status = locnet_references_prune(net, &cleared);
    if (status == LOCNET_OK && cleared > 0)
        fprintf(stderr, "locnet %s: %" IGRAPH_PRId " reference%s to localities left out by the "
                        "filters (parents, successors, event places and co-chairs) cleared\n",
                cli->command, cleared, cleared == 1 ? "" : "s");
    return status;
}

static int run(locnet_cli_t *cli, locnet_network_t *net, void *context)
{
    convert_t *convert = context;
    if (prune_references(cli, net) != LOCNET_OK) {
        fprintf(stderr, "locnet %s: out of memory\n", cli->command);
        return LOCNET_EXIT_SOFTWARE;
    }
    locnet_status_t status = convert_add_measures(net, convert->measures, convert->measure_count,
                                                  convert->communities);
    if (status != LOCNET_OK) {
        fprintf(stderr, "locnet convert: cannot compute the measures: %s\n",
                status == LOCNET_ENOMEM ? "out of memory" : "igraph failed");
        return locnet_cli_exit_code(status);
    }
    if (convert->to == LOCNET_FILE_GRAPHML) {
        /* what XML cannot hold is a data error, said before anything is written */
        locnet_diagnostics_t problems;
        locnet_diagnostics_init(&problems);
        const char *input = cli->input != NULL ? cli->input : locnet_cli_default_dataset();
        status = locnet_graphml_check(net, input, &problems);
        locnet_diagnostics_print(&problems, stderr);
        locnet_diagnostics_destroy(&problems);
        if (status != LOCNET_OK)
            return locnet_cli_exit_code(status);
    }
    if (note_losses(convert, net) != LOCNET_OK) {
        fprintf(stderr, "locnet convert: out of memory\n");
        return LOCNET_EXIT_SOFTWARE;
    }
    return write_outputs(convert, net);
}

static const struct option options[] = {
    {"raw-csv", no_argument, NULL, LOCNET_OPT_RAW_CSV},
    {"to", required_argument, NULL, OPT_TO},
    {"localities-out", required_argument, NULL, OPT_LOCALITIES_OUT},
    {"sources-out", required_argument, NULL, OPT_SOURCES_OUT},
    {"events-out", required_argument, NULL, OPT_EVENTS_OUT},
    {"with-measures", required_argument, NULL, OPT_WITH_MEASURES},
    {"with-communities", no_argument, NULL, OPT_WITH_COMMUNITIES},
    {NULL, 0, NULL, 0}};

const locnet_command_hooks_t cmd_convert = {
    .usage = print_usage, .options = options, .request_size = sizeof(convert_t),
    .option = convert_option, .prepare = prepare, .run = run};
