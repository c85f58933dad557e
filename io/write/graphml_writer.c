/* io/write/graphml_writer.c: a copy of the graph with the sources and events as graph attributes,
 * handed to igraph_write_graph_graphml. */
#include "io/write/graphml_writer.h"

#include <cjson/cJSON.h>

#include "io/write/json_writer.h"

locnet_status_t locnet_graphml_write(const locnet_network_t *net, FILE *out)
{
    igraph_t copy;
    char *sources = NULL, *events = NULL;
    if (igraph_copy(&copy, &net->graph) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    locnet_status_t status = LOCNET_OK;
    if (net->source_count > 0) {
        if ((status = locnet_json_sources_text(net, &sources)) != LOCNET_OK)
            goto cleanup;
        if (igraph_cattribute_GAS_set(&copy, "sources", sources) != IGRAPH_SUCCESS) {
            status = LOCNET_ENOMEM;
            goto cleanup;
        }
    }
    if (net->event_count > 0) {
        if ((status = locnet_json_events_text(net, &events)) != LOCNET_OK)
            goto cleanup;
        if (igraph_cattribute_GAS_set(&copy, "events", events) != IGRAPH_SUCCESS) {
            status = LOCNET_ENOMEM;
            goto cleanup;
        }
    }
    if (igraph_write_graph_graphml(&copy, out, true) != IGRAPH_SUCCESS)
        status = ferror(out) ? LOCNET_EWRITE : LOCNET_EINTERNAL;
    else if (ferror(out))
        status = LOCNET_EWRITE;
cleanup:
    cJSON_free(sources);
    cJSON_free(events);
    igraph_destroy(&copy);
    return status;
}
