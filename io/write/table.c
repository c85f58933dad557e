/* io/write/table.c: one table, four formats. */
#include "io/write/table.h"

#include <math.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "graph/chunks.h"
#include "io/shown.h"
#include "io/write/csv_cell.h"

locnet_status_t locnet_format_parse(const char *name, locnet_format_t *format)
{
    static const char *const names[] = {"table", "csv", "json", "md"};
    for (int i = 0; i < 4; i++) {
        if (strcmp(name, names[i]) == 0) {
            *format = (locnet_format_t)i;
            return LOCNET_OK;
        }
    }
    return LOCNET_EUSAGE;
}

locnet_status_t locnet_table_init(locnet_table_t *table, size_t columns,
                                  const char *const *headers)
{
    memset(table, 0, sizeof *table);
    table->headers = calloc(columns, sizeof *table->headers);
    table->decimals = calloc(columns, sizeof *table->decimals);
    if (table->headers == NULL || table->decimals == NULL) {
        locnet_table_destroy(table);
        return LOCNET_ENOMEM;
    }
    table->columns = columns;
    for (size_t c = 0; c < columns; c++) {
        table->decimals[c] = 6;
        if ((table->headers[c] = strdup(headers[c])) == NULL) {
            locnet_table_destroy(table);
            return LOCNET_ENOMEM;
        }
    }
    return LOCNET_OK;
}

void locnet_table_destroy(locnet_table_t *table)
{
    if (table == NULL)
        return;
    for (size_t c = 0; table->headers != NULL && c < table->columns; c++)
        free(table->headers[c]);
    for (size_t i = 0; i < table->rows * table->columns; i++) {
        if (!table->cells[i].borrowed)
            free(table->cells[i].text);
    }
    free(table->headers);
    free(table->decimals);
    free(table->cells);
    memset(table, 0, sizeof *table);
}

locnet_status_t locnet_table_reserve(locnet_table_t *table, size_t rows)
{
    if (rows <= table->capacity)
        return LOCNET_OK;
    locnet_cell_t *cells = realloc(table->cells, rows * table->columns * sizeof *cells);
    if (cells == NULL)
        return LOCNET_ENOMEM;
    table->cells = cells;
    table->capacity = rows;
    return LOCNET_OK;
}

locnet_status_t locnet_table_add_row(locnet_table_t *table, size_t *row)
{
    if (table->rows == table->capacity &&
        locnet_table_reserve(table, table->capacity ? table->capacity * 2 : 16) != LOCNET_OK)
        return LOCNET_ENOMEM;
    memset(&table->cells[table->rows * table->columns], 0, table->columns * sizeof *table->cells);
    *row = table->rows++;
    return LOCNET_OK;
}

static locnet_cell_t *cell_at(const locnet_table_t *table, size_t row, size_t column)
{
    return &table->cells[row * table->columns + column];
}

locnet_status_t locnet_table_set_text(locnet_table_t *table, size_t row, size_t column,
                                      const char *text)
{
    locnet_cell_t *cell = cell_at(table, row, column);
    if (!cell->borrowed)
        free(cell->text);
    cell->text = NULL;
    cell->borrowed = false;
    cell->kind = LOCNET_CELL_EMPTY;
    if (text == NULL)
        return LOCNET_OK;
    if ((cell->text = strdup(text)) == NULL)
        return LOCNET_ENOMEM;
    cell->kind = LOCNET_CELL_TEXT;
    return LOCNET_OK;
}

void locnet_table_set_text_borrowed(locnet_table_t *table, size_t row, size_t column,
                                    const char *text)
{
    locnet_table_set_text(table, row, column, NULL);  /* cannot fail: nothing to copy */
    locnet_cell_t *cell = cell_at(table, row, column);
    cell->text = (char *)text;
    cell->borrowed = true;
    cell->kind = LOCNET_CELL_TEXT;
}

locnet_status_t locnet_table_set_list(locnet_table_t *table, size_t row, size_t column,
                                      const locnet_list_t *items)
{
    locnet_status_t status = locnet_table_set_text(table, row, column, NULL);
    char *array = NULL;
    if (status == LOCNET_OK && items->count > 0)
        status = locnet_list_encode(items, &array);
    if (status != LOCNET_OK)
        return status;
    const char *json = array != NULL ? array : "[]";
    size_t joined = 0;
    for (size_t i = 0; i < items->count; i++)
        joined += strlen(items->items[i]) + 1;
    char *text = malloc(joined + strlen(json) + 2);
    if (text == NULL) {
        free(array);
        return LOCNET_ENOMEM;
    }
    char *at = text;
    for (size_t i = 0; i < items->count; i++) {
        if (i > 0)
            *at++ = ';';
        size_t length = strlen(items->items[i]);
        memcpy(at, items->items[i], length);
        at += length;
    }
    *at++ = '\0';
    strcpy(at, json);
    free(array);
    locnet_cell_t *cell = cell_at(table, row, column);
    cell->text = text;
    cell->kind = LOCNET_CELL_LIST;
    return LOCNET_OK;
}

