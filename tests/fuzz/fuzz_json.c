/* tests/fuzz/fuzz_json.c: libFuzzer target for the locnet/1 JSON reader. Any input must give
 * either a network or diagnostics, never a crash; a network must write and read back with the
 * same counts (the writer's output is always valid input). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "graph/network.h"
#include "io/json_reader.h"
#include "io/json_writer.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int initialised;
    if (!initialised) {
        locnet_attributes_install();
        igraph_set_error_handler(igraph_error_handler_ignore);
        initialised = 1;
    }
    locnet_diagnostics_t diagnostics;
    locnet_network_t net;
    locnet_diagnostics_init(&diagnostics);
    if (locnet_json_read("fuzz", (const char *)data, size, &net, &diagnostics) == LOCNET_OK) {
        char *text = NULL;
        size_t length = 0;
        FILE *out = open_memstream(&text, &length);
        if (out != NULL && locnet_json_write(&net, out) == LOCNET_OK && fclose(out) == 0) {
            locnet_network_t again;
            locnet_diagnostics_t more;
            locnet_diagnostics_init(&more);
            if (locnet_json_read("written", text, length, &again, &more) != LOCNET_OK) {
                locnet_diagnostics_print(&more, stderr);
                abort();
            }
            if (locnet_locality_count(&again) != locnet_locality_count(&net) ||
                locnet_partnership_count(&again) != locnet_partnership_count(&net))
                abort();
            locnet_network_destroy(&again);
            locnet_diagnostics_destroy(&more);
        }
        free(text);
        locnet_network_destroy(&net);
    }
    locnet_diagnostics_destroy(&diagnostics);
    return 0;
}
