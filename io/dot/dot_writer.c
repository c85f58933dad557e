/* io/dot/dot_writer.c: the diagram's styling and structure, written through io/dot_escape.h. */
#include "io/dot/dot_writer.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "graph/id_index.h"
#include "io/dot/dot_escape.h"
#include "io/write/table.h"

#define FONT "Helvetica,Arial,sans-serif"
#define OTHER_COLOUR "#cccccc"
#define EDGE_COLOUR "#4d4d4d"

const char *const locnet_dot_layouts[] = {"dot", "neato", "fdp", "sfdp", "circo"};
const size_t locnet_dot_layout_count = sizeof locnet_dot_layouts / sizeof locnet_dot_layouts[0];

const char *const locnet_dot_shapes[] = {
    "box", "circle", "component", "cylinder", "diamond", "doublecircle", "doubleoctagon", "egg",
    "ellipse", "folder", "hexagon", "house", "invhouse", "invtrapezium", "invtriangle", "note",
    "octagon", "oval", "parallelogram", "pentagon", "rectangle", "septagon", "square", "star",
    "tab", "trapezium", "triangle"};
const size_t locnet_dot_shape_count = sizeof locnet_dot_shapes / sizeof locnet_dot_shapes[0];

/* Default colours: the flags' for the home case, then a qualitative cycle (Tableau 10 without
 * its red, which looks like VN's, and its grey, which looks like OTHER_COLOUR). Countries past
 * the cycle share OTHER_COLOUR. */
static const char *const default_colours[][2] = {{"FR", "#0055a4"}, {"VN", "#da251d"}};
static const char *const colour_cycle[] = {"#f28e2b", "#59a14f", "#b07aa1", "#76b7b2",
                                           "#edc948", "#9c755f", "#ff9da7", "#4e79a7"};

/* Default shapes, in legend order: bigger units first. Other levels take, in legend order, the
 * first shape of the cycle that no level of the diagram has yet (the cycle over again once all
 * are taken); the cycle leaves out the default shapes, so that it never mimics a known level. */
static const char *const default_shapes[][2] = {
    {"region", "box"},       {"province", "box"},  {"department", "hexagon"},
    {"district", "hexagon"}, {"epci", "octagon"},  {"commune", "ellipse"},
    {"city", "ellipse"},     {"town", "ellipse"},  {"municipality", "ellipse"}};
static const char *const shape_cycle[] = {"diamond", "house", "parallelogram", "trapezium",
                                          "cylinder", "note", "invhouse", "pentagon",
                                          "septagon", "egg"};

#define COUNT_OF(array) (sizeof(array) / sizeof((array)[0]))

void locnet_dot_style_init(locnet_dot_style_t *style)
{
    memset(style, 0, sizeof *style);
    style->layout = "dot";
    style->cluster = LOCNET_DOT_CLUSTER_NONE;
    style->edge_label = LOCNET_DOT_EDGE_LABEL_NONE;
    style->columns = true;
    style->legend = true;
    style->highlight = -1;
}

/* Above this many localities the default engine is sfdp instead of dot. */
#define DOT_ENGINE_LIMIT 1000

const char *locnet_dot_default_layout(igraph_integer_t localities)
{
    return localities <= DOT_ENGINE_LIMIT ? "dot" : "sfdp";
}

static bool in_list(const char *text, const char *const *list, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        if (strcmp(text, list[i]) == 0)
            return true;
    }
    return false;
}

bool locnet_dot_shape_valid(const char *text)
{
    return in_list(text, locnet_dot_shapes, locnet_dot_shape_count);
}

bool locnet_dot_layout_valid(const char *text)
{
    return in_list(text, locnet_dot_layouts, locnet_dot_layout_count);
}

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool locnet_dot_colour_valid(const char *text)
{
    size_t length = strlen(text);
    if (text[0] != '#' || (length != 4 && length != 7))
        return false;
    for (size_t i = 1; i < length; i++) {
        if (hex_digit(text[i]) < 0)
            return false;
    }
    return true;
}

