/* io/library.c: the public API (include/locnet/locnet.h): the library's life, reading, selecting
 * and writing networks. Each call maps onto io/load.h, graph/filters.h and the writers. */
#include <locnet/locnet.h>

#include <stdlib.h>
#include <string.h>

#include "graph/filters.h"
#include "graph/history.h"
#include "graph/limits.h"
#include "graph/network.h"
#include "io/diagnostics.h"
#include "io/dot/dot_writer.h"
#include "io/library_guard.h"
#include "io/load.h"
#include "io/read/country_names.h"
#include "io/tuning.h"
#include "io/write/csv_writer.h"
#include "io/write/graphml_writer.h"
#include "io/write/json_writer.h"

const char *locnet_version(void)
{
    return LOCNET_VERSION;
}

const char *locnet_strerror(locnet_status_t status)
{
    static const char *const messages[] = {
        "success", "out of memory", "invalid input data", "input missing or unreadable",
        "cannot create output", "write failure", "locality not found", "ambiguous locality name",
        "invalid argument", "internal error"};
    size_t index = (size_t)status;
    return index < sizeof messages / sizeof messages[0] ? messages[index] : "unknown status";
}

void locnet_library_init(void)
{
    static bool installed;
    if (!installed)
        locnet_attributes_install();
    installed = true;
}

void locnet_tune_for_large_loads(void)
{
    locnet_io_tune_for_large_loads();
}

/* The diagnostics as lines of text, or NULL when there are none (or no memory for them). */
static char *problems_text(const locnet_diagnostics_t *diagnostics)
{
    char *text = NULL;
    size_t length = 0;
    if (diagnostics->count == 0)
        return NULL;
    FILE *out = open_memstream(&text, &length);
    if (out == NULL)
        return NULL;
    locnet_diagnostics_print(diagnostics, out);
    if (fclose(out) != 0) {
        free(text);
        return NULL;
    }
    return text;
}

/* Reads from path, or from text when it is not NULL. */
static locnet_status_t read_network(const char *name, const char *text, size_t length,
                                    const locnet_read_options_t *options, locnet_network_t **net,
                                    char **problems)
{
    *net = NULL;
    if (problems != NULL)
        *problems = NULL;
    locnet_library_guard_t guard;
    if (locnet_library_guard_enter(&guard) != LOCNET_OK)
        return LOCNET_ENOMEM;
    locnet_load_options_t load;
    locnet_load_options_init(&load);
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_status_t status = LOCNET_OK;
    if (options != NULL) {
        if (options->format != NULL)
            status = locnet_file_format_parse(options->format, &load.format);
        load.columns = options->columns;
        load.localities = options->localities;
        load.sources = options->sources;
        load.events = options->events;
    }
    locnet_network_t *made = malloc(sizeof *made);
    if (status == LOCNET_OK)
        status = made == NULL ? LOCNET_ENOMEM
                 : text != NULL ? locnet_load_text(name, text, length, &load, made, &diagnostics)
                                : locnet_load_with(name, &load, made, &diagnostics);
    if (status == LOCNET_OK)
        *net = made;
    else
        free(made);
    if (problems != NULL)
        *problems = problems_text(&diagnostics);
    locnet_diagnostics_destroy(&diagnostics);
    locnet_library_guard_leave(&guard);
    return status;
}

locnet_status_t locnet_network_read(const char *path, const locnet_read_options_t *options,
                                    locnet_network_t **net, char **problems)
{
    return read_network(path, NULL, 0, options, net, problems);
}

locnet_status_t locnet_network_read_text(const char *name, const char *text, size_t length,
                                         const locnet_read_options_t *options,
                                         locnet_network_t **net, char **problems)
{
    return read_network(name, text != NULL ? text : "", text != NULL ? length : 0, options, net,
                        problems);
}

void locnet_network_free(locnet_network_t *net)
{
    if (net == NULL)
        return;
    locnet_network_destroy(net);
    free(net);
}

