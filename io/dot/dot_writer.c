/* io/dot/dot_writer.c: the diagram's structure (graph attributes, nodes, edges, clusters),
 * written through io/dot/dot_escape.h; the legend and the map panels are in dot_legend.c and
 * dot_geo.c, the groups in dot_groups.c, the colours, shapes and lines in dot_palette.c. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "graph/id_index.h"
#include "io/dot/dot_escape.h"
#include "io/dot/dot_internal.h"
#include "io/write/table.h"

#define EDGE_COLOUR "#4d4d4d"
#define FAINT_EDGE_COLOUR "#4d4d4d80"

void locnet_dot_style_init(locnet_dot_style_t *style)
{
    memset(style, 0, sizeof *style);
    style->layout = "dot";
    style->cluster = LOCNET_DOT_CLUSTER_NONE;
    style->edge_label = LOCNET_DOT_EDGE_LABEL_NONE;
    style->colour_by = LOCNET_DOT_COLOUR_COUNTRY;
    style->columns = true;
    style->legend = true;
    style->highlight = -1;
}

void dot_write_attribute(FILE *out, const char *name, const char *value, bool *first)
{
    fputs(*first ? " [" : ", ", out);
    *first = false;
    fprintf(out, "%s=", name);
    locnet_dot_write_label(out, value);
}

void dot_write_number(FILE *out, double value, int digits)
{
    char buffer[400];
    double unit = digits >= 2 ? 100 : 10;
    locnet_format_real(round(value * unit) / unit, buffer, sizeof buffer);
    fputs(buffer, out);
}

void dot_write_position(FILE *out, double x, double y)
{
    fputs(", pos=\"", out);
    dot_write_number(out, x / 72, 2);
    fputc(',', out);
    dot_write_number(out, y / 72, 2);
    fputs("!\"", out);
}

const char *dot_colour_of(const dot_writer_t *w, igraph_integer_t v)
{
    return w->colours->colours[VECTOR(w->colours->of)[v]];
}

/* ---- preparing: node IDs and the groups ----------------------------------------------------- */

static const char *locality_country(const void *net, size_t v)
{
    return locnet_locality_text(net, LOCNET_V_COUNTRY, (igraph_integer_t)v);
}

static const char *locality_level(const void *net, size_t v)
{
    return locnet_locality_text(net, LOCNET_V_LEVEL, (igraph_integer_t)v);
}

static const char *partnership_kind(const void *net, size_t e)
{
    return locnet_partnership_text(net, LOCNET_E_KIND, (igraph_integer_t)e);
}

/* A part's number, zero-padded so that text order is number order. */
static const char *part_of(const void *style, size_t v)
{
    static char text[32];
    const locnet_dot_style_t *s = style;
    snprintf(text, sizeof text, "%012ld", (long)VECTOR(*s->partition.membership)[v]);
    return text;
}

