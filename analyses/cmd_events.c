/* analyses/cmd_events.c: locnet events [FILE]: the conferences and other events of a network,
 * or their sessions and co-chairs. */
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "analyses/cli.h"
#include "analyses/commands.h"
#include "graph/id_index.h"

enum { OPTION_SESSIONS = 2000 };

static void print_usage(FILE *out)
{
    fputs("usage: locnet events [OPTIONS] [FILE]\n"
          "\n"
          "List the events of the network (conferences and other dated gatherings), in the\n"
          "order they started: id, number (the 12th conference), start, end, place (the\n"
          "locality's id) and place_name, sessions (how many), partnerships (how many of the\n"
          "network's partnerships name the event) and name. Dates are YYYY, YYYY-MM or\n"
          "YYYY-MM-DD as the sources give them; end is empty when unknown. With --as-of, places\n"
          "and co-chairs are the units that held them on that date. --since and --until keep\n"
          "the events that started in those years, as they keep the partnerships signed then.\n"
          "Places and co-chairs that the filters leave out of the network keep their names.\n"
          "\n"
          "  --sessions   instead, one row per session: event, number, theme, cochairs (ids)\n"
          "               and cochair_names, joined by ';' (JSON arrays in --format json)\n"
          "\n",
          out);
    locnet_cli_print_common_help(out);
}

/* Events in the order they started, then by number, then by id. */
static int compare_events(const void *left, const void *right)
{
    const locnet_event_t *a = *(const locnet_event_t *const *)left;
    const locnet_event_t *b = *(const locnet_event_t *const *)right;
    int order = strcmp(a->start, b->start);
    if (order == 0 && a->number != b->number && !(isnan(a->number) && isnan(b->number)))
        order = isnan(a->number) ? 1 : isnan(b->number) ? -1 : a->number < b->number ? -1 : 1;
    return order != 0 ? order : strcmp(a->id, b->id);
}

/* What the rows are made from: the events in order, and localities by id. */
typedef struct listing {
    const locnet_network_t *net;
    const locnet_event_t **order;
    locnet_id_index_t ids;
} listing_t;

/* Makes the listing; on failure it must still be destroyed. */
static locnet_status_t listing_init(listing_t *listing, const locnet_network_t *net)
{
    listing->net = net;
    locnet_id_index_init(&listing->ids);
    listing->order = malloc((net->event_count + 1) * sizeof *listing->order);
    if (listing->order == NULL)
        return LOCNET_ENOMEM;
    for (size_t i = 0; i < net->event_count; i++)
        listing->order[i] = &net->events[i];
    qsort(listing->order, net->event_count, sizeof *listing->order, compare_events);
    return locnet_id_index_localities(&listing->ids, net);
}

static void listing_destroy(listing_t *listing)
{
    free(listing->order);
    locnet_id_index_destroy(&listing->ids);
}

/* The name of the locality id; when the network (filtered) has none, the name known when the
 * events were named (known, may be NULL), else "". */
static const char *name_of(const listing_t *listing, const char *id, const char *known)
{
    int64_t v;
    if (id == NULL || !locnet_id_index_find(&listing->ids, id, &v))
        return known != NULL ? known : "";
    return locnet_locality_text(listing->net, LOCNET_V_NAME, (igraph_integer_t)v);
}

static long long partnerships_of(const locnet_network_t *net, const char *event)
{
    long long count = 0;
    for (igraph_integer_t e = 0; e < locnet_partnership_count(net); e++)
        count += strcmp(locnet_partnership_text(net, LOCNET_E_EVENT, e), event) == 0;
    return count;
}

static locnet_status_t add_event(const listing_t *listing, const locnet_event_t *event,
                                 locnet_table_t *table)
{
    size_t row;
    locnet_status_t status = locnet_table_add_row(table, &row);
    const char *texts[] = {event->id, NULL, event->start, event->end, event->place,
                           name_of(listing, event->place, event->place_name)};
    for (size_t c = 0; status == LOCNET_OK && c < sizeof texts / sizeof texts[0]; c++) {
        if (texts[c] != NULL && texts[c][0] != '\0')
            status = locnet_table_set_text(table, row, c, texts[c]);
    }
    if (!isnan(event->number))
        locnet_table_set_integer(table, row, 1, (long long)event->number);
    locnet_table_set_integer(table, row, 6, (long long)event->session_count);
    locnet_table_set_integer(table, row, 7, partnerships_of(listing->net, event->id));
    return status == LOCNET_OK ? locnet_table_set_text(table, row, 8, event->name) : status;
}

