/* io/write/csv_writer.h: writing a network as CSV tables that io/read/csv_reader.h reads back:
 * an edge table, and optionally a localities table, a sources table and an events table. */
#ifndef LOCNET_CSV_WRITER_H
#define LOCNET_CSV_WRITER_H

#include <stdbool.h>
#include <stdio.h>

#include "graph/network.h"

/* Where each table goes: edges is required, the others may be NULL (the table is not written). */
typedef struct locnet_csv_tables {
    FILE *edges;
    FILE *localities;
    FILE *sources;
    FILE *events;
    bool raw;  /* false: text cells that a spreadsheet would run as formulas get a ' before
                  them (io/csv_guard.h; the CSV reader drops it again), numbers never do;
                  true: every text as it is */
} locnet_csv_tables_t;

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
 * tables cite them (columns sources, succession_sources, end_sources); without it the citations
 * are left out. With events (may be NULL), the events go there, one per row (id, name, number,
 * start, end, place, [sources,] sessions as a JSON array, note), and the edge table has a
 * column event; without it the events are left out. Returns LOCNET_EWRITE when a stream reports
 * an error, LOCNET_ENOMEM. */
locnet_status_t locnet_csv_write_tables(const locnet_network_t *net,
                                        const locnet_csv_tables_t *tables);
/* locnet_csv_write_tables without an events table, text cells guarded against formulas. */
locnet_status_t locnet_csv_write(const locnet_network_t *net, FILE *edges, FILE *localities,
                                 FILE *sources);

#endif
