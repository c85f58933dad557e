/* io/read/validator.h: what a valid locnet/1 network is, stated once for every input format.
 *
 * A reader (JSON, NDJSON, CSV, GraphML) maps its syntax onto records: for each source,
 * locality and partnership it hands over a view that gives the value of a field by its locnet/1
 * name, and the place where that field is written. The validator checks every value, reports
 * every problem with the same words whatever the format, and puts good records into a network
 * builder. The reader only turns a place into its own terms (line and column, a row and a
 * column, a record number) when a message is written.
 *
 * The rules:
 * - source: id, title, publisher (non-empty text) and date (YYYY, YYYY-MM or YYYY-MM-DD, a day
 *   of the Gregorian calendar: graph/date.h) are required; url is optional text. Ids are unique.
 * - locality: id and name (non-empty text; names are kept in Unicode NFC) are required; country
 *   is an ISO 3166-1 alpha-2 or alpha-3 code (any case), a user-assigned XA-XZ (XK is Kosovo),
 *   AA or ZZ (unknown), or an English country name ("Vietnam", "Viet Nam", "Côte d'Ivoire"),
 *   always stored as the alpha-2 code; level is non-empty text. Country and level are required
 *   unless the format gives defaults (CSV and GraphML: ZZ and "locality"). Optional: parent (a
 *   locality id), aliases (a list, NFC), codes (a map of text), lat within [-90, 90], lon within
 *   [-180, 180], succeeded_by, a record of id (a locality), date (required) and sources (a list
 *   of source ids), and ended, a record of date (required) and sources, for a locality that
 *   ended without a successor: it needs a parent (which holds its partnerships afterwards) and
 *   excludes succeeded_by. Ids are unique.
 * - partnership: a and b (locality ids, two different localities) are required, and kind unless
 *   the format gives a default (CSV and GraphML: "agreement"); since and until are whole years
 *   from 1 to 9999, until not before since; themes and sources are lists, sources of source ids;
 *   note is text; event is the id of an event.
 * - event: id, name and dates, a record of start (required) and end (dates, end not before
 *   start), are required; number is a positive whole number; place is a locality id; sources a
 *   list of source ids; sessions an array of objects, each with a theme (required text) and
 *   cochairs (a list of locality ids); note is text. Ids are unique.
 * - references (ends, parents, successors, cited sources, places, co-chairs, events) may point
 *   forward: they are checked
 *   once every record is read. Parent links and successions must not form cycles (checked on an
 *   input without other problems, and reported once per cycle, at the link that closes it).
 * - lists are arrays of non-empty strings, or text: items separated by ';' (empty items
 *   skipped) or a JSON array. Maps are objects of strings, or text holding a JSON object.
 * Limits are in graph/limits.h. */
#ifndef LOCNET_VALIDATOR_H
#define LOCNET_VALIDATOR_H

#include <stdbool.h>
#include <stddef.h>

#include <cjson/cJSON.h>

#include "graph/network_builder.h"
#include "io/read/country_names.h"

/* What a reader found for one field. */
typedef enum locnet_value_kind {
    LOCNET_VALUE_ABSENT,  /* not given: no such member, column or attribute, or an empty cell */
    LOCNET_VALUE_TEXT,    /* text of a format without types (a CSV cell, GraphML character
                              data): numbers, lists and maps are read from it */
    LOCNET_VALUE_NUMBER,  /* a number that the format typed as one */
    LOCNET_VALUE_JSON,    /* a JSON value of any type */
    LOCNET_VALUE_RECORD   /* a nested record (succeeded_by, ended, dates): read through
                             view->record */
} locnet_value_kind_t;

/* The nested records of locnet/1, numbered from 1 so that a reader can keep which one a place is
 * in (in place->detail, say) and name it in messages ("locality 3: ended: ..."). */
typedef enum locnet_nested {
    LOCNET_NESTED_NONE,
    LOCNET_NESTED_SUCCEEDED_BY,
    LOCNET_NESTED_ENDED,
    LOCNET_NESTED_DATES,
    LOCNET_NESTED_COUNT
} locnet_nested_t;

/* The field that holds nested record n ("succeeded_by"), or NULL for LOCNET_NESTED_NONE and
 * numbers out of range. */
const char *locnet_nested_name(int n);
/* The nested record held by field, or LOCNET_NESTED_NONE. */
locnet_nested_t locnet_nested_of(const char *field);

typedef struct locnet_value {
    locnet_value_kind_t kind;
    const char *text;   /* TEXT: the text, not NULL; NUMBER: as written, or NULL */
    double number;      /* NUMBER */
    const cJSON *json;  /* JSON */
} locnet_value_t;

/* Where something is written. The validator only keeps places and hands them back to the reader;
 * the reader fills and reads them as it likes. */
typedef struct locnet_input_place {
    const char *file;  /* the file, for readers of several files; may be NULL */
    long line;         /* 1-based; 0 when not located yet (offset then says where) */
    long column;
    size_t offset;
    size_t record;  /* the record's number, as the reader counts */
    int kind;       /* the record's kind, as the reader counts */
    int detail;     /* anything else the reader wants back (a column, a nesting) */
} locnet_input_place_t;

typedef struct locnet_record_view locnet_record_view_t;

/* One record as a reader sees it. Fields are named as in locnet/1 JSON: "id", "name", "a",
 * "since", ...; the succession record's fields are "id", "date" and "sources", the end's "date"
 * and "sources", an event's dates "start" and "end". */
