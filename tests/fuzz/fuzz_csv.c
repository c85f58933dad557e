/* tests/fuzz/fuzz_csv.c: libFuzzer target for the CSV reader (edge tables, any layout it
 * recognises); a table that loads must write and read back. */
#include "tests/fuzz/support.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_initialise();
    fuzz_load_bytes(data, size, LOCNET_FILE_CSV);
    return 0;
}
