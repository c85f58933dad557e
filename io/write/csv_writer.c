/* io/write/csv_writer.c: one row at a time, straight from the network's attributes. */
#include "io/write/csv_writer.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "graph/list_codec.h"
#include "io/write/csv_cell.h"

/* The values of one extra attribute, fetched once: igraph finds an attribute by name in time
 * linear in their number, too slow to do for every cell of a wide table. */
typedef struct extra_values {
    igraph_attribute_type_t type;
    igraph_vector_t numbers;       /* when numeric */
    igraph_vector_bool_t truths;   /* when boolean */
    igraph_strvector_t texts;      /* when text */
} extra_values_t;

/* The attributes of the network that locnet's schema does not have. */
typedef struct extras {
    igraph_strvector_t names;
    igraph_vector_int_t types;
    extra_values_t *values;        /* one per name; NULL until fetched */
    igraph_integer_t fetched;      /* how many of values are made */
} extras_t;

/* Where a table goes, and whether its text cells are guarded against formulas. */
typedef struct csv_out {
    FILE *file;
    bool guard;
} csv_out_t;

/* Writes one text cell, after a separator unless first. */
static void put_cell(const csv_out_t *out, const char *text, bool first)
{
    if (!first)
        fputc(',', out->file);
    locnet_csv_put_cell(out->file, text, out->guard);
}

/* A number in the shortest form that reads back the same; "" when unknown. */
static void put_number(const csv_out_t *out, double value, bool first)
{
    char buffer[40] = "";
    if (!isnan(value)) {
        snprintf(buffer, sizeof buffer, "%.15g", value);
        if (strtod(buffer, NULL) != value)
            snprintf(buffer, sizeof buffer, "%.17g", value);
    }
    if (!first)
        fputc(',', out->file);
    locnet_csv_put_cell(out->file, buffer, false);  /* numbers are never guarded */
}

/* An encoded list as items separated by ';' when that reads back the same, else as JSON. */
static locnet_status_t put_list(const csv_out_t *out, const char *encoded, bool first)
{
    locnet_list_t items;
    locnet_list_init(&items);
    locnet_status_t status = locnet_list_decode(encoded, &items);
    if (status != LOCNET_OK) {
        locnet_list_destroy(&items);
        return status == LOCNET_EDATA ? LOCNET_OK : status;  /* not a list: cannot happen */
    }
    bool plain = true;
    size_t size = 1;
    for (size_t i = 0; i < items.count; i++) {
        const char *item = items.items[i];
        size_t length = strlen(item);
        size += length + 1;
        if (strchr(item, ';') != NULL || item[0] == '[' || item[0] == ' ' || item[0] == '\t' ||
            (length > 0 && (item[length - 1] == ' ' || item[length - 1] == '\t')))
            plain = false;
    }
    char *joined = plain ? malloc(size) : NULL;
    if (plain && joined == NULL) {
        locnet_list_destroy(&items);
        return LOCNET_ENOMEM;
    }
    if (plain) {
        char *end = joined;  /* appended at the end: strcat would search it again each time */
        for (size_t i = 0; i < items.count; i++) {
            if (i > 0)
                *end++ = ';';
            size_t length = strlen(items.items[i]);
            memcpy(end, items.items[i], length);
            end += length;
        }
        *end = '\0';
    }
    put_cell(out, plain ? joined : encoded, first);
    free(joined);
    locnet_list_destroy(&items);
    return LOCNET_OK;
}

static void extras_destroy(extras_t *extras)
{
    for (igraph_integer_t i = 0; i < extras->fetched; i++) {
        extra_values_t *values = &extras->values[i];
        if (values->type == IGRAPH_ATTRIBUTE_NUMERIC)
            igraph_vector_destroy(&values->numbers);
        else if (values->type == IGRAPH_ATTRIBUTE_BOOLEAN)
            igraph_vector_bool_destroy(&values->truths);
        else if (values->type == IGRAPH_ATTRIBUTE_STRING)
            igraph_strvector_destroy(&values->texts);
    }
    free(extras->values);
    igraph_strvector_destroy(&extras->names);
    igraph_vector_int_destroy(&extras->types);
}

