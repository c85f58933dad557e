/* io/input.h: reading a whole input file, or standard input for "-", into memory. */
#ifndef LOCNET_INPUT_H
#define LOCNET_INPUT_H

#include <stddef.h>

#include "graph/status.h"
#include "io/diagnostics.h"

/* Reads path ("-" is standard input) into *text (NUL-terminated, caller frees) and *length.
 * A missing, unreadable or directory path is reported as "PATH: reason" and gives
 * LOCNET_ENOINPUT; on any failure *text is NULL. */
locnet_status_t locnet_input_read(const char *path, char **text, size_t *length,
                                  locnet_diagnostics_t *diagnostics);

#endif
