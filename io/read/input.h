/* io/read/input.h: reading a whole input file, or standard input for "-", into memory. */
#ifndef LOCNET_INPUT_H
#define LOCNET_INPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/stat.h>

#include "locnet/status.h"
#include "io/diagnostics.h"

/* Reads path ("-" is standard input) into *text (NUL-terminated, caller frees) and *length.
 * A missing, unreadable or directory path is reported as "PATH: reason" and gives
 * LOCNET_ENOINPUT; a read that fails part way, or a regular file whose size or modification
 * time changed while it was read (truncated or rewritten by another program), gives
 * LOCNET_EREAD; no memory gives LOCNET_ENOMEM. On any failure *text is NULL. */
locnet_status_t locnet_input_read(const char *path, char **text, size_t *length,
                                  locnet_diagnostics_t *diagnostics);

/* True when the file open as fd still has the size and modification time in before, and its
 * size is length (the bytes read from it). */
bool locnet_input_unchanged(int fd, const struct stat *before, size_t length);
/* Reports "PATH: changed while it was read (...)" and returns LOCNET_EREAD. */
locnet_status_t locnet_input_report_changed(const char *path, const struct stat *before,
                                            size_t length, locnet_diagnostics_t *diagnostics);

/* A whole input in memory, read into a buffer. It is never mapped: a mapped file truncated by
 * another program while it is parsed would end the process with SIGBUS. */
typedef struct locnet_input_text {
    const char *text;   /* NUL-terminated; length bytes */
    size_t length;
    char *buffer;       /* what to free, or NULL */
} locnet_input_text_t;

/* Opens path ("-" is standard input) as locnet_input_read does, with the same messages. */
locnet_status_t locnet_input_open_text(const char *path, locnet_input_text_t *input,
                                       locnet_diagnostics_t *diagnostics);
/* Frees the text; accepts NULL and a closed input. */
void locnet_input_close_text(locnet_input_text_t *input);

#endif
