/* io/dot/dot_legend.c: the legend, drawn with what the diagram draws: a table of colour
 * swatches, one node of each level's shape, a table of line samples (cells whose bottom border
 * has the kind's line), and what the size shows. Its nodes stand in a column beside the
 * network: the last rank of dot's left-to-right layout (rank="sink"), or pinned to the right
 * of a map's panels. Invisible edges chain the nodes so that they stay in order and together.
 * The force-directed engines (neato, fdp, sfdp, circo) cannot keep such a column beside the
 * network (neato stops packing components apart once a node is pinned; sfdp pins nothing):
 * there the legend is the graph's label, under the network, where a level's shape is a
 * bordered cell (box, rectangle, square), a rounded one (ellipse, oval, circle) or, for the
 * others, its name; so it is too with the style's legend_below. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "io/dot/dot_escape.h"
#include "io/dot/dot_internal.h"

#define ROW_HEIGHT 21.0     /* points per row of a legend table */
#define SHAPE_HEIGHT 38.0   /* points per level node (0.38 inch high), with the gap under it */
#define LEGEND_GAP 10.0
#define LEGEND_WIDTH 190    /* points: every table and shape is this wide, so that the column
                               reads as one block */
#define LEGEND_FONT 14       /* points */
#define LABEL_FONT_MAX 28    /* points: a graph label's legend grows with the network up to this */

typedef enum legend_mode { LEGEND_RANK, LEGEND_PINNED, LEGEND_LABEL } legend_mode_t;

typedef struct legend {
    dot_writer_t *w;
    legend_mode_t mode;
    size_t count;           /* nodes written */
    double y;               /* points: the top of the next node (pinned legends) */
    double x;
    int font;               /* points */
} legend_t;

/* Opens legend node number legend->count, centred at the next place of the column for a
 * node height points high. */
static void open_node(legend_t *legend, double height)
{
    FILE *out = legend->w->out;
    fprintf(out, "  \"%slegend%zu\" [", legend->w->own_prefix, legend->count++);
    fputs("tooltip=\"legend\"", out);
    if (legend->mode == LEGEND_PINNED)
        dot_write_position(out, legend->x, legend->y - height / 2);
    fputs(", ", out);
    legend->y -= height + LEGEND_GAP;
}

static void write_heading_row(const legend_t *legend, const char *heading, const char *detail)
{
    FILE *out = legend->w->out;
    fputs("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>", out);
    locnet_dot_write_html_text(out, heading);
    fputs("</B>", out);
    if (detail != NULL) {
        fprintf(out, " <FONT POINT-SIZE=\"%d\">(", legend->font * 11 / 14);
        locnet_dot_write_html_text(out, detail);
        fputs(")</FONT>", out);
    }
    fputs("</TD></TR>\n", out);
}

/* A table of rows rows: a node of its own, or a cell of the graph label's row. */
static void open_table(legend_t *legend, size_t rows)
{
    FILE *out = legend->w->out;
    if (legend->mode == LEGEND_LABEL) {
        fputs("<TR><TD ALIGN=\"LEFT\">", out);
    } else {
        open_node(legend, (double)rows * ROW_HEIGHT + 6);
        fprintf(out, "shape=\"plain\", style=\"\", fontsize=\"%d\", label=<", legend->font);
    }
    fprintf(out, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"1\" "
                 "WIDTH=\"%d\">\n",
            LEGEND_WIDTH);
}

static void close_table(legend_t *legend)
{
    fputs(legend->mode == LEGEND_LABEL ? "</TABLE></TD></TR>\n" : "</TABLE>>];\n", legend->w->out);
}

/* The text of colour group g: a country or level, or a part's name or number. */
static void write_group_name(FILE *out, const dot_writer_t *w, size_t g)
{
    const char *value = w->colours->values.items[g];
    if (w->colours != &w->parts) {
        locnet_dot_write_html_text(out, value);
        return;
    }
    long part = strtol(value, NULL, 10);
    const locnet_list_t *names = w->style->partition.names;
    if (names != NULL && part >= 0 && (size_t)part < names->count)
        locnet_dot_write_html_text(out, names->items[part]);
    else
        fprintf(out, "%ld", part + 1);
}

