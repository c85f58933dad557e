/* io/dot/dot_render.c: agmemread, gvLayout and gvRenderData, with Graphviz's messages collected. */
#include "io/dot/dot_render.h"

#ifdef LOCNET_HAVE_GVC

#include <string.h>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

static locnet_diagnostics_t *collecting;  /* where Graphviz's messages go during a render */
static char pending[1024];                /* Graphviz hands a message over in pieces */
static size_t pending_length;

/* Adds the pending line, without its trailing blanks, to the diagnostics. */
static void flush_message(void)
{
    while (pending_length > 0 && (pending[pending_length - 1] == ' ' ||
                                  pending[pending_length - 1] == '\n'))
        pending_length--;
    if (collecting != NULL && pending_length > 0)
        locnet_diagnostics_add(collecting, "graphviz", 0, 0, "%.*s", (int)pending_length, pending);
    pending_length = 0;
}

static int collect_message(char *message)
{
    for (const char *c = message; *c != '\0'; c++) {
        if (*c == '\n')
            flush_message();
        else if (pending_length < sizeof pending - 1)
            pending[pending_length++] = *c;
    }
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
    pending_length = 0;
    agusererrf previous_handler = agseterrf(collect_message);
    agerrlevel_t previous_level = agseterr(AGERR);
    agreseterrors();
    GVC_t *gvc = gvContext();
    Agraph_t *graph = NULL;
    bool laid_out = false;
    char *drawing = NULL;
    unsigned int length = 0;
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
    /* into memory first: Graphviz ends the process when it cannot write to a stream */
    if (gvRenderData(gvc, graph, format, &drawing, &length) != 0 || drawing == NULL)
        goto cleanup;
    status = fwrite(drawing, 1, length, out) != length || ferror(out) ? LOCNET_EWRITE : LOCNET_OK;
cleanup:
    if (drawing != NULL)
        gvFreeRenderData(drawing);
    if (laid_out)
        gvFreeLayout(gvc, graph);
    if (graph != NULL)
        agclose(graph);
    if (gvc != NULL)
        gvFreeContext(gvc);
    flush_message();
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
