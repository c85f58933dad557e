/* locnet/locnet.h: the public C API of locnet, a library for networks of localities linked by
 * partnership agreements (locnet/1 JSON, NDJSON, CSV and GraphML in; centralities, components,
 * cut structure and communities computed by igraph; JSON, NDJSON, CSV, GraphML and Graphviz DOT
 * out).
 *
 * Conventions, once for every function below:
 * - Every fallible function returns a locnet_status_t (locnet/status.h): LOCNET_OK, or an error,
 *   after which every output is left as the function found it, or empty.
 * - Output vectors are igraph vectors the caller has initialised and destroys; they are resized.
 *   Output strings are allocated with malloc and freed by the caller with free().
 * - Localities are igraph vertex numbers 0..n-1 and partnerships igraph edge numbers 0..m-1 of
 *   the graph that locnet_network_graph() returns.
 * - A call leaves the process as it found it: igraph's error handler, igraph's default random
 *   number generator, malloc's settings and cJSON's hooks are the caller's again on return. The
 *   one exception is locnet_library_init(), which installs igraph's C attribute handler, and the
 *   explicit opt-in locnet_tune_for_large_loads().
 * - Functions may be called from one thread at a time (igraph as Debian builds it is not
 *   thread-safe).
 */
#ifndef LOCNET_LOCNET_H
#define LOCNET_LOCNET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <igraph/igraph.h>

#include <locnet/status.h>

/* Marks the functions the shared library exports; every other symbol in it is hidden, so that
 * only this header is its ABI. */
#if defined(__GNUC__) && __GNUC__ >= 4
#define LOCNET_API __attribute__((visibility("default")))
#else
#define LOCNET_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* The version of the library, "MAJOR.MINOR.PATCH". */
LOCNET_API const char *locnet_version(void);

/* A short English description of status ("out of memory"); never NULL. */
LOCNET_API const char *locnet_strerror(locnet_status_t status);

/* Installs igraph's C attribute handler, which locnet keeps its networks' attributes in. Call
 * once, before any other locnet or igraph call that makes a graph; calling it again does
 * nothing. It replaces any attribute handler the program had installed. */
LOCNET_API void locnet_library_init(void);

/* Opt-in tuning for programs that load very large files and then exit, as the locnet program
 * does: glibc's malloc is told to take memory from the heap and to grow it in large steps. It
 * changes malloc's settings for the whole process and is never undone; libraries should not
 * call it. */
LOCNET_API void locnet_tune_for_large_loads(void);

/* A network: localities (vertices) and partnerships (edges) with their attributes. Opaque. */
typedef struct locnet_network locnet_network_t;

/* How to read an input. Zero-initialise, then set what you need. */
typedef struct locnet_read_options {
    const char *format;      /* "json", "ndjson", "csv", "graphml", or NULL to tell it from the
                                file's extension, else from its first bytes */
    const char *columns;     /* CSV: column mapping "a=from,b=to,..." or NULL */
    const char *localities;  /* CSV: path of a localities table to read too, or NULL */
    const char *sources;     /* CSV: path of a sources table, or NULL */
    const char *events;      /* CSV: path of an events table, or NULL */
} locnet_read_options_t;

/* Reads the network in path ("-" is standard input). options may be NULL. On LOCNET_OK, *net
 * is a new network that the caller frees with locnet_network_free. Whatever the result, when
 * problems is not NULL, *problems receives every problem found, one per line, as
 * "FILE:LINE:COLUMN: message" (NULL when there is none; the caller frees it). Returns
 * LOCNET_EDATA for bad content, LOCNET_ENOINPUT for a file that cannot be read, LOCNET_EUSAGE
 * for options that do not fit. */
LOCNET_API locnet_status_t locnet_network_read(const char *path,
                                               const locnet_read_options_t *options,
                                               locnet_network_t **net, char **problems);

/* As locnet_network_read, from the length bytes at text, named name in messages. The format
 * comes from options, else from name's extension, else from the bytes. */
LOCNET_API locnet_status_t locnet_network_read_text(const char *name, const char *text,
                                                    size_t length,
                                                    const locnet_read_options_t *options,
                                                    locnet_network_t **net, char **problems);

/* Frees net; NULL is allowed. */
LOCNET_API void locnet_network_free(locnet_network_t *net);

/* The network's igraph graph: undirected, one vertex per locality and one edge per partnership
 * (several partnerships may join two localities). Valid until net is changed or freed. */
LOCNET_API const igraph_t *locnet_network_graph(const locnet_network_t *net);

/* A locality's attribute ("id", "name", "country", "level", "parent") or "" when it has none;
 * valid until net is changed or freed. */
LOCNET_API const char *locnet_network_locality(const locnet_network_t *net,
                                               igraph_integer_t locality, const char *attribute);

/* What to keep of a network, and as of when: the locnet program's filters (its options
 * --look-alikes, --as-of, --level, --kind, --theme, --since, --until and --largest).
 * Zero-initialise, then set what you need. */
typedef struct locnet_selection {
    const char *look_alikes;  /* "spelling" or "diacritics": first merge the localities of one
                                 country and level whose names differ only so; NULL: none */
    const char *as_of;   /* "YYYY[-MM[-DD]]": merged or renamed units become their successors */
    const char *level;   /* roll every locality up to its enclosing unit of this level;
                            "country": one locality per country, named in English */
    const char *kinds;   /* comma-separated partnership kinds to keep; NULL keeps all */
    const char *themes;  /* comma-separated themes; NULL keeps all */
    int since;           /* keep partnerships signed in this year or later; 0: no bound */
    int until;           /* ... or earlier; 0: no bound */
    bool largest;        /* then keep only the largest connected component */
} locnet_selection_t;