/* The colour swatches: coloured groups, then the grey of the others. */
static void write_colours(legend_t *legend)
{
    const dot_writer_t *w = legend->w;
    const dot_groups_t *groups = w->colours;
    const locnet_dot_style_t *style = w->style;
    FILE *out = w->out;
    size_t shown = 0, others = 0;
    long other_items = 0;
    for (size_t g = 0; g < groups->values.count; g++) {
        bool grey = strcmp(groups->colours[g], LOCNET_DOT_OTHER_COLOUR) == 0;
        shown += !grey;
        others += grey;
        other_items += grey ? groups->counts[g] : 0;
    }
    bool partition = groups == &w->parts;
    const char *heading = partition ? style->partition.title : "Country";
    open_table(legend, shown + (others > 0) + 1);
    write_heading_row(legend, heading != NULL ? heading : "Group",
                      partition ? style->partition.method : NULL);
    int width = 2 * legend->font;  /* a swatch, as wide as two lines of text are high */
    for (size_t g = 0; g < groups->values.count; g++) {
        if (strcmp(groups->colours[g], LOCNET_DOT_OTHER_COLOUR) == 0)
            continue;
        fprintf(out, "<TR><TD BGCOLOR=\"%s\" WIDTH=\"%d\" HEIGHT=\"%d\"></TD><TD ALIGN=\"LEFT\">",
                groups->colours[g], width, legend->font);
        write_group_name(out, w, g);
        fprintf(out, " (%ld)</TD></TR>\n", groups->counts[g]);
    }
    if (others > 0)
        fprintf(out, "<TR><TD BGCOLOR=\"%s\" WIDTH=\"%d\" HEIGHT=\"%d\"></TD><TD ALIGN=\"LEFT\">"
                     "%zu other %s (%ld)</TD></TR>\n",
                LOCNET_DOT_OTHER_COLOUR, width, legend->font, others,
                partition ? (style->partition.plural != NULL ? style->partition.plural : "groups")
                          : (others == 1 ? "country" : "countries"),
                other_items);
    close_table(legend);
}

/* A level's shape drawn in a table cell (the graph label's legend): a bordered cell, a
 * rounded one, or the shape's name; sized to the legend's font. */
static void write_shape_cell(const legend_t *legend, const char *shape, const char *fill)
{
    FILE *out = legend->w->out;
    bool box = strcmp(shape, "box") == 0 || strcmp(shape, "rectangle") == 0 ||
               strcmp(shape, "square") == 0;
    bool round = strcmp(shape, "ellipse") == 0 || strcmp(shape, "oval") == 0 ||
                 strcmp(shape, "circle") == 0;
    if (box || round)
        fprintf(out, "<TD><TABLE BORDER=\"1\" CELLSPACING=\"0\"%s><TR><TD BGCOLOR=\"%s\" "
                     "WIDTH=\"%d\" HEIGHT=\"%d\"></TD></TR></TABLE></TD>",
                round ? " STYLE=\"ROUNDED\"" : "", fill, legend->font * 12 / 7,
                legend->font * 5 / 7);
    else
        fprintf(out, "<TD><I>%s</I></TD>", shape);
}

/* One node per level, of its shape, filled with its colour when colours follow levels (in a
 * graph label: one row per level). */
static void write_levels(legend_t *legend)
{
    dot_writer_t *w = legend->w;
    FILE *out = w->out;
    bool coloured = w->colours == &w->levels;
    size_t count = w->levels.values.count;
    open_table(legend, legend->mode == LEGEND_LABEL ? count + 1 : 1);
    write_heading_row(legend, "Level", NULL);
    for (size_t l = 0; legend->mode == LEGEND_LABEL && l < count; l++) {
        fputs("<TR>", out);
        write_shape_cell(legend, w->levels.styles[l], coloured ? w->levels.colours[l] : "#ffffff");
        fputs("<TD ALIGN=\"LEFT\">", out);
        locnet_dot_write_html_text(out, w->levels.values.items[l]);
        fprintf(out, " (%ld)</TD></TR>\n", w->levels.counts[l]);
    }
    close_table(legend);
    for (size_t l = 0; legend->mode != LEGEND_LABEL && l < count; l++) {
        open_node(legend, SHAPE_HEIGHT - LEGEND_GAP);
        fprintf(out, "shape=\"%s\", width=\"%.2f\", height=\"0.38\", fontsize=\"%d\", "
                     "fillcolor=\"%s\", fontcolor=\"%s\", label=<",
                w->levels.styles[l], LEGEND_WIDTH / 72.0, legend->font, coloured ? w->levels.colours[l] : "#ffffff",
                coloured ? locnet_dot_text_colour_on(w->levels.colours[l]) : "#000000");
        locnet_dot_write_html_text(out, w->levels.values.items[l]);
        fprintf(out, " (%ld)>];\n", w->levels.counts[l]);
    }
}

