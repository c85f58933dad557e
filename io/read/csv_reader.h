/* io/read/csv_reader.h: a network from CSV tables: an edge table (one partnership per row), and
 * optionally a localities table, a sources table and an events table.
 *
 * Columns are found by their header (case ignored) or by a mapping "field=column,...". The
 * fields of the edge table are: a, b (ids of the two ends); a_name, b_name; a_country,
 * b_country; a_level, b_level; a_lat, a_lon, b_lat, b_lon; kind, since, until, themes, sources,
 * note, event. Those of the localities table are: id, name, country, level, parent, aliases,
 * codes, lat, lon, succeeded_by, succeeded_on, succession_sources, ended_on, end_sources. The
 * sources table has id, title, publisher, date and url. The events table has id, name, number,
 * start, end (the dates), place, sources, sessions (a JSON array of objects with theme and
 * cochairs, as locnet/1 writes it) and note; other columns of these two tables are ignored. Headers recognised without a mapping include source/target and
 * from/to for a and b, city1/city2 and name1/name2 for names, country1/country2,
 * lat1/lng1/lat2/lng2, label for name, lng and longitude for lon. Other columns are kept as
 * extra text attributes.
 *
 * An end is identified by its id when there is an id column (a, b), else by its name and
 * country (the id is then "CC:name", or the name when there is no country column). Without a
 * localities table, localities are made from the edge table: the first row that names one gives
 * its fields, later rows only fill missing coordinates. When an end is known by name and both
 * ends of a row name the same locality (two towns of one name in one country), the row is left
 * out with a note. List cells (themes, sources, aliases) hold items separated by ';', or a JSON
 * array; codes hold a JSON object. The defaults of the validator (io/read/validator.h) for CSV are:
 * country ZZ, level "locality" and kind "agreement", except in the world twin-town layout
 * (city1,country1,lat1,lng1,city2,country2,lat2,lng2), where they are "city" and "twinning".
 * Every value is checked by the validator; problems are reported as
 * "FILE:LINE:COLUMN: column "NAME": message", at the cell. */
#ifndef LOCNET_CSV_READER_H
#define LOCNET_CSV_READER_H

#include <stddef.h>

#include "graph/network.h"
#include "io/diagnostics.h"
#include "io/read/line_reader.h"
#include "io/progress.h"

typedef struct locnet_csv_options {
    const char *columns;     /* "field=column,..." or NULL */
    const char *localities;  /* path of a localities table, or NULL */
    const char *sources;     /* path of a sources table, or NULL */
    const char *events;      /* path of an events table, or NULL */
} locnet_csv_options_t;

/* Checks the syntax and field names of a column mapping. On a problem, writes a message into
 * error (size bytes) and returns LOCNET_EUSAGE. */
locnet_status_t locnet_csv_columns_check(const char *columns, char *error, size_t size);

/* Reads the edge table from lines (named name in messages), with the tables that options name,
 * into *net (uninitialised on entry). progress may be NULL. Returns LOCNET_OK with *net made,
 * or LOCNET_EDATA, LOCNET_ENOINPUT (a table cannot be read), LOCNET_EUSAGE (a bad mapping) or
 * LOCNET_ENOMEM, with nothing to free. */
locnet_status_t locnet_csv_read(locnet_line_reader_t *lines, const char *name,
                                const locnet_csv_options_t *options, locnet_progress_t *progress,
                                locnet_network_t *net, locnet_diagnostics_t *diagnostics);

#endif
