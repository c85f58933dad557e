/* graph/projection.c: country boxes, the choice of panels, an equirectangular projection per
 * panel, then spreading out localities that would cover each other (a grid of cells one
 * spacing wide finds the near ones) and placing those without coordinates. */
#include "graph/projection.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph/growable.h"
#include "graph/id_index.h"

#define PANEL_PAD 48.0      /* points between a panel's frame and its content */
#define PANEL_GAP 108.0     /* points between two panels */
#define WIDEST 2.2          /* a panel's content is at most this many times as wide as high */
#define MIN_SPAN 1.0        /* degrees: the least extent of a box */
#define MAX_PANELS 6
#define PANEL_APART 20.0    /* degrees between two countries drawn in panels of their own */
#define MARGIN_ROW 20.0     /* points between two localities in the margin */
#define MARGIN_COLUMN 160.0 /* points between two columns of the margin */
#define GOLDEN_ANGLE 2.399963229728653
#define DEGREE 0.017453292519943295  /* radians */

typedef struct box {
    double west, east, south, north, lon_sum;
    long count;
} box_t;

typedef struct projector {
    const locnet_network_t *net;
    const locnet_projection_options_t *options;
    locnet_projection_t *out;
    igraph_vector_int_t panel_of;  /* per locality: its panel, -1 without coordinates */
    box_t *boxes;                  /* per country with coordinates, in first-seen order */
    const char **codes;
    size_t box_count, box_capacity, code_capacity;
    bool *placed;
    double cursor;                 /* where the next panel starts */
} projector_t;

void locnet_projection_options_init(locnet_projection_options_t *options)
{
    options->panel_height = 432;
    options->spacing = 30;
}

void locnet_projection_destroy(locnet_projection_t *projection)
{
    if (projection == NULL)
        return;
    igraph_vector_destroy(&projection->x);
    igraph_vector_destroy(&projection->y);
    igraph_vector_int_destroy(&projection->placement);
    for (size_t i = 0; i < projection->panel_count; i++)
        free(projection->panels[i].country);
    free(projection->panels);
    projection->panels = NULL;
    projection->panel_count = 0;
}

static bool located(const locnet_network_t *net, igraph_integer_t v)
{
    double lat = locnet_locality_number(net, LOCNET_V_LAT, v);
    double lon = locnet_locality_number(net, LOCNET_V_LON, v);
    return isfinite(lat) && isfinite(lon);
}

static void box_add(box_t *box, double lat, double lon)
{
    if (box->count == 0) {
        box->west = box->east = lon;
        box->south = box->north = lat;
    }
    box->west = fmin(box->west, lon);
    box->east = fmax(box->east, lon);
    box->south = fmin(box->south, lat);
    box->north = fmax(box->north, lat);
    box->lon_sum += lon;
    box->count++;
}

/* One box per country with coordinates; panel_of[v] is set to v's country's box. */
static locnet_status_t country_boxes(projector_t *p)
{
    locnet_id_index_t index;
    locnet_id_index_init(&index);
    locnet_status_t status = LOCNET_OK;
    igraph_integer_t n = locnet_locality_count(p->net);
    for (igraph_integer_t v = 0; v < n && status == LOCNET_OK; v++) {
        VECTOR(p->panel_of)[v] = -1;
        if (!located(p->net, v))
            continue;
        const char *code = locnet_locality_text(p->net, LOCNET_V_COUNTRY, v);
        int64_t found;
        if (!locnet_id_index_find(&index, code, &found)) {
            found = (int64_t)p->box_count;
            if ((status = LOCNET_GROW(&p->boxes, &p->box_capacity, p->box_count)) != LOCNET_OK ||
                (status = LOCNET_GROW(&p->codes, &p->code_capacity, p->box_count)) != LOCNET_OK ||
                (status = locnet_id_index_insert(&index, code, found, NULL)) != LOCNET_OK)
                break;
            memset(&p->boxes[found], 0, sizeof p->boxes[found]);
            p->codes[found] = code;
            p->box_count++;
        }
        box_add(&p->boxes[found], locnet_locality_number(p->net, LOCNET_V_LAT, v),
                locnet_locality_number(p->net, LOCNET_V_LON, v));
        VECTOR(p->panel_of)[v] = (igraph_integer_t)found;
    }
    locnet_id_index_destroy(&index);
    return status;
}

