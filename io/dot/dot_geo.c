/* io/dot/dot_geo.c: a map's panels. Each panel is a frame node (a dashed rounded box with the
 * country's code at the top), pinned like every node at the position the style's map gives,
 * and written before the localities so that they are drawn over it. Positions are written in
 * inches with "!", which neato keeps as they are (as neato -n2 would). */
#include <string.h>

#include "io/dot/dot_escape.h"
#include "io/dot/dot_internal.h"

void dot_write_map_panels(dot_writer_t *w)
{
    const locnet_projection_t *map = w->style->map;
    FILE *out = w->out;
    for (size_t p = 0; p < map->panel_count; p++) {
        const locnet_panel_t *panel = &map->panels[p];
        const char *label = panel->country == NULL ? "without coordinates" : panel->country;
        fprintf(out, "  \"%spanel%zu\" [label=", w->own_prefix, p);
        locnet_dot_write_label(out, label);
        fputs(", tooltip=\"panel\", shape=\"box\", style=\"rounded,dashed\", color=\"#999999\", "
              "fontcolor=\"#555555\", fontsize=\"16\", labelloc=\"t\", fixedsize=\"true\", "
              "width=\"",
              out);
        dot_write_number(out, (panel->x1 - panel->x0) / 72, 2);
        fputs("\", height=\"", out);
        dot_write_number(out, (panel->y1 - panel->y0) / 72, 2);
        fputc('"', out);
        dot_write_position(out, (panel->x0 + panel->x1) / 2, (panel->y0 + panel->y1) / 2);
        fputs("];\n", out);
    }
}
