/* io/dot/dot_palette.h: the colours, shapes, lines and engines a diagram may use, and how the
 * defaults are given out.
 *
 * Colours: Okabe and Ito's colour-blind-safe palette (2008) without its black, seven colours
 * that stay apart under every common colour-vision deficiency. France takes its blue and
 * Vietnam its vermilion whenever they get a colour (the home case looks the same in every
 * diagram); the largest other groups take the rest in order; what is left is grey, shown once
 * in the legend as "other ...". */
#ifndef LOCNET_DOT_PALETTE_H
#define LOCNET_DOT_PALETTE_H

#include <stdbool.h>
#include <stddef.h>

#include "graph/list_codec.h"

/* The grey of groups beyond the palette. */
#define LOCNET_DOT_OTHER_COLOUR "#bbbbbb"

/* The palette, in the order colours are given out. */
extern const char *const locnet_dot_palette[];
extern const size_t locnet_dot_palette_size;

/* Gives colours to count groups sorted largest first (names[i], may be NULL for numbered
 * groups): a colour from pairs (name, colour; may be NULL) first, then the reserved FR and VN
 * colours when reserve is true, then the palette; groups past the palette's size get
 * LOCNET_DOT_OTHER_COLOUR. colours[i] receives static or pairs-owned strings. */
void locnet_dot_give_colours(const char *const *names, size_t count, const locnet_list_t *pairs,
                             bool reserve, const char **colours);

/* True for a colour the palette accepts: #rgb or #rrggbb (hexadecimal digits). */
bool locnet_dot_colour_valid(const char *text);
/* Black or white, whichever contrasts more with a valid fill colour. */
const char *locnet_dot_text_colour_on(const char *fill);

/* The node shapes a style may use: Graphviz's polygon shapes, without the record shapes, which
 * would give { } | < > a meaning in labels. */
extern const char *const locnet_dot_shapes[];
extern const size_t locnet_dot_shape_count;
/* True for one of locnet_dot_shapes. */
bool locnet_dot_shape_valid(const char *text);
/* Gives shapes to count levels (sorted with locnet_dot_level_rank): pairs first, then the
 * defaults (region and province box, department and district hexagon, epci octagon, commune,
 * city, town and municipality ellipse), then the first shape of a cycle (diamond, house, ...)
 * that no level has yet. */
void locnet_dot_give_shapes(const char *const *levels, size_t count, const locnet_list_t *pairs,
                            const char **shapes);
/* Where a level stands in the ladder of known levels (bigger units first); unknown levels come
 * after every known one. */
size_t locnet_dot_level_rank(const char *level);

/* The lines a kind may be drawn with: solid, dashed, dotted, bold. */
extern const char *const locnet_dot_lines[];
extern const size_t locnet_dot_line_count;
/* True for one of locnet_dot_lines. */
bool locnet_dot_line_valid(const char *text);
/* Gives lines to count kinds sorted most partnerships first: pairs first, then, when there are
 * several kinds, the defaults (agreement solid, twinning dashed, cochair dotted, in every
 * diagram), then the first of solid, dashed, dotted, bold that no kind has yet (over again past
 * four). One kind alone is solid. */
void locnet_dot_give_lines(const char *const *kinds, size_t count, const locnet_list_t *pairs,
                           const char **lines);

/* The layout engines a style may name: dot, neato, fdp, sfdp, circo. */
extern const char *const locnet_dot_layouts[];
extern const size_t locnet_dot_layout_count;
/* True for one of locnet_dot_layouts. */
bool locnet_dot_layout_valid(const char *text);

/* The value paired with key in a key, value list (may be NULL), or NULL. */
const char *locnet_dot_pair_lookup(const locnet_list_t *pairs, const char *key);

#endif
