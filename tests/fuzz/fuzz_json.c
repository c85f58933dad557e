/* tests/fuzz/fuzz_json.c: libFuzzer target for the locnet/1 JSON reader. Any input must give
 * either a network or diagnostics, never a crash; a network must write and read back with the
 * same counts (the writer's output is always valid input). */
#include "io/read/json_reader.h"
#include "tests/fuzz/support.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_initialise();
    locnet_diagnostics_t diagnostics;
    locnet_network_t net;
    locnet_diagnostics_init(&diagnostics);
    if (locnet_json_read("fuzz", (const char *)data, size, &net, &diagnostics) == LOCNET_OK) {
        fuzz_check_round_trip(&net);
        locnet_network_destroy(&net);
    }
    locnet_diagnostics_destroy(&diagnostics);
    return 0;
}
