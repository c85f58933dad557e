/* io/dot/dot_render.h: drawing DOT text as SVG or PNG in-process through Graphviz's library
 * (libgvc), when locnet is built with it (LOCNET_HAVE_GVC). */
#ifndef LOCNET_DOT_RENDER_H
#define LOCNET_DOT_RENDER_H

#include <stdbool.h>
#include <stdio.h>

#include "locnet/status.h"
#include "io/diagnostics.h"

/* True when this build can render (it was linked with libgvc). */
bool locnet_dot_render_available(void);

/* Lays dot (NUL-terminated DOT text) out with engine ("dot", "sfdp", ...) and writes it to out
 * in format ("svg" or "png"). Graphviz's error messages are added to diagnostics as
 * "graphviz: ..." (file ""). Returns LOCNET_EUSAGE when the build cannot render,
 * LOCNET_EDATA when Graphviz rejects the text, LOCNET_EINTERNAL when the layout or the
 * renderer fails, LOCNET_EWRITE when out reports an error. */
locnet_status_t locnet_dot_render(const char *dot, const char *engine, const char *format,
                                  FILE *out, locnet_diagnostics_t *diagnostics);

#endif
