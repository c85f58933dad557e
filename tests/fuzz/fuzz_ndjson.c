/* tests/fuzz/fuzz_ndjson.c: libFuzzer target for the NDJSON reader. Any input must give either a network
 * or diagnostics, never a crash; a network must write and read back with the same counts. The
 * reader reads files, so each input goes through a file of this process. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "graph/network.h"
#include "io/csv_writer.h"
#include "io/json_writer.h"
#include "io/load.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char input_path[64], output_path[64];

/* Writes bytes to path; false on failure. */
static int put_file(const char *path, const void *bytes, size_t size)
{
    FILE *out = fopen(path, "wb");
    if (out == NULL)
        return 0;
    size_t written = fwrite(bytes, 1, size, out);
    return fclose(out) == 0 && written == size;
}

static locnet_status_t load(const char *path, locnet_network_t *net)
{
    locnet_load_options_t options;
    locnet_diagnostics_t diagnostics;
    locnet_load_options_init(&options);
    options.format = LOCNET_FILE_NDJSON;
    locnet_diagnostics_init(&diagnostics);
    locnet_status_t status = locnet_load_with(path, &options, net, &diagnostics);
    locnet_diagnostics_destroy(&diagnostics);
    return status;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int initialised;
    if (!initialised) {
        locnet_attributes_install();
        igraph_set_error_handler(igraph_error_handler_ignore);
        snprintf(input_path, sizeof input_path, "/tmp/locnet-fuzz-%ld.ndjson", (long)getpid());
        snprintf(output_path, sizeof output_path, "/tmp/locnet-fuzz-%ld-out.ndjson", (long)getpid());
        initialised = 1;
    }
    locnet_network_t net;
    if (!put_file(input_path, data, size) || load(input_path, &net) != LOCNET_OK)
        return 0;
    FILE *out = fopen(output_path, "w");
    if (out != NULL) {
        locnet_status_t written = locnet_ndjson_write(&net, out);
        if (fclose(out) == 0 && written == LOCNET_OK) {
            locnet_network_t again;
            if (load(output_path, &again) != LOCNET_OK)
                abort();
            if (locnet_locality_count(&again) != locnet_locality_count(&net) ||
                locnet_partnership_count(&again) != locnet_partnership_count(&net))
                abort();
            locnet_network_destroy(&again);
        }
    }
    locnet_network_destroy(&net);
    return 0;
}
