/* analyses/summary.h: what `locnet summary` counts, for the commands that show it too. */
#ifndef LOCNET_SUMMARY_H
#define LOCNET_SUMMARY_H

#include <stdbool.h>

#include "graph/network.h"
#include "io/write/table.h"

/* Fills *rows (uninitialised on entry) with summary's long form: columns section, item, value,
 * sections in the order `locnet summary --format csv` gives them; without path_lengths, the
 * structure has no diameter nor average path length (they need a search from every locality).
 * On failure there is nothing to free; on success the caller destroys *rows. */
locnet_status_t locnet_summary_rows(const locnet_network_t *net, bool path_lengths,
                                    locnet_table_t *rows);

#endif
