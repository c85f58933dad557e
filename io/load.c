/* io/load.c: reads the input and hands it to the reader of its format. */
#include "io/load.h"

#include <stdlib.h>

#include "io/input.h"
#include "io/json_reader.h"

locnet_status_t locnet_load(const char *path, locnet_network_t *net,
                            locnet_diagnostics_t *diagnostics)
{
    char *text = NULL;
    size_t length = 0;
    locnet_status_t status = locnet_input_read(path, &text, &length, diagnostics);
    if (status == LOCNET_OK)
        status = locnet_json_read(path, text, length, net, diagnostics);
    free(text);
    return status;
}