/* Line samples, then what sizes show. */
static void write_lines(legend_t *legend)
{
    dot_writer_t *w = legend->w;
    FILE *out = w->out;
    const char *size = w->size_max > 0 ? w->style->size_label : NULL;
    size_t kinds = w->kinds.values.count;
    if (kinds == 0 && size == NULL)
        return;
    open_table(legend, (kinds > 0 ? kinds + 1 : 0) + (size != NULL));
    if (kinds > 0)
        write_heading_row(legend, "Partnership", NULL);
    for (size_t k = 0; k < kinds; k++) {
        const char *line = w->kinds.styles[k];
        bool bold = strcmp(line, "bold") == 0;
        /* the sample is the bottom border of the upper half of the cell: a line at mid-row */
        fprintf(out, "<TR><TD><TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR>"
                     "<TD BORDER=\"%d\" SIDES=\"B\" COLOR=\"#4d4d4d\" WIDTH=\"%d\" HEIGHT=\"%d\"",
                bold ? 3 : 1, 2 * legend->font, legend->font / 2);
        if (strcmp(line, "dashed") == 0 || strcmp(line, "dotted") == 0)
            fprintf(out, " STYLE=\"%s\"", line);
        fprintf(out, "></TD></TR><TR><TD HEIGHT=\"%d\"></TD></TR></TABLE></TD><TD ALIGN=\"LEFT\">",
                legend->font / 2);
        locnet_dot_write_html_text(out, w->kinds.values.items[k]);
        fprintf(out, " (%ld)</TD></TR>\n", w->kinds.counts[k]);
    }
    if (size != NULL) {
        fputs("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Size</B>: ", out);
        locnet_dot_write_html_text(out, size);
        fputs("</TD></TR>\n", out);
    }
    close_table(legend);
}

/* Where a pinned legend's column starts: right of the map, or at the origin. */
static void legend_origin(legend_t *legend)
{
    const locnet_projection_t *map = legend->w->style->map;
    legend->x = 0;
    legend->y = 0;
    for (size_t p = 0; map != NULL && p < map->panel_count; p++) {
        legend->x = p == 0 || map->panels[p].x1 > legend->x ? map->panels[p].x1 : legend->x;
        legend->y = p == 0 || map->panels[p].y1 > legend->y ? map->panels[p].y1 : legend->y;
    }
    if (map != NULL)  /* room for the names of the localities at the panel's edge */
        legend->x += LEGEND_WIDTH / 2.0 + 140;
}

/* The font of a graph label's legend: a force-directed layout grows with its localities (about
 * as the square root of their number), and so does the legend, so that it stays as legible as
 * the names when the picture is shrunk to fit a page. */
static int label_font(const dot_writer_t *w)
{
    double grown = LEGEND_FONT * sqrt((double)locnet_locality_count(w->net)) / 6;
    return (int)lround(fmin(fmax(grown, LEGEND_FONT), LABEL_FONT_MAX));
}

locnet_status_t dot_write_legend(dot_writer_t *w)
{
    FILE *out = w->out;
    const char *engine = w->style->layout;
    legend_t legend = {.w = w};
    legend.mode = w->pinned                                                ? LEGEND_PINNED
                  : strcmp(engine, "dot") == 0 && !w->style->legend_below ? LEGEND_RANK
                                                                           : LEGEND_LABEL;
    legend_origin(&legend);
    if (legend.mode == LEGEND_RANK)
        fputs("  subgraph \"legend\" { rank=\"sink\";\n", out);
    legend.font = legend.mode == LEGEND_LABEL ? label_font(w) : LEGEND_FONT;
    if (legend.mode == LEGEND_LABEL)
        fprintf(out, "  labelloc=\"b\"; labeljust=\"l\"; fontsize=\"%d\";\n"
                     "  label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\">\n",
                legend.font);
    if (w->colours != &w->levels)
        write_colours(&legend);
    write_levels(&legend);
    write_lines(&legend);
    if (legend.mode == LEGEND_LABEL)
        fputs("</TABLE>>;\n", out);
    for (size_t i = 0; i + 1 < legend.count; i++)
        fprintf(out, "  \"%slegend%zu\" -- \"%slegend%zu\" [style=\"invis\"];\n", w->own_prefix, i,
                w->own_prefix, i + 1);
    if (legend.mode == LEGEND_RANK)
        fputs("  }\n", out);
    return LOCNET_OK;
}
