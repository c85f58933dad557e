/* io/progress.h: "reading FILE: 42%" on a stream (standard error when it is a terminal), for
 * loads that take long. Nothing is shown during the first second, and the line is erased when
 * the work is done, so quick runs and scripts see nothing. */
#ifndef LOCNET_PROGRESS_H
#define LOCNET_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef struct locnet_progress {
    FILE *out;           /* NULL: show nothing */
    const char *what;    /* "reading data/x.json" */
    size_t total;        /* bytes to do, or 0 when unknown */
    double started;      /* seconds, monotonic */
    double shown_at;     /* when the line was last written, or 0 */
    unsigned calls;      /* the clock is read every 1024 calls */
    bool shown;
} locnet_progress_t;

/* Starts reporting on out (may be NULL) about `what` (kept, not copied). */
void locnet_progress_start(locnet_progress_t *progress, FILE *out, const char *what,
                           size_t total);
/* Says that done bytes are done. Cheap enough to call for every record. */
void locnet_progress_update(locnet_progress_t *progress, size_t done);
/* Says what is being done now ("making the network"), when a line is shown already. */
void locnet_progress_phase(locnet_progress_t *progress, const char *phase);
/* Erases the line if one was shown. */
void locnet_progress_finish(locnet_progress_t *progress);

#endif
