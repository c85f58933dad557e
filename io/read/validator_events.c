/* io/read/validator_events.c: events (conferences and other dated gatherings) checked field by
 * field into the builder. Part of the validator (io/read/validator.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph/growable.h"
#include "graph/history.h"
#include "graph/limits.h"
#include "io/read/json_walk.h"
#include "io/read/validator.h"
#include "io/read/validator_fields.h"
#include "io/read/validator_links.h"
#include "io/read/text_values.h"

/* An event being read: the fields it borrows from the view, and what it owns. */
typedef struct event {
    locnet_event_t event;
    char *name;
    char *sources;
    locnet_list_t source_items;
    locnet_session_t *sessions;
    size_t session_capacity;
} event_t;

static void event_init(event_t *event)
{
    memset(event, 0, sizeof *event);
    event->event.number = NAN;
    locnet_list_init(&event->source_items);
}

static void event_destroy(event_t *event)
{
    free(event->name);
    free(event->sources);
    locnet_list_destroy(&event->source_items);
    for (size_t i = 0; i < event->event.session_count; i++)
        free(event->sessions[i].cochairs);
    free(event->sessions);
}

/* ---- sessions ------------------------------------------------------------------------------ */

/* A session: a JSON object inside an event's "sessions", seen as a record whose places are the
 * place of "sessions" in the event. */
typedef struct session_view {
    const cJSON *object;
    const locnet_record_view_t *event;
} session_view_t;

static void session_get(void *self, const char *field, locnet_value_t *value)
{
    const session_view_t *session = self;
    memset(value, 0, sizeof *value);
    value->json = cJSON_GetObjectItemCaseSensitive(session->object, field);
    value->kind = value->json != NULL ? LOCNET_VALUE_JSON : LOCNET_VALUE_ABSENT;
}

static void session_place(void *self, const char *field, locnet_input_place_t *place)
{
    const session_view_t *session = self;
    session->event->place(session->event->self, "sessions", place);
}

/* Sessions hold no nested record, and the validator never asks for one: it would read as the
 * session itself. */
static void session_record(void *self, const char *field, locnet_record_view_t *inner)
{
    *inner = (locnet_record_view_t){self, session_get, session_place, session_record, NULL, NULL};
}

/* Reads one session (item number of "sessions") into the event; reports what is wrong with it. */
static locnet_status_t read_session(locnet_validator_t *validator, const locnet_record_view_t *view,
                                    const cJSON *item, size_t number, event_t *event)
{
    if (!cJSON_IsObject(item)) {
        locnet_validator_report_field(validator, view, "sessions",
                                      "field \"sessions\": item %zu must be an object, not %s",
                                      number, locnet_json_type_name(item));
        return LOCNET_OK;
    }
    char context[64];
    snprintf(context, sizeof context, "field \"sessions\": item %zu: ", number);
    session_view_t session = {item, view};
    locnet_record_view_t inner = {&session, session_get, session_place, session_record, NULL, NULL};
    const char *saved = validator->context;
    validator->context = context;
    const char *theme = locnet_validator_text(validator, &inner, "theme", true);
    locnet_list_t ids;
    locnet_list_init(&ids);
    char *cochairs = NULL;
    locnet_status_t status =
        locnet_validator_list(validator, &inner, "cochairs", false, &ids, &cochairs);
    validator->context = saved;
    for (size_t i = 0; status == LOCNET_OK && i < ids.count; i++)
        status = locnet_validator_link(validator, &inner, "cochairs", ids.items[i],
                                       LOCNET_LINK_COCHAIR, -1, 0);
    locnet_list_destroy(&ids);
    if (status == LOCNET_OK && theme != NULL)
        status =
            LOCNET_GROW(&event->sessions, &event->session_capacity, event->event.session_count);
    if (status != LOCNET_OK || theme == NULL) {
        free(cochairs);
        return status;
    }
    locnet_session_t *kept = &event->sessions[event->event.session_count++];
    /* the theme is borrowed from the item, which outlives the event */
    *kept = (locnet_session_t){(char *)theme, cochairs, NULL};
    return LOCNET_OK;
}

