/* io/tuning.c: one flag, set once by the program. */
#include "io/tuning.h"

static bool tuned;

void locnet_io_tune_for_large_loads(void)
{
    tuned = true;
}

bool locnet_io_tuned_for_large_loads(void)
{
    return tuned;
}
