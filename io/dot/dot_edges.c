/* io/dot/dot_edges.c: the partnerships, each with its kind's line and an optional label, and
 * the columns of a two-country diagram. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "io/dot/dot_escape.h"
#include "io/dot/dot_internal.h"

/* One rank per country: the first country (by code) on the left; the partnerships across,
 * written left to right, put the right column after the left one. */
void dot_write_columns(dot_writer_t *w)
{
    igraph_integer_t n = locnet_locality_count(w->net);
    for (size_t column = 0; column < 2; column++) {
        size_t country = column == 0 ? w->left : 1 - w->left;
        fputs("  { rank=\"same\";", w->out);
        for (igraph_integer_t v = 0; v < n; v++) {
            if ((size_t)VECTOR(w->countries.of)[v] != country)
                continue;
            fputc(' ', w->out);
            locnet_dot_write_id(w->out, w->ids.items[v]);
            fputc(';', w->out);
        }
        fputs(" }\n", w->out);
    }
}

static locnet_status_t write_edge_label(dot_writer_t *w, igraph_integer_t e, bool *first)
{
    if (w->style->edge_label == LOCNET_DOT_EDGE_LABEL_SINCE) {
        double since = locnet_partnership_number(w->net, LOCNET_E_SINCE, e);
        if (!isnan(since)) {
            char year[32];
            snprintf(year, sizeof year, "%lld", (long long)since);
            dot_write_attribute(w->out, "label", year, first);
        }
        return LOCNET_OK;
    }
    if (w->style->edge_label != LOCNET_DOT_EDGE_LABEL_THEMES)
        return LOCNET_OK;
    locnet_list_t themes;
    locnet_list_init(&themes);
    locnet_status_t status =
        locnet_list_decode(locnet_partnership_text(w->net, LOCNET_E_THEMES, e), &themes);
    if (status == LOCNET_EDATA)
        status = LOCNET_OK;  /* not a list: no label */
    size_t length = 1;
    for (size_t i = 0; i < themes.count; i++)
        length += strlen(themes.items[i]) + 2;
    char *joined = status == LOCNET_OK && themes.count > 0 ? malloc(length) : NULL;
    if (joined != NULL) {
        joined[0] = '\0';
        for (size_t i = 0; i < themes.count; i++) {
            if (i > 0)
                strcat(joined, ", ");
            strcat(joined, themes.items[i]);
        }
        dot_write_attribute(w->out, "label", joined, first);
    } else if (status == LOCNET_OK && themes.count > 0) {
        status = LOCNET_ENOMEM;
    }
    free(joined);
    locnet_list_destroy(&themes);
    return status;
}

locnet_status_t dot_write_edges(dot_writer_t *w)
{
    igraph_integer_t m = locnet_partnership_count(w->net);
    for (igraph_integer_t e = 0; e < m; e++) {
        /* the locality listed first first; in columns, the left one first */
        igraph_integer_t a = IGRAPH_FROM(&w->net->graph, e), b = IGRAPH_TO(&w->net->graph, e);
        if (a > b) {
            igraph_integer_t swap = a;
            a = b;
            b = swap;
        }
        if (w->columns && (size_t)VECTOR(w->countries.of)[a] != w->left &&
            (size_t)VECTOR(w->countries.of)[b] == w->left) {
            igraph_integer_t swap = a;
            a = b;
            b = swap;
        }
        fputs("  ", w->out);
        locnet_dot_write_id(w->out, w->ids.items[a]);
        fputs(" -- ", w->out);
        locnet_dot_write_id(w->out, w->ids.items[b]);
        bool first = true;
        const char *line = w->kinds.styles[VECTOR(w->kinds.of)[e]];
        if (strcmp(line, "solid") != 0)
            dot_write_attribute(w->out, "style", line, &first);
        locnet_status_t status = write_edge_label(w, e, &first);
        if (status != LOCNET_OK)
            return status;
        fputs(first ? ";\n" : "];\n", w->out);
    }
    return LOCNET_OK;
}