/* Fetches the values of one attribute of every vertex (or edge). */
static igraph_error_t fetch_values(const igraph_t *graph, bool vertices, const char *name,
                                   extra_values_t *values)
{
    igraph_vs_t all_vertices = igraph_vss_all();
    igraph_es_t all_edges = igraph_ess_all(IGRAPH_EDGEORDER_ID);
    switch (values->type) {
    case IGRAPH_ATTRIBUTE_NUMERIC:
        IGRAPH_CHECK(igraph_vector_init(&values->numbers, 0));
        return vertices ? igraph_cattribute_VANV(graph, name, all_vertices, &values->numbers)
                        : igraph_cattribute_EANV(graph, name, all_edges, &values->numbers);
    case IGRAPH_ATTRIBUTE_BOOLEAN:
        IGRAPH_CHECK(igraph_vector_bool_init(&values->truths, 0));
        return vertices ? igraph_cattribute_VABV(graph, name, all_vertices, &values->truths)
                        : igraph_cattribute_EABV(graph, name, all_edges, &values->truths);
    case IGRAPH_ATTRIBUTE_STRING:
        IGRAPH_CHECK(igraph_strvector_init(&values->texts, 0));
        return vertices ? igraph_cattribute_VASV(graph, name, all_vertices, &values->texts)
                        : igraph_cattribute_EASV(graph, name, all_edges, &values->texts);
    default:
        return IGRAPH_SUCCESS;
    }
}

/* Lists the extra attributes of vertices (or of edges) into *extras, with their values. The
 * caller destroys *extras, also on failure. */
static locnet_status_t find_extras(const locnet_network_t *net, bool vertices, extras_t *extras)
{
    memset(extras, 0, sizeof *extras);
    /* a failed init leaves a vector that destroy accepts, so both are made before checking */
    bool made = igraph_strvector_init(&extras->names, 0) == IGRAPH_SUCCESS;
    made = igraph_vector_int_init(&extras->types, 0) == IGRAPH_SUCCESS && made;
    if (!made)
        return LOCNET_ENOMEM;
    locnet_status_t status =
        locnet_network_extra_attributes(net, vertices, &extras->names, &extras->types);
    igraph_integer_t count = igraph_strvector_size(&extras->names);
    if (status != LOCNET_OK || count == 0)
        return status;
    if ((extras->values = calloc((size_t)count, sizeof *extras->values)) == NULL)
        return LOCNET_ENOMEM;
    for (igraph_integer_t i = 0; i < count; i++) {
        extra_values_t *values = &extras->values[i];
        values->type = (igraph_attribute_type_t)VECTOR(extras->types)[i];
        igraph_error_t rc = fetch_values(&net->graph, vertices,
                                         igraph_strvector_get(&extras->names, i), values);
        extras->fetched = i + 1;  /* made, even when filling it failed */
        if (rc != IGRAPH_SUCCESS)
            return LOCNET_ENOMEM;
    }
    return LOCNET_OK;
}

static void put_extra_headers(const csv_out_t *out, const extras_t *extras)
{
    for (igraph_integer_t i = 0; i < igraph_strvector_size(&extras->names); i++)
        put_cell(out, igraph_strvector_get(&extras->names, i), false);
}

static void put_extras(const csv_out_t *out, const extras_t *extras, igraph_integer_t element)
{
    for (igraph_integer_t i = 0; i < extras->fetched; i++) {
        const extra_values_t *values = &extras->values[i];
        if (values->type == IGRAPH_ATTRIBUTE_NUMERIC)
            put_number(out, VECTOR(values->numbers)[element], false);
        else if (values->type == IGRAPH_ATTRIBUTE_BOOLEAN)
            put_cell(out, VECTOR(values->truths)[element] ? "true" : "false", false);
        else if (values->type == IGRAPH_ATTRIBUTE_STRING)
            put_cell(out, igraph_strvector_get(&values->texts, element), false);
        else
            put_cell(out, "", false);
    }
}

/* The cells of one end of a partnership, for an edge table without a localities table. */
static void put_end(const csv_out_t *out, const locnet_network_t *net, igraph_integer_t v,
                    bool first)
{
    put_cell(out, locnet_locality_text(net, LOCNET_V_ID, v), first);
    put_cell(out, locnet_locality_text(net, LOCNET_V_NAME, v), false);
    put_cell(out, locnet_locality_text(net, LOCNET_V_COUNTRY, v), false);
    put_cell(out, locnet_locality_text(net, LOCNET_V_LEVEL, v), false);
    put_number(out, locnet_locality_number(net, LOCNET_V_LAT, v), false);
    put_number(out, locnet_locality_number(net, LOCNET_V_LON, v), false);
}

