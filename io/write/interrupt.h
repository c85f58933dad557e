/* io/write/interrupt.h: temporary files removed when the process is interrupted. While at least
 * one is registered, SIGHUP, SIGINT and SIGTERM (those not ignored when the first was
 * registered) remove every registered file, then end the process by the same signal, so that
 * the shell reports 128 + N (130 for Ctrl-C). When the last is unregistered, the signals' former
 * handling is restored: the process is left as it was found. */
#ifndef LOCNET_INTERRUPT_H
#define LOCNET_INTERRUPT_H

/* Creates a file from template with mkstemp (the XXXXXX replaced, as mkstemp does) and
 * registers it, with the signals blocked in between. Returns the file descriptor, or -1 with
 * errno set. template is kept, not copied: it must live until unregistered. Beyond a fixed
 * number of registered files (16), a file is created but not removed on a signal. */
int locnet_interrupt_create(char *template);
/* Unregisters path (the same pointer); accepts one never registered, and NULL. */
void locnet_interrupt_unregister(const char *path);

#endif
