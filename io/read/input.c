/* io/read/input.c: whole-file reads with one growing buffer, or a read-only mapping. */
#define _DEFAULT_SOURCE 1  /* MAP_POPULATE */
#include "io/read/input.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

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

locnet_status_t locnet_input_open_text(const char *path, locnet_input_text_t *input,
                                       locnet_diagnostics_t *diagnostics)
{
    memset(input, 0, sizeof *input);
    input->text = "";
    struct stat info;
    if (strcmp(path, "-") != 0 && stat(path, &info) == 0 && S_ISREG(info.st_mode) &&
        info.st_size > 0) {
        int fd = open(path, O_RDONLY);
        if (fd >= 0) {
            int flags = MAP_PRIVATE;
#ifdef MAP_POPULATE
            flags |= MAP_POPULATE;  /* one call instead of a page fault every 4 KB */
#endif
            void *mapping = mmap(NULL, (size_t)info.st_size, PROT_READ, flags, fd, 0);
            close(fd);
            if (mapping != MAP_FAILED) {
                input->mapping = mapping;
                input->text = mapping;
                input->length = (size_t)info.st_size;
                return LOCNET_OK;
            }
        }
        /* a file that cannot be mapped is read, and any error reported, the ordinary way */
    }
    locnet_status_t status = locnet_input_read(path, &input->buffer, &input->length, diagnostics);
    if (status == LOCNET_OK)
        input->text = input->buffer;
    return status;
}

void locnet_input_close_text(locnet_input_text_t *input)
{
    if (input == NULL)
        return;
    if (input->mapping != NULL)
        munmap(input->mapping, input->length);
    free(input->buffer);
    memset(input, 0, sizeof *input);
    input->text = "";
}
