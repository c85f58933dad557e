/* io/dot/dot_escape.h: DOT strings that Graphviz (checked with 2.43) reads back, and shows, exactly.
 *
 * What Graphviz needs, and what these functions do about it:
 * - Every ID and label is a quoted string. In one, `\"` stands for a quote; `\\` is kept as two
 *   backslashes; a backslash before a line end joins the lines; a run of more than 16 KiB without
 *   a backslash or quote is rejected. Runs are therefore cut every 4,000 bytes with a
 *   backslash-newline, which Graphviz removes.
 * - Labels then go through Graphviz's label escapes (\N \G \E \T \H \L \n \l \r, and `\\` for a
 *   backslash) and HTML entities (&amp; ...). In a label, each backslash is written `\\`, each `&`
 *   `&amp;`, and a line break (LF, CR or CRLF) `\n`; a name ending with a line break gets one
 *   more, so its empty last line is drawn. C0 control characters other than tab, and DEL, have no
 *   glyph and would make Graphviz's SVG invalid XML: they are shown as their Unicode control
 *   pictures (U+2400 + code, U+2421 for DEL). The noncharacters U+FFFE and U+FFFF, which XML
 *   1.0 cannot hold either, are shown as U+FFFD (the replacement character); these and the
 *   control pictures are "pictures" below. Everything else is written as it is.
 * - A node ID is the locality's id unchanged whenever DOT can hold it. It cannot hold a control
 *   character or U+FFFE/U+FFFF (Graphviz writes IDs into SVG titles), nor an odd run of
 *   backslashes before a quote or at the end; such an id is written with those characters
 *   replaced (pictures, one more backslash) and, if that collides with another node ID, a
 *   suffix "~2", "~3", ... */
#ifndef LOCNET_DOT_ESCAPE_H
#define LOCNET_DOT_ESCAPE_H

#include <stdbool.h>
#include <stdio.h>

#include "graph/list_codec.h"
#include "locnet/status.h"

/* Writes text as one quoted DOT string for a plain label: Graphviz shows exactly text, with the
 * pictures and line breaks described above. */
void locnet_dot_write_label(FILE *out, const char *text);
/* Writes text as one quoted DOT ID; Graphviz reads back exactly text when
 * locnet_dot_id_exact(text). */
void locnet_dot_write_id(FILE *out, const char *text);
/* True when DOT can hold text as an ID unchanged. */
bool locnet_dot_id_exact(const char *text);
/* Writes text as the content of an HTML-like label (no delimiters): entities for & < > ",
 * `\\` for a backslash (Graphviz applies its label escapes there too), <BR/> for a line break,
 * pictures; long runs are cut with a line end, which Graphviz drops from HTML text. */
void locnet_dot_write_html_text(FILE *out, const char *text);

/* Appends to names (empty on entry) one DOT ID per text, unique among them all: prefix + text
 * when DOT can hold it (these are kept whatever the others become), else prefix + the text with
 * pictures and one more backslash for an odd run before a quote or the end, then
 * "~2", "~3", ... until unique. On failure names holds fewer than count items. */
locnet_status_t locnet_dot_assign_names(const char *prefix, const char *const *texts,
                                        size_t count, locnet_list_t *names);

#endif
