/* io/write/interrupt.c: a fixed table of paths read by an async-signal-safe handler (unlink,
 * then the default action of the signal); the table changes only with the signals blocked. */
#include "io/write/interrupt.h"

#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdlib.h>
#include <stddef.h>
#include <unistd.h>

#define PLACES 16

static const int watched[] = {SIGHUP, SIGINT, SIGTERM};
#define WATCHED (sizeof watched / sizeof watched[0])

static const char *volatile registered[PLACES];
static int count;                        /* changed only with the signals blocked */
static struct sigaction former[WATCHED];
static bool installed[WATCHED];

static void on_signal(int signal_number)
{
    for (int i = 0; i < PLACES; i++) {
        const char *path = registered[i];
        if (path != NULL)
            unlink(path);
    }
    /* SA_RESETHAND made the action the default again; the signal is blocked while this runs,
     * so it ends the process as soon as the handler returns */
    raise(signal_number);
}

/* Blocks the watched signals; *saved gets the mask to restore. */
static void block(sigset_t *saved)
{
    sigset_t set;
    sigemptyset(&set);
    for (size_t i = 0; i < WATCHED; i++)
        sigaddset(&set, watched[i]);
    sigprocmask(SIG_BLOCK, &set, saved);
}

static void install(void)
{
    struct sigaction action;
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < WATCHED; i++)
        sigaddset(&action.sa_mask, watched[i]);
    action.sa_flags = SA_RESETHAND;
    for (size_t i = 0; i < WATCHED; i++) {
        installed[i] = false;
        if (sigaction(watched[i], NULL, &former[i]) != 0 || former[i].sa_handler == SIG_IGN)
            continue;  /* ignored (nohup, a background job): it stays ignored */
        installed[i] = sigaction(watched[i], &action, NULL) == 0;
    }
}

static void restore(void)
{
    for (size_t i = 0; i < WATCHED; i++) {
        if (installed[i])
            sigaction(watched[i], &former[i], NULL);
        installed[i] = false;
    }
}

int locnet_interrupt_create(char *template)
{
    sigset_t saved;
    block(&saved);
    int fd = mkstemp(template);
    int error = errno;
    for (int i = 0; fd >= 0 && i < PLACES; i++) {
        if (registered[i] == NULL) {
            if (count++ == 0)
                install();
            registered[i] = template;
            break;
        }
    }
    sigprocmask(SIG_SETMASK, &saved, NULL);
    errno = error;
    return fd;
}

void locnet_interrupt_unregister(const char *path)
{
    sigset_t saved;
    block(&saved);
    for (int i = 0; i < PLACES; i++) {
        if (registered[i] == path && path != NULL) {
            registered[i] = NULL;
            if (--count == 0)
                restore();
        }
    }
    sigprocmask(SIG_SETMASK, &saved, NULL);
}
