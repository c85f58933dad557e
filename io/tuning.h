/* io/tuning.h: the process-wide tuning for very large loads, off unless a program opts in. */
#ifndef LOCNET_TUNING_H
#define LOCNET_TUNING_H

#include <stdbool.h>

/* Turns the tuning on for the rest of the process: the heap reserve (io/heap.h) before a large
 * load, and JSON records parsed into arenas through cJSON's global allocation hooks
 * (io/read/json_arena.h). Only a program that owns its process, such as the locnet program,
 * should call it: it changes malloc's settings and swaps cJSON's hooks during parses. */
void locnet_io_tune_for_large_loads(void);

/* Whether locnet_io_tune_for_large_loads was called. */
bool locnet_io_tuned_for_large_loads(void);

#endif