/* True when the countries are few and every two of them lie at least PANEL_APART degrees of
 * longitude or latitude apart. */
static bool countries_apart(const projector_t *p)
{
    if (p->box_count < 2 || p->box_count > MAX_PANELS)
        return false;
    for (size_t a = 0; a < p->box_count; a++) {
        for (size_t b = 0; b < a; b++) {
            const box_t *x = &p->boxes[a], *y = &p->boxes[b];
            double gap_lon = fmax(x->west - y->east, y->west - x->east);
            double gap_lat = fmax(x->south - y->north, y->south - x->north);
            if (fmax(gap_lon, gap_lat) < PANEL_APART)
                return false;
        }
    }
    return true;
}

static locnet_status_t add_panel(projector_t *p, const char *country, double x0, double x1,
                                 double y1)
{
    locnet_projection_t *out = p->out;
    locnet_panel_t *panels = realloc(out->panels, (out->panel_count + 1) * sizeof *panels);
    if (panels == NULL)
        return LOCNET_ENOMEM;
    out->panels = panels;
    locnet_panel_t *panel = &panels[out->panel_count];
    panel->country = country != NULL ? strdup(country) : NULL;
    if (country != NULL && panel->country == NULL)
        return LOCNET_ENOMEM;
    out->panel_count++;
    panel->x0 = x0;
    panel->x1 = x1;
    panel->y0 = 0;
    panel->y1 = y1;
    return LOCNET_OK;
}

/* Projects the localities of panel number `panel` (panel_of), whose box is box. */
static locnet_status_t project_panel(projector_t *p, igraph_integer_t panel, const box_t *box,
                                     const char *country)
{
    double height = p->options->panel_height;
    double k = cos((box->south + box->north) / 2 * DEGREE);
    double span_x = (box->east - box->west) * k, span_y = box->north - box->south;
    double w = fmax(span_x, MIN_SPAN * k), h = fmax(span_y, MIN_SPAN);
    double scale = fmin(height / h, WIDEST * height / w);
    double left = p->cursor + PANEL_PAD + (w - span_x) / 2 * scale;
    double bottom = PANEL_PAD + (height - span_y * scale) / 2;
    igraph_integer_t n = locnet_locality_count(p->net);
    for (igraph_integer_t v = 0; v < n; v++) {
        if (VECTOR(p->panel_of)[v] != panel)
            continue;
        double lat = locnet_locality_number(p->net, LOCNET_V_LAT, v);
        double lon = locnet_locality_number(p->net, LOCNET_V_LON, v);
        VECTOR(p->out->x)[v] = left + (lon - box->west) * k * scale;
        VECTOR(p->out->y)[v] = bottom + (lat - box->south) * scale;
        VECTOR(p->out->placement)[v] = LOCNET_PLACED_BY_COORDINATES;
    }
    double right = p->cursor + 2 * PANEL_PAD + w * scale;
    locnet_status_t status = add_panel(p, country, p->cursor, right, height + 2 * PANEL_PAD);
    p->cursor = right + PANEL_GAP;
    return status;
}

static int compare_longitudes(void *data, const void *left, const void *right)
{
    const projector_t *p = data;
    const box_t *a = &p->boxes[*(const size_t *)left], *b = &p->boxes[*(const size_t *)right];
    double mean_a = a->lon_sum / a->count, mean_b = b->lon_sum / b->count;
    return mean_a < mean_b ? -1 : mean_a > mean_b;
}

