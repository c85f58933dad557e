/* io/graphml_reader.c: placeholder */
#include "io/graphml_reader.h"
locnet_status_t locnet_graphml_read_path(const char *path, locnet_network_t *net,
                                         locnet_diagnostics_t *diagnostics)
{
    (void)net;
    locnet_diagnostics_add(diagnostics, path, 0, 0, "GraphML not yet");
    return LOCNET_EDATA;
}
locnet_status_t locnet_graphml_read_text(const char *name, const char *text, size_t length,
                                         locnet_network_t *net, locnet_diagnostics_t *diagnostics)
{
    (void)text; (void)length;
    return locnet_graphml_read_path(name, net, diagnostics);
}
