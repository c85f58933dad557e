/* io/dot/dot_palette.c: the colour, shape, line and engine tables, and the rules that give them
 * out. */
#include "io/dot/dot_palette.h"

#include <math.h>
#include <string.h>

#define COUNT_OF(array) (sizeof(array) / sizeof((array)[0]))

/* Okabe–Ito: blue, vermilion, orange, sky blue, bluish green, yellow, reddish purple. */
const char *const locnet_dot_palette[] = {"#0072b2", "#d55e00", "#e69f00", "#56b4e9",
                                          "#009e73", "#f0e442", "#cc79a7"};
const size_t locnet_dot_palette_size = COUNT_OF(locnet_dot_palette);
static const char *const reserved[][2] = {{"FR", "#0072b2"}, {"VN", "#d55e00"}};

const char *const locnet_dot_layouts[] = {"dot", "neato", "fdp", "sfdp", "circo"};
const size_t locnet_dot_layout_count = COUNT_OF(locnet_dot_layouts);

const char *const locnet_dot_lines[] = {"solid", "dashed", "dotted", "bold"};
const size_t locnet_dot_line_count = COUNT_OF(locnet_dot_lines);

const char *const locnet_dot_shapes[] = {
    "box", "circle", "component", "cylinder", "diamond", "doublecircle", "doubleoctagon", "egg",
    "ellipse", "folder", "hexagon", "house", "invhouse", "invtrapezium", "invtriangle", "note",
    "octagon", "oval", "parallelogram", "pentagon", "rectangle", "septagon", "square", "star",
    "tab", "trapezium", "triangle"};
const size_t locnet_dot_shape_count = COUNT_OF(locnet_dot_shapes);

/* Default shapes, in ladder order: bigger units first. The cycle for other levels leaves out
 * the default shapes, so that it never mimics a known level. */
static const char *const default_shapes[][2] = {
    {"country", "doubleoctagon"}, {"region", "box"},       {"province", "box"},
    {"department", "hexagon"},    {"district", "hexagon"}, {"epci", "octagon"},
    {"commune", "ellipse"},       {"city", "ellipse"},     {"town", "ellipse"},
    {"municipality", "ellipse"}};
/* Default lines of the kinds locnet/1 names, the same in every diagram. */
static const char *const default_lines[][2] = {
    {"agreement", "solid"}, {"twinning", "dashed"}, {"cochair", "dotted"}};
static const char *const shape_cycle[] = {"diamond", "house", "parallelogram", "trapezium",
                                          "cylinder", "note", "invhouse", "pentagon",
                                          "septagon", "egg"};

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

bool locnet_dot_line_valid(const char *text)
{
    return in_list(text, locnet_dot_lines, locnet_dot_line_count);
}

const char *locnet_dot_pair_lookup(const locnet_list_t *pairs, const char *key)
{
    for (size_t i = 0; pairs != NULL && i + 1 < pairs->count; i += 2) {
        if (strcmp(pairs->items[i], key) == 0)
            return pairs->items[i + 1];
    }
    return NULL;
}

static const char *table_lookup(const char *const (*table)[2], size_t count, const char *key)
{
    for (size_t i = 0; key != NULL && i < count; i++) {
        if (strcmp(table[i][0], key) == 0)
            return table[i][1];
    }
    return NULL;
}

/* Gives each of the count items without a value (NULL in chosen) the next value of cycle that
 * no item has yet, or the next one at all once each has been tried. */
static void fill_from_cycle(const char **chosen, size_t count, const char *const *cycle,
                            size_t cycle_count)
{
    size_t next = 0;
    for (size_t i = 0; i < count; i++) {
        for (size_t tries = 0; chosen[i] == NULL; tries++) {
            const char *value = cycle[next++ % cycle_count];
            bool taken = false;
            for (size_t other = 0; other < count && !taken; other++)
                taken = chosen[other] != NULL && strcmp(chosen[other], value) == 0;
            if (!taken || tries >= cycle_count)
                chosen[i] = value;
        }
    }
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

const char *locnet_dot_text_colour_on(const char *fill)
{
    double l = luminance(fill);
    return (1.05 / (l + 0.05)) > ((l + 0.05) / 0.05) ? "#ffffff" : "#000000";
}

void locnet_dot_give_colours(const char *const *names, size_t count, const locnet_list_t *pairs,
                             bool reserve, const char **colours)
{
    bool taken[COUNT_OF(locnet_dot_palette)] = {false};
    size_t chosen = 0;
    /* the largest groups without a colour of the user's: reserved colours first */
    for (size_t i = 0; i < count; i++) {
        const char *name = names != NULL ? names[i] : NULL;
        colours[i] = name != NULL ? locnet_dot_pair_lookup(pairs, name) : NULL;
        if (colours[i] != NULL)
            continue;
        if (chosen++ >= locnet_dot_palette_size) {
            colours[i] = LOCNET_DOT_OTHER_COLOUR;
            continue;
        }
        const char *own = reserve ? table_lookup(reserved, COUNT_OF(reserved), name) : NULL;
        for (size_t c = 0; own != NULL && c < locnet_dot_palette_size; c++) {
            if (strcmp(locnet_dot_palette[c], own) == 0)
                taken[c] = true;
        }
        colours[i] = own;
    }
    size_t next = 0;
    for (size_t i = 0; i < count; i++) {
        if (colours[i] != NULL)
            continue;
        while (taken[next])
            next++;
        colours[i] = locnet_dot_palette[next];
        taken[next] = true;
    }
}

size_t locnet_dot_level_rank(const char *level)
{
    for (size_t i = 0; i < COUNT_OF(default_shapes); i++) {
        if (strcmp(level, default_shapes[i][0]) == 0)
            return i;
    }
    return COUNT_OF(default_shapes);
}

void locnet_dot_give_shapes(const char *const *levels, size_t count, const locnet_list_t *pairs,
                            const char **shapes)
{
    for (size_t l = 0; l < count; l++) {
        const char *shape = locnet_dot_pair_lookup(pairs, levels[l]);
        shapes[l] = shape ? shape : table_lookup(default_shapes, COUNT_OF(default_shapes), levels[l]);
    }
    fill_from_cycle(shapes, count, shape_cycle, COUNT_OF(shape_cycle));
}

void locnet_dot_give_lines(const char *const *kinds, size_t count, const locnet_list_t *pairs,
                           const char **lines)
{
    for (size_t k = 0; k < count; k++) {
        lines[k] = locnet_dot_pair_lookup(pairs, kinds[k]);
        if (lines[k] == NULL && count > 1)  /* one kind alone is drawn solid */
            lines[k] = table_lookup(default_lines, COUNT_OF(default_lines), kinds[k]);
    }
    fill_from_cycle(lines, count, locnet_dot_lines, locnet_dot_line_count);
}