/* sRGB relative luminance of a valid colour. */
static double luminance(const char *colour)
{
    double channel[3];
    bool short_form = strlen(colour) == 4;
    for (int i = 0; i < 3; i++) {
        int value = short_form ? hex_digit(colour[1 + i]) * 17
                               : hex_digit(colour[1 + 2 * i]) * 16 + hex_digit(colour[2 + 2 * i]);
        double c = value / 255.0;
        channel[i] = c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
}

/* Black or white, whichever contrasts more with a fill colour. */
static const char *text_colour_on(const char *fill)
{
    double l = luminance(fill);
    return (1.05 / (l + 0.05)) > ((l + 0.05) / 0.05) ? "#ffffff" : "#000000";
}

/* ---- groups: the distinct countries, levels and kinds --------------------------------------- */

typedef struct group_set {
    locnet_list_t values;     /* distinct values, in legend order once sorted */
    long *counts;             /* per value */
    const char **styles;      /* per value: colour or shape */
    igraph_vector_int_t of;   /* per item: its value's index */
} group_set_t;

static void group_set_destroy(group_set_t *set)
{
    locnet_list_destroy(&set->values);
    free(set->counts);
    free(set->styles);
    igraph_vector_int_destroy(&set->of);
}

/* The groups given by number (of[i], from 0) with their names, in number order, into set
 * (destroyed by the caller even on failure); the groups no item is in are left out. */
static locnet_status_t group_set_from_numbers(group_set_t *set, const igraph_vector_int_t *of,
                                              const locnet_list_t *names)
{
    size_t count = names->count;
    igraph_integer_t items = igraph_vector_int_size(of);
    size_t *place = calloc(count + 1, sizeof *place);  /* group -> its place among those drawn */
    locnet_list_init(&set->values);
    set->counts = calloc(count + 1, sizeof *set->counts);
    set->styles = calloc(count + 1, sizeof *set->styles);
    locnet_status_t status = LOCNET_ENOMEM;
    if (place == NULL || set->counts == NULL || set->styles == NULL ||
        igraph_vector_int_init(&set->of, items) != IGRAPH_SUCCESS)
        goto cleanup;
    for (igraph_integer_t i = 0; i < items; i++)
        place[VECTOR(*of)[i]]++;  /* first the group's size */
    status = LOCNET_OK;
    for (size_t g = 0; g < count && status == LOCNET_OK; g++) {
        size_t drawn = place[g];
        place[g] = set->values.count;
        if (drawn > 0) {
            set->counts[set->values.count] = (long)drawn;
            status = locnet_list_append(&set->values, names->items[g]);
        }
    }
    for (igraph_integer_t i = 0; status == LOCNET_OK && i < items; i++)
        VECTOR(set->of)[i] = (igraph_integer_t)place[VECTOR(*of)[i]];
cleanup:
    free(place);
    return status;
}

/* Groups count items by text(i) into set (destroyed by the caller even on failure). */
static locnet_status_t group_set_build(group_set_t *set, size_t count,
                                       const char *(*text)(const locnet_network_t *, size_t),
                                       const locnet_network_t *net)
{
    locnet_list_init(&set->values);
    set->counts = NULL;
    set->styles = NULL;
    if (igraph_vector_int_init(&set->of, (igraph_integer_t)count) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    locnet_id_index_t index;
    locnet_id_index_init(&index);
    locnet_status_t status = LOCNET_OK;
    size_t capacity = 0;
    for (size_t i = 0; i < count && status == LOCNET_OK; i++) {
        const char *value = text(net, i);
        int64_t found;
        if (!locnet_id_index_find(&index, value, &found)) {
            found = (int64_t)set->values.count;
            if ((status = locnet_id_index_insert(&index, value, found, NULL)) != LOCNET_OK ||
                (status = locnet_list_append(&set->values, value)) != LOCNET_OK)
                break;
            if (set->values.count > capacity) {
                capacity = capacity ? 2 * capacity : 8;
                long *counts = realloc(set->counts, capacity * sizeof *counts);
                if (counts == NULL) {
                    status = LOCNET_ENOMEM;
                    break;
                }
                set->counts = counts;
            }
            set->counts[found] = 0;
        }
        set->counts[found]++;
        VECTOR(set->of)[i] = (igraph_integer_t)found;
    }
    locnet_id_index_destroy(&index);
    if (status == LOCNET_OK && (set->styles = calloc(set->values.count + 1, sizeof *set->styles)) == NULL)
        status = LOCNET_ENOMEM;
    return status;
}

typedef int (*group_order_t)(const group_set_t *set, size_t a, size_t b);

typedef struct group_sort {
    const group_set_t *set;
    group_order_t order;
} group_sort_t;

static int compare_groups(void *data, const void *left, const void *right)
{
    const group_sort_t *sort = data;
    return sort->order(sort->set, *(const size_t *)left, *(const size_t *)right);
}

/* Sorts the groups by order, renumbering set->of. */
static locnet_status_t group_set_sort(group_set_t *set, group_order_t order)
{
    size_t n = set->values.count;
    if (n == 0)
        return LOCNET_OK;
    size_t *permutation = malloc((n + 1) * sizeof *permutation);
    size_t *rank = malloc((n + 1) * sizeof *rank);
    char **values = malloc((n + 1) * sizeof *values);
    long *counts = malloc((n + 1) * sizeof *counts);
    locnet_status_t status = LOCNET_ENOMEM;
    if (permutation == NULL || rank == NULL || values == NULL || counts == NULL)
        goto cleanup;
    for (size_t i = 0; i < n; i++)
        permutation[i] = i;
    group_sort_t sort = {set, order};
    igraph_qsort_r(permutation, n, sizeof *permutation, &sort, compare_groups);
    for (size_t i = 0; i < n; i++) {
        rank[permutation[i]] = i;
        values[i] = set->values.items[permutation[i]];
        counts[i] = set->counts[permutation[i]];
    }
    memcpy(set->values.items, values, n * sizeof *values);
    memcpy(set->counts, counts, n * sizeof *counts);
    for (igraph_integer_t i = 0; i < igraph_vector_int_size(&set->of); i++)
        VECTOR(set->of)[i] = (igraph_integer_t)rank[VECTOR(set->of)[i]];
    status = LOCNET_OK;
cleanup:
    free(permutation);
    free(rank);
    free(values);
    free(counts);
    return status;
}

/* Countries: most localities first, then by code. */
static int country_order(const group_set_t *set, size_t a, size_t b)
{
    if (set->counts[a] != set->counts[b])
        return set->counts[a] > set->counts[b] ? -1 : 1;
    return strcmp(set->values.items[a], set->values.items[b]);
}

static size_t default_shape_rank(const char *level)
{
    for (size_t i = 0; i < COUNT_OF(default_shapes); i++) {
        if (strcmp(level, default_shapes[i][0]) == 0)
            return i;
    }
    return COUNT_OF(default_shapes);
}

/* Levels: the known ladder first (bigger units first), then by name. */
static int level_order(const group_set_t *set, size_t a, size_t b)
{
    size_t rank_a = default_shape_rank(set->values.items[a]);
    size_t rank_b = default_shape_rank(set->values.items[b]);
    if (rank_a != rank_b)
        return rank_a < rank_b ? -1 : 1;
    return strcmp(set->values.items[a], set->values.items[b]);
}

static int name_order(const group_set_t *set, size_t a, size_t b)
{
    return strcmp(set->values.items[a], set->values.items[b]);
}

/* The value paired with key in a key, value list, or NULL. */
static const char *pair_lookup(const locnet_list_t *pairs, const char *key)
{
    for (size_t i = 0; pairs != NULL && i + 1 < pairs->count; i += 2) {
        if (strcmp(pairs->items[i], key) == 0)
            return pairs->items[i + 1];
    }
    return NULL;
}

static const char *table_lookup(const char *const (*table)[2], size_t count, const char *key)
{
    for (size_t i = 0; i < count; i++) {
        if (strcmp(table[i][0], key) == 0)
            return table[i][1];
    }
    return NULL;
}

static const char *locality_country(const locnet_network_t *net, size_t v)
{
    return locnet_locality_text(net, LOCNET_V_COUNTRY, (igraph_integer_t)v);
}

static const char *locality_level(const locnet_network_t *net, size_t v)
{
    return locnet_locality_text(net, LOCNET_V_LEVEL, (igraph_integer_t)v);
}

static const char *partnership_kind(const locnet_network_t *net, size_t e)
{
    return locnet_partnership_text(net, LOCNET_E_KIND, (igraph_integer_t)e);
}

/* ---- the writer ------------------------------------------------------------------------------ */

typedef struct dot_writer {
    const locnet_network_t *net;
    const locnet_dot_style_t *style;
    FILE *out;
    locnet_list_t ids;         /* per locality: its node ID */
    group_set_t countries;
    group_set_t levels;
    group_set_t kinds;
    group_set_t groups;        /* the style's colour groups */
    const group_set_t *colours;  /* what the fill colours show: countries or groups */
    bool have_countries, have_levels, have_kinds, have_groups;
    bool columns;              /* two countries side by side */
    double size_max;
} dot_writer_t;

static const char *edge_style(const char *kind)
{
    if (strcmp(kind, "agreement") == 0)
        return "solid";
    if (strcmp(kind, "cochair") == 0)
        return "dashed";
    return "dotted";
}

/* Writes value (finite, small) in fixed notation rounded to one decimal. */
static void write_number(FILE *out, double value)
{
    char buffer[400];
    locnet_format_real(round(value * 10) / 10, buffer, sizeof buffer);
    fputs(buffer, out);
}

/* True when some partnership links two countries. */
static bool any_partnership_across(const dot_writer_t *w)
{
    igraph_integer_t m = locnet_partnership_count(w->net);
    for (igraph_integer_t e = 0; e < m; e++) {
        if (VECTOR(w->countries.of)[IGRAPH_FROM(&w->net->graph, e)] !=
            VECTOR(w->countries.of)[IGRAPH_TO(&w->net->graph, e)])
            return true;
    }
    return false;
}

static locnet_status_t prepare(dot_writer_t *w)
{
    const locnet_network_t *net = w->net;
    size_t n = (size_t)locnet_locality_count(net);
    const char **texts = calloc(n + 1, sizeof *texts);
    if (texts == NULL)
        return LOCNET_ENOMEM;
    for (size_t v = 0; v < n; v++)
        texts[v] = locnet_locality_text(net, LOCNET_V_ID, (igraph_integer_t)v);
    locnet_status_t status = locnet_dot_assign_names("", texts, n, &w->ids);
    free(texts);
    if (status != LOCNET_OK)
        return status;

    w->have_countries = true;
    if ((status = group_set_build(&w->countries, n, locality_country, net)) != LOCNET_OK ||
        (status = group_set_sort(&w->countries, country_order)) != LOCNET_OK)
        return status;
    size_t cycle = 0;
    for (size_t c = 0; c < w->countries.values.count; c++) {
        const char *code = w->countries.values.items[c];
        const char *colour = pair_lookup(w->style->palette, code);
        if (colour == NULL)
            colour = table_lookup(default_colours, COUNT_OF(default_colours), code);
        if (colour == NULL && cycle < COUNT_OF(colour_cycle))
            colour = colour_cycle[cycle++];
        w->countries.styles[c] = colour != NULL ? colour : OTHER_COLOUR;
    }
    w->colours = &w->countries;
    if (w->style->colour_groups != NULL) {
        w->have_groups = true;
        if ((status = group_set_from_numbers(&w->groups, w->style->colour_groups,
                                             w->style->colour_group_names)) != LOCNET_OK)
            return status;
        for (size_t g = 0; g < w->groups.values.count; g++)
            w->groups.styles[g] = g < COUNT_OF(colour_cycle) ? colour_cycle[g] : OTHER_COLOUR;
        w->colours = &w->groups;
    }

    w->have_levels = true;
    if ((status = group_set_build(&w->levels, n, locality_level, net)) != LOCNET_OK ||
        (status = group_set_sort(&w->levels, level_order)) != LOCNET_OK)
        return status;
    for (size_t l = 0; l < w->levels.values.count; l++) {
        const char *level = w->levels.values.items[l];
        const char *shape = pair_lookup(w->style->shapes, level);
        w->levels.styles[l] = shape ? shape : table_lookup(default_shapes, COUNT_OF(default_shapes), level);
    }
    cycle = 0;
    for (size_t l = 0; l < w->levels.values.count; l++) {
        for (size_t tries = 0; w->levels.styles[l] == NULL; tries++) {
            const char *shape = shape_cycle[cycle++ % COUNT_OF(shape_cycle)];
            bool taken = false;
            for (size_t other = 0; other < w->levels.values.count && !taken; other++)
                taken = w->levels.styles[other] != NULL && strcmp(w->levels.styles[other], shape) == 0;
            if (!taken || tries >= COUNT_OF(shape_cycle))
                w->levels.styles[l] = shape;
        }
    }

    w->have_kinds = true;
    size_t m = (size_t)locnet_partnership_count(net);
    if ((status = group_set_build(&w->kinds, m, partnership_kind, net)) != LOCNET_OK ||
        (status = group_set_sort(&w->kinds, name_order)) != LOCNET_OK)
        return status;
    for (size_t k = 0; k < w->kinds.values.count; k++)
        w->kinds.styles[k] = edge_style(w->kinds.values.items[k]);

    /* the graph written is always the network: no invisible link orders the columns, so
     * without a partnership across there are no columns */
    w->columns = w->style->columns && w->countries.values.count == 2 &&
                 strcmp(w->style->layout, "dot") == 0 && any_partnership_across(w);
    w->size_max = 0;
    for (size_t v = 0; w->style->sizes != NULL && v < n; v++) {
        double value = VECTOR(*w->style->sizes)[v];
        if (isfinite(value) && value > w->size_max)
            w->size_max = value;
    }
    return LOCNET_OK;
}

static void write_attribute(FILE *out, const char *name, const char *value, bool *first)
{
    fputs(*first ? " [" : ", ", out);
    *first = false;
    fprintf(out, "%s=", name);
    locnet_dot_write_label(out, value);
}

static void write_node(dot_writer_t *w, igraph_integer_t v, int indent)
{
    FILE *out = w->out;
    const char *colour = w->colours->styles[VECTOR(w->colours->of)[v]];
    bool first = true;
    fprintf(out, "%*s", indent, "");
    locnet_dot_write_id(out, w->ids.items[v]);
    write_attribute(out, "label", locnet_locality_text(w->net, LOCNET_V_NAME, v), &first);
    write_attribute(out, "shape", w->levels.styles[VECTOR(w->levels.of)[v]], &first);
    write_attribute(out, "fillcolor", colour, &first);
    write_attribute(out, "fontcolor", text_colour_on(colour), &first);
    if (w->style->element_ids != NULL)
        write_attribute(out, "id", w->style->element_ids->items[v], &first);
    if (w->size_max > 0) {
        double value = VECTOR(*w->style->sizes)[v];
        double share = isfinite(value) && value > 0 ? value / w->size_max : 0;
        fputs(", fontsize=\"", out);
        write_number(out, 11 + 13 * sqrt(share));
        fputc('"', out);
    }
    if (v == w->style->highlight)
        fputs(", penwidth=\"4\"", out);
    fputs("];\n", out);
}

static void write_cluster_open(dot_writer_t *w, const char *name, const char *label,
                               const char *colour, const char *style, int indent)
{
    FILE *out = w->out;
    fprintf(out, "%*ssubgraph ", indent, "");
    locnet_dot_write_id(out, name);
    fprintf(out, " {\n%*s", indent + 2, "");
    if (label != NULL) {
        fputs("label=", out);
        locnet_dot_write_label(out, label);
        fputs("; ", out);
    }
    fprintf(out, "style=\"%s\"; color=\"%s\"; fontcolor=\"%s\";\n", style, colour,
            strcmp(colour, OTHER_COLOUR) == 0 ? "#555555" : colour);
}

/* Lists the localities of each of count groups in locality order (group[v] is v's group):
 * those of group g are (*members)[(*first)[g]] to (*members)[(*first)[g + 1] - 1]. The caller
 * frees both arrays, also on failure. */
static locnet_status_t group_members(const igraph_vector_int_t *group, size_t count,
                                     size_t **first, igraph_integer_t **members)
{
    size_t n = (size_t)igraph_vector_int_size(group);
    *first = calloc(count + 2, sizeof **first);
    *members = malloc((n + 1) * sizeof **members);
    size_t *next = malloc((count + 1) * sizeof *next);
    if (*first == NULL || *members == NULL || next == NULL) {
        free(next);
        return LOCNET_ENOMEM;
    }
    for (size_t v = 0; v < n; v++)
        (*first)[VECTOR(*group)[v] + 1]++;
    for (size_t g = 0; g < count; g++)
        (*first)[g + 1] += (*first)[g];
    memcpy(next, *first, count * sizeof *next);
    for (size_t v = 0; v < n; v++)
        (*members)[next[VECTOR(*group)[v]]++] = (igraph_integer_t)v;
    free(next);
    return LOCNET_OK;
}

/* Opens a cluster, writes the listed localities, closes it. */
static void write_cluster(dot_writer_t *w, const char *name, const char *label,
                          const char *colour, const igraph_integer_t *members, size_t count)
{
    write_cluster_open(w, name, label, colour, "rounded", 2);
    for (size_t i = 0; i < count; i++)
        write_node(w, members[i], 4);
    fputs("  }\n", w->out);
}

static locnet_status_t write_country_clusters(dot_writer_t *w)
{
    size_t count = w->countries.values.count, *first = NULL;
    igraph_integer_t *members = NULL;
    locnet_list_t names;
    locnet_list_init(&names);
    locnet_status_t status = locnet_dot_assign_names(
        "cluster_", (const char *const *)w->countries.values.items, count, &names);
    if (status == LOCNET_OK)
        status = group_members(&w->countries.of, count, &first, &members);
    for (size_t c = 0; status == LOCNET_OK && c < count; c++)
        write_cluster(w, names.items[c], w->countries.values.items[c], w->countries.styles[c],
                      members + first[c], first[c + 1] - first[c]);
    free(first);
    free(members);
    locnet_list_destroy(&names);
    return status;
}

/* One cluster per component of two or more (numbered largest first, as the style's membership
 * numbers them), then the others. */
static locnet_status_t write_component_clusters(dot_writer_t *w)
{
    const locnet_dot_style_t *style = w->style;
    if (style->components == NULL)
        return LOCNET_EINTERNAL;
    size_t count = (size_t)style->component_count, *first = NULL;
    igraph_integer_t *members = NULL;
    locnet_status_t status = group_members(style->components, count, &first, &members);
    char name[64], label[96];
    for (size_t c = 0; status == LOCNET_OK && c < count; c++) {
        size_t size = first[c + 1] - first[c];
        if (size < 2) {
            for (size_t i = first[c]; i < first[count]; i++)
                write_node(w, members[i], 2);
            break;
        }
        snprintf(name, sizeof name, "cluster_component_%zu", c + 1);
        snprintf(label, sizeof label, "component %zu: %zu localities", c + 1, size);
        write_cluster(w, name, label, "#777777", members + first[c], size);
    }
    free(first);
    free(members);
    return status;
}

/* Per locality, its parent's number in the network or -1; parent cycles are cut where a walk
 * up from the lowest-numbered locality first meets them. */
static locnet_status_t parent_links(const locnet_network_t *net, igraph_integer_t *parent)
{
    igraph_integer_t n = locnet_locality_count(net);
    locnet_id_index_t index;
    locnet_id_index_init(&index);
    locnet_status_t status = LOCNET_OK;
    for (igraph_integer_t v = 0; v < n && status == LOCNET_OK; v++)
        status = locnet_id_index_insert(&index, locnet_locality_text(net, LOCNET_V_ID, v), v, NULL);
    char *state = status == LOCNET_OK ? calloc((size_t)n + 1, 1) : NULL;  /* 0 new, 1 walking, 2 done */
    if (state == NULL) {
        locnet_id_index_destroy(&index);
        return LOCNET_ENOMEM;
    }
    for (igraph_integer_t v = 0; v < n; v++) {
        int64_t found;
        const char *id = locnet_locality_text(net, LOCNET_V_PARENT, v);
        parent[v] = id[0] != '\0' && locnet_id_index_find(&index, id, &found) && found != v
                        ? (igraph_integer_t)found : -1;
    }
    for (igraph_integer_t v = 0; v < n; v++) {
        igraph_integer_t at = v;
        while (at >= 0 && state[at] == 0) {
            state[at] = 1;
            if (parent[at] >= 0 && state[parent[at]] == 1) {
                parent[at] = -1;  /* closes a cycle */
                break;
            }
            at = parent[at];
        }
        for (at = v; at >= 0 && state[at] == 1; at = parent[at])
            state[at] = 2;
    }
    free(state);
    locnet_id_index_destroy(&index);
    return LOCNET_OK;
}

/* Indentation of what is nested depth levels deep: it stops growing after a few levels, so that
 * a deep hierarchy gives DOT of a size linear in its localities. */
#define MAX_INDENTED_DEPTH 16
static int indent_of(size_t depth)
{
    return 2 * (int)(depth < MAX_INDENTED_DEPTH ? depth : MAX_INDENTED_DEPTH);
}

/* Nested clusters down the parent hierarchy, written without recursion. */
static locnet_status_t write_parent_clusters(dot_writer_t *w)
{
    igraph_integer_t n = locnet_locality_count(w->net);
    size_t slots = (size_t)n + 1;
    igraph_integer_t *parent = malloc(slots * sizeof *parent);
    igraph_integer_t *first_child = malloc((slots + 1) * sizeof *first_child);
    igraph_integer_t *children = malloc(slots * sizeof *children);
    igraph_integer_t *stack = malloc(slots * sizeof *stack);
    igraph_integer_t *next = malloc(slots * sizeof *next);
    locnet_status_t status = LOCNET_ENOMEM;
    if (!parent || !first_child || !children || !stack || !next)
        goto cleanup;
    if ((status = parent_links(w->net, parent)) != LOCNET_OK)
        goto cleanup;
    /* children of each locality, in locality order */
    memset(first_child, 0, (slots + 1) * sizeof *first_child);
    for (igraph_integer_t v = 0; v < n; v++) {
        if (parent[v] >= 0)
            first_child[parent[v] + 1]++;
    }
    for (igraph_integer_t v = 0; v < n; v++)
        first_child[v + 1] += first_child[v];
    memcpy(next, first_child, slots * sizeof *next);
    for (igraph_integer_t v = 0; v < n; v++) {
        if (parent[v] >= 0)
            children[next[parent[v]]++] = v;
    }
    for (igraph_integer_t root = 0; root < n; root++) {
        if (parent[root] >= 0)
            continue;
        size_t depth = 0;
        stack[depth++] = root;
        next[root] = first_child[root];
        bool opened = first_child[root + 1] > first_child[root];
        if (opened) {
            char *name = malloc(strlen(w->ids.items[root]) + sizeof "cluster_");
            if (name == NULL) {
                status = LOCNET_ENOMEM;
                goto cleanup;
            }
            sprintf(name, "cluster_%s", w->ids.items[root]);
            write_cluster_open(w, name, NULL, "#888888", "rounded,dashed", 2);
            free(name);
        }
        write_node(w, root, opened ? 4 : 2);
        while (depth > 0) {
            igraph_integer_t v = stack[depth - 1];
            int indent = indent_of(depth);
            if (next[v] == first_child[v + 1]) {
                depth--;
                if (first_child[v + 1] > first_child[v])
                    fprintf(w->out, "%*s}\n", indent, "");
                continue;
            }
            igraph_integer_t child = children[next[v]++];
            if (first_child[child + 1] > first_child[child]) {
                char *name = malloc(strlen(w->ids.items[child]) + sizeof "cluster_");
                if (name == NULL) {
                    status = LOCNET_ENOMEM;
                    goto cleanup;
                }
                sprintf(name, "cluster_%s", w->ids.items[child]);
                write_cluster_open(w, name, NULL, "#888888", "rounded,dashed", indent + 2);
                free(name);
                write_node(w, child, indent + 4);
                next[child] = first_child[child];
                stack[depth++] = child;
            } else {
                write_node(w, child, indent + 2);
            }
        }
    }
    status = LOCNET_OK;
cleanup:
    free(parent);
    free(first_child);
    free(children);
    free(stack);
    free(next);
    return status;
}

/* One rank per country: the first country (by code) on the left; the partnerships across,
 * written left to right, put the right column after the left one. */
static void write_columns(dot_writer_t *w)
{
    igraph_integer_t n = locnet_locality_count(w->net);
    size_t left = strcmp(w->countries.values.items[0], w->countries.values.items[1]) < 0 ? 0 : 1;
    for (size_t column = 0; column < 2; column++) {
        size_t country = column == 0 ? left : 1 - left;
        fputs("  { rank=\"same\";", w->out);
        for (igraph_integer_t v = 0; v < n; v++) {
            if ((size_t)VECTOR(w->countries.of)[v] != country)
                continue;
            fputc(' ', w->out);
            locnet_dot_write_id(w->out, w->ids.items[v]);
            fputc(';', w->out);
        }
        fputs(" }\n", w->out);
    }
}

static locnet_status_t write_edge_label(dot_writer_t *w, igraph_integer_t e, bool *first)
{
    if (w->style->edge_label == LOCNET_DOT_EDGE_LABEL_SINCE) {
        double since = locnet_partnership_number(w->net, LOCNET_E_SINCE, e);
        if (!isnan(since)) {
            char year[32];
            snprintf(year, sizeof year, "%lld", (long long)since);
            write_attribute(w->out, "label", year, first);
        }
        return LOCNET_OK;
    }
    if (w->style->edge_label != LOCNET_DOT_EDGE_LABEL_THEMES)
        return LOCNET_OK;
    locnet_list_t themes;
    locnet_list_init(&themes);
    locnet_status_t status =
        locnet_list_decode(locnet_partnership_text(w->net, LOCNET_E_THEMES, e), &themes);
    if (status == LOCNET_EDATA)
        status = LOCNET_OK;  /* not a list: no label */
    size_t length = 1;
    for (size_t i = 0; i < themes.count; i++)
        length += strlen(themes.items[i]) + 2;
    char *joined = status == LOCNET_OK && themes.count > 0 ? malloc(length) : NULL;
    if (joined != NULL) {
        joined[0] = '\0';
        for (size_t i = 0; i < themes.count; i++) {
            if (i > 0)
                strcat(joined, ", ");
            strcat(joined, themes.items[i]);
        }
        write_attribute(w->out, "label", joined, first);
    } else if (status == LOCNET_OK && themes.count > 0) {
        status = LOCNET_ENOMEM;
    }
    free(joined);
    locnet_list_destroy(&themes);
    return status;
}

static locnet_status_t write_edges(dot_writer_t *w)
{
    igraph_integer_t m = locnet_partnership_count(w->net);
    size_t right = 1;
    if (w->columns)
        right = strcmp(w->countries.values.items[0], w->countries.values.items[1]) < 0 ? 1 : 0;
    for (igraph_integer_t e = 0; e < m; e++) {
        /* the locality listed first first; in columns, the left one first */
        igraph_integer_t a = IGRAPH_FROM(&w->net->graph, e), b = IGRAPH_TO(&w->net->graph, e);
        if (a > b) {
            igraph_integer_t swap = a;
            a = b;
            b = swap;
        }
        if (w->columns && (size_t)VECTOR(w->countries.of)[a] == right &&
            (size_t)VECTOR(w->countries.of)[b] != right) {
            igraph_integer_t swap = a;
            a = b;
            b = swap;
        }
        fputs("  ", w->out);
        locnet_dot_write_id(w->out, w->ids.items[a]);
        fputs(" -- ", w->out);
        locnet_dot_write_id(w->out, w->ids.items[b]);
        bool first = true;
        const char *style = w->kinds.styles[VECTOR(w->kinds.of)[e]];
        if (strcmp(style, "solid") != 0)
            write_attribute(w->out, "style", style, &first);
        locnet_status_t status = write_edge_label(w, e, &first);
        if (status != LOCNET_OK)
            return status;
        fputs(first ? ";\n" : "];\n", w->out);
    }
    return LOCNET_OK;
}

static void write_legend_heading(FILE *out, const char *heading)
{
    fprintf(out, "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>%s</B></TD></TR>\n", heading);
}

/* The legend, as an HTML-like graph label: set last, so that no cluster inherits it. */
static void write_legend(dot_writer_t *w)
{
    FILE *out = w->out;
    fputs("  labelloc=\"b\"; labeljust=\"l\";\n  label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" "
          "CELLSPACING=\"1\" CELLPADDING=\"2\">\n",
          out);
    const group_set_t *colours = w->colours;
    bool by_country = colours == &w->countries;
    write_legend_heading(out, by_country ? "Country (localities)" : w->style->colour_heading);
    long others = 0, other_groups = 0;
    for (size_t c = 0; c < colours->values.count; c++) {
        if (strcmp(colours->styles[c], OTHER_COLOUR) == 0 &&
            (!by_country || pair_lookup(w->style->palette, colours->values.items[c]) == NULL)) {
            others += colours->counts[c];
            other_groups++;
            continue;
        }
        fprintf(out, "<TR><TD BGCOLOR=\"%s\" WIDTH=\"28\"></TD><TD ALIGN=\"LEFT\">",
                colours->styles[c]);
        locnet_dot_write_html_text(out, colours->values.items[c]);
        fprintf(out, " (%ld)</TD></TR>\n", colours->counts[c]);
    }
    if (other_groups > 0)
        fprintf(out, "<TR><TD BGCOLOR=\"%s\" WIDTH=\"28\"></TD><TD ALIGN=\"LEFT\">%ld other "
                     "%s (%ld)</TD></TR>\n",
                OTHER_COLOUR, other_groups, by_country ? "countries" : w->style->colour_plural,
                others);
    write_legend_heading(out, "Level (shape)");
    for (size_t l = 0; l < w->levels.values.count; l++) {
        fprintf(out, "<TR><TD ALIGN=\"LEFT\">%s</TD><TD ALIGN=\"LEFT\">", w->levels.styles[l]);
        locnet_dot_write_html_text(out, w->levels.values.items[l]);
        fprintf(out, " (%ld)</TD></TR>\n", w->levels.counts[l]);
    }
    if (w->kinds.values.count > 0)
        write_legend_heading(out, "Partnership (line)");
    for (size_t k = 0; k < w->kinds.values.count; k++) {
        /* a cell whose bottom border is drawn in the kind's line style */
        fputs("<TR><TD BORDER=\"2\" SIDES=\"B\"", out);
        if (strcmp(w->kinds.styles[k], "solid") != 0)
            fprintf(out, " STYLE=\"%s\"", w->kinds.styles[k]);
        fputs(" WIDTH=\"28\"></TD><TD ALIGN=\"LEFT\">", out);
        locnet_dot_write_html_text(out, w->kinds.values.items[k]);
        fprintf(out, " (%ld)</TD></TR>\n", w->kinds.counts[k]);
    }
    if (w->size_max > 0 && w->style->size_label != NULL) {
        fputs("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Size</B>: ", out);
        locnet_dot_write_html_text(out, w->style->size_label);
        fputs("</TD></TR>\n", out);
    }
    fputs("</TABLE>>;\n", out);
}

static locnet_status_t write_graph(dot_writer_t *w)
{
    FILE *out = w->out;
    const locnet_dot_style_t *style = w->style;
    bool dot = strcmp(style->layout, "dot") == 0;
    fputs("graph \"locnet\" {\n  charset=\"UTF-8\";\n  layout=", out);
    locnet_dot_write_label(out, style->layout);
    fputs(";\n", out);
    if (dot)
        fprintf(out, "  rankdir=\"LR\"; ranksep=\"%s\"; nodesep=\"0.12\";%s\n",
                w->columns ? "2.5" : "1.2", w->columns ? " newrank=\"true\";" : "");
    else
        fputs("  overlap=\"false\";\n", out);
    fputs("  outputorder=\"edgesfirst\"; pad=\"0.2\"; fontname=\"" FONT "\";\n"
          "  node [style=\"filled\", fontname=\"" FONT "\", fontsize=\"11\", penwidth=\"0.8\", "
          "margin=\"0.1,0.03\", height=\"0.3\"];\n"
          "  edge [color=\"" EDGE_COLOUR "\", fontname=\"" FONT "\", fontsize=\"9\", "
          "fontcolor=\"" EDGE_COLOUR "\"];\n",
          out);
    igraph_integer_t n = locnet_locality_count(w->net);
    locnet_status_t status = LOCNET_OK;
    switch (style->cluster) {
    case LOCNET_DOT_CLUSTER_COUNTRY:
        status = write_country_clusters(w);
        break;
    case LOCNET_DOT_CLUSTER_PARENT:
        status = write_parent_clusters(w);
        break;
    case LOCNET_DOT_CLUSTER_COMPONENT:
        status = write_component_clusters(w);
        break;
    default:
        for (igraph_integer_t v = 0; v < n; v++)
            write_node(w, v, 2);
    }
    if (status != LOCNET_OK)
        return status;
    if (w->columns)
        write_columns(w);
    if ((status = write_edges(w)) != LOCNET_OK)
        return status;
    if (style->legend && n > 0)
        write_legend(w);
    fputs("}\n", out);
    return LOCNET_OK;
}

locnet_status_t locnet_dot_write(const locnet_network_t *net, const locnet_dot_style_t *style,
                                 FILE *out)
{
    dot_writer_t w;
    memset(&w, 0, sizeof w);
    w.net = net;
    w.style = style;
    w.out = out;
    locnet_list_init(&w.ids);
    locnet_status_t status = prepare(&w);
    if (status == LOCNET_OK)
        status = write_graph(&w);
    locnet_list_destroy(&w.ids);
    if (w.have_countries)
        group_set_destroy(&w.countries);
    if (w.have_levels)
        group_set_destroy(&w.levels);
    if (w.have_kinds)
        group_set_destroy(&w.kinds);
    if (w.have_groups)
        group_set_destroy(&w.groups);
    if (status == LOCNET_OK && ferror(out))
        status = LOCNET_EWRITE;
    return status;
}
