/* graph/weights.c: partnership attributes as numbers, checked; combined over repeated pairs
 * through igraph_get_eids on the simple graph. */
#include "graph/weights.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph/growable.h"


void locnet_value_problems_init(locnet_value_problems_t *problems)
{
    memset(problems, 0, sizeof *problems);
}

void locnet_value_problems_destroy(locnet_value_problems_t *problems)
{
    if (problems == NULL)
        return;
    for (size_t i = 0; i < problems->count; i++)
        free(problems->items[i].text);
    free(problems->items);
    memset(problems, 0, sizeof *problems);
}

static locnet_status_t add_problem(locnet_value_problems_t *problems, igraph_integer_t partnership,
                                   locnet_value_problem_kind_t kind, const char *text)
{
    if (LOCNET_GROW(&problems->items, &problems->capacity, problems->count) != LOCNET_OK)
        return LOCNET_ENOMEM;
    char *copy = text != NULL ? strdup(text) : NULL;
    if (text != NULL && copy == NULL)
        return LOCNET_ENOMEM;
    problems->items[problems->count++] = (locnet_value_problem_t){partnership, kind, copy};
    return LOCNET_OK;
}

/* The type of the partnership attribute called name; LOCNET_ENOTFOUND when there is none. */
static locnet_status_t edge_attribute_type(const locnet_network_t *net, const char *name,
                                           igraph_attribute_type_t *type)
{
    igraph_strvector_t names;
    igraph_vector_int_t types;
    locnet_status_t status = LOCNET_ENOMEM;
    igraph_strvector_init(&names, 0);
    igraph_vector_int_init(&types, 0);
    if (igraph_cattribute_list(&net->graph, NULL, NULL, NULL, NULL, &names, &types) ==
        IGRAPH_SUCCESS) {
        status = LOCNET_ENOTFOUND;
        for (igraph_integer_t i = 0; i < igraph_strvector_size(&names); i++) {
            if (strcmp(igraph_strvector_get(&names, i), name) == 0) {
                *type = (igraph_attribute_type_t)VECTOR(types)[i];
                status = LOCNET_OK;
            }
        }
    }
    igraph_strvector_destroy(&names);
    igraph_vector_int_destroy(&types);
    return status;
}

/* The value of partnership e into *value, or the kind of problem it has. */
static bool read_value(const locnet_network_t *net, const char *attribute, bool numeric,
                       locnet_number_parser_t parse, igraph_integer_t e, double *value,
                       locnet_value_problem_kind_t *problem, const char **text)
{
    *text = NULL;
    if (numeric) {
        *value = igraph_cattribute_EAN(&net->graph, attribute, e);
        *problem = isnan(*value) ? LOCNET_VALUE_MISSING : LOCNET_VALUE_NOT_NUMBER;
        return isfinite(*value);
    }
    *text = igraph_cattribute_EAS(&net->graph, attribute, e);
    *problem = (*text)[0] == '\0' ? LOCNET_VALUE_MISSING : LOCNET_VALUE_NOT_NUMBER;
    return (*text)[0] != '\0' && parse(*text, value) && isfinite(*value);
}

locnet_status_t locnet_partnership_values(const locnet_network_t *net, const char *attribute,
                                          locnet_value_role_t role, locnet_number_parser_t parse,
                                          locnet_value_problems_t *problems,
                                          igraph_vector_t *values)
{
    igraph_integer_t count = locnet_partnership_count(net);
    if (igraph_vector_resize(values, count) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    if (role == LOCNET_VALUE_WEIGHT && strcmp(attribute, LOCNET_WEIGHT_COUNT) == 0) {
        igraph_vector_fill(values, 1);
        return LOCNET_OK;
    }
    igraph_attribute_type_t type;
    locnet_status_t status = edge_attribute_type(net, attribute, &type);
    if (status == LOCNET_ENOMEM)
        return status;
    if (status != LOCNET_OK || (type != IGRAPH_ATTRIBUTE_NUMERIC && type != IGRAPH_ATTRIBUTE_STRING))
        return add_problem(problems, -1, LOCNET_VALUE_ABSENT, NULL) == LOCNET_OK ? LOCNET_EDATA
                                                                                : LOCNET_ENOMEM;
    size_t before = problems->count;
    for (igraph_integer_t e = 0; e < count; e++) {
        double value = NAN;
        const char *text;
        locnet_value_problem_kind_t problem;
        if (read_value(net, attribute, type == IGRAPH_ATTRIBUTE_NUMERIC, parse, e, &value,
                       &problem, &text)) {
            if (value < 0)
                problem = LOCNET_VALUE_NEGATIVE;
            else if (value == 0 && role == LOCNET_VALUE_DISTANCE)
                problem = LOCNET_VALUE_ZERO;
            else {
                VECTOR(*values)[e] = value;
                continue;
            }
        }
        char number[32];
        if (text == NULL && !isnan(value)) {  /* a numeric attribute: the value as text */
            snprintf(number, sizeof number, "%.15g", value);
            text = number;
        }
        if (add_problem(problems, e, problem, text) != LOCNET_OK)
            return LOCNET_ENOMEM;
    }
    return problems->count > before ? LOCNET_EDATA : LOCNET_OK;
}

locnet_status_t locnet_simple_values(const igraph_t *graph, const igraph_t *simple,
                                     const igraph_vector_t *values, locnet_value_role_t role,
                                     igraph_vector_t *simple_values)
{
    igraph_vector_int_t pairs, links;
    igraph_vector_int_init(&pairs, 0);
    igraph_vector_int_init(&links, 0);
    locnet_status_t status = LOCNET_ENOMEM;
    igraph_integer_t edges = igraph_ecount(graph);
    if (igraph_vector_resize(simple_values, igraph_ecount(simple)) != IGRAPH_SUCCESS ||
        igraph_vector_int_reserve(&pairs, 2 * edges) != IGRAPH_SUCCESS)
        goto cleanup;
    for (igraph_integer_t e = 0; e < edges; e++) {
        if (IGRAPH_FROM(graph, e) == IGRAPH_TO(graph, e))
            continue;  /* a loop is no link of the simple graph */
        igraph_vector_int_push_back(&pairs, IGRAPH_FROM(graph, e));
        igraph_vector_int_push_back(&pairs, IGRAPH_TO(graph, e));
    }
    if (igraph_get_eids(simple, &links, &pairs, false, true) != IGRAPH_SUCCESS)
        goto cleanup;
    igraph_vector_fill(simple_values, role == LOCNET_VALUE_WEIGHT ? 0 : INFINITY);
    for (igraph_integer_t e = 0, i = 0; e < edges; e++) {
        if (IGRAPH_FROM(graph, e) == IGRAPH_TO(graph, e))
            continue;
        double *link = &VECTOR(*simple_values)[VECTOR(links)[i++]];
        double value = VECTOR(*values)[e];
        *link = role == LOCNET_VALUE_WEIGHT ? *link + value : fmin(*link, value);
    }
    status = LOCNET_OK;
cleanup:
    igraph_vector_int_destroy(&pairs);
    igraph_vector_int_destroy(&links);
    return status;
}
