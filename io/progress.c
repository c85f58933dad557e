/* io/progress.c: a throttled, self-erasing progress line. */
#include "io/progress.h"

#include <time.h>

#define PROGRESS_DELAY 1.0     /* seconds before the first line */
#define PROGRESS_INTERVAL 0.25 /* seconds between lines */

static double seconds_now(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec + (double)now.tv_nsec * 1e-9;
}

void locnet_progress_start(locnet_progress_t *progress, FILE *out, const char *what,
                           size_t total)
{
    progress->out = out;
    progress->what = what;
    progress->total = total;
    progress->started = out != NULL ? seconds_now() : 0;
    progress->shown_at = 0;
    progress->calls = 0;
    progress->shown = false;
}

void locnet_progress_update(locnet_progress_t *progress, size_t done)
{
    if (progress->out == NULL || (++progress->calls & 1023) != 0)
        return;
    double now = seconds_now();
    if (now - progress->started < PROGRESS_DELAY || now - progress->shown_at < PROGRESS_INTERVAL)
        return;
    if (progress->total > 0)
        fprintf(progress->out, "\r%s: %3.0f%%", progress->what,
                100.0 * (double)(done < progress->total ? done : progress->total) /
                    (double)progress->total);
    else
        fprintf(progress->out, "\r%s: %.1f MB", progress->what, (double)done / 1e6);
    fflush(progress->out);
    progress->shown_at = now;
    progress->shown = true;
}

void locnet_progress_phase(locnet_progress_t *progress, const char *phase)
{
    if (progress == NULL || progress->out == NULL || !progress->shown)
        return;
    fprintf(progress->out, "\r\033[K%s: %s", progress->what, phase);
    fflush(progress->out);
}

void locnet_progress_finish(locnet_progress_t *progress)
{
    if (progress->out != NULL && progress->shown) {
        fputs("\r\033[K", progress->out);  /* back to the start of the line, then erase it */
        fflush(progress->out);
    }
    progress->shown = false;
}
