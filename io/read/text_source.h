/* io/read/text_source.h: an input held in memory, with its display name, a cursor that turns byte
 * offsets into line and column, and the diagnostics that problems are reported to. */
#ifndef LOCNET_TEXT_SOURCE_H
#define LOCNET_TEXT_SOURCE_H

#include <stddef.h>

#include "io/diagnostics.h"

typedef struct locnet_text_source {
    const char *name;                   /* shown in messages: the path, or "-" for stdin */
    const char *text;
    size_t length;
    size_t start;                       /* where the content begins: after a UTF-8 BOM */
    locnet_diagnostics_t *diagnostics;
    long first_line;                    /* the line number of text[0]: 1 unless the text is a
                                           part of a larger file (a line of NDJSON) */
    /* cursor state: the line and column of byte `at` */
    size_t at;
    long line;
    long column;
} locnet_text_source_t;

/* Sets up a source over text (not copied; it must outlive the source). Skips a UTF-8 BOM.
 * first_line is 1; set it (before locating anything) when text starts further down a file. */
void locnet_text_source_init(locnet_text_source_t *source, const char *name, const char *text,
                             size_t length, locnet_diagnostics_t *diagnostics);
/* The 1-based line and column (in characters) of byte offset. Fast when offsets increase. */
void locnet_text_source_locate(locnet_text_source_t *source, size_t offset, long *line,
                               long *column);
/* Reports a problem at byte offset. */
void locnet_text_source_report(locnet_text_source_t *source, size_t offset, const char *format,
                               ...) __attribute__((format(printf, 3, 4)));
/* Describes the text at offset for a message: "end of input", or the character in quotes. */
void locnet_text_source_describe(const locnet_text_source_t *source, size_t offset, char *buffer,
                                 size_t size);

#endif