/* One panel per country, west to east, or one for all. */
static locnet_status_t project_panels(projector_t *p)
{
    igraph_integer_t n = locnet_locality_count(p->net);
    if (!countries_apart(p)) {
        box_t all = {0};
        for (igraph_integer_t v = 0; v < n; v++) {
            if (VECTOR(p->panel_of)[v] < 0)
                continue;
            box_add(&all, locnet_locality_number(p->net, LOCNET_V_LAT, v),
                    locnet_locality_number(p->net, LOCNET_V_LON, v));
            VECTOR(p->panel_of)[v] = 0;
        }
        return all.count > 0 ? project_panel(p, 0, &all, "") : LOCNET_OK;
    }
    size_t order[MAX_PANELS];
    for (size_t c = 0; c < p->box_count; c++)
        order[c] = c;
    igraph_qsort_r(order, p->box_count, sizeof order[0], p, compare_longitudes);
    locnet_status_t status = LOCNET_OK;
    for (size_t i = 0; i < p->box_count && status == LOCNET_OK; i++)
        status = project_panel(p, (igraph_integer_t)order[i], &p->boxes[order[i]],
                               p->codes[order[i]]);
    return status;
}

/* ---- spreading ------------------------------------------------------------------------------ */

typedef struct grid {
    locnet_id_index_t cells;   /* "i,j" -> the cell's number */
    igraph_integer_t *head;    /* per cell: the last locality put in it */
    size_t cell_count, head_capacity;
    igraph_integer_t *next;    /* per locality: the one put in its cell before it, or -1 */
    double size;
} grid_t;

static void cell_key(char *key, size_t size, double x, double y, const grid_t *grid, int di,
                     int dj)
{
    snprintf(key, size, "%ld,%ld", (long)floor(x / grid->size) + di,
             (long)floor(y / grid->size) + dj);
}

static bool grid_free_at(const grid_t *grid, const locnet_projection_t *out, double x, double y)
{
    char key[48];
    for (int di = -1; di <= 1; di++) {
        for (int dj = -1; dj <= 1; dj++) {
            int64_t cell;
            cell_key(key, sizeof key, x, y, grid, di, dj);
            if (!locnet_id_index_find(&grid->cells, key, &cell))
                continue;
            for (igraph_integer_t u = grid->head[cell]; u >= 0; u = grid->next[u]) {
                if (hypot(VECTOR(out->x)[u] - x, VECTOR(out->y)[u] - y) < grid->size)
                    return false;
            }
        }
    }
    return true;
}

static locnet_status_t grid_put(grid_t *grid, const locnet_projection_t *out, igraph_integer_t v)
{
    char key[48];
    cell_key(key, sizeof key, VECTOR(out->x)[v], VECTOR(out->y)[v], grid, 0, 0);
    int64_t cell = (int64_t)grid->cell_count;
    locnet_status_t status = locnet_id_index_insert(&grid->cells, key, cell, &cell);
    if (status == LOCNET_OK) {
        if ((status = LOCNET_GROW(&grid->head, &grid->head_capacity, grid->cell_count)) != LOCNET_OK)
            return status;
        grid->head[grid->cell_count++] = -1;
    } else if (status != LOCNET_EDATA) {
        return status;
    }
    grid->next[v] = grid->head[cell];
    grid->head[cell] = v;
    return LOCNET_OK;
}

/* Puts v at the first free point of a spiral around (x, y), and records it in the grid. */
static locnet_status_t place_near(projector_t *p, grid_t *grid, igraph_integer_t v, double x,
                                  double y)
{
    locnet_projection_t *out = p->out;
    double cx = x, cy = y;
    for (long step = 1; grid->size > 0 && !grid_free_at(grid, out, cx, cy); step++) {
        double radius = grid->size * 0.6 * sqrt((double)step);
        cx = x + radius * cos(step * GOLDEN_ANGLE);
        cy = y + radius * sin(step * GOLDEN_ANGLE);
    }
    VECTOR(out->x)[v] = cx;
    VECTOR(out->y)[v] = cy;
    p->placed[v] = true;
    return grid->size > 0 ? grid_put(grid, out, v) : LOCNET_OK;
}

/* Places localities without coordinates beside their parent (one with a place), passes after
 * passes so that chains of parents resolve. */
