/* io/read/validator_fields.h: the validator for single values (text, years, coordinates, dates,
 * countries, lists, maps), shared by the files of the validator module and by nobody else. Each
 * function reads one field through a record view, reports what is wrong with it at its place,
 * and gives "unknown" (NULL, NaN) for a value that is absent or wrong. */
#ifndef LOCNET_VALIDATOR_FIELDS_H
#define LOCNET_VALIDATOR_FIELDS_H

#include "graph/list_codec.h"
#include "io/read/validator.h"

/* Reports a problem at field's place (field NULL: the record), and counts it. The message
 * starts with validator->context when it is set (a session of an event). */
void locnet_validator_report_field(locnet_validator_t *validator, const locnet_record_view_t *view,
                                   const char *field, const char *format, ...)
    __attribute__((format(printf, 4, 5)));

/* A non-empty text field, or NULL. A missing one is reported when required. */
const char *locnet_validator_text(locnet_validator_t *validator, const locnet_record_view_t *view,
                                  const char *field, bool required);
/* A date field (YYYY, YYYY-MM, YYYY-MM-DD), or NULL. */
const char *locnet_validator_date(locnet_validator_t *validator, const locnet_record_view_t *view,
                                  const char *field, bool required);
/* A whole year from LOCNET_YEAR_MIN to LOCNET_YEAR_MAX, or NaN. */
double locnet_validator_year(locnet_validator_t *validator, const locnet_record_view_t *view,
                             const char *field);
/* A whole number from 1 to LOCNET_WHOLE_MAX (graph/limits.h), or NaN. */
double locnet_validator_positive_whole(locnet_validator_t *validator,
                                       const locnet_record_view_t *view, const char *field);
/* A number within [-limit, limit], or NaN. */
double locnet_validator_coordinate(locnet_validator_t *validator, const locnet_record_view_t *view,
                                   const char *field, double limit);
/* A country as its alpha-2 code in code; *found false (after a report if it is wrong, or
 * missing and required) when there is none. Only running out of memory is an error. */
locnet_status_t locnet_validator_country_field(locnet_validator_t *validator,
                                               const locnet_record_view_t *view, const char *field,
                                               bool required, char code[3], bool *found);
/* A list: items appended to items (NFC when normalise), encoded into *encoded (NULL when
 * absent or empty; caller frees). items may borrow the record's strings: it must be destroyed
 * before the record is. Only running out of memory is an error. */
locnet_status_t locnet_validator_list(locnet_validator_t *validator,
                                      const locnet_record_view_t *view, const char *field,
                                      bool normalise, locnet_list_t *items, char **encoded);
/* A JSON array: the field's JSON value, or its text parsed as JSON. True with *array set when
 * there is one; *parsed (delete it after use) holds what was parsed from text, or NULL. A value
 * that is not an array is reported as "field F must be SHAPE, not ...". */
bool locnet_validator_json_array(locnet_validator_t *validator, const locnet_record_view_t *view,
                                 const char *field, const char *shape, const cJSON **array,
                                 cJSON **parsed);
/* Reports a value of field that does not have the shape it needs ("an array of strings"). */
void locnet_validator_report_shape(locnet_validator_t *validator,
                                   const locnet_record_view_t *view, const char *field,
                                   const locnet_value_t *value, const char *shape);
/* A map of text, encoded into *encoded (NULL when absent or empty; caller frees). */
locnet_status_t locnet_validator_map(locnet_validator_t *validator,
                                     const locnet_record_view_t *view, const char *field,
                                     char **encoded);

/* A nested record (succeeded_by): true with *inner set when there is one; a value of another
 * kind is reported. */
bool locnet_validator_record(locnet_validator_t *validator, const locnet_record_view_t *view,
                             const char *field, locnet_record_view_t *inner);

#endif
