/* io/dot_render.c: agmemread, gvLayout and gvRender, with Graphviz's messages collected. */
#include "io/dot_render.h"

#ifdef LOCNET_HAVE_GVC

#include <string.h>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

static locnet_diagnostics_t *collecting;  /* where Graphviz's messages go during a render */

static int collect_message(char *message)
{
    size_t length = strlen(message);
    while (length > 0 && (message[length - 1] == '\n' || message[length - 1] == ' '))
        length--;
    if (collecting != NULL && length > 0)
        locnet_diagnostics_add(collecting, "graphviz", 0, 0, "%.*s", (int)length, message);
    return 0;
}

bool locnet_dot_render_available(void)
{
    return true;
}

locnet_status_t locnet_dot_render(const char *dot, const char *engine, const char *format,
                                  FILE *out, locnet_diagnostics_t *diagnostics)
{
    locnet_status_t status = LOCNET_EINTERNAL;
    collecting = diagnostics;
    agusererrf previous_handler = agseterrf(collect_message);
    agerrlevel_t previous_level = agseterr(AGERR);
    agreseterrors();
    GVC_t *gvc = gvContext();
    Agraph_t *graph = NULL;
    bool laid_out = false;
    if (gvc == NULL)
        goto cleanup;
    graph = agmemread(dot);
    if (graph == NULL || agerrors() > 0) {
        status = LOCNET_EDATA;
        goto cleanup;
    }
    if (gvLayout(gvc, graph, engine) != 0)
        goto cleanup;
    laid_out = true;
    if (gvRender(gvc, graph, format, out) != 0)
        goto cleanup;
    status = ferror(out) ? LOCNET_EWRITE : LOCNET_OK;
cleanup:
    if (laid_out)
        gvFreeLayout(gvc, graph);
    if (graph != NULL)
        agclose(graph);
    if (gvc != NULL)
        gvFreeContext(gvc);
    agseterr(previous_level);
    agseterrf(previous_handler);
    collecting = NULL;
    return status;
}

#else

bool locnet_dot_render_available(void)
{
    return false;
}

locnet_status_t locnet_dot_render(const char *dot, const char *engine, const char *format,
                                  FILE *out, locnet_diagnostics_t *diagnostics)
{
    (void)dot;
    (void)engine;
    (void)format;
    (void)out;
    (void)diagnostics;
    return LOCNET_EUSAGE;
}

#endif
