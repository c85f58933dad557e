/* io/shown.h: text as it is shown to people (the text table, Markdown, messages on standard
 * error). Control characters (C0, DEL, C1), line and paragraph separators, bidirectional
 * embeddings, overrides and isolates, and bytes that are not UTF-8 are written as visible
 * escapes: \n, \r, \t, \x1b, \u009b, \u202e, and \xff for a stray byte. A name then cannot move
 * the cursor, retitle or clear a terminal, reorder a line, or begin a new line. Other text is
 * written as it is. */
#ifndef LOCNET_SHOWN_H
#define LOCNET_SHOWN_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

/* The shown form of text, NUL-terminated; the caller frees it. NULL when out of memory. */
char *locnet_shown_copy(const char *text);
/* Writes the shown form of text to out. */
void locnet_shown_write(FILE *out, const char *text);
/* Terminal columns that the shown form of text takes: wide characters count 2, combining marks
 * 0 (utf8proc_charwidth), escapes their length. */
size_t locnet_shown_width(const char *text);
/* Writes what format and its arguments make, shown, except that a newline ending it stays one:
 * for one-line messages whose arguments come from the input or the command line. */
void locnet_shown_printf(FILE *out, const char *format, ...) __attribute__((format(printf, 2, 3)));
void locnet_shown_vprintf(FILE *out, const char *format, va_list args)
    __attribute__((format(printf, 2, 0)));

#endif
