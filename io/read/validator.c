/* io/read/validator.c: sources, localities and partnerships checked field by field into the
 * builder (events: validator_events.c). */
#include "io/read/validator.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph/limits.h"
#include "graph/list_codec.h"
#include "io/read/validator_fields.h"
#include "io/read/validator_links.h"
#include "io/read/text_values.h"

locnet_status_t locnet_validator_init(locnet_validator_t *validator,
                                      locnet_validator_report_fn report, void *reporter)
{
    memset(validator, 0, sizeof *validator);
    validator->report = report;
    validator->reporter = reporter;
    return locnet_builder_init(&validator->builder);
}

void locnet_validator_destroy(locnet_validator_t *validator)
{
    if (validator == NULL)
        return;
    locnet_builder_destroy(&validator->builder);
    if (validator->countries_ready)
        locnet_country_names_destroy(&validator->countries);
    locnet_validator_links_destroy(validator);
}

void locnet_validator_report(locnet_validator_t *validator, const locnet_input_place_t *place,
                             const char *format, ...)
{
    char message[LOCNET_MESSAGE_SIZE];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    validator->report(validator->reporter, place, message);
    validator->problems++;
}

locnet_status_t locnet_validator_country(locnet_validator_t *validator, const char *text,
                                         char code[3])
{
    if (locnet_country_code_of(text, code))
        return LOCNET_OK;
    if (!validator->countries_ready) {
        locnet_status_t status = locnet_country_names_init(&validator->countries);
        if (status != LOCNET_OK)
            return status;
        validator->countries_ready = true;
    }
    locnet_status_t status = locnet_country_code(&validator->countries, text, code);
    return status == LOCNET_EDATA ? LOCNET_ENOTFOUND : status;
}

const char *locnet_nested_name(int n)
{
    static const char *const names[LOCNET_NESTED_COUNT] = {
        [LOCNET_NESTED_SUCCEEDED_BY] = "succeeded_by", [LOCNET_NESTED_ENDED] = "ended",
        [LOCNET_NESTED_DATES] = "dates"};
    return n > LOCNET_NESTED_NONE && n < LOCNET_NESTED_COUNT ? names[n] : NULL;
}

locnet_nested_t locnet_nested_of(const char *field)
{
    for (int n = LOCNET_NESTED_NONE + 1; n < LOCNET_NESTED_COUNT; n++) {
        if (strcmp(locnet_nested_name(n), field) == 0)
            return (locnet_nested_t)n;
    }
    return LOCNET_NESTED_NONE;
}

/* ---- sources ----------------------------------------------------------------------------- */

locnet_status_t locnet_validator_source(locnet_validator_t *validator,
                                        const locnet_record_view_t *view)
{
    locnet_source_t source = {
        .id = (char *)locnet_validator_text(validator, view, "id", true),
        .title = (char *)locnet_validator_text(validator, view, "title", true),
        .publisher = (char *)locnet_validator_text(validator, view, "publisher", true),
        .date = (char *)locnet_validator_date(validator, view, "date", true),
        .url = (char *)locnet_validator_text(validator, view, "url", false),
    };
    if (source.id == NULL)
        return LOCNET_OK;
    source.title = source.title ? source.title : "";
    source.publisher = source.publisher ? source.publisher : "";
    source.date = source.date ? source.date : "";
    locnet_status_t status = locnet_builder_add_source(&validator->builder, &source);
    if (status == LOCNET_EDATA) {
        locnet_validator_report_field(validator, view, "id", "duplicate source id \"%.*s\"",
                                      LOCNET_QUOTE_SIZE, source.id);
        status = LOCNET_OK;
    }
    return status;
}

/* ---- localities -------------------------------------------------------------------------- */

/* A locality being read, with the memory its fields hold. */
typedef struct locality {
    locnet_locality_fields_t fields;
    char country[3];
    char *name;
    char *aliases;
    char *codes;
    char *succession_sources;
    char *end_sources;
    locnet_list_t alias_items;
    locnet_list_t source_items;
    locnet_list_t end_items;
    locnet_record_view_t succession;  /* valid when fields.text[SUCCEEDED_BY] is set */
    locnet_record_view_t end;         /* read before the succession, whose view it may share
                                         storage with */
} locality_t;

