/* analyses/cli_look_alikes.h: telling the user about look-alike locality names
 * (graph/look_alikes.h): a one-line note when a command loads a network, every group in
 * `locnet validate`. */
#ifndef LOCNET_CLI_LOOK_ALIKES_H
#define LOCNET_CLI_LOOK_ALIKES_H

#include "analyses/cli.h"

/* Prints one line on standard error when net (read from path) holds look-alike names with
 * diacritics ignored: how many groups, one of them, and the options that list and merge them.
 * Nothing when there are none. */
void locnet_cli_note_look_alikes(const locnet_cli_t *cli, const char *path,
                                 const locnet_network_t *net);
/* Prints every group on standard error, one line each, as
 * 'PATH: note: look-alike names (MD city): "Chişinău" (XA-12, 6 partnerships), ...'. Returns the
 * number of groups, or -1 when out of memory (said). */
long locnet_cli_list_look_alikes(const char *path, const locnet_network_t *net);

#endif
