/* analyses/commands.h: the command table. Each command lives in its own cmd_NAME.c, parses its
 * own options (handling -h before loading any data) and returns an exit code. */
#ifndef LOCNET_COMMANDS_H
#define LOCNET_COMMANDS_H

#include <stddef.h>

typedef struct locnet_command {
    const char *name;
    int (*run)(int argc, char **argv);  /* argv[0] is the command name */
    const char *summary;
} locnet_command_t;

/* The commands, sorted by name, and their number. */
extern const locnet_command_t locnet_commands[];
extern const size_t locnet_command_count;

/* The command called name, or NULL. */
const locnet_command_t *locnet_command_find(const char *name);

int cmd_centrality(int argc, char **argv);
int cmd_components(int argc, char **argv);
int cmd_convert(int argc, char **argv);
int cmd_dot(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_partners(int argc, char **argv);
int cmd_path(int argc, char **argv);
int cmd_summary(int argc, char **argv);
int cmd_timeline(int argc, char **argv);
int cmd_validate(int argc, char **argv);

#endif