void locnet_table_set_integer(locnet_table_t *table, size_t row, size_t column, long long value)
{
    locnet_cell_t *cell = cell_at(table, row, column);
    cell->kind = LOCNET_CELL_INTEGER;
    cell->integer = value;
}

void locnet_table_set_real(locnet_table_t *table, size_t row, size_t column, double value)
{
    locnet_cell_t *cell = cell_at(table, row, column);
    cell->kind = isnan(value) ? LOCNET_CELL_EMPTY : LOCNET_CELL_REAL;
    cell->real = value;
}

void locnet_table_set_decimals(locnet_table_t *table, size_t column, int decimals)
{
    table->decimals[column] = decimals;
}

/* The text of a cell in the given format; buffer holds numbers. */
static const char *cell_text(const locnet_table_t *table, const locnet_cell_t *cell, size_t column,
                             bool for_humans, char *buffer, size_t size)
{
    switch (cell->kind) {
    case LOCNET_CELL_TEXT:
    case LOCNET_CELL_LIST:  /* the joined items */
        return cell->text;
    case LOCNET_CELL_INTEGER:
        snprintf(buffer, size, "%lld", cell->integer);
        return buffer;
    case LOCNET_CELL_REAL:
        if (for_humans)
            snprintf(buffer, size, "%.*f", table->decimals[column], cell->real);
        else
            locnet_format_real(cell->real, buffer, size);
        return buffer;
    default:
        return "";
    }
}

static bool column_is_numeric(const locnet_table_t *table, size_t column)
{
    bool any = false;
    for (size_t r = 0; r < table->rows; r++) {
        locnet_cell_kind_t kind = cell_at(table, r, column)->kind;
        if (kind == LOCNET_CELL_TEXT || kind == LOCNET_CELL_LIST)
            return false;
        any |= kind != LOCNET_CELL_EMPTY;
    }
    return any;
}

static void pad(FILE *out, size_t count)
{
    for (size_t i = 0; i < count; i++)
        fputc(' ', out);
}

static void write_aligned(const locnet_table_t *table, FILE *out)
{
    size_t *widths = calloc(table->columns, sizeof *widths);
    bool *numeric = calloc(table->columns, sizeof *numeric);
    char buffer[400];
    if (widths == NULL || numeric == NULL)
        goto cleanup;
    for (size_t c = 0; c < table->columns; c++) {
        numeric[c] = column_is_numeric(table, c);
        widths[c] = locnet_shown_width(table->headers[c]);
        for (size_t r = 0; r < table->rows; r++) {
            size_t w = locnet_shown_width(cell_text(table, cell_at(table, r, c), c, true, buffer, sizeof buffer));
            if (w > widths[c])
                widths[c] = w;
        }
    }
    for (size_t r = 0; r <= table->rows; r++) {
        size_t spaces = 0;  /* padding not yet written: none is written at the end of a line */
        for (size_t c = 0; c < table->columns; c++) {
            const char *text = r == 0 ? table->headers[c]
                                      : cell_text(table, cell_at(table, r - 1, c), c, true, buffer, sizeof buffer);
            size_t gap = widths[c] - locnet_shown_width(text);
            spaces += (c > 0 ? 2 : 0) + (numeric[c] ? gap : 0);
            if (text[0] != '\0') {
                pad(out, spaces);
                locnet_shown_write(out, text);
                spaces = 0;
            }
            spaces += numeric[c] ? 0 : gap;
        }
        fputc('\n', out);
    }
cleanup:
    free(widths);
    free(numeric);
}

/* Writes rows [first, end) as CSV; text cells are guarded against formulas when guard is set,
 * numbers never are. */
static void write_csv_rows(const locnet_table_t *table, bool guard, size_t first, size_t end,
                           FILE *out)
{
    char buffer[400];
    for (size_t r = first; r < end; r++) {
        for (size_t c = 0; c < table->columns; c++) {
            if (c > 0)
                fputc(',', out);
            const locnet_cell_t *cell = cell_at(table, r, c);
            bool text = cell->kind == LOCNET_CELL_TEXT || cell->kind == LOCNET_CELL_LIST;
            locnet_csv_put_cell(out, cell_text(table, cell, c, false, buffer, sizeof buffer),
                                guard && text);
        }
        fputs("\r\n", out);
    }
}

/* Rows from which writing the second half on another core pays for itself. */
#define HALVES_FROM 20000

