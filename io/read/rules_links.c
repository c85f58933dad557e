/* io/read/rules_links.c: references kept with their places, checked once their targets may be
 * read, and the cycles they form. */
#include "io/read/rules_links.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph/growable.h"
#include "graph/limits.h"

struct locnet_rules_link {
    char *id;
    locnet_place_t place;      /* where the reference is written */
    locnet_link_kind_t kind;
    igraph_integer_t element;  /* the partnership (END) or the locality (PARENT, SUCCESSOR) */
    int end;                   /* END: 0 for a, 1 for b */
};
typedef locnet_rules_link_t link_t;

locnet_status_t locnet_rules_link(locnet_rules_t *rules, const locnet_record_view_t *view,
                                  const char *field, const char *id, locnet_link_kind_t kind,
                                  igraph_integer_t element, int end)
{
    if (LOCNET_GROW(&rules->links, &rules->link_capacity, rules->link_count) != LOCNET_OK)
        return LOCNET_ENOMEM;
    link_t *link = &rules->links[rules->link_count];
    memset(link, 0, sizeof *link);
    if ((link->id = strdup(id)) == NULL)
        return LOCNET_ENOMEM;
    view->place(view->self, field, &link->place);
    link->kind = kind;
    link->element = element;
    link->end = end;
    rules->link_count++;
    return LOCNET_OK;
}

locnet_status_t locnet_rules_cite(locnet_rules_t *rules, const locnet_record_view_t *view,
                                  const char *field, const locnet_list_t *ids)
{
    for (size_t i = 0; i < ids->count; i++) {
        if (locnet_builder_has_source(&rules->builder, ids->items[i]))
            continue;
        locnet_status_t status = locnet_rules_link(rules, view, field, ids->items[i],
                                                   LOCNET_LINK_SOURCE, -1, 0);
        if (status != LOCNET_OK)
            return status;
    }
    return LOCNET_OK;
}

void locnet_rules_links_destroy(locnet_rules_t *rules)
{
    for (size_t i = 0; i < rules->link_count; i++)
        free(rules->links[i].id);
    free(rules->links);
    rules->links = NULL;
    rules->link_count = rules->link_capacity = rules->links_checked = 0;
}

/* Reports a problem at a link's place. */
static void report_link(locnet_rules_t *rules, const link_t *link, const char *message)
{
    rules->report(rules->reporter, &link->place, message);
    rules->problems++;
}

/* Checks one link: sets a partnership's end, or reports what it names that does not exist. */
static void check_link(locnet_rules_t *rules, const link_t *link)
{
    igraph_integer_t vertex = -1;
    bool found = link->kind == LOCNET_LINK_SOURCE ? locnet_builder_has_source(&rules->builder, link->id)
                 : link->kind == LOCNET_LINK_EVENT
                     ? locnet_builder_has_event(&rules->builder, link->id)
                     : locnet_builder_find_locality(&rules->builder, link->id, &vertex);
    if (found) {
        if (link->kind == LOCNET_LINK_END)
            locnet_builder_set_endpoint(&rules->builder, link->element, link->end, vertex);
        return;
    }
    static const char *const what[] = {
        [LOCNET_LINK_END] = "unknown locality", [LOCNET_LINK_PARENT] = "unknown parent locality",
        [LOCNET_LINK_SUCCESSOR] = "unknown successor locality",
        [LOCNET_LINK_SOURCE] = "cites unknown source",
        [LOCNET_LINK_PLACE] = "unknown place locality",
        [LOCNET_LINK_COCHAIR] = "unknown co-chair locality",
        [LOCNET_LINK_EVENT] = "unknown event",
    };
    const char *hint = link->kind == LOCNET_LINK_SOURCE  ? rules->unknown_source_hint
                       : link->kind == LOCNET_LINK_EVENT ? rules->unknown_event_hint
                                                         : NULL;
    hint = hint != NULL ? hint : "";
    char message[LOCNET_MESSAGE_SIZE];
    snprintf(message, sizeof message, "%s \"%.*s\"%s", what[link->kind], LOCNET_QUOTE_SIZE,
             link->id, hint);
    report_link(rules, link, message);
}

