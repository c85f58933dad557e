/* io/read/json_reader.h: the locnet/1 JSON reader. */
#ifndef LOCNET_JSON_READER_H
#define LOCNET_JSON_READER_H

#include <stdbool.h>
#include <stddef.h>

#include "graph/network.h"
#include "io/diagnostics.h"
#include "io/read/input.h"
#include "io/progress.h"

/* True when name (not NULL) names one of locnet/1's record arrays: "sources", "localities",
 * "partnerships" or "events". */
bool locnet_json_is_record_array(const char *name);

/* Reads the locnet/1 document text[0..length) named name into *net (uninitialised on entry).
 * Every problem found goes to diagnostics as "name:line:column: message"; reading goes on past
 * problems in records so that all of them are reported. Returns LOCNET_OK with *net made, or
 * LOCNET_EDATA (or LOCNET_ENOMEM) with nothing to free. */
locnet_status_t locnet_json_read(const char *name, const char *text, size_t length,
                                 locnet_network_t *net, locnet_diagnostics_t *diagnostics);

/* As locnet_json_read, over an opened input, which is closed (always, and before the network
 * is made, to keep the peak of memory low). progress may be NULL. */
locnet_status_t locnet_json_read_input(const char *name, locnet_input_text_t *input,
                                       locnet_progress_t *progress, locnet_network_t *net,
                                       locnet_diagnostics_t *diagnostics);

#endif
