/* io/read/record_reader.h: the rules of locnet/1 records (sources, localities, partnerships), shared
 * by the JSON and NDJSON readers. Each record is checked field by field, every problem gets a
 * message at its place, and good records go into a network builder. References (partnership
 * ends, parents, successors, cited sources) may point forward; those not yet known are kept
 * and checked once every record has been read. */
#ifndef LOCNET_RECORD_READER_H
#define LOCNET_RECORD_READER_H

#include <stdbool.h>
#include <stddef.h>

#include "graph/network_builder.h"
#include "io/read/json_walk.h"
#include "io/read/text_source.h"

typedef enum locnet_record_kind {
    LOCNET_RECORD_SOURCE,
    LOCNET_RECORD_LOCALITY,
    LOCNET_RECORD_PARTNERSHIP
} locnet_record_kind_t;

typedef struct locnet_pending_reference locnet_pending_reference_t;

typedef struct locnet_record_reader {
    locnet_text_source_t *source;  /* the text of the records being read; may change between
                                      records (NDJSON has one source per line) */
    bool locate_now;               /* keep line and column of kept references, not offsets:
                                      set when a source does not outlive its record */
    locnet_network_builder_t builder;
    locnet_pending_reference_t *pending;
    size_t pending_count;
    size_t pending_capacity;
    size_t problems;               /* problems reported so far */
} locnet_record_reader_t;

/* Makes a reader with an empty builder. On failure nothing needs freeing. */
locnet_status_t locnet_record_reader_init(locnet_record_reader_t *reader);
/* Frees the reader; accepts NULL. */
void locnet_record_reader_destroy(locnet_record_reader_t *reader);

/* Reads record number (from 1, counted per kind: messages say "locality 7") whose tree and
 * text span in reader->source are in value. Problems are reported and counted; the result is
 * LOCNET_OK unless memory ran out. */
locnet_status_t locnet_record_reader_read(locnet_record_reader_t *reader,
                                          locnet_record_kind_t kind, size_t number,
                                          const locnet_json_value_t *value);
/* Reports a problem at offset of reader->source, and counts it. */
void locnet_record_reader_report(locnet_record_reader_t *reader, size_t offset,
                                 const char *format, ...) __attribute__((format(printf, 3, 4)));
/* "a string", "an array"...: what a JSON value is, for messages. */
const char *locnet_json_type_name(const cJSON *json);

/* Checks the kept references now that every record is read (sources of messages about them
 * must still be readable unless locate_now was set). */
void locnet_record_reader_resolve(locnet_record_reader_t *reader);
/* Makes *net when no problem was found (else LOCNET_EDATA). The builder is used up. */
locnet_status_t locnet_record_reader_finish(locnet_record_reader_t *reader, locnet_network_t *net);

#endif