static locnet_status_t add_session(const listing_t *listing, const locnet_event_t *event,
                                   const locnet_session_t *session, locnet_table_t *table)
{
    locnet_list_t ids, names, known;
    locnet_list_init(&ids);
    locnet_list_init(&names);
    locnet_list_init(&known);
    size_t row;
    locnet_status_t status = locnet_table_add_row(table, &row);
    if (status == LOCNET_OK)
        status = locnet_list_decode(session->cochairs, &ids);
    if (status == LOCNET_OK)
        status = locnet_list_decode(session->cochair_names, &known);
    bool named = known.count == ids.count;  /* the names known, item by item */
    for (size_t i = 0; status == LOCNET_OK && i < ids.count; i++)
        status = locnet_list_append(&names,
                                    name_of(listing, ids.items[i], named ? known.items[i] : NULL));
    if (status == LOCNET_OK)
        status = locnet_table_set_text(table, row, 0, event->id);
    if (!isnan(event->number))
        locnet_table_set_integer(table, row, 1, (long long)event->number);
    if (status == LOCNET_OK)
        status = locnet_table_set_text(table, row, 2, session->theme);
    if (status == LOCNET_OK)
        status = locnet_table_set_list(table, row, 3, &ids);
    if (status == LOCNET_OK)
        status = locnet_table_set_list(table, row, 4, &names);
    locnet_list_destroy(&ids);
    locnet_list_destroy(&names);
    locnet_list_destroy(&known);
    return status;
}

/* Whether event started within --since and --until (each NaN when not given). */
static bool in_years(const locnet_event_t *event, const locnet_filter_t *filter)
{
    double year = atoi(event->start);  /* a date starts with its year */
    return !(year < filter->since) && !(year > filter->until);
}

/* The events (or their sessions) that started within filter's years, in listing order. */
static locnet_status_t fill_table(const locnet_network_t *net, const locnet_filter_t *filter,
                                  bool sessions, locnet_table_t *table)
{
    static const char *const events_headers[] = {"id",       "number",   "start",
                                                 "end",      "place",    "place_name",
                                                 "sessions", "partnerships", "name"};
    static const char *const sessions_headers[] = {"event", "number", "theme", "cochairs",
                                                   "cochair_names"};
    listing_t listing;
    locnet_status_t status = listing_init(&listing, net);
    if (status == LOCNET_OK)
        status = sessions ? locnet_table_init(table, 5, sessions_headers)
                          : locnet_table_init(table, 9, events_headers);
    for (size_t i = 0; status == LOCNET_OK && i < net->event_count; i++) {
        const locnet_event_t *event = listing.order[i];
        if (!in_years(event, filter))
            continue;
        if (!sessions)
            status = add_event(&listing, event, table);
        for (size_t s = 0; sessions && status == LOCNET_OK && s < event->session_count; s++)
            status = add_session(&listing, event, &event->sessions[s], table);
    }
    listing_destroy(&listing);
    return status;
}

static int events_option(void *request, locnet_cli_t *cli, int option, const char *argument)
{
    if (option != OPTION_SESSIONS)
        return 0;
    *(bool *)request = true;
    return 1;
}

static int run(locnet_cli_t *cli, locnet_network_t *net, void *request)
{
    locnet_table_t table;
    memset(&table, 0, sizeof table);
    int code;
    locnet_status_t status = fill_table(net, &cli->filter, *(bool *)request, &table);
    if (status != LOCNET_OK) {
        fprintf(stderr, "locnet events: out of memory\n");
        code = locnet_cli_exit_code(status);
    } else {
        code = locnet_cli_write_table(cli, &table);
    }
    locnet_table_destroy(&table);
    return code;
}

static const struct option options[] = {{"sessions", no_argument, NULL, OPTION_SESSIONS},
                                        {NULL, 0, NULL, 0}};

/* The request is whether --sessions was given. */
const locnet_command_hooks_t cmd_events = {.usage = print_usage, .options = options,
                                           .request_size = sizeof(bool), .option = events_option,
                                           .run = run};
