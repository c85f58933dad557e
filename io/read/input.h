/* io/read/input.h: reading a whole input file, or standard input for "-", into memory. */
#ifndef LOCNET_INPUT_H
#define LOCNET_INPUT_H

#include <stddef.h>

#include "locnet/status.h"
#include "io/diagnostics.h"

/* Reads path ("-" is standard input) into *text (NUL-terminated, caller frees) and *length.
 * A missing, unreadable or directory path is reported as "PATH: reason" and gives
 * LOCNET_ENOINPUT; on any failure *text is NULL. */
locnet_status_t locnet_input_read(const char *path, char **text, size_t *length,
                                  locnet_diagnostics_t *diagnostics);

/* A whole input in memory: a regular file is mapped (its pages come straight from the page
 * cache), anything else is read into a buffer. */
typedef struct locnet_input_text {
    const char *text;   /* not NUL-terminated when mapped: use length */
    size_t length;
    void *mapping;      /* what to unmap, or NULL */
    char *buffer;       /* what to free, or NULL */
} locnet_input_text_t;

/* Opens path ("-" is standard input) as locnet_input_read does, with the same messages. */
locnet_status_t locnet_input_open_text(const char *path, locnet_input_text_t *input,
                                       locnet_diagnostics_t *diagnostics);
/* Unmaps or frees the text; accepts NULL and a closed input. */
void locnet_input_close_text(locnet_input_text_t *input);

#endif
