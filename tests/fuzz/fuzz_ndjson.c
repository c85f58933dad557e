/* tests/fuzz/fuzz_ndjson.c: libFuzzer target for the NDJSON reader; a stream that loads must
 * write and read back. */
#include "tests/fuzz/support.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_initialise();
    fuzz_load_bytes(data, size, LOCNET_FILE_NDJSON);
    return 0;
}