void locnet_rules_resolve(locnet_rules_t *rules)
{
    size_t kept = rules->links_checked;
    for (size_t i = rules->links_checked; i < rules->link_count; i++) {
        link_t link = rules->links[i];
        check_link(rules, &link);
        if (link.kind == LOCNET_LINK_PARENT || link.kind == LOCNET_LINK_SUCCESSOR)
            rules->links[kept++] = link;  /* for the cycles */
        else
            free(link.id);
    }
    rules->link_count = rules->links_checked = kept;
}

/* Writes the cycle through u ("parent links form a cycle: A → B → A", at most 8 steps). */
static void describe_cycle(const locnet_rules_t *rules, const igraph_integer_t *next,
                           igraph_integer_t u, const char *what, char *chain, size_t size)
{
    const locnet_network_builder_t *builder = &rules->builder;
    int written = snprintf(chain, size, "%s form a cycle: %s", what,
                           locnet_builder_locality_id(builder, u));
    igraph_integer_t w = next[u];
    for (int step = 0; step < 8 && written > 0 && (size_t)written < size; step++, w = next[w]) {
        written += snprintf(chain + written, size - (size_t)written, " \xE2\x86\x92 %s",
                            locnet_builder_locality_id(builder, w));
        if (w == u)
            break;
    }
    if (w != u && written > 0 && (size_t)written < size)
        snprintf(chain + written, size - (size_t)written, " \xE2\x86\x92 ...");
}

/* Reports each cycle of parent links (or successions) once, at the link that closes it. Runs
 * only on an input without other problems, where every locality making a link was added, so
 * that the links' elements are the localities' vertices. */
static void report_cycles(locnet_rules_t *rules, locnet_link_kind_t kind)
{
    igraph_integer_t n = locnet_builder_locality_count(&rules->builder);
    igraph_integer_t *next = malloc(((size_t)n + 1) * sizeof *next);
    size_t *closing = malloc(((size_t)n + 1) * sizeof *closing);
    char *state = calloc((size_t)n + 1, 1);  /* 0 unseen, 1 on the current walk, 2 done */
    if (next == NULL || closing == NULL || state == NULL)
        goto cleanup;  /* the check is skipped, as --as-of and --level still detect cycles */
    for (igraph_integer_t v = 0; v < n; v++)
        next[v] = -1;
    for (size_t i = 0; i < rules->link_count; i++) {
        const link_t *link = &rules->links[i];
        igraph_integer_t target;
        if (link->kind == kind && link->element >= 0 && link->element < n &&
            locnet_builder_find_locality(&rules->builder, link->id, &target)) {
            next[link->element] = target;
            closing[link->element] = i;
        }
    }
    const char *what = kind == LOCNET_LINK_PARENT ? "parent links" : "successions";
    for (igraph_integer_t v = 0; v < n; v++) {
        igraph_integer_t u = v;
        while (u >= 0 && state[u] == 0) {
            state[u] = 1;
            u = next[u];
        }
        if (u >= 0 && state[u] == 1) {
            char chain[LOCNET_MESSAGE_SIZE];
            describe_cycle(rules, next, u, what, chain, sizeof chain);
            report_link(rules, &rules->links[closing[u]], chain);
        }
        for (u = v; u >= 0 && state[u] == 1; u = next[u])
            state[u] = 2;
    }
cleanup:
    free(next);
    free(closing);
    free(state);
}

void locnet_rules_check(locnet_rules_t *rules)
{
    locnet_rules_resolve(rules);
    if (rules->problems == 0) {
        report_cycles(rules, LOCNET_LINK_PARENT);
        report_cycles(rules, LOCNET_LINK_SUCCESSOR);
    }
}
