/* io/read/line_reader.h: reading an input line by line through one reusable buffer, for the formats
 * that are read as a stream (NDJSON, CSV). The first bytes can be looked at before reading, to
 * tell the format of standard input, and the rest can be taken whole for formats that need it. */
#ifndef LOCNET_LINE_READER_H
#define LOCNET_LINE_READER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/stat.h>

#include "locnet/status.h"
#include "io/diagnostics.h"

typedef struct locnet_line_reader {
    const char *path;    /* as given: "-" is standard input */
    FILE *file;
    char *buffer;
    size_t start;        /* the unread bytes are buffer[start..end) */
    size_t end;
    size_t capacity;
    bool at_eof;
    bool failed;         /* a read error happened (reported when reading stops) */
    bool restore;        /* buffer[start] was overwritten by the last line's NUL ... */
    char saved;          /* ... and held this byte */
    long line;           /* the number of the line last returned, from 1 */
    size_t consumed;     /* bytes returned so far */
    size_t size;         /* the file's size when known (a regular file), else 0 */
    bool regular;        /* a regular file: checked at its end against opened */
    bool changed;        /* its size or time changed while it was read (reported at the end) */
    size_t read_total;   /* bytes read from the file so far */
    struct stat opened;  /* the file when it was opened */
} locnet_line_reader_t;

/* Opens path ("-" is standard input). A missing, unreadable or directory path is reported as
 * "PATH: reason" and gives LOCNET_ENOINPUT; then nothing needs closing. */
locnet_status_t locnet_line_reader_open(locnet_line_reader_t *reader, const char *path,
                                        locnet_diagnostics_t *diagnostics);
/* As locnet_line_reader_open, over the length bytes at text (which must outlive the reader),
 * called name in messages. */
locnet_status_t locnet_line_reader_open_memory(locnet_line_reader_t *reader, const char *name,
                                               const char *text, size_t length,
                                               locnet_diagnostics_t *diagnostics);
/* Closes the input (not standard input) and frees the buffer; accepts NULL. */
void locnet_line_reader_close(locnet_line_reader_t *reader);

/* The next line with its end-of-line bytes, NUL-terminated (the line itself may hold NUL
 * bytes: use *length), valid until the next call. A line ends after a line feed, or after a
 * carriage return not followed by one (old Mac files), so that lines are counted as editors
 * count them. NULL at the end of the input or after a read
 * error (see locnet_line_reader_check) or when out of memory (*out_of_memory set; may be NULL). */
const char *locnet_line_reader_next(locnet_line_reader_t *reader, size_t *length,
                                    bool *out_of_memory);
/* Looks at up to the first `want` bytes not yet read, without consuming them. */
locnet_status_t locnet_line_reader_peek(locnet_line_reader_t *reader, size_t want,
                                        const char **text, size_t *length);
/* Takes everything not yet read into *text (NUL-terminated, caller frees) and *length. */
locnet_status_t locnet_line_reader_take_rest(locnet_line_reader_t *reader, char **text,
                                             size_t *length);
/* After the last line: LOCNET_OK, or LOCNET_ENOINPUT with "PATH: cannot read: reason"
 * reported when a read failed, or LOCNET_EREAD when a regular file changed while it was read
 * (truncated or rewritten by another program). */
locnet_status_t locnet_line_reader_check(const locnet_line_reader_t *reader,
                                         locnet_diagnostics_t *diagnostics);

#endif
