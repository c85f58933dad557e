/* io/write/output.c: mkstemp beside the target (through symbolic links, with a name short
 * enough), the target's permissions, then fsync and rename. */
#define _DEFAULT_SOURCE 1  /* realpath */
#include "io/write/output.h"

#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "io/write/interrupt.h"

#define TEMPORARY_SUFFIX ".tmp-XXXXXX"
#define MAX_LINKS 40  /* as the kernel's limit on symbolic links in a path */

/* The file that writing to path writes: path itself, or where its chain of symbolic links ends
 * (which may not exist yet). A new string, or NULL with errno set (ELOOP, ENOMEM). */
static char *final_target(const char *path)
{
    char *at = strdup(path);
    for (int links = 0; at != NULL; links++) {
        struct stat info;
        if (lstat(at, &info) != 0 || !S_ISLNK(info.st_mode))
            return at;
        char link[PATH_MAX];
        ssize_t length = readlink(at, link, sizeof link - 1);
        if (links == MAX_LINKS || length < 0) {
            free(at);
            errno = length < 0 ? errno : ELOOP;
            return NULL;
        }
        link[length] = '\0';
        const char *slash = strrchr(at, '/');
        size_t folder = link[0] == '/' || slash == NULL ? 0 : (size_t)(slash - at) + 1;
        char *next = malloc(folder + (size_t)length + 1);
        if (next != NULL) {
            memcpy(next, at, folder);
            memcpy(next + folder, link, (size_t)length + 1);
        }
        free(at);
        at = next;
    }
    errno = ENOMEM;
    return NULL;
}

/* target + ".tmp-XXXXXX", its file name cut (at a character boundary) so that it fits in
 * NAME_MAX bytes. A new string, or NULL. */
static char *temporary_template(const char *target)
{
    const char *slash = strrchr(target, '/');
    size_t folder = slash != NULL ? (size_t)(slash - target) + 1 : 0;
    size_t name = strlen(target) - folder;
    size_t room = NAME_MAX - (sizeof TEMPORARY_SUFFIX - 1);
    if (name > room) {
        name = room;
        while (name > 0 && ((unsigned char)target[folder + name] & 0xC0) == 0x80)
            name--;  /* not inside a UTF-8 character */
    }
    char *temporary = malloc(folder + name + sizeof TEMPORARY_SUFFIX);
    if (temporary == NULL)
        return NULL;
    memcpy(temporary, target, folder + name);
    memcpy(temporary + folder + name, TEMPORARY_SUFFIX, sizeof TEMPORARY_SUFFIX);
    return temporary;
}

/* Gives the new file the permissions (and, when allowed, the owner) of the file it replaces,
 * or those of a new file. */
static void copy_permissions(int fd, const char *target)
{
    struct stat existing;
    if (stat(target, &existing) == 0 && S_ISREG(existing.st_mode)) {
        if (fchown(fd, existing.st_uid, existing.st_gid) != 0) {
            /* not allowed to give it away: the writer keeps it */
        }
        fchmod(fd, existing.st_mode & 07777);
        return;
    }
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
}

/* Opens a device, pipe or socket to write to it directly: a rename cannot replace it. */
static locnet_status_t open_directly(locnet_output_t *output, const char *path,
                                     locnet_diagnostics_t *diagnostics)
{
    output->stream = fopen(path, "w");
    if (output->stream == NULL) {
        locnet_diagnostics_add(diagnostics, path, 0, 0, "cannot create: %s", strerror(errno));
        return LOCNET_ECREATE;
    }
    output->path = path;
    return LOCNET_OK;
}

locnet_status_t locnet_output_open(locnet_output_t *output, const char *path,
                                   locnet_diagnostics_t *diagnostics)
{
    memset(output, 0, sizeof *output);
    output->stream = stdout;
    if (path == NULL || strcmp(path, "-") == 0)
        return LOCNET_OK;
    if (path[0] == '\0') {
        locnet_diagnostics_add(diagnostics, "\"\"", 0, 0, "cannot create: the name is empty");
        return LOCNET_EUSAGE;
    }
    struct stat target;
    if (stat(path, &target) == 0 && !S_ISREG(target.st_mode))
        return open_directly(output, path, diagnostics);
    locnet_status_t status = LOCNET_ECREATE;
    char *final = final_target(path);
    char *temporary = final != NULL ? temporary_template(final) : NULL;
    int fd = temporary != NULL ? locnet_interrupt_create(temporary) : -1;
    if (fd < 0) {
        status = final == NULL && errno == ENOMEM ? LOCNET_ENOMEM : LOCNET_ECREATE;
        locnet_diagnostics_add(diagnostics, path, 0, 0, "cannot create: %s", strerror(errno));
        goto failed;
    }
    copy_permissions(fd, final);
    output->stream = fdopen(fd, "w");
    if (output->stream == NULL) {
        locnet_diagnostics_add(diagnostics, path, 0, 0, "cannot create: %s", strerror(errno));
        close(fd);
        unlink(temporary);
        locnet_interrupt_unregister(temporary);
        goto failed;
    }
    output->path = path;
    output->target = final;
    output->temporary_path = temporary;
    return LOCNET_OK;
failed:
    free(temporary);
    free(final);
    output->stream = NULL;
    return status;
}

/* The real path of the folder of path ("." when it has none) into folder; false when it
 * cannot be found. *name gets where the file name begins in path. */
static bool folder_of(const char *path, char folder[PATH_MAX], const char **name)
{
    const char *slash = strrchr(path, '/');
    *name = slash != NULL ? slash + 1 : path;
    char *part = slash != NULL ? strndup(path, (size_t)(slash - path) + 1) : strdup(".");
    bool found = part != NULL && realpath(part, folder) != NULL;
    free(part);
    return found;
}

bool locnet_output_same(const char *a, const char *b)
{
    if (a == NULL || b == NULL)
        return false;
    if (strcmp(a, b) == 0)
        return true;
    struct stat left, right;
    if (stat(a, &left) == 0 && stat(b, &right) == 0)
        return left.st_dev == right.st_dev && left.st_ino == right.st_ino;
    /* files still to be made: the same name in the same folder, after symbolic links */
    char *final_a = final_target(a), *final_b = final_target(b);
    char folder_a[PATH_MAX], folder_b[PATH_MAX];
    const char *name_a, *name_b;
    bool same = final_a != NULL && final_b != NULL && folder_of(final_a, folder_a, &name_a) &&
                folder_of(final_b, folder_b, &name_b) && strcmp(name_a, name_b) == 0 &&
                strcmp(folder_a, folder_b) == 0;
    free(final_a);
    free(final_b);
    return same;
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
    if (!failed && rename(output->temporary_path, output->target) != 0) {
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
    free(output->target);
    output->temporary_path = output->target = NULL;
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
    free(output->target);
    output->temporary_path = output->target = NULL;
    output->stream = NULL;
}
