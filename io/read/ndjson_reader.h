/* io/read/ndjson_reader.h: the NDJSON form of locnet/1, read as a stream: one JSON object per line,
 * each with "type": "source", "locality" or "partnership" and the fields locnet/1 gives that
 * record; an optional line {"format":"locnet/1"}; blank lines are skipped. Records may come in
 * any order (references may point forward). Memory holds one line, not the file. */
#ifndef LOCNET_NDJSON_READER_H
#define LOCNET_NDJSON_READER_H

#include "graph/network.h"
#include "io/diagnostics.h"
#include "io/read/line_reader.h"
#include "io/progress.h"

/* Reads every line of lines (named name in messages, "name:LINE:COLUMN: message", the column
 * counted within the line) into *net (uninitialised on entry). progress may be NULL. Returns
 * LOCNET_OK with *net made, or LOCNET_EDATA, LOCNET_ENOINPUT (read error) or LOCNET_ENOMEM with
 * nothing to free. */
locnet_status_t locnet_ndjson_read(locnet_line_reader_t *lines, const char *name,
                                   locnet_progress_t *progress, locnet_network_t *net,
                                   locnet_diagnostics_t *diagnostics);

#endif
