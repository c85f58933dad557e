/* graph/events.h: the events of a network: conferences and other dated gatherings (locnet/1
 * `events`), kept beside the graph as a side table, as the sources are.
 *
 * An event has an id, a name, an optional number (the 12th conference), dates (a start, and an
 * end that may be missing), an optional place (a locality id), the sources it cites, an optional
 * note, and sessions, each with a theme and its co-chairs (locality ids). Lists of ids (sources,
 * co-chairs) are encoded as graph/list_codec.h says. A partnership names the event it comes from
 * in its edge attribute "event" (graph/network.h). */
#ifndef LOCNET_EVENTS_H
#define LOCNET_EVENTS_H

#include <stddef.h>

#include "locnet/status.h"

typedef struct locnet_session {
    char *theme;          /* non-empty */
    char *cochairs;       /* encoded list of locality ids, or NULL when the source names none */
    char *cochair_names;  /* encoded list of their names, item by item ("" when unknown), as
                             locnet_events_name last found them; or NULL */
} locnet_session_t;

typedef struct locnet_event {
    char *id;
    char *name;
    double number;   /* a positive whole number, or NaN when the event has none */
    char *start;     /* a date: YYYY, YYYY-MM or YYYY-MM-DD */
    char *end;       /* a date not before start, or NULL when not given */
    char *place;     /* a locality id, or NULL */
    char *place_name;  /* its name as locnet_events_name last found it, or NULL: kept so that
                          a network filtered without the place still names it */
    char *sources;   /* encoded list of source ids, or NULL */
    char *note;      /* or NULL */
    locnet_session_t *sessions;
    size_t session_count;
} locnet_event_t;

/* Makes *to a deep copy of *from. On failure *to holds nothing to free. */
locnet_status_t locnet_event_copy(locnet_event_t *to, const locnet_event_t *from);
/* Frees an event's strings and sessions and zeroes it; accepts NULL. */
void locnet_event_destroy(locnet_event_t *event);
/* Frees count events and the array; accepts NULL. */
void locnet_events_free(locnet_event_t *events, size_t count);
/* The year an event starts in (its start date's first four digits). */
int locnet_event_year(const locnet_event_t *event);

/* Gives the locality that id stands for now, or NULL to keep id. */
typedef const char *(*locnet_event_rename_t)(void *context, const char *id);
/* Replaces the locality ids that count events name (places, co-chairs) by what rename gives
 * them, as a contraction of the network merges localities. On failure (LOCNET_ENOMEM) some
 * events may be renamed already. */
locnet_status_t locnet_events_rename(locnet_event_t *events, size_t count,
                                     locnet_event_rename_t rename, void *context);

/* Gives the name of locality id, or NULL when it is not known. */
typedef const char *(*locnet_event_name_t)(void *context, const char *id);
/* Sets the names of the places and co-chairs of count events to what name_of gives their ids;
 * a name it does not know is kept as it was. Called when the network is made, and when a
 * contraction renames the localities. On failure (LOCNET_ENOMEM) some events may be named. */
locnet_status_t locnet_events_name(locnet_event_t *events, size_t count,
                                   locnet_event_name_t name_of, void *context);

#endif