/* The second half of a large table, written into memory on another core. */
typedef struct csv_half {
    const locnet_table_t *table;
    bool guard;
    size_t first;
    char *text;     /* what was written (free), or NULL when it could not be */
    size_t length;
} csv_half_t;

/* Formatting reads only the table, whose cells are plain values and borrowed texts. */
static void *write_half(void *data)
{
    csv_half_t *half = data;
    FILE *memory = open_memstream(&half->text, &half->length);
    if (memory == NULL)
        return NULL;
    write_csv_rows(half->table, half->guard, half->first, half->table->rows, memory);
    bool failed = ferror(memory) != 0;
    if (fclose(memory) != 0 || failed) {
        free(half->text);
        half->text = NULL;
    }
    return NULL;
}

/* The header, then the rows: a large table's second half formatted on another core while this
 * one writes the first, then copied after it. */
static void write_csv(const locnet_table_t *table, bool guard, FILE *out)
{
    for (size_t c = 0; c < table->columns; c++) {
        if (c > 0)
            fputc(',', out);
        locnet_csv_put_cell(out, table->headers[c], guard);
    }
    fputs("\r\n", out);
    size_t middle = table->rows;
    csv_half_t second = {table, guard, table->rows / 2, NULL, 0};
    pthread_t thread;
    if (table->rows >= HALVES_FROM && locnet_chunks_processors() > 1 &&
        pthread_create(&thread, NULL, write_half, &second) == 0)
        middle = second.first;
    write_csv_rows(table, guard, 0, middle, out);
    if (middle == table->rows)
        return;
    pthread_join(thread, NULL);
    if (second.text != NULL)
        fwrite(second.text, 1, second.length, out);
    else  /* no memory for it there: written here */
        write_csv_rows(table, guard, middle, table->rows, out);
    free(second.text);
}

static void write_json(const locnet_table_t *table, FILE *out)
{
    char buffer[400];
    fputs("[", out);
    for (size_t r = 0; r < table->rows; r++) {
        cJSON *object = cJSON_CreateObject();
        for (size_t c = 0; object != NULL && c < table->columns; c++) {
            const locnet_cell_t *cell = cell_at(table, r, c);
            if (cell->kind == LOCNET_CELL_TEXT)
                cJSON_AddStringToObject(object, table->headers[c], cell->text);
            else if (cell->kind == LOCNET_CELL_EMPTY)
                cJSON_AddNullToObject(object, table->headers[c]);
            else if (cell->kind == LOCNET_CELL_LIST)  /* the array after the joined items */
                cJSON_AddRawToObject(object, table->headers[c], cell->text + strlen(cell->text) + 1);
            else
                cJSON_AddRawToObject(object, table->headers[c],
                                     cell_text(table, cell, c, false, buffer, sizeof buffer));
        }
        char *text = object != NULL ? cJSON_PrintUnformatted(object) : NULL;
        cJSON_Delete(object);
        fprintf(out, "%s\n  %s", r ? "," : "", text != NULL ? text : "null");
        cJSON_free(text);
    }
    fputs(table->rows ? "\n]\n" : "]\n", out);
}

/* Shown (control characters escaped), then with Markdown's | and \\ escaped. */
static void write_md_field(const char *text, FILE *out)
{
    char *shown = locnet_shown_copy(text);
    for (const char *p = shown != NULL ? shown : "(out of memory)"; *p; p++) {
        if (*p == '|' || *p == '\\')
            fputc('\\', out);
        fputc(*p, out);
    }
    free(shown);
}

static void write_md(const locnet_table_t *table, FILE *out)
{
    char buffer[400];
    for (size_t r = 0; r <= table->rows + 1; r++) {
        fputc('|', out);
        for (size_t c = 0; c < table->columns; c++) {
            fputc(' ', out);
            if (r == 1)
                fputs(column_is_numeric(table, c) ? "--:" : "---", out);
            else
                write_md_field(r == 0 ? table->headers[c]
                                      : cell_text(table, cell_at(table, r - 2, c), c, true, buffer, sizeof buffer),
                               out);
            fputs(" |", out);
        }
        fputc('\n', out);
    }
}

locnet_status_t locnet_table_write(const locnet_table_t *table, locnet_format_t format, FILE *out)
{
    switch (format) {
    case LOCNET_FORMAT_CSV:
    case LOCNET_FORMAT_CSV_RAW:
        write_csv(table, format == LOCNET_FORMAT_CSV, out);
        break;
    case LOCNET_FORMAT_JSON:
        write_json(table, out);
        break;
    case LOCNET_FORMAT_MD:
        write_md(table, out);
        break;
    default:
        write_aligned(table, out);
        break;
    }
    return ferror(out) ? LOCNET_EWRITE : LOCNET_OK;
}
