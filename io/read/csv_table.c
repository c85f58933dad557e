/* io/read/csv_table.c: libcsv fed one line at a time. A row's lines are kept until it ends, so that a
 * message can point at any of its cells; libcsv stops at the byte where strict parsing fails. */
#include "io/read/csv_table.h"

#include <csv.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph/growable.h"
#include "io/csv_guard.h"
#include "graph/limits.h"

struct locnet_csv_table {
    const char *name;
    locnet_diagnostics_t *diagnostics;
    struct csv_parser parser;
    char separator;
    /* the current row: cells back to back in bytes, each followed by a NUL */
    char *bytes;
    size_t used;
    size_t byte_capacity;
    struct cell {
        size_t start;
        size_t length;
    } *cells;
    size_t cell_count;
    size_t cell_capacity;
    bool has_content;       /* a cell of the row is not empty */
    /* where the row is written: its lines, and the number of the first */
    char *raw;
    size_t raw_used;
    size_t raw_capacity;
    long row_line;
    bool in_row;
    size_t rows_ended;      /* rows ended in the line being fed */
    locnet_csv_row_handler_t on_row;
    void *context;
    locnet_status_t status; /* the first non-OK status of a handler or of memory */
    size_t problems;
};

size_t locnet_csv_cell_count(const locnet_csv_table_t *table)
{
    return table->cell_count;
}

const char *locnet_csv_cell(const locnet_csv_table_t *table, size_t i)
{
    return table->bytes + table->cells[i].start;
}

size_t locnet_csv_cell_length(const locnet_csv_table_t *table, size_t i)
{
    return table->cells[i].length;
}

long locnet_csv_row_line(const locnet_csv_table_t *table)
{
    return table->row_line;
}

char locnet_csv_separator(const locnet_csv_table_t *table)
{
    return table->separator;
}

size_t locnet_csv_problems(const locnet_csv_table_t *table)
{
    return table->problems;
}

/* Appends length bytes to a growing byte buffer. */
static bool append_bytes(char **buffer, size_t *used, size_t *capacity, const void *bytes,
                         size_t length)
{
    if (*used + length + 1 > *capacity) {
        size_t grown = *capacity ? *capacity : 256;
        while (grown < *used + length + 1)
            grown *= 2;
        char *bigger = realloc(*buffer, grown);
        if (bigger == NULL)
            return false;
        *buffer = bigger;
        *capacity = grown;
    }
    memcpy(*buffer + *used, bytes, length);
    *used += length;
    return true;
}

/* The line and column of the first character of cell index, found by walking the row's text
 * with the quoting rules; past the last cell, the end of the row. */
static void cell_position(const locnet_csv_table_t *table, size_t index, long *line, long *column)
{
    long at_line = table->row_line, at_column = 1;
    size_t cell = 0;
    bool quoted = false;
    for (size_t i = 0; i < table->raw_used && cell < index; i++) {
        char c = table->raw[i];
        if (c == '"') {
            quoted = !quoted;  /* a doubled quote toggles twice */
        } else if (c == table->separator && !quoted) {
            cell++;
        } else if (c == '\n' ||
                   (c == '\r' && (i + 1 == table->raw_used || table->raw[i + 1] != '\n'))) {
            if (!quoted)  /* a line feed, or a carriage return alone, ends the row */
                break;
            at_line++;
            at_column = 0;
        }
        if (((unsigned char)c & 0xC0) != 0x80)
            at_column++;
    }
    *line = at_line;
    *column = at_column;
}

void locnet_csv_cell_position(const locnet_csv_table_t *table, size_t i, long *line,
                              long *column)
{
    cell_position(table, i, line, column);
}

static void add_message(locnet_csv_table_t *table, size_t i, const char *format, va_list args)
    __attribute__((format(printf, 3, 0)));

static void add_message(locnet_csv_table_t *table, size_t i, const char *format, va_list args)
{
    long line, column;
    cell_position(table, i, &line, &column);
    char message[LOCNET_MESSAGE_SIZE];
    vsnprintf(message, sizeof message, format, args);
    locnet_diagnostics_add(table->diagnostics, table->name, line, column, "%s", message);
}

void locnet_csv_report(locnet_csv_table_t *table, size_t i, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    add_message(table, i, format, args);
    va_end(args);
    table->problems++;
}

void locnet_csv_note(locnet_csv_table_t *table, size_t i, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    add_message(table, i, format, args);
    va_end(args);
}

static void end_cell(void *field, size_t length, void *data)
{
    locnet_csv_table_t *table = data;
    if (table->status != LOCNET_OK)
        return;
    if (LOCNET_GROW(&table->cells, &table->cell_capacity, table->cell_count) != LOCNET_OK) {
        table->status = LOCNET_ENOMEM;
        return;
    }
    /* a cell that locnet's writer guarded against formulas loses its ' (io/csv_guard.h) */
    size_t guard = field != NULL ? locnet_csv_guard_length(field, length) : 0;
    table->cells[table->cell_count].start = table->used;
    table->cells[table->cell_count].length = length - guard;
    if (!append_bytes(&table->bytes, &table->used, &table->byte_capacity,
                      field ? (const char *)field + guard : "", length - guard) ||
        !append_bytes(&table->bytes, &table->used, &table->byte_capacity, "", 1)) {
        table->status = LOCNET_ENOMEM;
        return;
    }
    table->has_content |= length > 0;
    table->cell_count++;
}

