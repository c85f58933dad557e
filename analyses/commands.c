/* analyses/commands.c: the sorted command table. */
#include "analyses/commands.h"

#include <string.h>

const locnet_command_t locnet_commands[] = {
    {"centrality", cmd_centrality, "rank localities by degree, betweenness, PageRank and more"},
    {"components", cmd_components, "connected components, cut vertices, bridges, biconnected components"},
    {"convert", cmd_convert, "write a network in another format: JSON, NDJSON, CSV, GraphML"},
    {"dot", cmd_dot, "a Graphviz diagram: DOT, or SVG/PNG through Graphviz's library"},
    {"extract", cmd_extract, "propose partnerships from news articles, with the sentences that state them"},
    {"partners", cmd_partners, "list the partnerships of one locality"},
    {"path", cmd_path, "the shortest chain of partnerships between two localities"},
    {"summary", cmd_summary, "counts by country, level and kind, years, components"},
    {"timeline", cmd_timeline, "the network's growth year by year"},
    {"validate", cmd_validate, "check a network file and report every problem in it"},
};
const size_t locnet_command_count = sizeof locnet_commands / sizeof locnet_commands[0];

const locnet_command_t *locnet_command_find(const char *name)
{
    for (size_t i = 0; i < locnet_command_count; i++) {
        if (strcmp(locnet_commands[i].name, name) == 0)
            return &locnet_commands[i];
    }
    return NULL;
}
