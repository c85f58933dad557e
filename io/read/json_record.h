/* io/read/json_record.h: a locnet/1 record written as a JSON object, seen through the validator
 * (io/read/validator.h): fields are the object's members, and places are where their values are
 * written in the text, when the text is at hand. */
#ifndef LOCNET_JSON_RECORD_H
#define LOCNET_JSON_RECORD_H

#include <stdbool.h>

#include <cjson/cJSON.h>

#include "io/read/json_walk.h"
#include "io/read/validator.h"
#include "io/read/text_source.h"

typedef struct locnet_json_record locnet_json_record_t;

struct locnet_json_record {
    const cJSON *json;             /* the object */
    locnet_text_source_t *source;  /* its text, or NULL: then every place is `place` */
    size_t start;                  /* the object's span in the source */
    size_t end;
    bool locate_now;             /* give places as line and column at once, not offsets
                                    (the text will not outlive the record) */
    locnet_input_place_t place;  /* the record's place: the reader's kind, number and
                              detail; its line and column when there is no text */
    locnet_json_record_t *inner;  /* storage for a nested record (succeeded_by, ended, dates):
                                     one at a time */
    const size_t *member_values;  /* where the values of its first members_placed members are
                                     written, in order (locnet_json_value_t), when */
    int members_placed;           /* not -1 */
};

/* Sets *view to read record (which must outlive the view). A nested record's place has the
 * nested record's number (locnet_nested_t) as detail. */
void locnet_json_record_view(locnet_json_record_t *record, locnet_record_view_t *view);

#endif
