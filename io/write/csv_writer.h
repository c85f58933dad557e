/* io/write/csv_writer.h: writing a network as CSV tables that io/csv_reader.h reads back: an edge
 * table, and optionally a localities table and a sources table. */
#ifndef LOCNET_CSV_WRITER_H
#define LOCNET_CSV_WRITER_H

#include <stdbool.h>
#include <stdio.h>

#include "graph/network.h"

/* Writes the partnerships of net to edges, one per row, in the order of the network, with a
 * header. Cells are quoted only when they must be (RFC 4180). Lists are written as items
 * separated by ';' (as a JSON array when an item holds a ';', starts with '[' or has spaces at
 * its ends), maps as JSON objects, unknown numbers as empty cells. Attributes other than
 * locnet's follow locnet's columns, under their own names.
 *
 * With localities (may be NULL), the edge table has columns a, b (ids), kind, since, until,
 * themes, [sources,] note, and every locality goes to localities with all its fields. Without it,
 * each end is described in the edge table itself (a, a_name, a_country, a_level, a_lat, a_lon
 * and the same for b): localities without partnerships, and parent, aliases, codes and
 * successions, are then left out. With sources (may be NULL), the sources go there and the
 * tables cite them (columns sources, succession_sources); without it the citations are left
 * out. With guard, text cells that a spreadsheet would run as formulas get a ' before them
 * (io/csv_guard.h; the CSV reader drops it again); numbers never do. Returns LOCNET_EWRITE when
 * a stream reports an error, LOCNET_ENOMEM. */
locnet_status_t locnet_csv_write(const locnet_network_t *net, FILE *edges, FILE *localities,
                                 FILE *sources, bool guard);

#endif