static locnet_status_t write_edges(const locnet_network_t *net, const csv_out_t *out,
                                   bool inline_ends, bool citations, bool events)
{
    extras_t extras;
    locnet_status_t status = find_extras(net, false, &extras);
    if (status != LOCNET_OK) {
        extras_destroy(&extras);
        return status;
    }
    fputs(inline_ends ? "a,a_name,a_country,a_level,a_lat,a_lon,b,b_name,b_country,b_level,"
                        "b_lat,b_lon,kind,since,until,themes"
                      : "a,b,kind,since,until,themes",
          out->file);
    fputs(citations ? ",sources,note" : ",note", out->file);
    if (events)
        fputs(",event", out->file);
    put_extra_headers(out, &extras);
    fputc('\n', out->file);
    for (igraph_integer_t e = 0; status == LOCNET_OK && e < locnet_partnership_count(net); e++) {
        igraph_integer_t a = IGRAPH_FROM(&net->graph, e), b = IGRAPH_TO(&net->graph, e);
        if (inline_ends) {
            put_end(out, net, a, true);
            put_end(out, net, b, false);
        } else {
            put_cell(out, locnet_locality_text(net, LOCNET_V_ID, a), true);
            put_cell(out, locnet_locality_text(net, LOCNET_V_ID, b), false);
        }
        put_cell(out, locnet_partnership_text(net, LOCNET_E_KIND, e), false);
        put_number(out, locnet_partnership_number(net, LOCNET_E_SINCE, e), false);
        put_number(out, locnet_partnership_number(net, LOCNET_E_UNTIL, e), false);
        status = put_list(out, locnet_partnership_text(net, LOCNET_E_THEMES, e), false);
        if (status == LOCNET_OK && citations)
            status = put_list(out, locnet_partnership_text(net, LOCNET_E_SOURCES, e), false);
        put_cell(out, locnet_partnership_text(net, LOCNET_E_NOTE, e), false);
        if (events)
            put_cell(out, locnet_partnership_text(net, LOCNET_E_EVENT, e), false);
        put_extras(out, &extras, e);
        fputc('\n', out->file);
    }
    extras_destroy(&extras);
    return status;
}

static locnet_status_t write_localities(const locnet_network_t *net, const csv_out_t *out,
                                        bool citations)
{
    extras_t extras;
    locnet_status_t status = find_extras(net, true, &extras);
    if (status != LOCNET_OK) {
        extras_destroy(&extras);
        return status;
    }
    fputs("id,name,country,level,parent,aliases,codes,lat,lon,succeeded_by,succeeded_on",
          out->file);
    if (citations)
        fputs(",succession_sources", out->file);
    fputs(citations ? ",ended_on,end_sources" : ",ended_on", out->file);
    put_extra_headers(out, &extras);
    fputc('\n', out->file);
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < locnet_locality_count(net); v++) {
        put_cell(out, locnet_locality_text(net, LOCNET_V_ID, v), true);
        put_cell(out, locnet_locality_text(net, LOCNET_V_NAME, v), false);
        put_cell(out, locnet_locality_text(net, LOCNET_V_COUNTRY, v), false);
        put_cell(out, locnet_locality_text(net, LOCNET_V_LEVEL, v), false);
        put_cell(out, locnet_locality_text(net, LOCNET_V_PARENT, v), false);
        status = put_list(out, locnet_locality_text(net, LOCNET_V_ALIASES, v), false);
        put_cell(out, locnet_locality_text(net, LOCNET_V_CODES, v), false);
        put_number(out, locnet_locality_number(net, LOCNET_V_LAT, v), false);
        put_number(out, locnet_locality_number(net, LOCNET_V_LON, v), false);
        put_cell(out, locnet_locality_text(net, LOCNET_V_SUCCEEDED_BY, v), false);
        put_cell(out, locnet_locality_text(net, LOCNET_V_SUCCEEDED_ON, v), false);
        if (status == LOCNET_OK && citations)
            status = put_list(out, locnet_locality_text(net, LOCNET_V_SUCCESSION_SOURCES, v),
                              false);
        put_cell(out, locnet_locality_text(net, LOCNET_V_ENDED_ON, v), false);
        if (status == LOCNET_OK && citations)
            status = put_list(out, locnet_locality_text(net, LOCNET_V_END_SOURCES, v), false);
        put_extras(out, &extras, v);
        fputc('\n', out->file);
    }
    extras_destroy(&extras);
    return status;
}