static void locality_init(locality_t *locality)
{
    memset(locality, 0, sizeof *locality);
    locnet_locality_fields_clear(&locality->fields);
    locnet_list_init(&locality->alias_items);
    locnet_list_init(&locality->source_items);
    locnet_list_init(&locality->end_items);
}

static void locality_destroy(locality_t *locality)
{
    free(locality->name);
    free(locality->aliases);
    free(locality->codes);
    free(locality->succession_sources);
    free(locality->end_sources);
    locnet_list_destroy(&locality->alias_items);
    locnet_list_destroy(&locality->source_items);
    locnet_list_destroy(&locality->end_items);
}

/* succeeded_by: a record of id, date and sources. */
static locnet_status_t read_succession(locnet_validator_t *validator,
                                       const locnet_record_view_t *view, locality_t *locality)
{
    locnet_record_view_t *inner = &locality->succession;
    if (!locnet_validator_record(validator, view, "succeeded_by", inner))
        return LOCNET_OK;
    const char *successor = locnet_validator_text(validator, inner, "id", true);
    locality->fields.text[LOCNET_VT_SUCCEEDED_ON] =
        locnet_validator_date(validator, inner, "date", true);
    locnet_status_t status = locnet_validator_list(
        validator, inner, "sources", false, &locality->source_items, &locality->succession_sources);
    if (status == LOCNET_OK)
        status = locnet_validator_cite(validator, inner, "sources", &locality->source_items);
    locality->fields.text[LOCNET_VT_SUCCEEDED_BY] = successor;
    return status;
}

/* ended: a record of date and sources, for a locality that ended without a successor. Its
 * partnerships then belong to its parent, so it needs one; it cannot also be succeeded. */
static locnet_status_t read_end(locnet_validator_t *validator, const locnet_record_view_t *view,
                                locality_t *locality)
{
    locnet_record_view_t *inner = &locality->end;
    if (!locnet_validator_record(validator, view, "ended", inner))
        return LOCNET_OK;
    locality->fields.text[LOCNET_VT_ENDED_ON] =
        locnet_validator_date(validator, inner, "date", true);
    locnet_status_t status = locnet_validator_list(validator, inner, "sources", false,
                                                   &locality->end_items, &locality->end_sources);
    if (status == LOCNET_OK)
        status = locnet_validator_cite(validator, inner, "sources", &locality->end_items);
    locnet_value_t other;
    view->get(view->self, "succeeded_by", &other);
    if (other.kind != LOCNET_VALUE_ABSENT)
        locnet_validator_report_field(validator, view, "ended",
                                      "a locality that ended has no \"succeeded_by\"");
    else if (locality->fields.text[LOCNET_VT_PARENT] == NULL)
        locnet_validator_report_field(validator, view, "ended",
                                      "a locality that ended needs a \"parent\", which holds its "
                                      "partnerships afterwards");
    return status;
}

/* Every field of a locality but its links. */
static locnet_status_t read_locality(locnet_validator_t *validator,
                                     const locnet_record_view_t *view, locality_t *locality)
{
    locnet_locality_fields_t *fields = &locality->fields;
    const locnet_validator_defaults_t *defaults = &validator->defaults;
    fields->text[LOCNET_VT_ID] = locnet_validator_text(validator, view, "id", true);
    locnet_builder_prefetch_locality(&validator->builder, fields->text[LOCNET_VT_ID]);
    const char *name = locnet_validator_text(validator, view, "name", true);
    if (name != NULL && (locality->name = locnet_text_nfc(name)) == NULL)
        return LOCNET_ENOMEM;
    fields->text[LOCNET_VT_NAME] = locality->name != NULL ? locality->name : "";
    bool found;
    locnet_status_t status = locnet_validator_country_field(
        validator, view, "country", defaults->country == NULL, locality->country, &found);
    if (status != LOCNET_OK)
        return status;
    fields->text[LOCNET_VT_COUNTRY] = found ? locality->country : defaults->country;
    const char *level = locnet_validator_text(validator, view, "level", defaults->level == NULL);
    fields->text[LOCNET_VT_LEVEL] = level != NULL ? level : defaults->level;
    fields->text[LOCNET_VT_PARENT] = locnet_validator_text(validator, view, "parent", false);
    fields->number[LOCNET_VN_LAT] =
        locnet_validator_coordinate(validator, view, "lat", LOCNET_LATITUDE_LIMIT);
    fields->number[LOCNET_VN_LON] =
        locnet_validator_coordinate(validator, view, "lon", LOCNET_LONGITUDE_LIMIT);
    status = locnet_validator_list(validator, view, "aliases", true, &locality->alias_items,
                                   &locality->aliases);
    if (status == LOCNET_OK)
        status = locnet_validator_map(validator, view, "codes", &locality->codes);
    if (status == LOCNET_OK)
        status = read_end(validator, view, locality);
    if (status == LOCNET_OK)
        status = read_succession(validator, view, locality);
    fields->text[LOCNET_VT_ALIASES] = locality->aliases;
    fields->text[LOCNET_VT_CODES] = locality->codes;
    fields->text[LOCNET_VT_SUCCESSION_SOURCES] = locality->succession_sources;
    fields->text[LOCNET_VT_END_SOURCES] = locality->end_sources;
    return status;
}

