/* io/write/graphml_writer.c: a copy of the graph with the sources and events as graph attributes,
 * handed to igraph_write_graph_graphml. */
#include "io/write/graphml_writer.h"

#include <cjson/cJSON.h>

#include "io/write/json_writer.h"

/* Sets the graph attribute name of copy to the JSON array that text_of makes of net's records,
 * when there are count of them. */
static locnet_status_t set_records(igraph_t *copy, const locnet_network_t *net, const char *name,
                                   size_t count,
                                   locnet_status_t (*text_of)(const locnet_network_t *, char **))
{
    char *text = NULL;
    if (count == 0)
        return LOCNET_OK;
    locnet_status_t status = text_of(net, &text);
    if (status == LOCNET_OK && igraph_cattribute_GAS_set(copy, name, text) != IGRAPH_SUCCESS)
        status = LOCNET_ENOMEM;
    cJSON_free(text);
    return status;
}

locnet_status_t locnet_graphml_write(const locnet_network_t *net, FILE *out)
{
    igraph_t copy;
    if (igraph_copy(&copy, &net->graph) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    locnet_status_t status = set_records(&copy, net, "sources", net->source_count,
                                         locnet_json_sources_text);
    if (status == LOCNET_OK)
        status = set_records(&copy, net, "events", net->event_count, locnet_json_events_text);
    if (status == LOCNET_OK && igraph_write_graph_graphml(&copy, out, true) != IGRAPH_SUCCESS)
        status = ferror(out) ? LOCNET_EWRITE : LOCNET_EINTERNAL;
    else if (status == LOCNET_OK && ferror(out))
        status = LOCNET_EWRITE;
    igraph_destroy(&copy);
    return status;
}
