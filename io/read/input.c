/* io/read/input.c: whole-file reads into one buffer, with a check that the file did not change
 * while it was read. (A mapping would be no faster here, and a file truncated under a mapping
 * kills the process with SIGBUS.) */
#include "io/read/input.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define FIRST_CAPACITY ((size_t)1 << 16)

/* Reads fd to its end into a buffer of at least capacity + 1 bytes, NUL-terminated. */
static locnet_status_t read_to_end(int fd, const char *path, size_t capacity, char **text,
                                   size_t *length, locnet_diagnostics_t *diagnostics)
{
    locnet_status_t status = LOCNET_ENOMEM;
    char *buffer = malloc(capacity + 1);
    size_t size = 0;
    if (buffer == NULL)
        goto no_memory;
    for (;;) {
        if (size == capacity) {
            char *bigger = capacity > SIZE_MAX / 2 - 1 ? NULL : realloc(buffer, capacity * 2 + 1);
            if (bigger == NULL)
                goto no_memory;
            buffer = bigger;
            capacity *= 2;
        }
        ssize_t got = read(fd, buffer + size, capacity - size);
        if (got == 0)
            break;
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            locnet_diagnostics_add(diagnostics, path, 0, 0, "cannot read: %s", strerror(errno));
            status = errno == EISDIR ? LOCNET_ENOINPUT : LOCNET_EREAD;
            goto cleanup;
        }
        size += (size_t)got;
    }
    buffer[size] = '\0';
    *text = buffer;
    *length = size;
    return LOCNET_OK;
no_memory:  /* said by the caller, as every other lack of memory */
cleanup:
    free(buffer);
    return status;
}

bool locnet_input_unchanged(int fd, const struct stat *before, size_t length)
{
    struct stat after;
    return fstat(fd, &after) == 0 && after.st_size == before->st_size &&
           (size_t)after.st_size == length &&
           after.st_mtim.tv_sec == before->st_mtim.tv_sec &&
           after.st_mtim.tv_nsec == before->st_mtim.tv_nsec;
}

locnet_status_t locnet_input_report_changed(const char *path, const struct stat *before,
                                            size_t length, locnet_diagnostics_t *diagnostics)
{
    locnet_diagnostics_add(diagnostics, path, 0, 0,
                           "changed while it was read (%lld bytes when opened, %zu read): "
                           "read it again once it is written",
                           (long long)before->st_size, length);
    return LOCNET_EREAD;
}

locnet_status_t locnet_input_read(const char *path, char **text, size_t *length,
                                  locnet_diagnostics_t *diagnostics)
{
    *text = NULL;
    *length = 0;
    bool is_stdin = strcmp(path, "-") == 0;
    int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        locnet_diagnostics_add(diagnostics, path, 0, 0, "cannot open: %s", strerror(errno));
        return LOCNET_ENOINPUT;
    }
    locnet_status_t status = LOCNET_ENOINPUT;
    struct stat info;
    bool regular = false;
    size_t capacity = FIRST_CAPACITY;
    if (fstat(fd, &info) == 0) {
        if (S_ISDIR(info.st_mode)) {
            locnet_diagnostics_add(diagnostics, path, 0, 0, "is a directory, not a file");
            goto cleanup;
        }
        regular = S_ISREG(info.st_mode);
        if (regular && info.st_size > 0)
            capacity = (size_t)info.st_size + 1;  /* one spare byte: the end is seen at once */
    }
    status = read_to_end(fd, path, capacity, text, length, diagnostics);
    if (status == LOCNET_OK && regular && !locnet_input_unchanged(fd, &info, *length)) {
        status = locnet_input_report_changed(path, &info, *length, diagnostics);
        free(*text);
        *text = NULL;
        *length = 0;
    }
cleanup:
    if (!is_stdin)
        close(fd);
    return status;
}

locnet_status_t locnet_input_open_text(const char *path, locnet_input_text_t *input,
                                       locnet_diagnostics_t *diagnostics)
{
    memset(input, 0, sizeof *input);
    input->text = "";
    locnet_status_t status = locnet_input_read(path, &input->buffer, &input->length, diagnostics);
    if (status == LOCNET_OK)
        input->text = input->buffer;
    return status;
}

void locnet_input_close_text(locnet_input_text_t *input)
{
    if (input == NULL)
        return;
    free(input->buffer);
    memset(input, 0, sizeof *input);
    input->text = "";
}