locnet_status_t locnet_validator_locality(locnet_validator_t *validator,
                                          const locnet_record_view_t *view,
                                          igraph_integer_t *vertex)
{
    locality_t locality;
    locality_init(&locality);
    igraph_integer_t added = -1;
    locnet_status_t status = read_locality(validator, view, &locality);
    const char *id = locality.fields.text[LOCNET_VT_ID];
    if (status != LOCNET_OK || id == NULL)
        goto cleanup;
    status = locnet_builder_add_locality(&validator->builder, &locality.fields, &added, NULL);
    if (status == LOCNET_EDATA) {
        locnet_validator_report_field(validator, view, "id", "duplicate locality id \"%.*s\"",
                                      LOCNET_QUOTE_SIZE, id);
        status = LOCNET_OK;  /* its links are still checked, with no locality to start from */
    }
    const char *parent = locality.fields.text[LOCNET_VT_PARENT];
    const char *successor = locality.fields.text[LOCNET_VT_SUCCEEDED_BY];
    if (status == LOCNET_OK && parent != NULL)
        status =
            locnet_validator_link(validator, view, "parent", parent, LOCNET_LINK_PARENT, added, 0);
    if (status == LOCNET_OK && successor != NULL)
        status = locnet_validator_link(validator, &locality.succession, "id", successor,
                                       LOCNET_LINK_SUCCESSOR, added, 0);
cleanup:
    if (vertex != NULL)
        *vertex = added;
    locality_destroy(&locality);
    return status;
}

locnet_status_t locnet_validator_named_locality(locnet_validator_t *validator,
                                                const locnet_record_view_t *view,
                                                igraph_integer_t *vertex)
{
    locnet_value_t id;
    view->get(view->self, "id", &id);
    *vertex = -1;
    if (id.kind != LOCNET_VALUE_TEXT ||
        !locnet_builder_find_locality(&validator->builder, id.text, vertex))
        return locnet_validator_locality(validator, view, vertex);
    static const char *const fields[LOCNET_VN_COUNT] = {
        [LOCNET_VN_LAT] = "lat", [LOCNET_VN_LON] = "lon"};
    static const double limits[LOCNET_VN_COUNT] = {
        [LOCNET_VN_LAT] = LOCNET_LATITUDE_LIMIT, [LOCNET_VN_LON] = LOCNET_LONGITUDE_LIMIT};
    for (int n = 0; n < LOCNET_VN_COUNT; n++) {
        double value = locnet_validator_coordinate(validator, view, fields[n], limits[n]);
        if (!isnan(value) && isnan(locnet_builder_locality_number(&validator->builder, *vertex, n)))
            locnet_builder_set_locality_number(&validator->builder, *vertex, n, value);
    }
    return LOCNET_OK;
}

/* ---- partnerships ------------------------------------------------------------------------ */

/* A partnership being read, with the memory its fields hold. */
typedef struct partnership {
    locnet_partnership_fields_t fields;
    const char *ends[2];
    char *themes;
    char *sources;
    locnet_list_t theme_items;
    locnet_list_t source_items;
} partnership_t;

static void partnership_init(partnership_t *partnership)
{
    memset(partnership, 0, sizeof *partnership);
    locnet_partnership_fields_clear(&partnership->fields);
    locnet_list_init(&partnership->theme_items);
    locnet_list_init(&partnership->source_items);
}

