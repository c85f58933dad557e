/* analyses/cli_weights.c: --weight and --distance: options, checks and messages. */
#include "analyses/cli_weights.h"

#include <string.h>

#include "io/read/text_values.h"

#define SHOWN_PROBLEMS 20

int locnet_cli_weight_option(locnet_cli_t *cli, int option, const char *argument)
{
    if (option != LOCNET_OPT_WEIGHT && option != LOCNET_OPT_DISTANCE)
        return 0;
    const char *name = option == LOCNET_OPT_WEIGHT ? "weight" : "distance";
    if (argument[0] == '\0') {
        locnet_cli_usage_error(cli, "--%s needs a partnership attribute", name);
        return -1;
    }
    if (option == LOCNET_OPT_DISTANCE && strcmp(argument, LOCNET_WEIGHT_COUNT) == 0) {
        locnet_cli_usage_error(cli, "--distance count would make a pair linked by more "
                                    "partnerships farther apart; --distance needs an attribute "
                                    "that holds lengths");
        return -1;
    }
    if (option == LOCNET_OPT_WEIGHT)
        cli->weight = argument;
    else
        cli->distance = argument;
    return 1;
}

int locnet_cli_weight_misused(const locnet_cli_t *cli, locnet_value_role_t given,
                              const char *what)
{
    if (given == LOCNET_VALUE_WEIGHT)
        return locnet_cli_usage_error(
            cli, "--weight does not apply to %s: a weight is a strength (a bigger number is a "
                 "stronger tie), and %s follows shortest chains, which need a distance (a bigger "
                 "number is a longer way); give an attribute that holds lengths with "
                 "--distance ATTRIBUTE",
            what, what);
    return locnet_cli_usage_error(
        cli, "--distance does not apply to %s: a distance is a length (a bigger number is a "
             "longer way), and %s needs a weight (a bigger number is a stronger tie); give "
             "--weight count or --weight ATTRIBUTE",
        what, what);
}

/* The partnership attributes a file brought along, for the message about an absent one. */
static void print_attributes(const locnet_network_t *net)
{
    igraph_strvector_t names;
    igraph_vector_int_t types;
    igraph_strvector_init(&names, 0);
    igraph_vector_int_init(&types, 0);
    if (locnet_network_extra_attributes(net, false, &names, &types) == LOCNET_OK) {
        igraph_integer_t count = igraph_strvector_size(&names);
        fprintf(stderr, "%s", count == 0 ? "; the partnerships have no attribute of their own"
                                         : "; the partnerships' own attributes are ");
        for (igraph_integer_t i = 0; i < count; i++)
            fprintf(stderr, "%s\"%s\"", i == 0 ? "" : ", ", igraph_strvector_get(&names, i));
    }
    fputc('\n', stderr);
    igraph_strvector_destroy(&names);
    igraph_vector_int_destroy(&types);
}

static void print_problem(const char *path, const locnet_network_t *net, const char *option,
                          const char *attribute, const locnet_value_problem_t *problem)
{
    if (problem->kind == LOCNET_VALUE_ABSENT) {
        fprintf(stderr, "%s: no partnership has the attribute \"%s\" that --%s names", path,
                attribute, option);
        print_attributes(net);
        return;
    }
    igraph_integer_t e = problem->partnership;
    const char *text = problem->text != NULL ? problem->text : "";
    fprintf(stderr, "%s: partnership %lld (between %s and %s): ", path, (long long)e + 1,
            locnet_locality_text(net, LOCNET_V_ID, IGRAPH_FROM(&net->graph, e)),
            locnet_locality_text(net, LOCNET_V_ID, IGRAPH_TO(&net->graph, e)));
    switch (problem->kind) {
    case LOCNET_VALUE_MISSING:
        fprintf(stderr, "no value for --%s %s\n", option, attribute);
        break;
    case LOCNET_VALUE_NOT_NUMBER:
        fprintf(stderr, "--%s %s: \"%s\" is not a number\n", option, attribute, text);
        break;
    case LOCNET_VALUE_NEGATIVE:
        fprintf(stderr, "--%s %s: %s is negative; a %s must be 0 or more\n", option, attribute,
                text, option);
        break;
    default:
        fprintf(stderr, "--%s %s: a distance of 0 would merge two places; a distance must be "
                        "above 0\n", option, attribute);
        break;
    }
}

