/* io/write/output.h: where a command's output goes: standard output, or a file written atomically
 * (a temporary file in the same folder, renamed over the target only after success). */
#ifndef LOCNET_OUTPUT_H
#define LOCNET_OUTPUT_H

#include <stdio.h>

#include "graph/status.h"
#include "io/diagnostics.h"

typedef struct locnet_output {
    FILE *stream;          /* write here */
    const char *path;      /* the target, or NULL for standard output */
    char *temporary_path;  /* the file being written, or NULL */
} locnet_output_t;

/* Opens the output: path NULL or "-" is standard output. For a file, creates the temporary
 * file, which SIGHUP, SIGINT and SIGTERM remove until commit or abort (io/write/interrupt.h);
 * failure is reported as "PATH: cannot create: reason" and gives LOCNET_ECREATE. */
locnet_status_t locnet_output_open(locnet_output_t *output, const char *path,
                                   locnet_diagnostics_t *diagnostics);
/* Finishes the output: flushes, checks for write errors, and for a file syncs, closes and
 * renames it over the target. A write failure gives LOCNET_EWRITE and leaves no file behind;
 * for a file it is reported as "PATH: write failure: reason", for standard output it is left to
 * the caller's final check of stdout, so that it is reported once. */
locnet_status_t locnet_output_commit(locnet_output_t *output, locnet_diagnostics_t *diagnostics);
/* Abandons the output: a temporary file is closed and removed; the target is untouched.
 * Safe after commit and on a never-opened zeroed output. */
void locnet_output_abort(locnet_output_t *output);

#endif
