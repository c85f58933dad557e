/* analyses/commands.c: the sorted command table, one row per command. */
#include "analyses/commands.h"

#include <string.h>

/* name, what the runner does around it, and the line `locnet help` shows. */
#define LOCNET_COMMAND_ROWS(ROW) \
    ROW(centrality, LOCNET_COMMAND_ANALYSIS, \
        "rank localities by degree, betweenness, PageRank and more") \
    ROW(communities, LOCNET_COMMAND_ANALYSIS, \
        "blocs of localities: Louvain, Leiden, label propagation, Infomap and more") \
    ROW(components, LOCNET_COMMAND_ANALYSIS, \
        "connected components, cut vertices, bridges, biconnected components") \
    ROW(convert, LOCNET_COMMAND_READS | LOCNET_COMMAND_LOADS | LOCNET_COMMAND_OUTPUT, \
        "write a network in another format: JSON, NDJSON, CSV, GraphML") \
    ROW(dot, LOCNET_COMMAND_READS | LOCNET_COMMAND_LOADS | LOCNET_COMMAND_OUTPUT, \
        "a Graphviz diagram: DOT, or SVG/PNG through Graphviz's library") \
    ROW(events, LOCNET_COMMAND_ANALYSIS, "the conferences and other events, or their sessions") \
    ROW(extract, LOCNET_COMMAND_OUTPUT | LOCNET_COMMAND_FORMAT, \
        "propose partnerships from news articles, with the sentences that state them") \
    ROW(partners, LOCNET_COMMAND_ANALYSIS, "list the partnerships of one locality") \
    ROW(path, LOCNET_COMMAND_ANALYSIS, "the shortest chain of partnerships between two localities") \
    ROW(report, LOCNET_COMMAND_READS | LOCNET_COMMAND_LOADS | LOCNET_COMMAND_OUTPUT, \
        "one self-contained HTML page: diagram, statistics, rankings, weak points, sources") \
    ROW(summary, LOCNET_COMMAND_ANALYSIS, "counts by country, level and kind, years, components") \
    ROW(timeline, LOCNET_COMMAND_ANALYSIS, "the network's growth year by year") \
    ROW(validate, LOCNET_COMMAND_READS, "check a network file and report every problem in it")

#define DECLARE_HOOKS(name, flags, summary) extern const locnet_command_hooks_t cmd_##name;
LOCNET_COMMAND_ROWS(DECLARE_HOOKS)

#define TABLE_ROW(name, flags, summary) {#name, &cmd_##name, flags, summary},
const locnet_command_t locnet_commands[] = {LOCNET_COMMAND_ROWS(TABLE_ROW)};
const size_t locnet_command_count = sizeof locnet_commands / sizeof locnet_commands[0];

const locnet_command_t *locnet_command_find(const char *name)
{
    for (size_t i = 0; i < locnet_command_count; i++) {
        if (strcmp(locnet_commands[i].name, name) == 0)
            return &locnet_commands[i];
    }
    return NULL;
}
