/* io/diagnostics.c: a bounded, sortable list of formatted problem messages. */
#include "io/diagnostics.h"

#include "graph/growable.h"
#include "io/shown.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void locnet_diagnostics_init(locnet_diagnostics_t *diagnostics)
{
    memset(diagnostics, 0, sizeof *diagnostics);
    diagnostics->limit = LOCNET_DIAGNOSTICS_DEFAULT_LIMIT;
}

void locnet_diagnostics_destroy(locnet_diagnostics_t *diagnostics)
{
    if (diagnostics == NULL)
        return;
    for (size_t i = 0; i < diagnostics->count; i++)
        free(diagnostics->items[i].text);
    free(diagnostics->items);
    diagnostics->items = NULL;
    diagnostics->count = diagnostics->capacity = diagnostics->dropped = 0;
}

/* Formats into a new string, or NULL when out of memory. */
static char *format_message(const char *file, long line, long column, const char *format,
                            va_list args) __attribute__((format(printf, 4, 0)));

static char *format_message(const char *file, long line, long column, const char *format,
                            va_list args)
{
    va_list copy;
    va_copy(copy, args);
    int body = vsnprintf(NULL, 0, format, copy);
    va_end(copy);
    int head = line > 0 ? snprintf(NULL, 0, "%s:%ld:%ld: ", file, line, column)
                        : snprintf(NULL, 0, "%s: ", file);
    if (body < 0 || head < 0)
        return NULL;
    char *text = malloc((size_t)head + (size_t)body + 1);
    if (text == NULL)
        return NULL;
    if (line > 0)
        snprintf(text, (size_t)head + 1, "%s:%ld:%ld: ", file, line, column);
    else
        snprintf(text, (size_t)head + 1, "%s: ", file);
    vsnprintf(text + head, (size_t)body + 1, format, args);
    return text;
}

void locnet_diagnostics_add(locnet_diagnostics_t *diagnostics, const char *file, long line,
                            long column, const char *format, ...)
{
    if (diagnostics->count >= diagnostics->limit)
        goto dropped;
    if (LOCNET_GROW(&diagnostics->items, &diagnostics->capacity, diagnostics->count) != LOCNET_OK)
        goto dropped;
    va_list args;
    va_start(args, format);
    char *text = format_message(file, line, column, format, args);
    va_end(args);
    /* the message quotes the input: shown, it cannot act on the terminal it is printed to */
    char *shown = text != NULL ? locnet_shown_copy(text) : NULL;
    free(text);
    text = shown;
    if (text == NULL)
        goto dropped;
    diagnostics->items[diagnostics->count] = (locnet_diagnostic_t){
        .line = line, .column = column, .order = diagnostics->count, .text = text};
    diagnostics->count++;
    return;
dropped:
    diagnostics->dropped++;
}

void locnet_diagnostics_move(locnet_diagnostics_t *to, locnet_diagnostics_t *from)
{
    for (size_t i = 0; i < from->count; i++) {
        locnet_diagnostic_t item = from->items[i];
        if (to->count >= to->limit ||
            LOCNET_GROW(&to->items, &to->capacity, to->count) != LOCNET_OK) {
            free(item.text);
            to->dropped++;
            continue;
        }
        item.order = to->count;
        to->items[to->count++] = item;
    }
    to->dropped += from->dropped;
    from->count = from->dropped = 0;
}

size_t locnet_diagnostics_total(const locnet_diagnostics_t *diagnostics)
{
    return diagnostics->count + diagnostics->dropped;
}

static int compare_positions(const void *left, const void *right)
{
    const locnet_diagnostic_t *a = left, *b = right;
    if (a->line != b->line)
        return a->line < b->line ? -1 : 1;
    if (a->column != b->column)
        return a->column < b->column ? -1 : 1;
    return a->order < b->order ? -1 : (a->order > b->order);
}

void locnet_diagnostics_sort(locnet_diagnostics_t *diagnostics)
{
    locnet_diagnostics_sort_from(diagnostics, 0);
}

void locnet_diagnostics_sort_from(locnet_diagnostics_t *diagnostics, size_t first)
{
    if (diagnostics->count > first + 1)
        qsort(diagnostics->items + first, diagnostics->count - first, sizeof *diagnostics->items,
              compare_positions);
}

void locnet_diagnostics_print(const locnet_diagnostics_t *diagnostics, FILE *out)
{
    for (size_t i = 0; i < diagnostics->count; i++)
        fprintf(out, "%s\n", diagnostics->items[i].text);
    if (diagnostics->dropped > 0)
        fprintf(out, "locnet: %zu more problem%s not shown\n", diagnostics->dropped,
                diagnostics->dropped == 1 ? "" : "s");
}