/* Applies selection to net in place, in the order above: look-alikes, history (as_of, level),
 * then the partnership filters; localities left without a selected partnership are dropped
 * when a filter selects partnerships; then largest. Returns LOCNET_EUSAGE for a malformed or
 * nonexistent date, a year out of range, an empty level or a look_alikes other than
 * "spelling" or "diacritics"; LOCNET_EDATA when successions or parents form a cycle (net may
 * then hold the steps already applied). */
LOCNET_API locnet_status_t locnet_network_select(locnet_network_t *net,
                                                 const locnet_selection_t *selection);

/* Settings of locnet_network_centrality. Zero-initialised settings are the defaults: damping
 * 0.85, exact betweenness, normalised values as NetworkX gives them. */
typedef struct locnet_centrality_settings {
    double damping;  /* PageRank damping from 0 to 1; 0 means the default 0.85 */
    long samples;    /* betweenness, closeness and harmonic estimated from this many random
                      * sources (0: exact); computed in this process, without workers */
    unsigned long seed;  /* seed of that draw (the same seed gives the same estimate) */
    bool raw;        /* unnormalised betweenness and closeness */
} locnet_centrality_settings_t;

/* One centrality measure of every locality into values: "degree", "strength", "betweenness",
 * "closeness", "harmonic", "eigenvector", "pagerank" or "coreness" (LOCNET_EUSAGE for another
 * name). settings may be NULL. Every measure but strength is computed on the simple graph. */
LOCNET_API locnet_status_t locnet_network_centrality(const locnet_network_t *net,
                                                     const char *measure,
                                                     const locnet_centrality_settings_t *settings,
                                                     igraph_vector_t *values);

/* The connected components: membership[v] is locality v's component, numbered from 0, largest
 * first (ties: by the alphabetically first name); *count receives their number. count may be
 * NULL. */
LOCNET_API locnet_status_t locnet_network_components(const locnet_network_t *net,
                                                     igraph_vector_int_t *membership,
                                                     igraph_integer_t *count);

/* The cut vertices (localities whose loss splits their component), in increasing order. */
LOCNET_API locnet_status_t locnet_network_cut_vertices(const locnet_network_t *net,
                                                       igraph_vector_int_t *localities);

/* The bridges (partnerships whose loss splits their component), in increasing order. */
LOCNET_API locnet_status_t locnet_network_bridges(const locnet_network_t *net,
                                                  igraph_vector_int_t *partnerships);

/* Settings of locnet_network_communities: the options of the locnet program's communities
 * command. NULL settings are that command's defaults: louvain, resolution 1, the best of 10 runs
 * from seed 1, no weight. In zero-initialised settings every 0 is that default, but for the seed,
 * which is taken as it is (0 is a seed like any other). */
typedef struct locnet_communities_settings {
    const char *method;  /* "louvain" (igraph's multilevel), "leiden" (modularity objective),
                          * "label-propagation", "fast-greedy", "walktrap" or "infomap";
                          * NULL: "louvain" */
    double resolution;   /* louvain, leiden: above 0, above 1 gives more, smaller communities;
                          * 0: 1. Other methods take none: 0 or 1 */
    long trials;         /* louvain, leiden, label-propagation: runs, the partition of largest
                          * modularity kept (first found on a tie); infomap: attempts, the
                          * shortest description kept; 0: 10 */
    unsigned long seed;  /* the seed of those runs, drawn from one generator: the same network,
                          * settings and seed give the same partition, the program's too */
    long steps;          /* walktrap: length of the random walks; 0: 4 */
    const char *weight;  /* NULL: every linked pair of localities weighs 1; "count": a pair
                          * weighs its number of partnerships; else the name of a numeric
                          * partnership attribute (values 0 or more), summed over a pair's
                          * partnerships */
} locnet_communities_settings_t;

/* The communities of net: blocs of localities more tied among themselves than to the rest,
 * found on the simple graph (a pair linked by several partnerships is linked once, weighing
 * what settings->weight says). settings may be NULL. membership[v] receives locality v's
 * community, numbered from 0, largest first (equal sizes: by their alphabetically first
 * member); isolated localities are communities of their own. *count (count may be NULL)
 * receives their number, and *modularity (may be NULL) the partition's modularity: Newman's,
 * at resolution 1 whatever settings->resolution, on the simple graph with the weights in use
 * (NetworkX's networkx.community.modularity of the same communities), NaN when nothing is
 * linked. igraph's default random number generator is left as it was: the runs draw from a
 * generator of their own. LOCNET_EUSAGE for an unknown method, a resolution, trials or steps
 * out of range, or a resolution other than 1 for a method without one; LOCNET_EDATA when no
 * partnership carries the weight attribute, or one has no value, text that is not a number or
 * a negative number; LOCNET_EINTERNAL when igraph fails. */
LOCNET_API locnet_status_t locnet_network_communities(const locnet_network_t *net,
                                                      const locnet_communities_settings_t *settings,
                                                      igraph_vector_int_t *membership,
                                                      igraph_integer_t *count,
                                                      double *modularity);

/* Writes net to out in format "json" (locnet/1), "ndjson", "csv" (the edge table, with each
 * locality's attributes left out; a text cell that a spreadsheet would run as a formula gets a
 * ' before it, which locnet's CSV reader drops), "graphml" or "dot" (Graphviz, with the locnet
 * program's default style). LOCNET_EUSAGE for another format, LOCNET_EWRITE when out reports an error;
 * the output may then be partial. */
LOCNET_API locnet_status_t locnet_network_write(const locnet_network_t *net, const char *format,
                                                FILE *out);

#ifdef __cplusplus
}
#endif

#endif