const igraph_t *locnet_network_graph(const locnet_network_t *net)
{
    return &net->graph;
}

const char *locnet_network_locality(const locnet_network_t *net, igraph_integer_t locality,
                                    const char *attribute)
{
    return locnet_locality_text(net, attribute, locality);
}

/* Appends the comma-separated words of text to list. */
static locnet_status_t append_words(const char *text, locnet_list_t *list)
{
    for (const char *at = text; at != NULL && *at != '\0';) {
        size_t length = strcspn(at, ",");
        char *word = strndup(at, length);
        locnet_status_t status = word == NULL ? LOCNET_ENOMEM : locnet_list_append(list, word);
        free(word);
        if (status != LOCNET_OK)
            return status;
        at += length + (at[length] == ',');
    }
    return LOCNET_OK;
}

/* The internal filter for a public selection. */
static locnet_status_t make_filter(const locnet_selection_t *selection, locnet_filter_t *filter)
{
    if ((selection->since != 0 &&
         (selection->since < LOCNET_YEAR_MIN || selection->since > LOCNET_YEAR_MAX)) ||
        (selection->until != 0 &&
         (selection->until < LOCNET_YEAR_MIN || selection->until > LOCNET_YEAR_MAX)) ||
        (selection->as_of != NULL && !locnet_date_is_valid(selection->as_of)) ||
        (selection->level != NULL && selection->level[0] == '\0'))
        return LOCNET_EUSAGE;
    if (selection->look_alikes != NULL) {
        if (!locnet_look_alike_kind_parse(selection->look_alikes, &filter->look_alike_kind))
            return LOCNET_EUSAGE;
        filter->merge_look_alikes = true;
    }
    filter->country_name = locnet_country_name;
    filter->largest = selection->largest;
    if (selection->since != 0)
        filter->since = selection->since;
    if (selection->until != 0)
        filter->until = selection->until;
    if ((selection->as_of != NULL && (filter->as_of = strdup(selection->as_of)) == NULL) ||
        (selection->level != NULL && (filter->level = strdup(selection->level)) == NULL))
        return LOCNET_ENOMEM;
    locnet_status_t status = append_words(selection->kinds, &filter->kinds);
    return status == LOCNET_OK ? append_words(selection->themes, &filter->themes) : status;
}

locnet_status_t locnet_network_select(locnet_network_t *net, const locnet_selection_t *selection)
{
    locnet_library_guard_t guard;
    if (locnet_library_guard_enter(&guard) != LOCNET_OK)
        return LOCNET_ENOMEM;
    locnet_filter_t filter;
    locnet_filter_init(&filter);
    locnet_status_t status = make_filter(selection, &filter);
    if (status == LOCNET_OK)
        status = locnet_filter_apply(&filter, net, NULL);
    locnet_filter_destroy(&filter);
    locnet_library_guard_leave(&guard);
    return status;
}

/* The writer of format, without the guard. */
static locnet_status_t write_network(const locnet_network_t *net, const char *format, FILE *out)
{
    if (strcmp(format, "json") == 0)
        return locnet_json_write(net, out);
    if (strcmp(format, "ndjson") == 0)
        return locnet_ndjson_write(net, out);
    if (strcmp(format, "csv") == 0)
        return locnet_csv_write(net, out, NULL, NULL);
    if (strcmp(format, "graphml") == 0)
        return locnet_graphml_write(net, out);
    if (strcmp(format, "dot") == 0) {
        locnet_dot_style_t style;
        locnet_dot_style_init(&style);
        return locnet_dot_write(net, &style, out);
    }
    return LOCNET_EUSAGE;
}

locnet_status_t locnet_network_write(const locnet_network_t *net, const char *format, FILE *out)
{
    locnet_library_guard_t guard;
    if (locnet_library_guard_enter(&guard) != LOCNET_OK)
        return LOCNET_ENOMEM;
    locnet_status_t status = write_network(net, format, out);
    locnet_library_guard_leave(&guard);
    return status;
}
