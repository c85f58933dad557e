/* io/write/output.h: where a command's output goes: standard output, or a file written atomically
 * (a temporary file in the same folder, renamed over the target only after success). */
#ifndef LOCNET_OUTPUT_H
#define LOCNET_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

#include "locnet/status.h"
#include "io/diagnostics.h"

typedef struct locnet_output {
    FILE *stream;          /* write here */
    const char *path;      /* the target as given, or NULL for standard output */
    char *target;          /* the file replaced: path, or where its symbolic links lead */
    char *temporary_path;  /* the file being written, or NULL */
} locnet_output_t;

/* Opens the output: path NULL or "-" is standard output. For a file, creates the temporary
 * file beside the file that path names (through symbolic links, which stay links), its name
 * shortened when the target's is near NAME_MAX, with the permissions of the file it will
 * replace (or of a new file). Until commit or abort, SIGHUP, SIGINT and SIGTERM remove it
 * (io/write/interrupt.h). Failure is reported as "PATH: cannot create: reason" and gives
 * LOCNET_ECREATE; an empty path gives LOCNET_EUSAGE. */
locnet_status_t locnet_output_open(locnet_output_t *output, const char *path,
                                   locnet_diagnostics_t *diagnostics);
/* Finishes the output: flushes, checks for write errors, and for a file syncs, closes and
 * renames it over the target. A write failure gives LOCNET_EWRITE and leaves no file behind;
 * for a file it is reported as "PATH: write failure: reason", for standard output it is left to
 * the caller's final check of stdout, so that it is reported once. */
locnet_status_t locnet_output_commit(locnet_output_t *output, locnet_diagnostics_t *diagnostics);
/* True when a and b (either may be NULL: false) name the same output: the same text, the same
 * existing file, or the same name in the same folder once symbolic links are followed. */
bool locnet_output_same(const char *a, const char *b);
/* Abandons the output: a temporary file is closed and removed; the target is untouched.
 * Safe after commit and on a never-opened zeroed output. */
void locnet_output_abort(locnet_output_t *output);

#endif
