/* io/input.c: whole-file reads with one growing buffer. */
#include "io/input.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

locnet_status_t locnet_input_read(const char *path, char **text, size_t *length,
                                  locnet_diagnostics_t *diagnostics)
{
    locnet_status_t status = LOCNET_ENOINPUT;
    bool is_stdin = strcmp(path, "-") == 0;
    FILE *file = is_stdin ? stdin : fopen(path, "rb");
    char *buffer = NULL;
    size_t size = 0, capacity = 0;
    *text = NULL;
    *length = 0;
    if (file == NULL) {
        locnet_diagnostics_add(diagnostics, path, 0, 0, "cannot open: %s", strerror(errno));
        goto cleanup;
    }
    struct stat info;
    if (fstat(fileno(file), &info) == 0) {
        if (S_ISDIR(info.st_mode)) {
            locnet_diagnostics_add(diagnostics, path, 0, 0, "is a directory, not a file");
            goto cleanup;
        }
        if (S_ISREG(info.st_mode) && info.st_size > 0)
            capacity = (size_t)info.st_size + 1;
    }
    if (capacity == 0)
        capacity = 1 << 16;
    for (;;) {
        if (size + 1 >= capacity || buffer == NULL) {
            size_t grown = buffer == NULL ? capacity : capacity * 2;
            char *bigger = realloc(buffer, grown);
            if (bigger == NULL) {
                locnet_diagnostics_add(diagnostics, path, 0, 0, "out of memory while reading");
                status = LOCNET_ENOMEM;
                goto cleanup;
            }
            buffer = bigger;
            capacity = grown;
        }
        size_t got = fread(buffer + size, 1, capacity - size - 1, file);
        size += got;
        if (got == 0)
            break;
    }
    if (ferror(file)) {
        locnet_diagnostics_add(diagnostics, path, 0, 0, "cannot read: %s", strerror(errno));
        goto cleanup;
    }
    buffer[size] = '\0';
    *text = buffer;
    *length = size;
    buffer = NULL;
    status = LOCNET_OK;
cleanup:
    free(buffer);
    if (file != NULL && !is_stdin)
        fclose(file);
    return status;
}
