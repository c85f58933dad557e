/* tests/fuzz/support.h: what the libFuzzer targets share. */
#ifndef LOCNET_FUZZ_SUPPORT_H
#define LOCNET_FUZZ_SUPPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "graph/network.h"
#include "io/load.h"

/* Installs the attribute table and an igraph error handler that returns. Idempotent. */
void fuzz_initialise(void);
/* The oracle for every reader: a loaded network writes as locnet/1 JSON and reads back with
 * the same counts; aborts otherwise. */
void fuzz_check_round_trip(const locnet_network_t *net);
/* Loads data as a file of the given format through the public loader into *net; true when it
 * loads (the caller then destroys *net). Bad input must only give diagnostics. */
bool fuzz_load_file(const uint8_t *data, size_t size, locnet_file_format_t format,
                    locnet_network_t *net);
/* Loads data as a file of the given format through the public loader, then checks the round
 * trip when it loads. Never fails otherwise: bad input must only give diagnostics. */
void fuzz_load_bytes(const uint8_t *data, size_t size, locnet_file_format_t format);

#endif
