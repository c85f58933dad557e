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
              copy_text(&to->note, from->note);
    if (ok && from->session_count > 0) {
        to->sessions = calloc(from->session_count, sizeof *to->sessions);
        ok = to->sessions != NULL;
        for (size_t i = 0; ok && i < from->session_count; i++) {
            to->session_count++;
            ok = copy_text(&to->sessions[i].theme, from->sessions[i].theme) &&
                 copy_text(&to->sessions[i].cochairs, from->sessions[i].cochairs);
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
    for (size_t i = 0; i < event->session_count; i++) {
        free(event->sessions[i].theme);
        free(event->sessions[i].cochairs);
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

locnet_status_t locnet_events_rename(locnet_event_t *events, size_t count,
                                     locnet_event_rename_t rename, void *context)
{
    locnet_status_t status = LOCNET_OK;
    for (size_t i = 0; status == LOCNET_OK && i < count; i++) {
        status = rename_one(&events[i].place, rename, context);
        for (size_t s = 0; status == LOCNET_OK && s < events[i].session_count; s++)
            status = rename_list(&events[i].sessions[s].cochairs, rename, context);
    }
    return status;
}