static locnet_status_t place_beside_parents(projector_t *p, grid_t *grid)
{
    const locnet_network_t *net = p->net;
    igraph_integer_t n = locnet_locality_count(net);
    locnet_id_index_t ids;
    locnet_id_index_init(&ids);
    locnet_status_t status = locnet_id_index_localities(&ids, net);
    double offset = fmax(p->options->spacing, 14);
    for (bool progress = true; progress && status == LOCNET_OK;) {
        progress = false;
        for (igraph_integer_t v = 0; v < n && status == LOCNET_OK; v++) {
            int64_t parent;
            if (p->placed[v] ||
                !locnet_id_index_find(&ids, locnet_locality_text(net, LOCNET_V_PARENT, v), &parent) ||
                !p->placed[parent])
                continue;
            status = place_near(p, grid, v, VECTOR(p->out->x)[parent] + offset,
                                VECTOR(p->out->y)[parent] - offset);
            VECTOR(p->out->placement)[v] = LOCNET_PLACED_BESIDE_PARENT;
            progress = true;
        }
    }
    locnet_id_index_destroy(&ids);
    return status;
}

/* The rest in columns of a margin panel to the right. */
static locnet_status_t place_in_margin(projector_t *p)
{
    igraph_integer_t n = locnet_locality_count(p->net);
    double height = p->options->panel_height;
    long rows = (long)fmax(1, floor(height / MARGIN_ROW)), count = 0;
    for (igraph_integer_t v = 0; v < n; v++) {
        if (p->placed[v])
            continue;
        VECTOR(p->out->x)[v] = p->cursor + PANEL_PAD + (double)(count / rows) * MARGIN_COLUMN;
        VECTOR(p->out->y)[v] = PANEL_PAD + height - (double)(count % rows) * MARGIN_ROW;
        VECTOR(p->out->placement)[v] = LOCNET_PLACED_IN_MARGIN;
        p->placed[v] = true;
        count++;
    }
    if (count == 0)
        return LOCNET_OK;
    double width = (double)((count - 1) / rows) * MARGIN_COLUMN + MARGIN_COLUMN;
    return add_panel(p, NULL, p->cursor, p->cursor + width + PANEL_PAD, height + 2 * PANEL_PAD);
}

/* Spreads the projected localities, then places the others. */
static locnet_status_t place_all(projector_t *p)
{
    igraph_integer_t n = locnet_locality_count(p->net);
    grid_t grid = {.size = p->options->spacing};
    locnet_id_index_init(&grid.cells);
    grid.next = malloc(((size_t)n + 1) * sizeof *grid.next);
    locnet_status_t status = grid.next != NULL ? LOCNET_OK : LOCNET_ENOMEM;
    for (igraph_integer_t v = 0; v < n && status == LOCNET_OK; v++) {
        if (VECTOR(p->panel_of)[v] >= 0)
            status = place_near(p, &grid, v, VECTOR(p->out->x)[v], VECTOR(p->out->y)[v]);
    }
    if (status == LOCNET_OK)
        status = place_beside_parents(p, &grid);
    if (status == LOCNET_OK)
        status = place_in_margin(p);
    locnet_id_index_destroy(&grid.cells);
    free(grid.head);
    free(grid.next);
    return status;
}

locnet_status_t locnet_projection_compute(const locnet_network_t *net,
                                          const locnet_projection_options_t *options,
                                          locnet_projection_t *projection)
{
    igraph_integer_t n = locnet_locality_count(net);
    memset(projection, 0, sizeof *projection);
    projector_t p = {.net = net, .options = options, .out = projection};
    bool made = igraph_vector_init(&projection->x, n) == IGRAPH_SUCCESS;
    made = igraph_vector_init(&projection->y, n) == IGRAPH_SUCCESS && made;
    made = igraph_vector_int_init(&projection->placement, n) == IGRAPH_SUCCESS && made;
    made = igraph_vector_int_init(&p.panel_of, n) == IGRAPH_SUCCESS && made;
    p.placed = calloc((size_t)n + 1, sizeof *p.placed);
    locnet_status_t status = made && p.placed != NULL ? LOCNET_OK : LOCNET_ENOMEM;
    if (status == LOCNET_OK)
        status = country_boxes(&p);
    if (status == LOCNET_OK)
        status = project_panels(&p);
    if (status == LOCNET_OK)
        status = place_all(&p);
    igraph_vector_int_destroy(&p.panel_of);
    free(p.boxes);
    free(p.codes);
    free(p.placed);
    if (status != LOCNET_OK)
        locnet_projection_destroy(projection);
    return status;
}