static locnet_status_t read_sessions(locnet_validator_t *validator,
                                     const locnet_record_view_t *view, event_t *event,
                                     cJSON **parsed)
{
    const cJSON *array;
    if (!locnet_validator_json_array(validator, view, "sessions", "an array of objects", &array,
                                     parsed))
        return LOCNET_OK;
    const cJSON *item;
    size_t number = 0;
    locnet_status_t status = LOCNET_OK;
    cJSON_ArrayForEach(item, array) {
        if ((status = read_session(validator, view, item, ++number, event)) != LOCNET_OK)
            break;
    }
    event->event.sessions = event->sessions;
    return status;
}

/* ---- the event ----------------------------------------------------------------------------- */

/* Compares the last day date may stand for with the first day of start: <0 when it is before. */
static int compare_end(const char *end, const char *start)
{
    char last[11];
    size_t length = strlen(end);
    snprintf(last, sizeof last, "%s%s", end, length == 4 ? "-12-31" : length == 7 ? "-31" : "");
    return locnet_date_compare(last, start);
}

/* dates: a record of start (required) and end, not before start. */
static void read_dates(locnet_validator_t *validator, const locnet_record_view_t *view,
                       event_t *event)
{
    locnet_value_t value;
    locnet_record_view_t inner;
    view->get(view->self, "dates", &value);
    if (value.kind == LOCNET_VALUE_ABSENT) {
        locnet_validator_missing(validator, view, "dates");
        return;
    }
    if (!locnet_validator_record(validator, view, "dates", &inner))
        return;
    const char *start = event->event.start =
        (char *)locnet_validator_date(validator, &inner, "start", true);
    const char *end = event->event.end =
        (char *)locnet_validator_date(validator, &inner, "end", false);
    if (start != NULL && end != NULL && compare_end(end, start) < 0)
        locnet_validator_report_field(validator, &inner, "end",
                                      "field \"end\" (%.*s) is before \"start\" (%.*s)",
                                      LOCNET_QUOTE_SIZE, end, LOCNET_QUOTE_SIZE, start);
}

/* Every field of an event; references are kept for the checks to come. */
static locnet_status_t read_event(locnet_validator_t *validator, const locnet_record_view_t *view,
                                  event_t *event, cJSON **parsed)
{
    locnet_event_t *fields = &event->event;
    fields->id = (char *)locnet_validator_text(validator, view, "id", true);
    const char *name = locnet_validator_text(validator, view, "name", true);
    if (name != NULL && (fields->name = event->name = locnet_text_nfc(name)) == NULL)
        return LOCNET_ENOMEM;
    fields->number = locnet_validator_positive_whole(validator, view, "number");
    read_dates(validator, view, event);
    fields->place = (char *)locnet_validator_text(validator, view, "place", false);
    fields->note = (char *)locnet_validator_text(validator, view, "note", false);
    locnet_status_t status = locnet_validator_list(validator, view, "sources", false,
                                                   &event->source_items, &event->sources);
    fields->sources = event->sources;
    if (status == LOCNET_OK)
        status = locnet_validator_cite(validator, view, "sources", &event->source_items);
    if (status == LOCNET_OK && fields->place != NULL)
        status = locnet_validator_link(validator, view, "place", fields->place, LOCNET_LINK_PLACE,
                                       -1, 0);
    if (status == LOCNET_OK)
        status = read_sessions(validator, view, event, parsed);
    return status;
}

locnet_status_t locnet_validator_event(locnet_validator_t *validator,
                                       const locnet_record_view_t *view)
{
    event_t event;
    event_init(&event);
    cJSON *parsed = NULL;  /* sessions read from text: the themes point into it */
    locnet_status_t status = read_event(validator, view, &event, &parsed);
    locnet_event_t *fields = &event.event;
    if (status == LOCNET_OK && fields->id != NULL) {
        /* registered even with problems, so that partnerships citing it add none */
        fields->name = fields->name != NULL ? fields->name : "";
        fields->start = fields->start != NULL ? fields->start : "";
        status = locnet_builder_add_event(&validator->builder, fields);
        if (status == LOCNET_EDATA) {
            locnet_validator_report_field(validator, view, "id", "duplicate event id \"%.*s\"",
                                          LOCNET_QUOTE_SIZE, fields->id);
            status = LOCNET_OK;
        }
    }
    event_destroy(&event);
    cJSON_Delete(parsed);
    return status;
}
