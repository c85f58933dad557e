/* tests/fuzz/support.c: initialisation, the round-trip oracle, and loading bytes as a file. */
#include "tests/fuzz/support.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "io/read/json_reader.h"
#include "io/write/json_writer.h"

void fuzz_initialise(void)
{
    static bool initialised;
    if (!initialised) {
        locnet_attributes_install();
        igraph_set_error_handler(igraph_error_handler_ignore);
        initialised = true;
    }
}

void fuzz_check_round_trip(const locnet_network_t *net)
{
    char *text = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&text, &length);
    if (out != NULL && locnet_json_write(net, out) == LOCNET_OK && fclose(out) == 0) {
        locnet_network_t again;
        locnet_diagnostics_t diagnostics;
        locnet_diagnostics_init(&diagnostics);
        if (locnet_json_read("written", text, length, &again, &diagnostics) != LOCNET_OK) {
            locnet_diagnostics_print(&diagnostics, stderr);
            abort();
        }
        if (locnet_locality_count(&again) != locnet_locality_count(net) ||
            locnet_partnership_count(&again) != locnet_partnership_count(net))
            abort();
        locnet_network_destroy(&again);
        locnet_diagnostics_destroy(&diagnostics);
    }
    free(text);
}

bool fuzz_load_file(const uint8_t *data, size_t size, locnet_file_format_t format,
                    locnet_network_t *net)
{
    static char path[] = "/tmp/locnet-fuzz-XXXXXX";
    static int fd = -1;
    if (fd < 0 && (fd = mkstemp(path)) < 0)
        abort();
    if (ftruncate(fd, 0) != 0 || pwrite(fd, data, size, 0) != (ssize_t)size)
        abort();
    locnet_load_options_t options;
    locnet_load_options_init(&options);
    options.format = format;
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    bool loaded = locnet_load_with(path, &options, net, &diagnostics) == LOCNET_OK;
    locnet_diagnostics_destroy(&diagnostics);
    return loaded;
}

void fuzz_load_bytes(const uint8_t *data, size_t size, locnet_file_format_t format)
{
    locnet_network_t net;
    if (fuzz_load_file(data, size, format, &net)) {
        fuzz_check_round_trip(&net);
        locnet_network_destroy(&net);
    }
}
