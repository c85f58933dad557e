/* io/write/json_writer.c: locnet/1 as one JSON document or as NDJSON. One cJSON object per record,
 * printed compactly on its own line, so memory
 * holds one record at a time. Lists and maps are JSON text already (graph/list_codec.h) and go
 * in raw. */
#include "io/write/json_writer.h"

#include <math.h>
#include <stdlib.h>

#include <cjson/cJSON.h>

#include "graph/network.h"

/* Adds key: text when text is non-empty; raw inserts JSON text as it is. */
static void add_text(cJSON *object, const char *key, const char *text, bool raw)
{
    if (text != NULL && text[0] != '\0') {
        if (raw)
            cJSON_AddRawToObject(object, key, text);
        else
            cJSON_AddStringToObject(object, key, text);
    }
}

static void add_number(cJSON *object, const char *key, double value)
{
    if (!isnan(value))
        cJSON_AddNumberToObject(object, key, value);
}

/* A new record object; NDJSON records start with their type. */
static cJSON *new_record(const char *type)
{
    cJSON *object = cJSON_CreateObject();
    if (type != NULL)
        add_text(object, "type", type, false);
    return object;
}

static cJSON *source_record(const locnet_source_t *source, const char *type)
{
    cJSON *object = new_record(type);
    add_text(object, "id", source->id, false);
    add_text(object, "title", source->title, false);
    add_text(object, "publisher", source->publisher, false);
    add_text(object, "date", source->date, false);
    add_text(object, "url", source->url, false);
    return object;
}

static cJSON *locality_record(const locnet_network_t *net, igraph_integer_t v, const char *type)
{
    cJSON *object = new_record(type);
    add_text(object, "id", locnet_locality_text(net, LOCNET_V_ID, v), false);
    add_text(object, "name", locnet_locality_text(net, LOCNET_V_NAME, v), false);
    add_text(object, "country", locnet_locality_text(net, LOCNET_V_COUNTRY, v), false);
    add_text(object, "level", locnet_locality_text(net, LOCNET_V_LEVEL, v), false);
    add_text(object, "parent", locnet_locality_text(net, LOCNET_V_PARENT, v), false);
    add_text(object, "aliases", locnet_locality_text(net, LOCNET_V_ALIASES, v), true);
    add_text(object, "codes", locnet_locality_text(net, LOCNET_V_CODES, v), true);
    add_number(object, "lat", locnet_locality_number(net, LOCNET_V_LAT, v));
    add_number(object, "lon", locnet_locality_number(net, LOCNET_V_LON, v));
    const char *successor = locnet_locality_text(net, LOCNET_V_SUCCEEDED_BY, v);
    if (object != NULL && successor[0] != '\0') {
        cJSON *succession = cJSON_AddObjectToObject(object, "succeeded_by");
        add_text(succession, "id", successor, false);
        add_text(succession, "date", locnet_locality_text(net, LOCNET_V_SUCCEEDED_ON, v), false);
        add_text(succession, "sources",
                 locnet_locality_text(net, LOCNET_V_SUCCESSION_SOURCES, v), true);
    }
    const char *ended = locnet_locality_text(net, LOCNET_V_ENDED_ON, v);
    if (object != NULL && ended[0] != '\0') {
        cJSON *end = cJSON_AddObjectToObject(object, "ended");
        add_text(end, "date", ended, false);
        add_text(end, "sources", locnet_locality_text(net, LOCNET_V_END_SOURCES, v), true);
    }
    return object;
}

static cJSON *partnership_record(const locnet_network_t *net, igraph_integer_t e,
                                 const char *type)
{
    cJSON *object = new_record(type);
    igraph_integer_t from = IGRAPH_FROM(&net->graph, e), to = IGRAPH_TO(&net->graph, e);
    add_text(object, "a", locnet_locality_text(net, LOCNET_V_ID, from), false);
    add_text(object, "b", locnet_locality_text(net, LOCNET_V_ID, to), false);
    add_text(object, "kind", locnet_partnership_text(net, LOCNET_E_KIND, e), false);
    add_number(object, "since", locnet_partnership_number(net, LOCNET_E_SINCE, e));
    add_number(object, "until", locnet_partnership_number(net, LOCNET_E_UNTIL, e));
    add_text(object, "themes", locnet_partnership_text(net, LOCNET_E_THEMES, e), true);
    add_text(object, "sources", locnet_partnership_text(net, LOCNET_E_SOURCES, e), true);
    add_text(object, "note", locnet_partnership_text(net, LOCNET_E_NOTE, e), false);
    add_text(object, "event", locnet_partnership_text(net, LOCNET_E_EVENT, e), false);
    return object;
}

static cJSON *event_record(const locnet_event_t *event, const char *type)
{
    cJSON *object = new_record(type);
    add_text(object, "id", event->id, false);
    add_text(object, "name", event->name, false);
    add_number(object, "number", event->number);
    cJSON *dates = object != NULL ? cJSON_AddObjectToObject(object, "dates") : NULL;
    add_text(dates, "start", event->start, false);
    add_text(dates, "end", event->end, false);
    add_text(object, "place", event->place, false);
    add_text(object, "sources", event->sources, true);
    cJSON *sessions = object != NULL ? cJSON_AddArrayToObject(object, "sessions") : NULL;
    for (size_t i = 0; sessions != NULL && i < event->session_count; i++) {
        cJSON *session = cJSON_CreateObject();
        add_text(session, "theme", event->sessions[i].theme, false);
        add_text(session, "cochairs", event->sessions[i].cochairs, true);
        if (session == NULL || !cJSON_AddItemToArray(sessions, session)) {
            cJSON_Delete(session);
            cJSON_Delete(object);
            return NULL;
        }
    }
    add_text(object, "note", event->note, false);
    return object;
}

