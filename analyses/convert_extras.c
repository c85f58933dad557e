/* analyses/convert_extras.c: graph/centrality and graph/communities into igraph
 * attributes; io/dot's country colours, graph/projection and degrees for GEXF. */
#include "analyses/convert_extras.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "graph/attribute_types.h"
#include "graph/communities.h"
#include "io/dot/dot_writer.h"

/* Sets the numeric locality attribute name to values, replacing any attribute so named. */
static locnet_status_t set_numbers(locnet_network_t *net, const char *name,
                                   const igraph_vector_t *values, bool whole)
{
    if (igraph_cattribute_has_attr(&net->graph, IGRAPH_ATTRIBUTE_VERTEX, name))
        igraph_cattribute_remove_v(&net->graph, name);
    if (igraph_cattribute_VAN_setv(&net->graph, name, values) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    return whole ? locnet_attribute_mark_integer(net, LOCNET_DOMAIN_VERTEX, name) : LOCNET_OK;
}

static locnet_status_t add_communities(locnet_network_t *net)
{
    locnet_communities_options_t defaults;
    locnet_communities_t communities;
    locnet_communities_options_init(&defaults);
    locnet_status_t status = locnet_communities_compute(net, &defaults, &communities);
    if (status != LOCNET_OK)
        return status;
    igraph_vector_t numbers;
    if (igraph_vector_init(&numbers, locnet_locality_count(net)) != IGRAPH_SUCCESS) {
        locnet_communities_destroy(&communities);
        return LOCNET_ENOMEM;
    }
    for (igraph_integer_t v = 0; v < igraph_vector_size(&numbers); v++)
        VECTOR(numbers)[v] = (double)VECTOR(communities.membership)[v] + 1;
    status = set_numbers(net, "community", &numbers, true);
    igraph_vector_destroy(&numbers);
    locnet_communities_destroy(&communities);
    return status;
}

locnet_status_t convert_add_measures(locnet_network_t *net, const locnet_measure_t *measures,
                                     int count, bool communities)
{
    locnet_status_t status = LOCNET_OK;
    if (count > 0) {
        locnet_centrality_options_t options;
        locnet_centrality_t result;
        locnet_centrality_options_init(&options);
        for (int i = 0; i < count; i++)
            options.wanted[measures[i]] = true;
        if ((status = locnet_centrality_compute(&net->graph, &options, &result)) != LOCNET_OK)
            return status;
        for (int i = 0; i < count && status == LOCNET_OK; i++)
            status = set_numbers(net, locnet_measure_names[measures[i]],
                                 &result.values[measures[i]],
                                 locnet_measure_is_integer(measures[i]));
        locnet_centrality_destroy(&result);
    }
    return status == LOCNET_OK && communities ? add_communities(net) : status;
}

void convert_drawing_destroy(convert_drawing_t *drawing)
{
    free(drawing->colours);
    if (drawing->have_map)
        locnet_projection_destroy(&drawing->map);
    igraph_vector_destroy(&drawing->sizes);
}

locnet_status_t convert_drawing_compute(const locnet_network_t *net, convert_drawing_t *drawing)
{
    memset(drawing, 0, sizeof *drawing);
    igraph_integer_t n = locnet_locality_count(net);
    if (igraph_vector_init(&drawing->sizes, n) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    /* the degree: distinct partners, as graph/centrality.h counts them */
    locnet_status_t status = locnet_measure_compute(&net->graph, NULL, LOCNET_MEASURE_DEGREE,
                                                    &drawing->sizes);
    if (status != LOCNET_OK)
        return status;
    for (igraph_integer_t v = 0; v < n; v++)
        VECTOR(drawing->sizes)[v] = 10 + 4 * sqrt(VECTOR(drawing->sizes)[v]);
    drawing->colours = calloc((size_t)n + 1, sizeof *drawing->colours);
    if (drawing->colours == NULL)
        return LOCNET_ENOMEM;
    if ((status = locnet_dot_country_colours(net, drawing->colours)) != LOCNET_OK)
        return status;
    locnet_projection_options_t options;
    locnet_projection_options_init(&options);
    options.spacing = 0;
    if ((status = locnet_projection_compute(net, &options, &drawing->map)) != LOCNET_OK)
        return status;
    drawing->have_map = true;
    drawing->style.colours = drawing->colours;
    drawing->style.map = &drawing->map;
    drawing->style.sizes = &drawing->sizes;
    return LOCNET_OK;
}
