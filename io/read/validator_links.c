/* io/read/validator_links.c: references kept with their places, checked once their targets may be
 * read, and the cycles they form. */
#include "io/read/validator_links.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph/growable.h"
#include "graph/limits.h"

struct locnet_validator_link {
    char *id;
    locnet_input_place_t place;  /* where the reference is written */
    locnet_link_kind_t kind;
    igraph_integer_t element;    /* the partnership (END) or the locality (PARENT, SUCCESSOR) */
    int end;                     /* END: 0 for a, 1 for b */
};
typedef locnet_validator_link_t link_t;

locnet_status_t locnet_validator_link(locnet_validator_t *validator,
                                      const locnet_record_view_t *view, const char *field,
                                      const char *id, locnet_link_kind_t kind,
                                      igraph_integer_t element, int end)
{
    if (LOCNET_GROW(&validator->links, &validator->link_capacity, validator->link_count) !=
        LOCNET_OK)
        return LOCNET_ENOMEM;
    link_t *link = &validator->links[validator->link_count];
    memset(link, 0, sizeof *link);
    if ((link->id = strdup(id)) == NULL)
        return LOCNET_ENOMEM;
    view->place(view->self, field, &link->place);
    link->kind = kind;
    link->element = element;
    link->end = end;
    validator->link_count++;
    return LOCNET_OK;
}

locnet_status_t locnet_validator_cite(locnet_validator_t *validator,
                                      const locnet_record_view_t *view, const char *field,
                                      const locnet_list_t *ids)
{
    for (size_t i = 0; i < ids->count; i++) {
        if (locnet_builder_has_source(&validator->builder, ids->items[i]))
            continue;
        locnet_status_t status =
            locnet_validator_link(validator, view, field, ids->items[i], LOCNET_LINK_SOURCE, -1, 0);
        if (status != LOCNET_OK)
            return status;
    }
    return LOCNET_OK;
}

void locnet_validator_links_destroy(locnet_validator_t *validator)
{
    for (size_t i = 0; i < validator->link_count; i++)
        free(validator->links[i].id);
    free(validator->links);
    validator->links = NULL;
    validator->link_count = validator->link_capacity = validator->links_checked = 0;
}

/* Reports a problem at a link's place. */
static void report_link(locnet_validator_t *validator, const link_t *link, const char *message)
{
    validator->report(validator->reporter, &link->place, message);
    validator->problems++;
}

/* Checks one link: sets a partnership's end, or reports what it names that does not exist. */
static void check_link(locnet_validator_t *validator, const link_t *link)
{
    igraph_integer_t vertex = -1;
    const locnet_network_builder_t *builder = &validator->builder;
    bool found = link->kind == LOCNET_LINK_SOURCE  ? locnet_builder_has_source(builder, link->id)
                 : link->kind == LOCNET_LINK_EVENT ? locnet_builder_has_event(builder, link->id)
                                                   : locnet_builder_find_locality(builder, link->id,
                                                                                  &vertex);
    if (found) {
        if (link->kind == LOCNET_LINK_END)
            locnet_builder_set_endpoint(&validator->builder, link->element, link->end, vertex);
        return;
    }
    static const char *const what[] = {
        [LOCNET_LINK_END] = "unknown locality",
        [LOCNET_LINK_PARENT] = "unknown parent locality",
        [LOCNET_LINK_SUCCESSOR] = "unknown successor locality",
        [LOCNET_LINK_SOURCE] = "cites unknown source",
        [LOCNET_LINK_PLACE] = "unknown place locality",
        [LOCNET_LINK_COCHAIR] = "unknown co-chair locality",
        [LOCNET_LINK_EVENT] = "unknown event",
    };
    const char *hint = link->kind == LOCNET_LINK_SOURCE  ? validator->unknown_source_hint
                       : link->kind == LOCNET_LINK_EVENT ? validator->unknown_event_hint
                                                         : NULL;
    hint = hint != NULL ? hint : "";
    char message[LOCNET_MESSAGE_SIZE];
    snprintf(message, sizeof message, "%s \"%.*s\"%s", what[link->kind], LOCNET_QUOTE_SIZE,
             link->id, hint);
    report_link(validator, link, message);
}

void locnet_validator_resolve(locnet_validator_t *validator)
{
    size_t kept = validator->links_checked;
    for (size_t i = validator->links_checked; i < validator->link_count; i++) {
        link_t link = validator->links[i];
        check_link(validator, &link);
        if (link.kind == LOCNET_LINK_PARENT || link.kind == LOCNET_LINK_SUCCESSOR)
            validator->links[kept++] = link;  /* for the cycles */
        else
            free(link.id);
    }
    validator->link_count = validator->links_checked = kept;
}

/* Writes the cycle through u ("parent links form a cycle: A → B → A", at most 8 steps). */
static void describe_cycle(const locnet_validator_t *validator, const igraph_integer_t *next,
                           igraph_integer_t u, const char *what, char *chain, size_t size)
{
    const locnet_network_builder_t *builder = &validator->builder;
    int written =
        snprintf(chain, size, "%s form a cycle: %s", what, locnet_builder_locality_id(builder, u));
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
static void report_cycles(locnet_validator_t *validator, locnet_link_kind_t kind)
{
    igraph_integer_t n = locnet_builder_locality_count(&validator->builder);
    igraph_integer_t *next = malloc(((size_t)n + 1) * sizeof *next);
    size_t *closing = malloc(((size_t)n + 1) * sizeof *closing);
    char *state = calloc((size_t)n + 1, 1);  /* 0 unseen, 1 on the current walk, 2 done */
    if (next == NULL || closing == NULL || state == NULL)
        goto cleanup;  /* the check is skipped, as --as-of and --level still detect cycles */
    for (igraph_integer_t v = 0; v < n; v++)
        next[v] = -1;
    for (size_t i = 0; i < validator->link_count; i++) {
        const link_t *link = &validator->links[i];
        igraph_integer_t target;
        if (link->kind == kind && link->element >= 0 && link->element < n &&
            locnet_builder_find_locality(&validator->builder, link->id, &target)) {
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
            describe_cycle(validator, next, u, what, chain, sizeof chain);
            report_link(validator, &validator->links[closing[u]], chain);
        }
        for (u = v; u >= 0 && state[u] == 1; u = next[u])
            state[u] = 2;
    }
cleanup:
    free(next);
    free(closing);
    free(state);
}

void locnet_validator_check(locnet_validator_t *validator)
{
    locnet_validator_resolve(validator);
    if (validator->problems == 0) {
        report_cycles(validator, LOCNET_LINK_PARENT);
        report_cycles(validator, LOCNET_LINK_SUCCESSOR);
    }
}