static void end_row(int terminator, void *data)
{
    (void)terminator;
    locnet_csv_table_t *table = data;
    if (table->status == LOCNET_OK && table->has_content)
        table->status = table->on_row(table->context, table);
    table->cell_count = 0;
    table->used = 0;
    table->has_content = false;
    table->rows_ended++;
}

/* The separator the header line uses most: ',' unless ';' or tab is more frequent. */
static char sniff_separator(const char *line, size_t length)
{
    size_t commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (size_t i = 0; i < length; i++) {
        if (line[i] == '"')
            quoted = !quoted;
        else if (!quoted)
            commas += line[i] == ',', semicolons += line[i] == ';', tabs += line[i] == '\t';
    }
    if (tabs > commas && tabs >= semicolons)
        return '\t';
    if (semicolons > commas)
        return ';';
    return ',';
}

static int is_space_only(unsigned char c)
{
    return c == CSV_SPACE;
}

static int is_space_or_tab(unsigned char c)
{
    return c == CSV_SPACE || c == CSV_TAB;
}

static bool is_blank(const char *line, size_t length)
{
    for (size_t i = 0; i < length; i++) {
        if (line[i] != '\r' && line[i] != '\n')
            return false;
    }
    return true;
}

/* Reports the strict-mode error at byte offset of the line just fed (line number at_line). */
static void report_syntax(locnet_csv_table_t *table, const char *line, size_t length,
                          size_t offset, long at_line)
{
    long column = 1;
    for (size_t i = 0; i < offset && i < length; i++)
        column += ((unsigned char)line[i] & 0xC0) != 0x80;
    const char *what = offset < length && line[offset] == '"'
                           ? "a quote inside a cell that does not start with one"
                           : "text after the closing quote of a cell";
    locnet_diagnostics_add(table->diagnostics, table->name, at_line, column,
                           "malformed CSV: %s", what);
    table->problems++;
}

/* Feeds one line to libcsv, starting a row when none is open. *syntax is set (after a report)
 * when libcsv stops at a byte of the line. */
static locnet_status_t feed_line(locnet_csv_table_t *table, const char *line, size_t length,
                                 long number, bool *syntax)
{
    if (number == 1 && length >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
        line += 3;
        length -= 3;
    }
    if (!table->in_row) {
        if (is_blank(line, length))
            return LOCNET_OK;
        if (table->separator == 0) {
            table->separator = sniff_separator(line, length);
            csv_set_delim(&table->parser, (unsigned char)table->separator);
            csv_set_space_func(&table->parser,
                               table->separator == '\t' ? is_space_only : is_space_or_tab);
        }
        table->row_line = number;
        table->raw_used = 0;
        table->in_row = true;
    }
    if (!append_bytes(&table->raw, &table->raw_used, &table->raw_capacity, line, length))
        return LOCNET_ENOMEM;
    table->rows_ended = 0;
    size_t parsed = csv_parse(&table->parser, line, length, end_cell, end_row, table);
    if (table->status != LOCNET_OK)
        return table->status;
    if (parsed < length) {
        report_syntax(table, line, length, parsed, number);
        *syntax = true;
    } else if (table->rows_ended > 0) {
        table->in_row = false;
    }
    return LOCNET_OK;
}

/* Ends the last row at the end of the input; a quoted cell still open is reported. */
static locnet_status_t finish_rows(locnet_csv_table_t *table)
{
    if (csv_fini(&table->parser, end_cell, end_row, table) == 0)
        return table->status;
    if (csv_error(&table->parser) == CSV_ENOMEM)
        return LOCNET_ENOMEM;
    long at_line, column;
    cell_position(table, table->cell_count, &at_line, &column);
    locnet_diagnostics_add(table->diagnostics, table->name, at_line, column,
                           "malformed CSV: a quoted cell is not closed before the end of the "
                           "file");
    table->problems++;
    return table->status;
}

locnet_status_t locnet_csv_table_read(locnet_line_reader_t *lines, const char *name,
                                      locnet_diagnostics_t *diagnostics,
                                      locnet_progress_t *progress,
                                      locnet_csv_row_handler_t on_row, void *context)
{
    locnet_csv_table_t table;
    memset(&table, 0, sizeof table);
    table.name = name;
    table.diagnostics = diagnostics;
    table.on_row = on_row;
    table.context = context;
    if (csv_init(&table.parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
        return LOCNET_ENOMEM;
    locnet_status_t status = LOCNET_OK;
    bool out_of_memory = false, syntax = false;
    size_t length;
    const char *line;
    while (status == LOCNET_OK && !syntax &&
           (line = locnet_line_reader_next(lines, &length, &out_of_memory)) != NULL) {
        if (progress != NULL)
            locnet_progress_update(progress, lines->consumed);
        status = feed_line(&table, line, length, lines->line, &syntax);
    }
    if (status == LOCNET_OK && out_of_memory)
        status = LOCNET_ENOMEM;
    if (status == LOCNET_OK && !syntax)
        status = locnet_line_reader_check(lines, diagnostics);
    if (status == LOCNET_OK && !syntax)
        status = finish_rows(&table);
    if (status == LOCNET_OK && table.problems > 0)
        status = LOCNET_EDATA;
    csv_free(&table.parser);
    free(table.bytes);
    free(table.cells);
    free(table.raw);
    return status;
}
