/* io/load.h: loading a network from a file in any format locnet reads: locnet/1 JSON, NDJSON,
 * CSV edge tables and GraphML. The format comes from the caller, else from the file's extension,
 * else (standard input, other names) from its first bytes. */
#ifndef LOCNET_LOAD_H
#define LOCNET_LOAD_H

#include <stdio.h>

#include "graph/network.h"
#include "io/diagnostics.h"

typedef enum locnet_file_format {
    LOCNET_FILE_AUTO = 0,  /* from the extension, else from the content */
    LOCNET_FILE_JSON,      /* .json */
    LOCNET_FILE_NDJSON,    /* .ndjson, .jsonl */
    LOCNET_FILE_CSV,       /* .csv, .tsv, .txt */
    LOCNET_FILE_GRAPHML    /* .graphml, .xml */
} locnet_file_format_t;

typedef struct locnet_load_options {
    locnet_file_format_t format;
    const char *columns;     /* CSV: column mapping "a=from,b=to,..." (see csv_reader.h), or NULL */
    const char *localities;  /* CSV: a localities table to read with the edge table, or NULL */
    const char *sources;     /* CSV: a sources table, or NULL */
    const char *events;      /* CSV: an events table, or NULL */
    FILE *progress;          /* where to show progress of long loads, or NULL */
} locnet_load_options_t;

/* Sets the defaults: format from the file, no CSV tables, no progress. */
void locnet_load_options_init(locnet_load_options_t *options);

/* Parses a format name (json, ndjson, jsonl, csv, tsv, graphml). LOCNET_EUSAGE when unknown. */
locnet_status_t locnet_file_format_parse(const char *name, locnet_file_format_t *format);
/* The format of a path by its extension (case ignored), or LOCNET_FILE_AUTO. */
locnet_file_format_t locnet_file_format_of_path(const char *path);
/* The format's name: "json", "ndjson", "csv", "graphml" (or "auto"). */
const char *locnet_file_format_name(locnet_file_format_t format);

/* Loads path ("-" is standard input) into *net (uninitialised on entry). Problems go to
 * diagnostics. Returns LOCNET_OK, LOCNET_ENOINPUT (missing or unreadable file), LOCNET_EDATA
 * (bad content), LOCNET_EUSAGE (options that do not fit the input, reported as "PATH: ...") or
 * LOCNET_ENOMEM; on failure there is nothing to free. options may be NULL (the defaults). */
locnet_status_t locnet_load_with(const char *path, const locnet_load_options_t *options,
                                 locnet_network_t *net, locnet_diagnostics_t *diagnostics);
/* As locnet_load_with, from the length bytes at text, called name in messages; the format comes
 * from options, else from name's extension, else from the bytes. text must stay valid during the
 * call. */
locnet_status_t locnet_load_text(const char *name, const char *text, size_t length,
                                 const locnet_load_options_t *options, locnet_network_t *net,
                                 locnet_diagnostics_t *diagnostics);
/* locnet_load_with with the default options. */
locnet_status_t locnet_load(const char *path, locnet_network_t *net,
                            locnet_diagnostics_t *diagnostics);

#endif
