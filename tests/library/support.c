/* tests/library/support.c: what the public API's tests share. */
#include "support.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>

#include <cmocka.h>

locnet_network_t *support_read(const char *path)
{
    locnet_network_t *net = NULL;
    char *problems = NULL;
    locnet_status_t status = locnet_network_read(path, NULL, &net, &problems);
    if (status != LOCNET_OK)
        fail_msg("%s: %s\n%s", path, locnet_strerror(status), problems ? problems : "");
    free(problems);
    return net;
}
