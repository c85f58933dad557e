/* io/read/line_reader.c: fread into a growing buffer, lines cut out with memchr. */
#include "io/read/line_reader.h"

#include "io/read/input.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define LINE_BUFFER_SIZE ((size_t)64 << 10)

locnet_status_t locnet_line_reader_open(locnet_line_reader_t *reader, const char *path,
                                        locnet_diagnostics_t *diagnostics)
{
    memset(reader, 0, sizeof *reader);
    reader->path = path;
    bool is_stdin = strcmp(path, "-") == 0;
    reader->file = is_stdin ? stdin : fopen(path, "rb");
    if (reader->file == NULL) {
        locnet_diagnostics_add(diagnostics, path, 0, 0, "cannot open: %s", strerror(errno));
        return LOCNET_ENOINPUT;
    }
    struct stat info;
    if (fstat(fileno(reader->file), &info) == 0) {
        if (S_ISDIR(info.st_mode)) {
            locnet_diagnostics_add(diagnostics, path, 0, 0, "is a directory, not a file");
            locnet_line_reader_close(reader);
            return LOCNET_ENOINPUT;
        }
        if (S_ISREG(info.st_mode)) {
            reader->size = (size_t)info.st_size;
            reader->regular = true;
            reader->opened = info;
        }
    }
    return LOCNET_OK;
}

locnet_status_t locnet_line_reader_open_memory(locnet_line_reader_t *reader, const char *name,
                                               const char *text, size_t length,
                                               locnet_diagnostics_t *diagnostics)
{
    memset(reader, 0, sizeof *reader);
    reader->path = name;
    /* fmemopen refuses an empty buffer: an empty text reads as an empty file */
    reader->file = length > 0 ? fmemopen((void *)text, length, "rb") : fopen("/dev/null", "rb");
    if (reader->file == NULL) {
        locnet_diagnostics_add(diagnostics, name, 0, 0, "cannot open: %s", strerror(errno));
        return LOCNET_ENOINPUT;
    }
    reader->size = length;
    return LOCNET_OK;
}

void locnet_line_reader_close(locnet_line_reader_t *reader)
{
    if (reader == NULL)
        return;
    if (reader->file != NULL && reader->file != stdin)
        fclose(reader->file);
    reader->file = NULL;
    free(reader->buffer);
    reader->buffer = NULL;
    reader->start = reader->end = reader->capacity = 0;
}

/* Reads more bytes after the unread ones, growing the buffer when it is full. Returns false
 * when nothing more can be read (end of input, error, or out of memory: *out_of_memory). */
static bool fill(locnet_line_reader_t *reader, bool *out_of_memory)
{
    if (reader->at_eof)
        return false;
    if (reader->start > 0) {
        memmove(reader->buffer, reader->buffer + reader->start, reader->end - reader->start);
        reader->end -= reader->start;
        reader->start = 0;
    }
    if (reader->capacity - reader->end < LINE_BUFFER_SIZE / 2) {
        size_t capacity = reader->capacity ? reader->capacity * 2 : LINE_BUFFER_SIZE;
        char *grown = realloc(reader->buffer, capacity + 1);
        if (grown == NULL) {
            *out_of_memory = true;
            return false;
        }
        reader->buffer = grown;
        reader->capacity = capacity;
    }
    size_t got = fread(reader->buffer + reader->end, 1, reader->capacity - reader->end,
                       reader->file);
    reader->end += got;
    reader->read_total += got;
    if (got == 0) {
        reader->at_eof = true;
        reader->failed = ferror(reader->file) != 0;
        reader->changed = reader->regular && !reader->failed &&
                          !locnet_input_unchanged(fileno(reader->file), &reader->opened,
                                                  reader->read_total);
        return false;
    }
    return true;
}

/* Puts back the byte that the last line's terminating NUL replaced. */
static void restore_byte(locnet_line_reader_t *reader)
{
    if (reader->restore) {
        reader->buffer[reader->start] = reader->saved;
        reader->restore = false;
    }
}

