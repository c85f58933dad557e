/* graph/filters.c: partnership selection and largest component, through igraph subgraphs. */
#include "graph/filters.h"

#include "graph/components.h"
#include "graph/history.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void locnet_filter_notes_init(locnet_filter_notes_t *notes)
{
    notes->merged = 0;
    notes->dropped = 0;
    locnet_list_init(&notes->kept);
}

void locnet_filter_notes_destroy(locnet_filter_notes_t *notes)
{
    if (notes != NULL)
        locnet_list_destroy(&notes->kept);
}

void locnet_filter_init(locnet_filter_t *filter)
{
    filter->merge_look_alikes = false;
    filter->look_alike_kind = LOCNET_LOOK_ALIKE_SPELLING;
    filter->as_of = NULL;
    filter->level = NULL;
    locnet_list_init(&filter->kinds);
    locnet_list_init(&filter->themes);
    filter->since = NAN;
    filter->until = NAN;
    filter->largest = false;
    filter->country_name = NULL;
}

void locnet_filter_destroy(locnet_filter_t *filter)
{
    if (filter == NULL)
        return;
    free(filter->as_of);
    free(filter->level);
    filter->as_of = filter->level = NULL;
    locnet_list_destroy(&filter->kinds);
    locnet_list_destroy(&filter->themes);
}

bool locnet_filter_selects_partnerships(const locnet_filter_t *filter)
{
    return filter->kinds.count > 0 || filter->themes.count > 0 || !isnan(filter->since) ||
           !isnan(filter->until);
}

static bool list_has(const locnet_list_t *list, const char *item)
{
    for (size_t i = 0; i < list->count; i++) {
        if (strcmp(list->items[i], item) == 0)
            return true;
    }
    return false;
}

static bool partnership_selected(const locnet_filter_t *filter, const locnet_network_t *net,
                                 igraph_integer_t edge)
{
    if (filter->kinds.count > 0 &&
        !list_has(&filter->kinds, locnet_partnership_text(net, LOCNET_E_KIND, edge)))
        return false;
    if (filter->themes.count > 0 &&
        !locnet_list_contains_any(locnet_partnership_text(net, LOCNET_E_THEMES, edge), &filter->themes))
        return false;
    double since = locnet_partnership_number(net, LOCNET_E_SINCE, edge);
    if (!isnan(filter->since) && !(since >= filter->since))
        return false;
    if (!isnan(filter->until) && !(since <= filter->until))
        return false;
    return true;
}

/* Replaces *net with the subgraph igraph made into *graph (moved). */
static locnet_status_t replace_graph(locnet_network_t *net, igraph_t *graph)
{
    locnet_network_t result;
    locnet_status_t status = locnet_network_adopt(&result, graph, net);
    if (status == LOCNET_OK)
        locnet_network_replace(net, &result);
    return status;
}

static locnet_status_t keep_selected_partnerships(const locnet_filter_t *filter,
                                                  locnet_network_t *net)
{
    locnet_status_t status = LOCNET_ENOMEM;
    igraph_vector_int_t kept;
    igraph_es_t edges;
    igraph_t subgraph;
    if (igraph_vector_int_init(&kept, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    igraph_integer_t count = locnet_partnership_count(net);
    for (igraph_integer_t e = 0; e < count; e++) {
        if (partnership_selected(filter, net, e) &&
            igraph_vector_int_push_back(&kept, e) != IGRAPH_SUCCESS)
            goto cleanup;
    }
    igraph_es_vector(&edges, &kept);
    if (igraph_subgraph_edges(&net->graph, &subgraph, edges, true) != IGRAPH_SUCCESS)
        goto cleanup;
    status = replace_graph(net, &subgraph);
cleanup:
    igraph_vector_int_destroy(&kept);
    return status;
}

static locnet_status_t keep_largest_component(locnet_network_t *net)
{
    locnet_components_t components;
    igraph_vector_int_t members;
    igraph_t subgraph;
    locnet_status_t status = locnet_components_compute(net, &components);
    if (status != LOCNET_OK)
        return status;
    status = LOCNET_ENOMEM;
    igraph_vector_int_init(&members, 0);
    if (components.count <= 1) {
        status = LOCNET_OK;
        goto cleanup;
    }
    /* component 0 is the largest, ties going to the alphabetically first member's */
    if (locnet_component_vertices(&components, 0, &members) != LOCNET_OK)
        goto cleanup;
    if (igraph_induced_subgraph(&net->graph, &subgraph, igraph_vss_vector(&members),
                                IGRAPH_SUBGRAPH_AUTO) != IGRAPH_SUCCESS)
        goto cleanup;
    status = replace_graph(net, &subgraph);
cleanup:
    locnet_components_destroy(&components);
    igraph_vector_int_destroy(&members);
    return status;
}

locnet_status_t locnet_filter_apply(const locnet_filter_t *filter, locnet_network_t *net,
                                    locnet_filter_notes_t *notes)
{
    locnet_status_t status = LOCNET_OK;
    if (filter->merge_look_alikes)
        status = locnet_look_alikes_merge(net, filter->look_alike_kind, NULL);
    if (status == LOCNET_OK && filter->as_of != NULL)
        status = locnet_history_as_of(net, filter->as_of, notes != NULL ? &notes->merged : NULL);
    igraph_integer_t *dropped = notes != NULL ? &notes->dropped : NULL;
    if (status == LOCNET_OK && filter->level != NULL &&
        strcmp(filter->level, LOCNET_LEVEL_COUNTRY) == 0)
        status = locnet_history_roll_up_countries(net, filter->country_name, dropped);
    else if (status == LOCNET_OK && filter->level != NULL)
        status = locnet_history_roll_up(net, filter->level, notes != NULL ? &notes->kept : NULL,
                                        dropped);
    if (status == LOCNET_OK && locnet_filter_selects_partnerships(filter))
        status = keep_selected_partnerships(filter, net);
    if (status == LOCNET_OK && filter->largest)
        status = keep_largest_component(net);
    return status;
}
