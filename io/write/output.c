/* io/write/output.c: mkstemp beside the target, then fsync and rename. */
#include "io/write/output.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "io/write/interrupt.h"

locnet_status_t locnet_output_open(locnet_output_t *output, const char *path,
                                   locnet_diagnostics_t *diagnostics)
{
    output->stream = stdout;
    output->path = NULL;
    output->temporary_path = NULL;
    if (path == NULL || strcmp(path, "-") == 0)
        return LOCNET_OK;
    struct stat target;
    if (stat(path, &target) == 0 && !S_ISREG(target.st_mode)) {
        /* a device, pipe or socket cannot be replaced by a rename: write to it directly */
        output->stream = fopen(path, "w");
        if (output->stream == NULL) {
            locnet_diagnostics_add(diagnostics, path, 0, 0, "cannot create: %s", strerror(errno));
            return LOCNET_ECREATE;
        }
        output->path = path;
        return LOCNET_OK;
    }
    size_t length = strlen(path);
    char *temporary = malloc(length + sizeof ".tmp-XXXXXX");
    if (temporary == NULL)
        return LOCNET_ENOMEM;
    memcpy(temporary, path, length);
    memcpy(temporary + length, ".tmp-XXXXXX", sizeof ".tmp-XXXXXX");
    int fd = locnet_interrupt_create(temporary);
    if (fd < 0) {
        locnet_diagnostics_add(diagnostics, path, 0, 0, "cannot create: %s", strerror(errno));
        free(temporary);
        return LOCNET_ECREATE;
    }
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    output->stream = fdopen(fd, "w");
    if (output->stream == NULL) {
        locnet_diagnostics_add(diagnostics, path, 0, 0, "cannot create: %s", strerror(errno));
        close(fd);
        unlink(temporary);
        locnet_interrupt_unregister(temporary);
        free(temporary);
        return LOCNET_ECREATE;
    }
    output->path = path;
    output->temporary_path = temporary;
    return LOCNET_OK;
}

locnet_status_t locnet_output_commit(locnet_output_t *output, locnet_diagnostics_t *diagnostics)
{
    const char *shown = output->path;
    int failed = fflush(output->stream) != 0 || ferror(output->stream);
    int error = errno;
    if (output->temporary_path == NULL) {
        if (output->stream != stdout && fclose(output->stream) != 0 && !failed) {
            failed = 1;
            error = errno;
        }
        bool to_stdout = output->path == NULL;
        output->stream = NULL;
        if (failed) {
            /* standard output's failures are reported once, by the program's final check */
            if (!to_stdout)
                locnet_diagnostics_add(diagnostics, shown, 0, 0, "write failure: %s",
                                       strerror(error));
            return LOCNET_EWRITE;
        }
        return LOCNET_OK;
    }
    if (!failed && fsync(fileno(output->stream)) != 0 && errno != EINVAL) {
        failed = 1;
        error = errno;
    }
    if (fclose(output->stream) != 0 && !failed) {
        failed = 1;
        error = errno;
    }
    output->stream = NULL;
    if (!failed && rename(output->temporary_path, output->path) != 0) {
        failed = 1;
        error = errno;
    }
    if (failed) {
        locnet_diagnostics_add(diagnostics, shown, 0, 0, "write failure: %s", strerror(error));
        locnet_output_abort(output);
        return LOCNET_EWRITE;
    }
    locnet_interrupt_unregister(output->temporary_path);
    free(output->temporary_path);
    output->temporary_path = NULL;
    return LOCNET_OK;
}

void locnet_output_abort(locnet_output_t *output)
{
    if (output->temporary_path == NULL)
        return;
    if (output->stream != NULL)
        fclose(output->stream);
    unlink(output->temporary_path);
    locnet_interrupt_unregister(output->temporary_path);
    free(output->temporary_path);
    output->temporary_path = NULL;
    output->stream = NULL;
}