/* Prints one record (taking ownership) between before and after. */
static locnet_status_t put_record(cJSON *record, const char *before, const char *after, FILE *out)
{
    char *text = record != NULL ? cJSON_PrintUnformatted(record) : NULL;
    cJSON_Delete(record);
    if (text == NULL)
        return LOCNET_ENOMEM;
    fprintf(out, "%s%s%s", before, text, after);
    cJSON_free(text);
    return LOCNET_OK;
}

locnet_status_t locnet_json_write(const locnet_network_t *net, FILE *out)
{
    return locnet_json_write_annotated(net, out, NULL, NULL);
}

locnet_status_t locnet_json_write_annotated(const locnet_network_t *net, FILE *out,
                                            locnet_json_annotate_t annotate, void *context)
{
    locnet_status_t status = LOCNET_OK;
    fprintf(out, "{\n  \"format\": \"%s\",\n  \"sources\": [", LOCNET_JSON_FORMAT);
    for (size_t i = 0; status == LOCNET_OK && i < net->source_count; i++)
        status = put_record(source_record(&net->sources[i], NULL), i ? ",\n    " : "\n    ", "", out);
    fprintf(out, "%s],\n  \"localities\": [", net->source_count ? "\n  " : "");
    igraph_integer_t vertices = locnet_locality_count(net);
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < vertices; v++)
        status = put_record(locality_record(net, v, NULL), v ? ",\n    " : "\n    ", "", out);
    fprintf(out, "%s],\n  \"partnerships\": [", vertices ? "\n  " : "");
    igraph_integer_t edges = locnet_partnership_count(net);
    for (igraph_integer_t e = 0; status == LOCNET_OK && e < edges; e++) {
        cJSON *record = partnership_record(net, e, NULL);
        if (record != NULL && annotate != NULL && (status = annotate(context, e, record)) != LOCNET_OK) {
            cJSON_Delete(record);
            break;
        }
        status = put_record(record, e ? ",\n    " : "\n    ", "", out);
    }
    fprintf(out, "%s]", edges ? "\n  " : "");
    if (net->event_count > 0)  /* only then: a network without events is written as before */
        fputs(",\n  \"events\": [", out);
    for (size_t i = 0; status == LOCNET_OK && i < net->event_count; i++)
        status = put_record(event_record(&net->events[i], NULL), i ? ",\n    " : "\n    ", "", out);
    fputs(net->event_count > 0 ? "\n  ]\n}\n" : "\n}\n", out);
    if (status == LOCNET_OK && ferror(out))
        status = LOCNET_EWRITE;
    return status;
}

locnet_status_t locnet_ndjson_write(const locnet_network_t *net, FILE *out)
{
    locnet_status_t status = LOCNET_OK;
    fprintf(out, "{\"format\":\"%s\"}\n", LOCNET_JSON_FORMAT);
    for (size_t i = 0; status == LOCNET_OK && i < net->source_count; i++)
        status = put_record(source_record(&net->sources[i], "source"), "", "\n", out);
    igraph_integer_t vertices = locnet_locality_count(net);
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < vertices; v++)
        status = put_record(locality_record(net, v, "locality"), "", "\n", out);
    igraph_integer_t edges = locnet_partnership_count(net);
    for (igraph_integer_t e = 0; status == LOCNET_OK && e < edges; e++)
        status = put_record(partnership_record(net, e, "partnership"), "", "\n", out);
    for (size_t i = 0; status == LOCNET_OK && i < net->event_count; i++)
        status = put_record(event_record(&net->events[i], "event"), "", "\n", out);
    if (status == LOCNET_OK && ferror(out))
        status = LOCNET_EWRITE;
    return status;
}

/* The records that make (source or event) turns items of net into, as one compact JSON array in
 * *text. */
static locnet_status_t records_text(const locnet_network_t *net, bool events, char **text)
{
    cJSON *array = cJSON_CreateArray();
    size_t count = events ? net->event_count : net->source_count;
    for (size_t i = 0; array != NULL && i < count; i++) {
        cJSON *record = events ? event_record(&net->events[i], NULL)
                               : source_record(&net->sources[i], NULL);
        if (record == NULL || !cJSON_AddItemToArray(array, record)) {
            cJSON_Delete(record);
            cJSON_Delete(array);
            array = NULL;
        }
    }
    *text = array != NULL ? cJSON_PrintUnformatted(array) : NULL;
    cJSON_Delete(array);
    return *text != NULL ? LOCNET_OK : LOCNET_ENOMEM;
}

locnet_status_t locnet_json_sources_text(const locnet_network_t *net, char **text)
{
    return records_text(net, false, text);
}

locnet_status_t locnet_json_events_text(const locnet_network_t *net, char **text)
{
    return records_text(net, true, text);
}