/* Checks one attribute; returns an exit code. */
static int check_attribute(const locnet_cli_t *cli, const char *path, const locnet_network_t *net,
                           const char *attribute, locnet_value_role_t role)
{
    const char *option = role == LOCNET_VALUE_WEIGHT ? "weight" : "distance";
    locnet_value_problems_t problems;
    igraph_vector_t values;
    locnet_value_problems_init(&problems);
    igraph_vector_init(&values, 0);
    locnet_status_t status =
        locnet_partnership_values(net, attribute, role, locnet_text_number, &problems, &values);
    for (size_t i = 0; i < problems.count && i < SHOWN_PROBLEMS; i++)
        print_problem(path, net, option, attribute, &problems.items[i]);
    if (problems.count > SHOWN_PROBLEMS)
        fprintf(stderr, "%s: %zu more partnerships with a bad %s\n", path,
                problems.count - SHOWN_PROBLEMS, option);
    if (status == LOCNET_ENOMEM)
        fprintf(stderr, "locnet %s: out of memory\n", cli->command);
    locnet_value_problems_destroy(&problems);
    igraph_vector_destroy(&values);
    return locnet_cli_exit_code(status);
}

int locnet_cli_check_values(const locnet_cli_t *cli, const char *path,
                            const locnet_network_t *net)
{
    int code = LOCNET_EXIT_OK;
    if (cli->weight != NULL)
        code = check_attribute(cli, path, net, cli->weight, LOCNET_VALUE_WEIGHT);
    if (cli->distance != NULL) {
        int other = check_attribute(cli, path, net, cli->distance, LOCNET_VALUE_DISTANCE);
        code = code != LOCNET_EXIT_OK ? code : other;
    }
    return code;
}

int locnet_cli_values(const locnet_cli_t *cli, const locnet_network_t *net, const char *attribute,
                      locnet_value_role_t role, igraph_vector_t *values)
{
    locnet_value_problems_t problems;
    locnet_value_problems_init(&problems);
    locnet_status_t status =
        locnet_partnership_values(net, attribute, role, locnet_text_number, &problems, values);
    locnet_value_problems_destroy(&problems);
    if (status == LOCNET_ENOMEM)
        fprintf(stderr, "locnet %s: out of memory\n", cli->command);
    else if (status != LOCNET_OK)  /* checked on reading; filters add no partnership */
        fprintf(stderr, "locnet %s: the --%s values changed after reading\n", cli->command,
                role == LOCNET_VALUE_WEIGHT ? "weight" : "distance");
    return status == LOCNET_OK ? LOCNET_EXIT_OK
                               : status == LOCNET_ENOMEM ? LOCNET_EXIT_SOFTWARE : LOCNET_EXIT_DATA;
}

void locnet_cli_print_weight_help(FILE *out, bool weight, bool distance)
{
    if (weight)
        fputs("  --weight count|ATTRIBUTE  a weight is a strength: a bigger number is a stronger\n"
              "                            tie. count: a pair of localities weighs its number of\n"
              "                            partnerships; ATTRIBUTE: a numeric partnership\n"
              "                            attribute (a CSV column, a GraphML key such as\n"
              "                            Gephi's Weight), summed over a pair's partnerships.\n"
              "                            Values must be numbers, 0 or more\n",
              out);
    if (distance)
        fputs("  --distance ATTRIBUTE      a distance is a length: a bigger number is a longer\n"
              "                            way. Shortest chains add up the distances of their\n"
              "                            partnerships (a pair linked several times: the\n"
              "                            shortest). Values must be numbers above 0\n",
              out);
}
