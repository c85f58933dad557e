/* analyses/cmd_components.c: locnet components [FILE]: how the network holds together, and
 * which single locality or partnership would split it. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "analyses/cli.h"
#include "analyses/cli_locality.h"
#include "analyses/commands.h"
#include "graph/collation.h"
#include "graph/components.h"
#include "graph/cut_structure.h"

/* Options of this command only (above the shared ones). */
enum {
    OPT_OF = 2000,
    OPT_CUT_VERTICES,
    OPT_BRIDGES,
    OPT_BICONNECTED
};

typedef enum view {
    VIEW_COMPONENTS,
    VIEW_CUT_VERTICES,
    VIEW_BRIDGES,
    VIEW_BICONNECTED
} view_t;

/* What the command found, as one table, and what the table view says above it. */
typedef struct report {
    const locnet_network_t *net;
    const locnet_components_t *components;
    locnet_list_t keys;          /* collation keys, for ordering rows by name */
    view_t view;
    igraph_integer_t of;         /* the --of locality, or -1 */
    igraph_integer_t items;      /* cut vertices, bridges or biconnected components listed */
    locnet_table_t table;
    size_t group_columns;        /* leading columns the table view shows once per group */
} report_t;

static const char *const component_columns[] = {"component", "size", "id", "name", "country", "level"};
static const char *const cut_vertex_columns[] = {"component", "id", "name", "parts", "part_sizes", "cut_off"};
static const char *const bridge_columns[] = {"component", "a", "a_name", "b", "b_name",
                                             "a_side", "b_side", "since", "kind"};
static const char *const block_columns[] = {"block", "size", "component", "id", "name", "country", "level"};

static const char *text_of(const locnet_network_t *net, const char *attribute, igraph_integer_t v)
{
    return locnet_locality_text(net, attribute, v);
}

/* The component (numbered from 0) the report keeps to, or -1 for all. */
static igraph_integer_t kept_component(const report_t *report)
{
    return report->of < 0 ? -1 : VECTOR(report->components->membership)[report->of];
}

/* Sets columns first.. to a locality's id, name and, if with_place, country and level. */
static locnet_status_t set_locality(locnet_table_t *table, size_t row, size_t first,
                                    const locnet_network_t *net, igraph_integer_t v, bool with_place)
{
    locnet_status_t status = locnet_table_set_text(table, row, first, text_of(net, LOCNET_V_ID, v));
    if (status == LOCNET_OK)
        status = locnet_table_set_text(table, row, first + 1, text_of(net, LOCNET_V_NAME, v));
    if (status == LOCNET_OK && with_place)
        status = locnet_table_set_text(table, row, first + 2, text_of(net, LOCNET_V_COUNTRY, v));
    if (status == LOCNET_OK && with_place)
        status = locnet_table_set_text(table, row, first + 3, text_of(net, LOCNET_V_LEVEL, v));
    return status;
}

