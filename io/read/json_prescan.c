/* io/read/json_prescan.c: one linear, string-aware pass over the bytes. Runs of ordinary bytes are
 * skipped through a table of the bytes that matter inside and outside strings. */
#include "io/read/json_prescan.h"

#include "graph/chunks.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

enum { ORDINARY, QUOTE, BACKSLASH, OPEN, CLOSE, NUL_BYTE, HIGH };

/* What each byte is inside a string ([1]) and outside one ([0]). */
static unsigned char byte_classes[2][256];

static void init_classes(void)
{
    static bool ready;
    if (ready)
        return;
    for (int inside = 0; inside < 2; inside++) {
        for (int byte = 0x80; byte < 0x100; byte++)
            byte_classes[inside][byte] = HIGH;
        byte_classes[inside][0] = NUL_BYTE;
        byte_classes[inside]['"'] = QUOTE;
    }
    byte_classes[1]['\\'] = BACKSLASH;
    byte_classes[0]['{'] = byte_classes[0]['['] = OPEN;
    byte_classes[0]['}'] = byte_classes[0][']'] = CLOSE;
    ready = true;
}

size_t locnet_json_prescan(locnet_text_source_t *source)
{
    init_classes();
    const unsigned char *text = (const unsigned char *)source->text;
    size_t length = source->length, problems = 0;
    int depth = 0;
    bool in_string = false;
    for (size_t i = source->start; i < length;) {
        const unsigned char *classes = byte_classes[in_string];
        while (i < length && classes[text[i]] == ORDINARY)
            i++;
        if (i >= length)
            break;
        unsigned char byte = text[i];
        switch (classes[byte]) {
        case NUL_BYTE:
            locnet_text_source_report(source, i, "NUL byte in the input");
            problems++;
            i++;
            break;
        case HIGH: {
            utf8proc_int32_t codepoint;
            utf8proc_ssize_t width = utf8proc_iterate(text + i, (utf8proc_ssize_t)(length - i),
                                                      &codepoint);
            if (width <= 0) {
                locnet_text_source_report(source, i, "invalid UTF-8 (byte 0x%02X)", byte);
                problems++;
                width = 1;
            }
            i += (size_t)width;
            break;
        }
        case BACKSLASH:
            if (i + 5 < length && text[i + 1] == 'u' && memcmp(text + i + 2, "0000", 4) == 0) {
                locnet_text_source_report(source, i, "string contains a NUL character (\\u0000)");
                problems++;
            }
            i += 2;  /* the escaped character cannot end the string */
            break;
        case QUOTE:
            in_string = !in_string;
            i++;
            break;
        case OPEN:
            if (++depth > LOCNET_JSON_MAX_DEPTH) {
                locnet_text_source_report(source, i, "nesting too deep (more than %d levels)",
                                          LOCNET_JSON_MAX_DEPTH);
                return problems + 1;
            }
            i++;
            break;
        default: /* CLOSE */
            if (depth > 0)
                depth--;
            i++;
            break;
        }
    }
    return problems;
}

/* Texts from which a thread of its own pays for itself. */
#define JOB_FROM ((size_t)1 << 20)

struct locnet_json_prescan_job {
    locnet_text_source_t source;       /* a cursor of its own over the same text */
    locnet_diagnostics_t diagnostics;  /* what it reports */
    size_t problems;
    pthread_t thread;
};

static void *run_job(void *data)
{
    locnet_json_prescan_job_t *job = data;
    job->problems = locnet_json_prescan(&job->source);
    return NULL;
}

locnet_json_prescan_job_t *locnet_json_prescan_start(const locnet_text_source_t *source)
{
    init_classes();  /* here, before any thread reads the table */
    if (source->length < JOB_FROM || locnet_chunks_processors() < 2)
        return NULL;
    locnet_json_prescan_job_t *job = calloc(1, sizeof *job);
    if (job == NULL)
        return NULL;
    job->source = *source;
    locnet_diagnostics_init(&job->diagnostics);
    job->diagnostics.limit = source->diagnostics->limit;
    job->source.diagnostics = &job->diagnostics;
    if (pthread_create(&job->thread, NULL, run_job, job) != 0) {
        free(job);
        return NULL;
    }
    return job;
}

size_t locnet_json_prescan_finish(locnet_json_prescan_job_t *job,
                                  locnet_diagnostics_t *diagnostics)
{
    pthread_join(job->thread, NULL);
    size_t problems = job->problems;
    locnet_diagnostics_move(diagnostics, &job->diagnostics);
    locnet_diagnostics_destroy(&job->diagnostics);
    free(job);
    return problems;
}