/* The groups colours follow, with their colours. */
static locnet_status_t prepare_colours(dot_writer_t *w, size_t n)
{
    const locnet_dot_style_t *style = w->style;
    dot_groups_t *groups = &w->countries;
    if (style->colour_by == LOCNET_DOT_COLOUR_PARTITION) {
        locnet_status_t status = dot_groups_build(&w->parts, n, part_of, style, dot_groups_by_count);
        if (status != LOCNET_OK)
            return status;
        groups = &w->parts;
    } else if (style->colour_by == LOCNET_DOT_COLOUR_LEVEL) {
        groups = &w->levels;
    }
    bool named = groups != &w->parts;
    locnet_dot_give_colours(named ? (const char *const *)groups->values.items : NULL,
                            groups->values.count, named ? style->palette : NULL,
                            groups == &w->countries, groups->colours);
    w->colours = groups;
    return LOCNET_OK;
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

static locnet_status_t prepare_ids(dot_writer_t *w, size_t n)
{
    const char **texts = calloc(n + 1, sizeof *texts);
    if (texts == NULL)
        return LOCNET_ENOMEM;
    for (size_t v = 0; v < n; v++)
        texts[v] = locnet_locality_text(w->net, LOCNET_V_ID, (igraph_integer_t)v);
    locnet_status_t status = locnet_dot_assign_names("", texts, n, &w->ids);
    free(texts);
    /* the legend's and panels' node IDs start with a prefix no locality's ID starts with */
    snprintf(w->own_prefix, sizeof w->own_prefix, "locnet:");
    for (size_t v = 0; status == LOCNET_OK && v < n; v++) {
        size_t length = strlen(w->own_prefix);
        if (strncmp(w->ids.items[v], w->own_prefix, length) == 0 &&
            length + 2 < sizeof w->own_prefix) {
            strcat(w->own_prefix, "~");
            v = (size_t)-1;  /* look again */
        }
    }
    return status;
}

static locnet_status_t check_style(const dot_writer_t *w, size_t n)
{
    const locnet_dot_style_t *style = w->style;
    if (style->colour_by == LOCNET_DOT_COLOUR_PARTITION &&
        (style->partition.membership == NULL ||
         (size_t)igraph_vector_int_size(style->partition.membership) != n))
        return LOCNET_EUSAGE;
    if (style->cluster == LOCNET_DOT_CLUSTER_COMPONENT &&
        (style->components == NULL || (size_t)igraph_vector_int_size(style->components) != n))
        return LOCNET_EUSAGE;
    if (style->map != NULL && (size_t)igraph_vector_size(&style->map->x) != n)
        return LOCNET_EUSAGE;
    if (style->labelled != NULL && (size_t)igraph_vector_bool_size(style->labelled) != n)
        return LOCNET_EUSAGE;
    if (style->sizes != NULL && (size_t)igraph_vector_size(style->sizes) != n)
        return LOCNET_EUSAGE;
    return LOCNET_OK;
}

/* Countries, levels with their shapes, kinds with their lines. */
static locnet_status_t prepare_groups(dot_writer_t *w, size_t n)
{
    const locnet_network_t *net = w->net;
    size_t m = (size_t)locnet_partnership_count(net);
    locnet_status_t status =
        dot_groups_build(&w->countries, n, locality_country, net, dot_groups_by_count);
    if (status == LOCNET_OK)
        status = dot_groups_build(&w->levels, n, locality_level, net, dot_groups_by_level);
    if (status == LOCNET_OK)
        status = dot_groups_build(&w->kinds, m, partnership_kind, net, dot_groups_by_count);
    if (status != LOCNET_OK)
        return status;
    locnet_dot_give_shapes((const char *const *)w->levels.values.items, w->levels.values.count,
                           w->style->shapes, w->levels.styles);
    locnet_dot_give_lines((const char *const *)w->kinds.values.items, w->kinds.values.count,
                          w->style->edge_styles, w->kinds.styles);
    return LOCNET_OK;
}

static locnet_status_t prepare(dot_writer_t *w)
{
    const locnet_dot_style_t *style = w->style;
    size_t n = (size_t)locnet_locality_count(w->net);
    w->pinned = style->map != NULL;
    locnet_status_t status = check_style(w, n);
    if (status == LOCNET_OK)
        status = prepare_ids(w, n);
    if (status == LOCNET_OK)
        status = prepare_groups(w, n);
    if (status == LOCNET_OK)
        status = prepare_colours(w, n);
    if (status != LOCNET_OK)
        return status;
    w->columns = style->columns && strcmp(style->layout, "dot") == 0 && !w->pinned &&
                 w->countries.values.count == 2 && any_partnership_across(w);
    if (w->columns)
        w->left = strcmp(w->countries.values.items[0], w->countries.values.items[1]) < 0 ? 0 : 1;
    w->size_max = 0;
    for (size_t v = 0; style->sizes != NULL && v < n; v++) {
        double value = VECTOR(*style->sizes)[v];
        if (isfinite(value) && value > w->size_max)
            w->size_max = value;
    }
    return LOCNET_OK;
}

/* ---- nodes and clusters --------------------------------------------------------------------- */

static bool is_labelled(const dot_writer_t *w, igraph_integer_t v)
{
    return w->style->labelled == NULL || VECTOR(*w->style->labelled)[v];
}

/* The square root of v's share of the largest size drawn (0 without sizes). */
static double size_share(const dot_writer_t *w, igraph_integer_t v)
{
    if (w->size_max <= 0)
        return 0;
    double value = VECTOR(*w->style->sizes)[v];
    return isfinite(value) && value > 0 ? sqrt(value / w->size_max) : 0;
}

/* A small node of fixed size, its name beside it (labelled) or in its tooltip. */
static void write_marker_size(const dot_writer_t *w, igraph_integer_t v, bool labelled)
{
    FILE *out = w->out;
    double share = size_share(w, v);
    double height = w->style->fast ? 0.03 + 0.15 * share : 0.1 + 0.22 * share;
    if (w->style->fast && !labelled)  /* no outline: thousands of them would blacken the picture */
        fprintf(out, ", color=\"%s\"", dot_colour_of(w, v));
    fputs(", fixedsize=\"true\", width=\"", out);
    dot_write_number(out, height * 1.3, 2);
    fputs("\", height=\"", out);
    dot_write_number(out, height, 2);
    fputc('"', out);
    if (labelled && (w->size_max > 0 || w->style->fast)) {
        fputs(", fontsize=\"", out);
        dot_write_number(out, w->style->fast ? 14 + 10 * share : 9 + 7 * share, 1);
        fputc('"', out);
    }
}

void dot_write_node(dot_writer_t *w, igraph_integer_t v, int indent)
{
    FILE *out = w->out;
    const char *colour = dot_colour_of(w, v);
    const char *name = locnet_locality_text(w->net, LOCNET_V_NAME, v);
    bool labelled = is_labelled(w, v), marker = w->pinned || w->style->fast || !labelled;
    bool first = true;
    fprintf(out, "%*s", indent, "");
    locnet_dot_write_id(out, w->ids.items[v]);
    dot_write_attribute(out, "label", marker ? "" : name, &first);
    if (marker)
        dot_write_attribute(out, labelled ? "xlabel" : "tooltip", name, &first);
    dot_write_attribute(out, "shape", w->levels.styles[VECTOR(w->levels.of)[v]], &first);
    dot_write_attribute(out, "fillcolor", colour, &first);
    if (w->style->element_ids != NULL)
        dot_write_attribute(out, "id", w->style->element_ids->items[v], &first);
    if (marker) {
        write_marker_size(w, v, labelled);
    } else {
        dot_write_attribute(out, "fontcolor", locnet_dot_text_colour_on(colour), &first);
        if (w->size_max > 0) {
            fputs(", fontsize=\"", out);
            dot_write_number(out, 11 + 13 * size_share(w, v), 1);
            fputc('"', out);
        }
    }
    if (v == w->style->highlight)
        fputs(marker ? ", penwidth=\"2.5\"" : ", penwidth=\"4\"", out);
    if (w->pinned)
        dot_write_position(out, VECTOR(w->style->map->x)[v], VECTOR(w->style->map->y)[v]);
    fputs("];\n", out);
}

void dot_write_cluster_open(dot_writer_t *w, const char *name, const char *label,
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
    fprintf(out, "style=\"%s\"; color=\"%s\"; fontcolor=\"#333333\";\n", style, colour);
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
    dot_write_cluster_open(w, name, label, colour, "rounded", 2);
    for (size_t i = 0; i < count; i++)
        dot_write_node(w, members[i], 4);
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
    for (size_t c = 0; status == LOCNET_OK && c < count; c++) {
        const char *colour = w->colours == &w->countries ? w->countries.colours[c] : "#777777";
        write_cluster(w, names.items[c], w->countries.values.items[c], colour,
                      members + first[c], first[c + 1] - first[c]);
    }
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
    size_t count = (size_t)style->component_count, *first = NULL;
    igraph_integer_t *members = NULL;
    locnet_status_t status = group_members(style->components, count, &first, &members);
    char name[64], label[96];
    for (size_t c = 0; status == LOCNET_OK && c < count; c++) {
        size_t size = first[c + 1] - first[c];
        if (size < 2) {
            for (size_t i = first[c]; i < first[count]; i++)
                dot_write_node(w, members[i], 2);
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

/* The graph's attributes: the engine and how it should lay the network out, and defaults. */
static void write_graph_attributes(dot_writer_t *w)
{
    FILE *out = w->out;
    const locnet_dot_style_t *style = w->style;
    fputs("graph \"locnet\" {\n  charset=\"UTF-8\";\n  layout=", out);
    locnet_dot_write_label(out, w->pinned ? "neato" : style->layout);
    fputs(";\n", out);
    if (w->pinned)
        fputs("  splines=\"false\"; overlap=\"true\"; forcelabels=\"true\";\n", out);
    else if (strcmp(style->layout, "dot") == 0)
        fprintf(out, "  rankdir=\"LR\"; ranksep=\"%s\"; nodesep=\"0.12\";%s\n",
                w->columns ? "1.8" : "1.0",
                w->columns && style->cluster != LOCNET_DOT_CLUSTER_NONE ? " newrank=\"true\";" : "");
    else
        fprintf(out, "  overlap=\"%s\";%s%s\n", style->fast ? "prism0" : "false",
                style->fast ? " sep=\"+16\"; quadtree=\"fast\"; forcelabels=\"true\";" : "",
                " pack=\"true\"; packmode=\"graph\";");
    bool faint = w->pinned || style->labelled != NULL;
    fputs("  outputorder=\"edgesfirst\"; pad=\"0.2\"; fontname=\"" LOCNET_DOT_FONT "\";\n"
          "  node [style=\"filled\", fontname=\"" LOCNET_DOT_FONT "\", fontsize=\"11\", "
          "penwidth=\"0.8\", margin=\"0.1,0.03\", height=\"0.3\"];\n",
          out);
    fprintf(out, "  edge [color=\"%s\", fontname=\"" LOCNET_DOT_FONT "\", fontsize=\"9\", "
                 "fontcolor=\"" EDGE_COLOUR "\"];\n",
            faint ? FAINT_EDGE_COLOUR : EDGE_COLOUR);
}

static locnet_status_t write_graph(dot_writer_t *w)
{
    const locnet_dot_style_t *style = w->style;
    write_graph_attributes(w);
    if (w->pinned)
        dot_write_map_panels(w);
    igraph_integer_t n = locnet_locality_count(w->net);
    locnet_status_t status = LOCNET_OK;
    switch (style->cluster) {
    case LOCNET_DOT_CLUSTER_COUNTRY:
        status = write_country_clusters(w);
        break;
    case LOCNET_DOT_CLUSTER_PARENT:
        status = dot_write_parent_clusters(w);
        break;
    case LOCNET_DOT_CLUSTER_COMPONENT:
        status = write_component_clusters(w);
        break;
    default:
        /* named localities last, drawn over the others */
        for (int named = 0; named < 2; named++) {
            for (igraph_integer_t v = 0; v < n; v++) {
                if (is_labelled(w, v) == named)
                    dot_write_node(w, v, 2);
            }
        }
    }
    if (status != LOCNET_OK)
        return status;
    if (w->columns)
        dot_write_columns(w);
    if ((status = dot_write_edges(w)) != LOCNET_OK)
        return status;
    if (style->legend && n > 0 && (status = dot_write_legend(w)) != LOCNET_OK)
        return status;
    fputs("}\n", w->out);
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
    dot_groups_destroy(&w.countries);
    dot_groups_destroy(&w.levels);
    dot_groups_destroy(&w.kinds);
    dot_groups_destroy(&w.parts);
    if (status == LOCNET_OK && ferror(out))
        status = LOCNET_EWRITE;
    return status;
}