static locnet_status_t list_components(report_t *report)
{
    const locnet_components_t *components = report->components;
    igraph_vector_int_t members;
    if (igraph_vector_int_init(&members, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    locnet_status_t status = locnet_table_init(&report->table, 6, component_columns);
    if (status == LOCNET_OK)
        status = locnet_components_members(report->net, components, &members);
    igraph_integer_t kept = kept_component(report);
    for (igraph_integer_t i = 0; status == LOCNET_OK && i < igraph_vector_int_size(&members); i++) {
        igraph_integer_t v = VECTOR(members)[i], c = VECTOR(components->membership)[v];
        if (kept >= 0 && c != kept)
            continue;
        size_t row;
        if ((status = locnet_table_add_row(&report->table, &row)) != LOCNET_OK)
            break;
        locnet_table_set_integer(&report->table, row, 0, c + 1);
        locnet_table_set_integer(&report->table, row, 1, VECTOR(components->sizes)[c]);
        status = set_locality(&report->table, row, 2, report->net, v, true);
    }
    report->group_columns = 2;
    igraph_vector_int_destroy(&members);
    return status;
}

/* Cut vertices and bridges: rows by component, the most localities cut off first, then by
 * the names in the row. */
typedef struct row_order {
    const report_t *report;
    const igraph_integer_t *component;  /* per row */
    const igraph_integer_t *cut_off;    /* per row */
    const igraph_integer_t *first;      /* per row: the locality named first */
    const igraph_integer_t *second;     /* per row: the locality named next, or NULL */
} row_order_t;

static int compare_rows(void *context, const void *left, const void *right)
{
    const row_order_t *order = context;
    igraph_integer_t a = *(const igraph_integer_t *)left, b = *(const igraph_integer_t *)right;
    if (order->component[a] != order->component[b])
        return order->component[a] < order->component[b] ? -1 : 1;
    if (order->cut_off[a] != order->cut_off[b])
        return order->cut_off[a] > order->cut_off[b] ? -1 : 1;
    const report_t *report = order->report;
    int by_name = locnet_collation_compare(report->net, &report->keys, order->first[a], order->first[b]);
    if (by_name == 0 && order->second != NULL)
        by_name = locnet_collation_compare(report->net, &report->keys, order->second[a], order->second[b]);
    return by_name;
}

/* The row numbers 0..count-1 in the order above, into rows (initialised). */
static locnet_status_t order_rows(row_order_t *order, igraph_integer_t count,
                                  igraph_vector_int_t *rows)
{
    if (igraph_vector_int_range(rows, 0, count) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    igraph_qsort_r(VECTOR(*rows), (size_t)count, sizeof(igraph_integer_t), order, compare_rows);
    return LOCNET_OK;
}

/* "8 3 1": sizes separated by spaces, into a new string (NULL when out of memory). */
static char *sizes_text(const igraph_vector_int_t *sizes)
{
    igraph_integer_t count = igraph_vector_int_size(sizes);
    size_t capacity = (size_t)count * 21 + 1, used = 0;
    char *text = malloc(capacity);
    if (text == NULL)
        return NULL;
    text[0] = '\0';
    for (igraph_integer_t i = 0; i < count; i++)
        used += (size_t)snprintf(text + used, capacity - used, "%s%lld", i ? " " : "",
                                 (long long)VECTOR(*sizes)[i]);
    return text;
}

static locnet_status_t list_cut_vertices(report_t *report)
{
    locnet_cut_vertices_t cut;
    locnet_status_t status = locnet_cut_vertices_compute(report->net, &cut);
    if (status != LOCNET_OK)
        return status;
    igraph_integer_t count = igraph_vector_int_size(&cut.vertices);
    igraph_vector_int_t component, cut_off, rows;
    /* a failed init leaves a vector that destroy accepts, so all are made before checking */
    bool made = igraph_vector_int_init(&component, count) == IGRAPH_SUCCESS;
    made = igraph_vector_int_init(&cut_off, count) == IGRAPH_SUCCESS && made;
    made = igraph_vector_int_init(&rows, 0) == IGRAPH_SUCCESS && made;
    status = LOCNET_ENOMEM;
    if (!made)
        goto cleanup;
    for (igraph_integer_t k = 0; k < count; k++) {
        const igraph_vector_int_t *parts = igraph_vector_int_list_get_ptr(&cut.parts, k);
        VECTOR(component)[k] = VECTOR(report->components->membership)[VECTOR(cut.vertices)[k]];
        VECTOR(cut_off)[k] = igraph_vector_int_sum(parts) - VECTOR(*parts)[0];
    }
    row_order_t order = {report, VECTOR(component), VECTOR(cut_off), VECTOR(cut.vertices), NULL};
    if ((status = order_rows(&order, count, &rows)) != LOCNET_OK ||
        (status = locnet_table_init(&report->table, 6, cut_vertex_columns)) != LOCNET_OK)
        goto cleanup;
    igraph_integer_t kept = kept_component(report);
    for (igraph_integer_t i = 0; status == LOCNET_OK && i < count; i++) {
        igraph_integer_t k = VECTOR(rows)[i];
        if (kept >= 0 && VECTOR(component)[k] != kept)
            continue;
        const igraph_vector_int_t *parts = igraph_vector_int_list_get_ptr(&cut.parts, k);
        char *sizes = sizes_text(parts);
        size_t row;
        status = sizes == NULL ? LOCNET_ENOMEM : locnet_table_add_row(&report->table, &row);
        if (status == LOCNET_OK) {
            locnet_table_set_integer(&report->table, row, 0, VECTOR(component)[k] + 1);
            locnet_table_set_integer(&report->table, row, 3, igraph_vector_int_size(parts));
            locnet_table_set_integer(&report->table, row, 5, VECTOR(cut_off)[k]);
            status = set_locality(&report->table, row, 1, report->net, VECTOR(cut.vertices)[k], false);
        }
        if (status == LOCNET_OK)
            status = locnet_table_set_text(&report->table, row, 4, sizes);
        free(sizes);
        report->items++;
    }
    report->group_columns = 1;
cleanup:
    igraph_vector_int_destroy(&component);
    igraph_vector_int_destroy(&cut_off);
    igraph_vector_int_destroy(&rows);
    locnet_cut_vertices_destroy(&cut);
    return status;
}

/* One bridge as listed: the partnership, its component, the locality on the larger side (a)
 * and on the other (b), and the sizes of the two sides. */
typedef struct bridge_row {
    igraph_integer_t partnership, component, a, b, a_side, b_side;
} bridge_row_t;

static locnet_status_t add_bridge_row(report_t *report, const bridge_row_t *bridge)
{
    const locnet_network_t *net = report->net;
    locnet_table_t *table = &report->table;
    size_t row;
    locnet_status_t status = locnet_table_add_row(table, &row);
    if (status != LOCNET_OK)
        return status;
    locnet_table_set_integer(table, row, 0, bridge->component + 1);
    locnet_table_set_integer(table, row, 5, bridge->a_side);
    locnet_table_set_integer(table, row, 6, bridge->b_side);
    double since = locnet_partnership_number(net, LOCNET_E_SINCE, bridge->partnership);
    if (!isnan(since))
        locnet_table_set_integer(table, row, 7, (long long)since);
    status = set_locality(table, row, 1, net, bridge->a, false);
    if (status == LOCNET_OK)
        status = set_locality(table, row, 3, net, bridge->b, false);
    if (status == LOCNET_OK)
        status = locnet_table_set_text(table, row, 8,
                                       locnet_partnership_text(net, LOCNET_E_KIND, bridge->partnership));
    report->items++;
    return status;
}

static locnet_status_t list_bridges(report_t *report)
{
    const locnet_network_t *net = report->net;
    locnet_bridges_t bridges;
    locnet_status_t status = locnet_bridges_compute(net, &bridges);
    if (status != LOCNET_OK)
        return status;
    igraph_integer_t count = igraph_vector_int_size(&bridges.edges);
    /* per bridge: a on the larger side (ties: the first by name), b on the other */
    igraph_vector_int_t component, a, b, a_side, b_side, rows;
    /* a failed init leaves a vector that destroy accepts, so all are made before checking */
    bool made = igraph_vector_int_init(&component, count) == IGRAPH_SUCCESS;
    made = igraph_vector_int_init(&a, count) == IGRAPH_SUCCESS && made;
    made = igraph_vector_int_init(&b, count) == IGRAPH_SUCCESS && made;
    made = igraph_vector_int_init(&a_side, count) == IGRAPH_SUCCESS && made;
    made = igraph_vector_int_init(&b_side, count) == IGRAPH_SUCCESS && made;
    made = igraph_vector_int_init(&rows, 0) == IGRAPH_SUCCESS && made;
    status = LOCNET_ENOMEM;
    if (!made)
        goto cleanup;
    for (igraph_integer_t i = 0; i < count; i++) {
        igraph_integer_t e = VECTOR(bridges.edges)[i];
        igraph_integer_t from = IGRAPH_FROM(&net->graph, e), to = IGRAPH_TO(&net->graph, e);
        igraph_integer_t from_side = VECTOR(bridges.from_side)[i], to_side = VECTOR(bridges.to_side)[i];
        bool from_first = from_side != to_side ? from_side > to_side
                                                : locnet_collation_compare(net, &report->keys, from, to) < 0;
        VECTOR(component)[i] = VECTOR(report->components->membership)[from];
        VECTOR(a)[i] = from_first ? from : to;
        VECTOR(b)[i] = from_first ? to : from;
        VECTOR(a_side)[i] = from_first ? from_side : to_side;
        VECTOR(b_side)[i] = from_first ? to_side : from_side;
    }
    row_order_t order = {report, VECTOR(component), VECTOR(b_side), VECTOR(a), VECTOR(b)};
    if ((status = order_rows(&order, count, &rows)) != LOCNET_OK ||
        (status = locnet_table_init(&report->table, 9, bridge_columns)) != LOCNET_OK)
        goto cleanup;
    igraph_integer_t kept = kept_component(report);
    for (igraph_integer_t r = 0; status == LOCNET_OK && r < count; r++) {
        igraph_integer_t i = VECTOR(rows)[r];
        if (kept >= 0 && VECTOR(component)[i] != kept)
            continue;
        bridge_row_t row = {VECTOR(bridges.edges)[i], VECTOR(component)[i], VECTOR(a)[i],
                            VECTOR(b)[i], VECTOR(a_side)[i], VECTOR(b_side)[i]};
        status = add_bridge_row(report, &row);
    }
    report->group_columns = 1;
cleanup:
    igraph_vector_int_destroy(&component);
    igraph_vector_int_destroy(&a);
    igraph_vector_int_destroy(&b);
    igraph_vector_int_destroy(&a_side);
    igraph_vector_int_destroy(&b_side);
    igraph_vector_int_destroy(&rows);
    locnet_bridges_destroy(&bridges);
    return status;
}

static locnet_status_t list_biconnected(report_t *report)
{
    locnet_biconnected_t blocks;
    locnet_status_t status = locnet_biconnected_compute(report->net, &blocks);
    if (status == LOCNET_OK)
        status = locnet_table_init(&report->table, 7, block_columns);
    igraph_integer_t kept = kept_component(report);
    for (igraph_integer_t k = 0; status == LOCNET_OK && k < igraph_vector_int_list_size(&blocks.members); k++) {
        const igraph_vector_int_t *members = igraph_vector_int_list_get_ptr(&blocks.members, k);
        igraph_integer_t size = igraph_vector_int_size(members);
        igraph_integer_t c = VECTOR(report->components->membership)[VECTOR(*members)[0]];
        if (kept >= 0 && c != kept)
            continue;
        report->items++;
        for (igraph_integer_t i = 0; status == LOCNET_OK && i < size; i++) {
            size_t row;
            if ((status = locnet_table_add_row(&report->table, &row)) != LOCNET_OK)
                break;
            locnet_table_set_integer(&report->table, row, 0, k + 1);
            locnet_table_set_integer(&report->table, row, 1, size);
            locnet_table_set_integer(&report->table, row, 2, c + 1);
            status = set_locality(&report->table, row, 3, report->net, VECTOR(*members)[i], true);
        }
    }
    report->group_columns = 3;
    locnet_biconnected_destroy(&blocks);
    return status;
}

static const char *plural(long long count, const char *one, const char *many)
{
    return count == 1 ? one : many;
}

/* The table view's first line: what is listed, in words. */
static void write_heading(const report_t *report, FILE *out)
{
    const locnet_components_t *components = report->components;
    long long localities = locnet_locality_count(report->net), count = components->count;
    long long items = report->items;
    igraph_integer_t kept = kept_component(report);
    if (report->view == VIEW_COMPONENTS && kept >= 0) {
        long long size = VECTOR(components->sizes)[kept];
        locnet_shown_printf(out, "%s (%s) is in component %lld of %lld, with %lld %s\n",
                text_of(report->net, LOCNET_V_NAME, report->of), text_of(report->net, LOCNET_V_ID, report->of),
                (long long)kept + 1, count, size, plural(size, "locality", "localities"));
        return;
    }
    if (report->view == VIEW_COMPONENTS) {
        long long isolated = 0;
        for (igraph_integer_t c = 0; c < components->count; c++)
            isolated += VECTOR(components->sizes)[c] == 1;
        fprintf(out, "%lld %s in %lld %s", localities, plural(localities, "locality", "localities"),
                count, plural(count, "component", "components"));
        if (count > 0)
            fprintf(out, ": the largest has %lld, ", (long long)VECTOR(components->sizes)[0]);
        if (isolated > 0)
            fprintf(out, "%lld %s isolated\n", isolated, plural(isolated, "is", "are"));
        else if (count > 0)
            fputs("none is isolated\n", out);
        else
            fputc('\n', out);
        return;
    }
    if (report->view == VIEW_CUT_VERTICES)
        fprintf(out, "%lld cut %s: %s whose loss splits %s component", items,
                plural(items, "vertex", "vertices"), plural(items, "a locality", "localities"),
                plural(items, "its", "their"));
    else if (report->view == VIEW_BRIDGES)
        fprintf(out, "%lld %s: %s whose loss splits %s component", items,
                plural(items, "bridge", "bridges"), plural(items, "a partnership", "partnerships"),
                plural(items, "its", "their"));
    else
        fprintf(out, "%lld biconnected %s: %s that no single locality's loss disconnects", items,
                plural(items, "component", "components"), plural(items, "a group", "groups"));
    if (kept >= 0)
        locnet_shown_printf(out, ", in component %lld (that of %s)", (long long)kept + 1,
                text_of(report->net, LOCNET_V_NAME, report->of));
    fputc('\n', out);
}

/* A copy of the cell at (row, column) of from into to. */
static locnet_status_t copy_cell(const locnet_table_t *from, locnet_table_t *to, size_t row, size_t column)
{
    const locnet_cell_t *cell = &from->cells[row * from->columns + column];
    switch (cell->kind) {
    case LOCNET_CELL_TEXT:
        return locnet_table_set_text(to, row, column, cell->text);
    case LOCNET_CELL_INTEGER:
        locnet_table_set_integer(to, row, column, cell->integer);
        return LOCNET_OK;
    case LOCNET_CELL_REAL:
        locnet_table_set_real(to, row, column, cell->real);
        return LOCNET_OK;
    default:
        return LOCNET_OK;
    }
}

/* The table view: the heading, then the rows with each group's leading columns shown only on
 * its first row (a group is a run of rows with the same first column). */
static locnet_status_t write_readable(const report_t *report, FILE *out)
{
    const locnet_table_t *table = &report->table;
    write_heading(report, out);
    if (table->rows == 0)
        return ferror(out) ? LOCNET_EWRITE : LOCNET_OK;
    fputc('\n', out);
    locnet_table_t grouped;
    locnet_status_t status = locnet_table_init(&grouped, table->columns, (const char *const *)table->headers);
    for (size_t r = 0; status == LOCNET_OK && r < table->rows; r++) {
        size_t row;
        if ((status = locnet_table_add_row(&grouped, &row)) != LOCNET_OK)
            break;
        bool continues = r > 0 && table->cells[r * table->columns].integer ==
                                      table->cells[(r - 1) * table->columns].integer;
        for (size_t c = continues ? report->group_columns : 0; status == LOCNET_OK && c < table->columns; c++)
            status = copy_cell(table, &grouped, r, c);
    }
    if (status == LOCNET_OK)
        status = locnet_table_write(&grouped, LOCNET_FORMAT_TABLE, out);
    locnet_table_destroy(&grouped);
    return status;
}

static locnet_status_t write_report(const void *data, locnet_format_t format, FILE *out)
{
    const report_t *report = data;
    if (format == LOCNET_FORMAT_TABLE)
        return write_readable(report, out);
    return locnet_table_write(&report->table, format, out);
}

static void print_usage(FILE *out)
{
    fputs("usage: locnet components [OPTIONS] [FILE]\n"
          "\n"
          "Show how the network holds together: its connected components (groups of localities\n"
          "linked through partnerships, directly or not), or the single localities and\n"
          "partnerships whose loss would split one. Components are numbered from 1, largest\n"
          "first; components of equal size are ordered by the name of their alphabetically\n"
          "first locality (case and diacritics ignored). A locality without a partnership is a\n"
          "component of its own.\n"
          "\n"
          "  --of NAME       only the component of the locality NAME: an id, a name or an alias,\n"
          "                  case, spacing and diacritics ignored (\"Ha Noi\" finds \"Hà Nội\");\n"
          "                  with the lists below, only the rows of that component\n"
          "  --cut-vertices  list the cut vertices (articulation points): localities whose loss\n"
          "                  splits their component\n"
          "  --bridges       list the bridges: partnerships whose loss splits their component;\n"
          "                  a pair linked by two or more partnerships is never a bridge\n"
          "  --biconnected   list the biconnected components: the largest groups of localities\n"
          "                  that no single locality's loss disconnects (a bridge's pair is such\n"
          "                  a group; an isolated locality is in none)\n"
          "\n"
          "Columns (the table view prints a heading and shows each group's leading columns once):\n"
          "  components, one row per locality, by component, then by name:\n"
          "    component, size   its component's number and size in localities\n"
          "    id, name, country, level\n"
          "  --cut-vertices, one row per cut vertex, by component, then the most cut off first:\n"
          "    component         its component's number\n"
          "    id, name          the cut vertex\n"
          "    parts             how many parts its component falls into without it (2 or more)\n"
          "    part_sizes        their sizes in localities, largest first, separated by spaces;\n"
          "                      they add up to the component's size minus one (itself)\n"
          "    cut_off           how many localities lose their link to the largest part\n"
          "  --bridges, one row per bridge, by component, then the most cut off first:\n"
          "    component         its component's number\n"
          "    a, a_name         the locality on the larger side (equal sides: the first by name)\n"
          "    b, b_name         the locality on the other side\n"
          "    a_side, b_side    the localities left on each side once the partnership is lost;\n"
          "                      they add up to the component's size\n"
          "    since, kind       the partnership's year (empty when unknown) and kind\n"
          "  --biconnected, one row per locality of each biconnected component (a cut vertex is\n"
          "  in several), by biconnected component, then by name:\n"
          "    block, size       the biconnected component's number (from 1, largest first, equal\n"
          "                      sizes by their localities' names) and size in localities\n"
          "    component         the connected component that holds it\n"
          "    id, name, country, level\n"
          "\n"
          "Exit codes: 0 success, 64 usage error, 65 bad input data or a NAME that matches no\n"
          "locality or several (the candidates are listed), 66 input missing, 70 internal error,\n"
          "73 output cannot be created, 74 write failure.\n"
          "\n",
          out);
    locnet_cli_print_common_help(out);
}

/* The options of components: --of NAME and the view. */
typedef struct request {
    const char *of;
    view_t view;
    int views;  /* how many view options were given: at most one may be */
} request_t;

static int component_option(void *context, locnet_cli_t *cli, int option, const char *argument)
{
    request_t *request = context;
    (void)cli;
    if (option == OPT_OF) {
        request->of = argument;
        return 1;
    }
    if (option == OPT_CUT_VERTICES || option == OPT_BRIDGES || option == OPT_BICONNECTED) {
        request->view = option == OPT_CUT_VERTICES ? VIEW_CUT_VERTICES
                      : option == OPT_BRIDGES      ? VIEW_BRIDGES
                                                   : VIEW_BICONNECTED;
        request->views++;
        return 1;
    }
    return 0;
}

static int check(locnet_cli_t *cli, void *context, int argc, char **argv)
{
    const request_t *request = context;
    if (request->views > 1)
        return locnet_cli_usage_error(cli, "--cut-vertices, --bridges and --biconnected exclude each other");
    return LOCNET_EXIT_OK;
}

/* Fills report's table with the rows of its view. */
static locnet_status_t list_view(report_t *report)
{
    switch (report->view) {
    case VIEW_CUT_VERTICES:
        return list_cut_vertices(report);
    case VIEW_BRIDGES:
        return list_bridges(report);
    case VIEW_BICONNECTED:
        return list_biconnected(report);
    default:
        return list_components(report);
    }
}

static int run(locnet_cli_t *cli, locnet_network_t *net, void *context)
{
    const request_t *request = context;
    locnet_components_t components;
    report_t report;
    bool computed = false;
    int code = LOCNET_EXIT_OK;
    memset(&report, 0, sizeof report);
    locnet_list_init(&report.keys);
    report.of = -1;
    report.view = request->view;
    report.net = net;
    locnet_status_t status = locnet_collation_keys(net, &report.keys);
    if (status == LOCNET_OK && (status = locnet_components_compute(net, &components)) == LOCNET_OK)
        computed = true;
    report.components = &components;
    if (status == LOCNET_OK && request->of != NULL &&
        (code = locnet_cli_find_locality(cli, net, request->of, &report.of)) != LOCNET_EXIT_OK)
        goto cleanup;
    if (status == LOCNET_OK)
        status = list_view(&report);
    if (status != LOCNET_OK) {
        fprintf(stderr, "locnet components: out of memory\n");
        code = locnet_cli_exit_code(status);
        goto cleanup;
    }
    code = locnet_cli_write(cli, write_report, &report);
cleanup:
    locnet_table_destroy(&report.table);
    locnet_list_destroy(&report.keys);
    if (computed)
        locnet_components_destroy(&components);
    return code;
}

static const struct option options[] = {
    {"of", required_argument, NULL, OPT_OF},
    {"cut-vertices", no_argument, NULL, OPT_CUT_VERTICES},
    {"bridges", no_argument, NULL, OPT_BRIDGES},
    {"biconnected", no_argument, NULL, OPT_BICONNECTED},
    {NULL, 0, NULL, 0}};

const locnet_command_hooks_t cmd_components = {
    .usage = print_usage, .options = options, .request_size = sizeof(request_t),
    .option = component_option, .prepare = check, .run = run};
