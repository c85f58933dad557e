/* io/write/graphml_writer.c: a copy of the graph with the sources and events as graph attributes,
 * handed to igraph_write_graph_graphml. */
#include "io/write/graphml_writer.h"

#include <cjson/cJSON.h>

#include "io/write/json_writer.h"

/* The first character of text that XML 1.0 cannot hold, or 0. text is valid UTF-8. */
static unsigned long unwritable_in_xml(const char *text)
{
    for (const unsigned char *at = (const unsigned char *)text; *at != '\0'; at++) {
        if (*at < 0x20 && *at != '\t' && *at != '\n' && *at != '\r')
            return *at;
        if (at[0] == 0xEF && at[1] == 0xBF && (at[2] == 0xBE || at[2] == 0xBF))
            return at[2] == 0xBE ? 0xFFFE : 0xFFFF;
    }
    return 0;
}

/* Reports the texts of one string attribute that XML cannot hold; counts them in *found. */
static locnet_status_t check_attribute(const locnet_network_t *net, const char *input,
                                       bool vertices, const char *name,
                                       locnet_diagnostics_t *diagnostics, size_t *found)
{
    igraph_strvector_t texts;
    if (igraph_strvector_init(&texts, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    igraph_error_t rc = vertices ? igraph_cattribute_VASV(&net->graph, name, igraph_vss_all(),
                                                          &texts)
                                 : igraph_cattribute_EASV(&net->graph, name,
                                                          igraph_ess_all(IGRAPH_EDGEORDER_ID),
                                                          &texts);
    igraph_integer_t count = rc == IGRAPH_SUCCESS ? igraph_strvector_size(&texts) : 0;
    for (igraph_integer_t i = 0; i < count; i++) {
        unsigned long bad = unwritable_in_xml(igraph_strvector_get(&texts, i));
        if (bad == 0)
            continue;
        ++*found;
        if (diagnostics == NULL)
            continue;
        if (vertices)
            locnet_diagnostics_add(diagnostics, input, 0, 0,
                                   "locality \"%s\": field \"%s\" holds U+%04lX, which GraphML "
                                   "(XML 1.0) cannot hold",
                                   locnet_locality_text(net, LOCNET_V_ID, i), name, bad);
        else
            locnet_diagnostics_add(diagnostics, input, 0, 0,
                                   "partnership %lld: field \"%s\" holds U+%04lX, which GraphML "
                                   "(XML 1.0) cannot hold",
                                   (long long)i + 1, name, bad);
    }
    igraph_strvector_destroy(&texts);
    return rc == IGRAPH_SUCCESS ? LOCNET_OK : LOCNET_ENOMEM;
}

locnet_status_t locnet_graphml_check(const locnet_network_t *net, const char *input,
                                     locnet_diagnostics_t *diagnostics)
{
    igraph_strvector_t names[2];
    igraph_vector_int_t types[2];
    bool made = igraph_strvector_init(&names[0], 0) == IGRAPH_SUCCESS;
    made = igraph_strvector_init(&names[1], 0) == IGRAPH_SUCCESS && made;
    made = igraph_vector_int_init(&types[0], 0) == IGRAPH_SUCCESS && made;
    made = igraph_vector_int_init(&types[1], 0) == IGRAPH_SUCCESS && made;
    locnet_status_t status = LOCNET_ENOMEM;
    size_t found = 0;
    if (!made || igraph_cattribute_list(&net->graph, NULL, NULL, &names[0], &types[0], &names[1],
                                        &types[1]) != IGRAPH_SUCCESS)
        goto cleanup;
    status = LOCNET_OK;
    for (int kind = 0; kind < 2 && status == LOCNET_OK; kind++) {
        igraph_integer_t count = igraph_strvector_size(&names[kind]);
        for (igraph_integer_t i = 0; status == LOCNET_OK && i < count; i++) {
            if (VECTOR(types[kind])[i] == IGRAPH_ATTRIBUTE_STRING)
                status = check_attribute(net, input, kind == 0,
                                         igraph_strvector_get(&names[kind], i), diagnostics,
                                         &found);
        }
    }
    if (status == LOCNET_OK && found > 0)
        status = LOCNET_EDATA;
cleanup:
    for (int kind = 0; kind < 2; kind++) {
        igraph_strvector_destroy(&names[kind]);
        igraph_vector_int_destroy(&types[kind]);
    }
    return status;
}

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
    locnet_status_t status = locnet_graphml_check(net, "", NULL);
    if (status != LOCNET_OK)
        return status;
    igraph_t copy;
    if (igraph_copy(&copy, &net->graph) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    status = set_records(&copy, net, "sources", net->source_count, locnet_json_sources_text);
    if (status == LOCNET_OK)
        status = set_records(&copy, net, "events", net->event_count, locnet_json_events_text);
    if (status == LOCNET_OK && igraph_write_graph_graphml(&copy, out, true) != IGRAPH_SUCCESS)
        status = ferror(out) ? LOCNET_EWRITE : LOCNET_EINTERNAL;
    else if (status == LOCNET_OK && ferror(out))
        status = LOCNET_EWRITE;
    igraph_destroy(&copy);
    return status;
}