struct locnet_record_view {
    void *self;
    /* Fills *value with the field's value. */
    void (*get)(void *self, const char *field, locnet_value_t *value);
    /* Fills *place with where field is written; field NULL means the record itself. */
    void (*place)(void *self, const char *field, locnet_input_place_t *place);
    /* Fills *inner with the view of a nested record (field's value was RECORD or a JSON
     * object). *inner must stay valid while the validator reads it; it may use *self's storage. */
    void (*record)(void *self, const char *field, locnet_record_view_t *inner);
    /* Optional (may be NULL): writes a number field as written in the input, for messages.
     * Returns false when it cannot. */
    bool (*spell)(void *self, const char *field, char *buffer, size_t size);
    /* Optional (may be NULL): points *text at the field's value as the input writes it, *size
     * bytes to the end of the record, so that a list already written as it is kept is copied,
     * not printed again. Returns false when it cannot. */
    bool (*raw)(void *self, const char *field, const char **text, size_t *size);
};

/* How a reader writes a message: at place, in its own terms, followed by message. */
typedef void (*locnet_validator_report_fn)(void *self, const locnet_input_place_t *place,
                                           const char *message);

/* What a format without a field gives a record (NULL: the field is required). */
typedef struct locnet_validator_defaults {
    const char *country;  /* ZZ for CSV and GraphML */
    const char *level;    /* "locality" for CSV and GraphML */
    const char *kind;     /* "agreement" for CSV and GraphML */
} locnet_validator_defaults_t;

typedef struct locnet_validator_link locnet_validator_link_t;

typedef struct locnet_validator {
    locnet_network_builder_t builder;
    locnet_country_names_t countries;  /* made when the first country name is read */
    bool countries_ready;
    locnet_validator_defaults_t defaults;
    locnet_validator_report_fn report;
    void *reporter;
    const char *unknown_source_hint;  /* added to "cites unknown source", or NULL */
    const char *unknown_event_hint;   /* added to "unknown event", or NULL */
    const char *context;              /* put before messages about fields: where in a record
                                         they are (a session of an event), or NULL */
    locnet_validator_link_t *links;   /* references kept for later checks */
    size_t link_count;
    size_t link_capacity;
    size_t links_checked;  /* links[0, links_checked) are checked: parent links and
                               successions, kept for the cycles */
    size_t problems;       /* problems reported so far (by the reader too) */
} locnet_validator_t;

/* Makes a validator with an empty builder and no defaults; messages go to report(reporter, ...).
 * On failure nothing needs freeing. */
locnet_status_t locnet_validator_init(locnet_validator_t *validator,
                                      locnet_validator_report_fn report, void *reporter);
/* Frees the validator and its builder; accepts NULL. */
void locnet_validator_destroy(locnet_validator_t *validator);

/* Reads one record. Every problem is reported and counted; the result is LOCNET_OK unless
 * memory ran out. A record with problems is still registered when its id is valid, so that
 * references to it do not cascade into more messages. *vertex and *edge (may be NULL) get the
 * number of the locality or partnership added, or -1. */
locnet_status_t locnet_validator_source(locnet_validator_t *validator,
                                        const locnet_record_view_t *view);
locnet_status_t locnet_validator_locality(locnet_validator_t *validator,
                                          const locnet_record_view_t *view,
                                          igraph_integer_t *vertex);
locnet_status_t locnet_validator_partnership(locnet_validator_t *validator,
                                             const locnet_record_view_t *view,
                                             igraph_integer_t *edge);
locnet_status_t locnet_validator_event(locnet_validator_t *validator,
                                       const locnet_record_view_t *view);
/* Reads a locality that a partnership names on its way (a CSV edge table without a localities
 * table): the first naming adds it as locnet_validator_locality does; a later one only checks its
 * coordinates and fills those still unknown. */
locnet_status_t locnet_validator_named_locality(locnet_validator_t *validator,
                                                const locnet_record_view_t *view,
                                                igraph_integer_t *vertex);

/* The alpha-2 code of a country as the validator reads it (a code or an English name).
 * LOCNET_ENOTFOUND when text names no country, LOCNET_ENOMEM when out of memory. */
locnet_status_t locnet_validator_country(locnet_validator_t *validator, const char *text,
                                         char code[3]);

/* Reports that a required field is missing (for a record the reader cannot hand over, such
 * as a row whose id would be made from a name it lacks). */
void locnet_validator_missing(locnet_validator_t *validator, const locnet_record_view_t *view,
                              const char *field);
/* Reports a problem found by the reader itself (syntax, layout), and counts it. */
void locnet_validator_report(locnet_validator_t *validator, const locnet_input_place_t *place,
                             const char *format, ...) __attribute__((format(printf, 3, 4)));

/* Checks the references kept so far, reporting those that name nothing (a reader of several
 * files calls it after each file, so that each file's messages come together). */
void locnet_validator_resolve(locnet_validator_t *validator);
/* Once every record is read: checks the references left, then, on an input without other
 * problems, the cycles of parent links and of successions. Places kept in references are
 * handed to the reader's report function, so the reader's text must still be at hand. */
void locnet_validator_check(locnet_validator_t *validator);
/* Makes *net when no problem was found (else LOCNET_EDATA). The builder is used up. */
locnet_status_t locnet_validator_finish(locnet_validator_t *validator, locnet_network_t *net);

#endif