static void write_sources(const locnet_network_t *net, const csv_out_t *out)
{
    fputs("id,title,publisher,date,url\n", out->file);
    for (size_t i = 0; i < net->source_count; i++) {
        const locnet_source_t *source = &net->sources[i];
        put_cell(out, source->id, true);
        put_cell(out, source->title, false);
        put_cell(out, source->publisher, false);
        put_cell(out, source->date, false);
        put_cell(out, source->url != NULL ? source->url : "", false);
        fputc('\n', out->file);
    }
}

/* The sessions of an event as one JSON array (as locnet/1 writes them) in *text (caller frees
 * with cJSON_free), or NULL when it has none. */
static locnet_status_t sessions_text(const locnet_event_t *event, char **text)
{
    *text = NULL;
    if (event->session_count == 0)
        return LOCNET_OK;
    cJSON *array = cJSON_CreateArray();
    for (size_t i = 0; array != NULL && i < event->session_count; i++) {
        cJSON *session = cJSON_CreateObject();
        const char *cochairs = event->sessions[i].cochairs;
        if (session == NULL || !cJSON_AddItemToArray(array, session) ||
            cJSON_AddStringToObject(session, "theme", event->sessions[i].theme) == NULL ||
            (cochairs != NULL && cJSON_AddRawToObject(session, "cochairs", cochairs) == NULL)) {
            cJSON_Delete(array);
            return LOCNET_ENOMEM;
        }
    }
    *text = array != NULL ? cJSON_PrintUnformatted(array) : NULL;
    cJSON_Delete(array);
    return *text != NULL ? LOCNET_OK : LOCNET_ENOMEM;
}

static locnet_status_t write_events(const locnet_network_t *net, const csv_out_t *out,
                                    bool citations)
{
    fputs(citations ? "id,name,number,start,end,place,sources,sessions,note\n"
                    : "id,name,number,start,end,place,sessions,note\n",
          out->file);
    locnet_status_t status = LOCNET_OK;
    for (size_t i = 0; status == LOCNET_OK && i < net->event_count; i++) {
        const locnet_event_t *event = &net->events[i];
        char *sessions = NULL;
        put_cell(out, event->id, true);
        put_cell(out, event->name, false);
        put_number(out, event->number, false);
        put_cell(out, event->start, false);
        put_cell(out, event->end != NULL ? event->end : "", false);
        put_cell(out, event->place != NULL ? event->place : "", false);
        if (citations)
            status = put_list(out, event->sources != NULL ? event->sources : "", false);
        if (status == LOCNET_OK && (status = sessions_text(event, &sessions)) == LOCNET_OK)
            put_cell(out, sessions != NULL ? sessions : "", false);
        put_cell(out, event->note != NULL ? event->note : "", false);
        fputc('\n', out->file);
        cJSON_free(sessions);
    }
    return status;
}

locnet_status_t locnet_csv_write(const locnet_network_t *net, FILE *edges, FILE *localities,
                                 FILE *sources)
{
    locnet_csv_tables_t tables = {edges, localities, sources, NULL, false};
    return locnet_csv_write_tables(net, &tables);
}

locnet_status_t locnet_csv_write_tables(const locnet_network_t *net,
                                        const locnet_csv_tables_t *tables)
{
    bool citations = tables->sources != NULL, guard = !tables->raw;
    csv_out_t outs[4] = {{tables->edges, guard}, {tables->localities, guard},
                         {tables->sources, guard}, {tables->events, guard}};
    locnet_status_t status = write_edges(net, &outs[0], tables->localities == NULL, citations,
                                         tables->events != NULL);
    if (status == LOCNET_OK && tables->localities != NULL)
        status = write_localities(net, &outs[1], citations);
    if (status == LOCNET_OK && tables->sources != NULL)
        write_sources(net, &outs[2]);
    if (status == LOCNET_OK && tables->events != NULL)
        status = write_events(net, &outs[3], citations);
    FILE *streams[4] = {tables->edges, tables->localities, tables->sources, tables->events};
    for (int i = 0; status == LOCNET_OK && i < 4; i++) {
        if (streams[i] != NULL && ferror(streams[i]))
            status = LOCNET_EWRITE;
    }
    return status;
}
