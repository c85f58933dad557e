/* graph/events.c: copying and freeing events. */
#include "graph/events.h"

#include "graph/list_codec.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* A copy of text into *to; true when it worked (NULL copies to NULL). */
static bool copy_text(char **to, const char *from)
{
    *to = from != NULL ? strdup(from) : NULL;
    return from == NULL || *to != NULL;
}

locnet_status_t locnet_event_copy(locnet_event_t *to, const locnet_event_t *from)
{
    memset(to, 0, sizeof *to);
    to->number = from->number;
    bool ok = copy_text(&to->id, from->id) && copy_text(&to->name, from->name) &&
              copy_text(&to->start, from->start) && copy_text(&to->end, from->end) &&
              copy_text(&to->place, from->place) && copy_text(&to->sources, from->sources) &&
              copy_text(&to->note, from->note) && copy_text(&to->place_name, from->place_name);
    if (ok && from->session_count > 0) {
        to->sessions = calloc(from->session_count, sizeof *to->sessions);
        ok = to->sessions != NULL;
        for (size_t i = 0; ok && i < from->session_count; i++) {
            to->session_count++;
            ok = copy_text(&to->sessions[i].theme, from->sessions[i].theme) &&
                 copy_text(&to->sessions[i].cochairs, from->sessions[i].cochairs) &&
                 copy_text(&to->sessions[i].cochair_names, from->sessions[i].cochair_names);
        }
    }
    if (!ok) {
        locnet_event_destroy(to);
        return LOCNET_ENOMEM;
    }
    return LOCNET_OK;
}

void locnet_event_destroy(locnet_event_t *event)
{
    if (event == NULL)
        return;
    free(event->id);
    free(event->name);
    free(event->start);
    free(event->end);
    free(event->place);
    free(event->sources);
    free(event->note);
    free(event->place_name);
    for (size_t i = 0; i < event->session_count; i++) {
        free(event->sessions[i].theme);
        free(event->sessions[i].cochairs);
        free(event->sessions[i].cochair_names);
    }
    free(event->sessions);
    memset(event, 0, sizeof *event);
}

void locnet_events_free(locnet_event_t *events, size_t count)
{
    for (size_t i = 0; events != NULL && i < count; i++)
        locnet_event_destroy(&events[i]);
    free(events);
}

int locnet_event_year(const locnet_event_t *event)
{
    int year = 0;
    for (int i = 0; i < 4 && event->start[i] >= '0' && event->start[i] <= '9'; i++)
        year = year * 10 + (event->start[i] - '0');
    return year;
}

/* Replaces *id by what rename gives it. */
static locnet_status_t rename_one(char **id, locnet_event_rename_t rename, void *context)
{
    const char *renamed = *id != NULL ? rename(context, *id) : NULL;
    if (renamed == NULL || strcmp(renamed, *id) == 0)
        return LOCNET_OK;
    char *copy = strdup(renamed);
    if (copy == NULL)
        return LOCNET_ENOMEM;
    free(*id);
    *id = copy;
    return LOCNET_OK;
}

/* Renames the items of an encoded list of locality ids. */
static locnet_status_t rename_list(char **encoded, locnet_event_rename_t rename, void *context)
{
    locnet_list_t ids;
    locnet_list_init(&ids);
    locnet_status_t status = locnet_list_decode(*encoded, &ids);
    for (size_t i = 0; status == LOCNET_OK && i < ids.count; i++)
        status = rename_one(&ids.items[i], rename, context);
    char *renamed = NULL;
    if (status == LOCNET_OK && ids.count > 0 && (status = locnet_list_encode(&ids, &renamed)) == LOCNET_OK) {
        free(*encoded);
        *encoded = renamed;
    }
    locnet_list_destroy(&ids);
    return status;
}

/* Calls on_event for each of count events, then on_session for each of its sessions, until one
 * fails. */
static locnet_status_t visit_events(locnet_event_t *events, size_t count,
                                    locnet_status_t (*on_event)(locnet_event_t *, void *),
                                    locnet_status_t (*on_session)(locnet_session_t *, void *),
                                    void *context)
{
    locnet_status_t status = LOCNET_OK;
    for (size_t i = 0; status == LOCNET_OK && i < count; i++) {
        status = on_event(&events[i], context);
        for (size_t s = 0; status == LOCNET_OK && s < events[i].session_count; s++)
            status = on_session(&events[i].sessions[s], context);
    }
    return status;
}

/* A renaming or naming function and its context. */
typedef struct visit {
    const char *(*of)(void *context, const char *id);
    void *context;
} visit_t;

static locnet_status_t rename_place(locnet_event_t *event, void *data)
{
    const visit_t *visit = data;
    return rename_one(&event->place, visit->of, visit->context);
}

static locnet_status_t rename_cochairs(locnet_session_t *session, void *data)
{
    const visit_t *visit = data;
    return rename_list(&session->cochairs, visit->of, visit->context);
}

locnet_status_t locnet_events_rename(locnet_event_t *events, size_t count,
                                     locnet_event_rename_t rename, void *context)
{
    visit_t visit = {rename, context};
    return visit_events(events, count, rename_place, rename_cochairs, &visit);
}

/* Sets *text to a copy of name, unless name is NULL. */
static locnet_status_t set_name(char **text, const char *name)
{
    if (name == NULL)
        return LOCNET_OK;
    char *copy = strdup(name);
    if (copy == NULL)
        return LOCNET_ENOMEM;
    free(*text);
    *text = copy;
    return LOCNET_OK;
}

/* Names the co-chairs of session, item by item, keeping a known name where name_of has none. */
static locnet_status_t name_cochairs(locnet_session_t *session, locnet_event_name_t name_of,
                                     void *context)
{
    locnet_list_t ids, known, names;
    locnet_list_init(&ids);
    locnet_list_init(&known);
    locnet_list_init(&names);
    locnet_status_t status = locnet_list_decode(session->cochairs, &ids);
    if (status == LOCNET_OK)
        status = locnet_list_decode(session->cochair_names, &known);
    for (size_t i = 0; status == LOCNET_OK && i < ids.count; i++) {
        const char *name = name_of(context, ids.items[i]);
        if (name == NULL)
            name = i < known.count && known.count == ids.count ? known.items[i] : "";
        status = locnet_list_append(&names, name);
    }
    char *encoded = NULL;
    if (status == LOCNET_OK && names.count > 0 &&
        (status = locnet_list_encode(&names, &encoded)) == LOCNET_OK) {
        free(session->cochair_names);
        session->cochair_names = encoded;
    }
    locnet_list_destroy(&ids);
    locnet_list_destroy(&known);
    locnet_list_destroy(&names);
    return status;
}

static locnet_status_t name_place(locnet_event_t *event, void *data)
{
    const visit_t *visit = data;
    return event->place != NULL
               ? set_name(&event->place_name, visit->of(visit->context, event->place))
               : LOCNET_OK;
}

static locnet_status_t name_session(locnet_session_t *session, void *data)
{
    const visit_t *visit = data;
    return name_cochairs(session, visit->of, visit->context);
}

locnet_status_t locnet_events_name(locnet_event_t *events, size_t count,
                                   locnet_event_name_t name_of, void *context)
{
    visit_t visit = {name_of, context};
    return visit_events(events, count, name_place, name_session, &visit);
}
