/* io/read/json_records.h: locnet/1 records written as JSON objects (the arrays of a JSON document,
 * the lines of NDJSON) handed to the validator (io/read/validator.h), with messages placed at
 * "FILE:LINE:COLUMN: locality 7: ..." (records counted per kind, from 1). */
#ifndef LOCNET_JSON_RECORDS_H
#define LOCNET_JSON_RECORDS_H

#include <stdbool.h>
#include <stddef.h>

#include "io/read/json_record.h"
#include "io/read/json_walk.h"
#include "io/read/validator.h"
#include "io/read/text_source.h"

typedef enum locnet_record_kind {
    LOCNET_RECORD_SOURCE,
    LOCNET_RECORD_LOCALITY,
    LOCNET_RECORD_PARTNERSHIP,
    LOCNET_RECORD_EVENT,
    LOCNET_RECORD_KINDS
} locnet_record_kind_t;

typedef struct locnet_json_records {
    locnet_text_source_t *source;  /* the text of the records being read; may change between
                                       records (NDJSON has one source per line) */
    bool locate_now;               /* place messages by line and column at once, not offsets:
                                       set when a source does not outlive its record */
    locnet_validator_t validator;
} locnet_json_records_t;

/* Makes a reader with an empty validator. On failure nothing needs freeing. */
locnet_status_t locnet_json_records_init(locnet_json_records_t *records);
/* Frees the reader; accepts NULL. */
void locnet_json_records_destroy(locnet_json_records_t *records);

/* Reads record number (from 1, counted per kind) whose tree and text span in records->source
 * are in value. Problems are reported and counted; the result is LOCNET_OK unless memory ran
 * out. */
locnet_status_t locnet_json_records_read(locnet_json_records_t *records, locnet_record_kind_t kind,
                                         size_t number, const locnet_json_value_t *value);
/* Reports a member of value's object (at any depth) that repeats an earlier member's name, for
 * an object that is no record (NDJSON's format line). Records are checked as they are read.
 * LOCNET_OK unless memory ran out. */
locnet_status_t locnet_json_records_check_names(locnet_json_records_t *records,
                                                const locnet_json_value_t *value);
/* Reports a problem at offset of records->source that belongs to no record, and counts it. */
void locnet_json_records_report(locnet_json_records_t *records, size_t offset, const char *format,
                                ...) __attribute__((format(printf, 3, 4)));
/* Makes *net when no problem was found (else LOCNET_EDATA); call locnet_validator_check on
 * records->validator first, while the source of the records can still be read (unless locate_now
 * is set). */
locnet_status_t locnet_json_records_finish(locnet_json_records_t *records, locnet_network_t *net);

#endif
