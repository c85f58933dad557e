/* io/read/graphml_types.c: the declared types of a parsed GraphML document put back on the
 * network through igraph's C attribute handler. */
#include "io/read/graphml_types.h"

#include <stdlib.h>
#include <string.h>

#include "graph/attribute_types.h"
#include "io/read/text_values.h"

const char *locnet_graphml_type_problem(locnet_graphml_type_t type, const char *text)
{
    double number;
    bool truth;
    if (text == NULL)
        return NULL;
    if (type == LOCNET_GRAPHML_NUMBER && !locnet_text_number(text, &number))
        return "a number";
    if (type == LOCNET_GRAPHML_BOOLEAN && !locnet_text_boolean(text, &truth))
        return "true or false";
    return NULL;
}

bool locnet_graphml_is_graph_attribute(const locnet_graphml_document_t *document, size_t k)
{
    const char *name = document->keys[k].name;
    return name != NULL && (document->keys[k].domains & LOCNET_GRAPHML_GRAPH) &&
           strcmp(name, "sources") != 0 && strcmp(name, "events") != 0 &&
           strcmp(name, LOCNET_G_INTEGERS) != 0;
}

/* Turns net's text attribute name (of vertices or edges) into a boolean one. */
static locnet_status_t restore_boolean(locnet_network_t *net, bool vertices, const char *name)
{
    igraph_integer_t count = vertices ? igraph_vcount(&net->graph) : igraph_ecount(&net->graph);
    igraph_vector_bool_t values;
    if (igraph_vector_bool_init(&values, count) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    for (igraph_integer_t i = 0; i < count; i++) {
        const char *text = vertices ? igraph_cattribute_VAS(&net->graph, name, i)
                                    : igraph_cattribute_EAS(&net->graph, name, i);
        VECTOR(values)[i] = text != NULL && strcmp(text, "true") == 0;
    }
    if (vertices)
        igraph_cattribute_remove_v(&net->graph, name);
    else
        igraph_cattribute_remove_e(&net->graph, name);
    igraph_error_t rc = vertices ? igraph_cattribute_VAB_setv(&net->graph, name, &values)
                                 : igraph_cattribute_EAB_setv(&net->graph, name, &values);
    igraph_vector_bool_destroy(&values);
    return rc == IGRAPH_SUCCESS ? LOCNET_OK : LOCNET_ENOMEM;
}

/* Sets the graph attribute of key k from the graph's data (or the key's default). */
static locnet_status_t set_graph_attribute(const locnet_graphml_document_t *document, size_t k,
                                           locnet_network_t *net)
{
    const locnet_graphml_key_t *key = &document->keys[k];
    const locnet_graphml_data_t *data = locnet_graphml_data_of(document, &document->graph, k);
    const char *text = data != NULL ? data->text : key->fallback;
    double number;
    bool truth;
    igraph_error_t rc = IGRAPH_SUCCESS;
    if (text == NULL)
        return LOCNET_OK;
    if (key->type == LOCNET_GRAPHML_BOOLEAN && locnet_text_boolean(text, &truth))
        rc = igraph_cattribute_GAB_set(&net->graph, key->name, truth);
    else if (key->type == LOCNET_GRAPHML_TEXT)
        rc = igraph_cattribute_GAS_set(&net->graph, key->name, text);
    else if (key->type == LOCNET_GRAPHML_NUMBER && locnet_text_number(text, &number))
        rc = igraph_cattribute_GAN_set(&net->graph, key->name, number);
    else
        return LOCNET_OK;
    if (rc != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    return key->type == LOCNET_GRAPHML_NUMBER && key->whole
               ? locnet_attribute_mark_integer(net, LOCNET_DOMAIN_GRAPH, key->name)
               : LOCNET_OK;
}

/* The type of attribute name among names and types (as igraph_cattribute_list gives them);
 * false when there is none so named. */
static bool type_of(const igraph_strvector_t *names, const igraph_vector_int_t *types,
                    const char *name, igraph_attribute_type_t *type)
{
    for (igraph_integer_t i = 0; i < igraph_strvector_size(names); i++) {
        if (strcmp(igraph_strvector_get(names, i), name) == 0) {
            *type = (igraph_attribute_type_t)VECTOR(*types)[i];
            return true;
        }
    }
    return false;
}

/* Booleans and whole numbers of the extra attributes of key (vertices or edges: d 1 or 2),
 * names and types listing net's attributes as they were before any was turned boolean. */
static locnet_status_t restore_extra(const locnet_graphml_key_t *key, int d,
                                     const igraph_strvector_t *names,
                                     const igraph_vector_int_t *types, locnet_network_t *net)
{
    igraph_attribute_type_t type;
    if (!type_of(&names[d], &types[d], key->name, &type))
        return LOCNET_OK;
    if (key->type == LOCNET_GRAPHML_BOOLEAN && type == IGRAPH_ATTRIBUTE_STRING)
        return restore_boolean(net, d == 1, key->name);
    if (key->type == LOCNET_GRAPHML_NUMBER && key->whole && type == IGRAPH_ATTRIBUTE_NUMERIC)
        return locnet_attribute_mark_integer(net, d == 1 ? LOCNET_DOMAIN_VERTEX
                                                         : LOCNET_DOMAIN_EDGE, key->name);
    return LOCNET_OK;
}

locnet_status_t locnet_graphml_restore_types(const locnet_graphml_document_t *document,
                                             const bool *used, locnet_network_t *net)
{
    igraph_strvector_t names[3];
    igraph_vector_int_t types[3];
    bool made = true;
    for (int d = 0; d < 3; d++) {
        made = igraph_strvector_init(&names[d], 0) == IGRAPH_SUCCESS && made;
        made = igraph_vector_int_init(&types[d], 0) == IGRAPH_SUCCESS && made;
    }
    locnet_status_t status = LOCNET_ENOMEM;
    if (made && igraph_cattribute_list(&net->graph, &names[0], &types[0], &names[1], &types[1],
                                       &names[2], &types[2]) == IGRAPH_SUCCESS)
        status = LOCNET_OK;
    static const unsigned domains[3] = {0, LOCNET_GRAPHML_NODE, LOCNET_GRAPHML_EDGE};
    for (size_t k = 0; status == LOCNET_OK && k < document->key_count; k++) {
        const locnet_graphml_key_t *key = &document->keys[k];
        if (locnet_graphml_is_graph_attribute(document, k))
            status = set_graph_attribute(document, k, net);
        for (int d = 1; d < 3 && status == LOCNET_OK && !used[k] && key->name != NULL; d++) {
            if (key->domains & domains[d])
                status = restore_extra(key, d, names, types, net);
        }
    }
    for (int d = 0; d < 3; d++) {
        igraph_strvector_destroy(&names[d]);
        igraph_vector_int_destroy(&types[d]);
    }
    return status;
}
