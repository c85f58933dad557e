/* analyses/cli_look_alikes.c: look-alike groups (with diacritics ignored), said on stderr. */
#include "analyses/cli_look_alikes.h"

#include <stdio.h>

#include "graph/look_alikes.h"

/* Finds the groups with diacritics ignored; false (said) when out of memory. */
static bool find_groups(const char *who, const locnet_network_t *net,
                        igraph_vector_int_t *degrees, locnet_look_alikes_t *groups)
{
    /* both made before checking: a failed init leaves what destroy accepts */
    bool made = locnet_look_alikes_init(groups) == LOCNET_OK;
    made = igraph_vector_int_init(degrees, 0) == IGRAPH_SUCCESS && made;
    bool found = made &&
                 locnet_look_alikes_find(net, LOCNET_LOOK_ALIKE_DIACRITICS, groups) == LOCNET_OK &&
                 igraph_degree(&net->graph, degrees, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS) ==
                     IGRAPH_SUCCESS;
    if (!found)
        fprintf(stderr, "%s: out of memory while looking for look-alike names\n", who);
    return found;
}

void locnet_cli_note_look_alikes(const locnet_cli_t *cli, const char *path,
                                 const locnet_network_t *net)
{
    char who[64];
    snprintf(who, sizeof who, "locnet %s", cli->command);
    locnet_look_alikes_t groups;
    igraph_vector_int_t degrees;
    if (find_groups(who, net, &degrees, &groups) && locnet_look_alikes_count(&groups) > 0) {
        igraph_integer_t count = locnet_look_alikes_count(&groups);
        igraph_integer_t a = VECTOR(groups.members)[0], b = VECTOR(groups.members)[1];
        locnet_shown_printf(stderr,
                            "%s: note: %s has %lld group%s of localities of one country whose "
                            "names differ only in case, spacing or diacritics, such as \"%s\" "
                            "and \"%s\" (%s); locnet validate lists them, --look-alikes "
                            "merges them\n",
                            who, path, (long long)count, count == 1 ? "" : "s",
                            locnet_locality_text(net, LOCNET_V_NAME, a),
                            locnet_locality_text(net, LOCNET_V_NAME, b),
                            locnet_locality_text(net, LOCNET_V_COUNTRY, a));
    }
    locnet_look_alikes_destroy(&groups);
    igraph_vector_int_destroy(&degrees);
}

long locnet_cli_list_look_alikes(const char *path, const locnet_network_t *net)
{
    locnet_look_alikes_t groups;
    igraph_vector_int_t degrees;
    long count = -1;
    if (find_groups("locnet validate", net, &degrees, &groups)) {
        count = (long)locnet_look_alikes_count(&groups);
        for (long g = 0; g < count; g++) {
            igraph_integer_t from = VECTOR(groups.first)[g], to = VECTOR(groups.first)[g + 1];
            igraph_integer_t v = VECTOR(groups.members)[from];
            locnet_shown_printf(stderr, "%s: note: look-alike names (%s %s):", path,
                                locnet_locality_text(net, LOCNET_V_COUNTRY, v),
                                locnet_locality_text(net, LOCNET_V_LEVEL, v));
            for (igraph_integer_t i = from; i < to; i++) {
                v = VECTOR(groups.members)[i];
                long long partnerships = VECTOR(degrees)[v];
                locnet_shown_printf(stderr, "%s \"%s\" (%s, %lld partnership%s)",
                                    i > from ? "," : "",
                                    locnet_locality_text(net, LOCNET_V_NAME, v),
                                    locnet_locality_text(net, LOCNET_V_ID, v), partnerships,
                                    partnerships == 1 ? "" : "s");
            }
            fputc('\n', stderr);
        }
    }
    locnet_look_alikes_destroy(&groups);
    igraph_vector_int_destroy(&degrees);
    return count;
}
