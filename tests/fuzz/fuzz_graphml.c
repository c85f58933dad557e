/* tests/fuzz/fuzz_graphml.c: libFuzzer target for the GraphML reader (libxml2's parser and the
 * mapping onto the rules); a document that loads must write and read back. */
#include "tests/fuzz/support.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_initialise();
    fuzz_load_bytes(data, size, LOCNET_FILE_GRAPHML);
    return 0;
}