static void partnership_destroy(partnership_t *partnership)
{
    free(partnership->themes);
    free(partnership->sources);
    locnet_list_destroy(&partnership->theme_items);
    locnet_list_destroy(&partnership->source_items);
}

static locnet_status_t read_partnership(locnet_validator_t *validator,
                                        const locnet_record_view_t *view,
                                        partnership_t *partnership)
{
    locnet_partnership_fields_t *fields = &partnership->fields;
    const char **ends = partnership->ends;
    ends[0] = locnet_validator_text(validator, view, "a", true);
    ends[1] = locnet_validator_text(validator, view, "b", true);
    /* their look-ups wait for memory less once the other fields are read */
    locnet_builder_prefetch_locality(&validator->builder, ends[0]);
    locnet_builder_prefetch_locality(&validator->builder, ends[1]);
    const char *kind =
        locnet_validator_text(validator, view, "kind", validator->defaults.kind == NULL);
    fields->text[LOCNET_ET_KIND] = kind != NULL ? kind : validator->defaults.kind;
    fields->text[LOCNET_ET_NOTE] = locnet_validator_text(validator, view, "note", false);
    fields->text[LOCNET_ET_EVENT] = locnet_validator_text(validator, view, "event", false);
    double since = fields->number[LOCNET_EN_SINCE] =
        locnet_validator_year(validator, view, "since");
    double until = fields->number[LOCNET_EN_UNTIL] =
        locnet_validator_year(validator, view, "until");
    if (until < since)
        locnet_validator_report_field(validator, view, "until",
                                      "field \"until\" (%.0f) is before \"since\" (%.0f)", until,
                                      since);
    if (ends[0] != NULL && ends[1] != NULL && strcmp(ends[0], ends[1]) == 0)
        locnet_validator_report_field(validator, view, "b", "links locality \"%.*s\" to itself",
                                      LOCNET_QUOTE_SIZE, ends[0]);
    locnet_status_t status = locnet_validator_list(validator, view, "themes", false,
                                                   &partnership->theme_items, &partnership->themes);
    if (status == LOCNET_OK)
        status = locnet_validator_list(validator, view, "sources", false,
                                       &partnership->source_items, &partnership->sources);
    if (status == LOCNET_OK)
        status = locnet_validator_cite(validator, view, "sources", &partnership->source_items);
    const char *event = fields->text[LOCNET_ET_EVENT];
    if (status == LOCNET_OK && event != NULL &&
        !locnet_builder_has_event(&validator->builder, event))
        status = locnet_validator_link(validator, view, "event", event, LOCNET_LINK_EVENT, -1, 0);
    fields->text[LOCNET_ET_THEMES] = partnership->themes;
    fields->text[LOCNET_ET_SOURCES] = partnership->sources;
    return status;
}

locnet_status_t locnet_validator_partnership(locnet_validator_t *validator,
                                             const locnet_record_view_t *view,
                                             igraph_integer_t *edge)
{
    partnership_t partnership;
    partnership_init(&partnership);
    igraph_integer_t added = -1;
    locnet_status_t status = read_partnership(validator, view, &partnership);
    /* Without both ends there is no edge; the other problems are reported already. */
    if (status != LOCNET_OK || partnership.ends[0] == NULL || partnership.ends[1] == NULL)
        goto cleanup;
    igraph_integer_t ends[2] = {-1, -1};
    for (int end = 0; end < 2; end++)
        locnet_builder_find_locality(&validator->builder, partnership.ends[end], &ends[end]);
    status = locnet_builder_add_partnership(&validator->builder, ends[0], ends[1],
                                            &partnership.fields, &added);
    for (int end = 0; end < 2 && status == LOCNET_OK; end++) {
        if (ends[end] < 0)  /* named before it is read, or never */
            status = locnet_validator_link(validator, view, end == 0 ? "a" : "b",
                                           partnership.ends[end], LOCNET_LINK_END, added, end);
    }
cleanup:
    if (edge != NULL)
        *edge = added;
    partnership_destroy(&partnership);
    return status;
}

locnet_status_t locnet_validator_finish(locnet_validator_t *validator, locnet_network_t *net)
{
    if (validator->problems > 0)
        return LOCNET_EDATA;
    return locnet_builder_finish(&validator->builder, net);
}
