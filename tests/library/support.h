/* tests/library/support.h: what the public API's tests share. */
#ifndef LOCNET_TEST_LIBRARY_SUPPORT_H
#define LOCNET_TEST_LIBRARY_SUPPORT_H

#include <locnet/locnet.h>

/* The network in path, read with the default options; the test fails, with the problems found,
 * when it cannot be read. Free it with locnet_network_free. */
locnet_network_t *support_read(const char *path);

#endif