/* Where the line that starts at from ends, looking at the bytes up to to: after a line feed, or
 * after a carriage return that is not followed by one (old Mac line ends). NULL when no end is
 * found, or when the last byte is a carriage return whose next byte is not read yet. */
static char *line_end(char *from, char *to, bool at_eof)
{
    char *newline = memchr(from, '\n', (size_t)(to - from));
    char *limit = newline != NULL ? newline : to;
    char *carriage = memchr(from, '\r', (size_t)(limit - from));
    if (carriage != NULL && (carriage + 1 < limit || (newline == NULL && at_eof)))
        return carriage + 1;  /* a carriage return alone */
    return newline != NULL ? newline + 1 : NULL;
}

const char *locnet_line_reader_next(locnet_line_reader_t *reader, size_t *length,
                                    bool *out_of_memory)
{
    bool no_memory = false;
    restore_byte(reader);
    char *stop_at = NULL;
    size_t searched = 0;  /* bytes after start known to end no line (fill may move them) */
    for (;;) {
        size_t from = reader->start + searched;
        if (reader->end > from)
            stop_at = line_end(reader->buffer + from, reader->buffer + reader->end,
                               reader->at_eof);
        if (stop_at != NULL)
            break;
        searched = reader->end - reader->start;
        if (searched > 0 && reader->buffer[reader->end - 1] == '\r')
            searched--;  /* a line feed may follow it */
        if (!fill(reader, &no_memory))
            break;
    }
    if (out_of_memory != NULL)
        *out_of_memory = no_memory;
    if (no_memory || reader->start == reader->end)
        return NULL;
    size_t stop = stop_at != NULL ? (size_t)(stop_at - reader->buffer) : reader->end;
    char *line = reader->buffer + reader->start;
    *length = stop - reader->start;
    reader->consumed += *length;
    reader->line++;
    reader->start = stop;
    if (stop < reader->end) {
        reader->saved = reader->buffer[stop];
        reader->restore = true;
    }
    reader->buffer[stop] = '\0';  /* the buffer has one spare byte past its capacity */
    return line;
}

locnet_status_t locnet_line_reader_peek(locnet_line_reader_t *reader, size_t want,
                                        const char **text, size_t *length)
{
    bool no_memory = false;
    restore_byte(reader);
    while (reader->end - reader->start < want && fill(reader, &no_memory))
        ;
    if (no_memory)
        return LOCNET_ENOMEM;
    *text = reader->buffer != NULL ? reader->buffer + reader->start : "";
    size_t available = reader->end - reader->start;
    *length = available < want ? available : want;
    return LOCNET_OK;
}

locnet_status_t locnet_line_reader_take_rest(locnet_line_reader_t *reader, char **text,
                                             size_t *length)
{
    bool no_memory = false;
    restore_byte(reader);
    while (fill(reader, &no_memory))
        ;
    if (no_memory)
        return LOCNET_ENOMEM;
    size_t size = reader->end - reader->start;
    char *copy = malloc(size + 1);
    if (copy == NULL)
        return LOCNET_ENOMEM;
    if (size > 0)
        memcpy(copy, reader->buffer + reader->start, size);
    copy[size] = '\0';
    reader->consumed += size;
    reader->start = reader->end;
    *text = copy;
    *length = size;
    return LOCNET_OK;
}

locnet_status_t locnet_line_reader_check(const locnet_line_reader_t *reader,
                                         locnet_diagnostics_t *diagnostics)
{
    if (reader->changed)
        return locnet_input_report_changed(reader->path, &reader->opened, reader->read_total,
                                           diagnostics);
    if (!reader->failed)
        return LOCNET_OK;
    locnet_diagnostics_add(diagnostics, reader->path, 0, 0, "cannot read: %s", strerror(EIO));
    return LOCNET_ENOINPUT;
}
