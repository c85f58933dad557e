/* io/dot/dot_layout.c: the Graphviz engine a diagram is drawn with when the user picks none. */
#include <string.h>

#include "io/dot/dot_writer.h"

/* True for exactly two countries with a partnership between them (the dot engine's
 * columns). */
static bool two_countries_across(const locnet_network_t *net)
{
    igraph_integer_t m = locnet_partnership_count(net), n = locnet_locality_count(net);
    const char *first = n > 0 ? locnet_locality_text(net, LOCNET_V_COUNTRY, 0) : "";
    const char *second = NULL;
    for (igraph_integer_t v = 1; v < n; v++) {
        const char *country = locnet_locality_text(net, LOCNET_V_COUNTRY, v);
        if (strcmp(country, first) == 0 || (second != NULL && strcmp(country, second) == 0))
            continue;
        if (second != NULL)
            return false;
        second = country;
    }
    for (igraph_integer_t e = 0; second != NULL && e < m; e++) {
        if (strcmp(locnet_locality_text(net, LOCNET_V_COUNTRY, IGRAPH_FROM(&net->graph, e)),
                   locnet_locality_text(net, LOCNET_V_COUNTRY, IGRAPH_TO(&net->graph, e))) != 0)
            return true;
    }
    return false;
}

const char *locnet_dot_default_layout(const locnet_network_t *net, const locnet_dot_style_t *style)
{
    if (style->cluster != LOCNET_DOT_CLUSTER_NONE)
        return "dot";
    if (locnet_locality_count(net) > LOCNET_DOT_SMALL)
        return "sfdp";
    return style->columns && two_countries_across(net) ? "dot" : "neato";
}
