/* tests/fuzz/fuzz_graphml.c: libFuzzer target for the GraphML reader (libxml2's parser and the
 * mapping onto the rules); a network that loads must write and read back as JSON, and as
 * GraphML when every text fits in XML (locnet_graphml_check), with the same counts. */
#include <stdio.h>
#include <stdlib.h>

#include "io/write/graphml_writer.h"
#include "tests/fuzz/support.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Writes net as GraphML and reads it back; aborts when the counts differ. */
static void check_graphml_round_trip(const locnet_network_t *net)
{
    if (locnet_graphml_check(net, "fuzz", NULL) != LOCNET_OK)
        return;  /* refused before writing: the CLI says why */
    char *text = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&text, &length);
    if (out == NULL)
        abort();
    locnet_status_t status = locnet_graphml_write(net, out);
    if (fclose(out) != 0 || status != LOCNET_OK)
        abort();
    locnet_network_t again;
    if (!fuzz_load_file((const uint8_t *)text, length, LOCNET_FILE_GRAPHML, &again))
        abort();
    if (locnet_locality_count(&again) != locnet_locality_count(net) ||
        locnet_partnership_count(&again) != locnet_partnership_count(net))
        abort();
    locnet_network_destroy(&again);
    free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_initialise();
    locnet_network_t net;
    if (fuzz_load_file(data, size, LOCNET_FILE_GRAPHML, &net)) {
        fuzz_check_round_trip(&net);
        check_graphml_round_trip(&net);
        locnet_network_destroy(&net);
    }
    return 0;
}
