/* io/load.c: chooses the reader of the input's format and hands it the input. */
#include "io/load.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <cjson/cJSON.h>

#include "io/read/csv_reader.h"
#include "io/read/graphml_reader.h"
#include "io/heap.h"
#include "io/read/input.h"
#include "io/read/json_reader.h"
#include "io/read/line_reader.h"
#include "io/read/ndjson_reader.h"
#include "io/read/text_source.h"
#include "io/progress.h"

#define SNIFF_BYTES 65536
/* Bytes of memory a network needs per byte of its file, about (JSON: 3.8), and the part that is
 * surely used, made ready ahead by a second thread for files so large that it pays (measured:
 * 1.2 s of 14 s saved for 460 MB, nothing for 45 MB). */
#define RESERVE_PER_BYTE 4
#define READY_PER_BYTE 3
#define READY_FROM ((size_t)128 << 20)

static const struct {
    const char *name;
    locnet_file_format_t format;
} format_names[] = {
    {"json", LOCNET_FILE_JSON},     {"ndjson", LOCNET_FILE_NDJSON}, {"jsonl", LOCNET_FILE_NDJSON},
    {"csv", LOCNET_FILE_CSV},       {"tsv", LOCNET_FILE_CSV},       {"txt", LOCNET_FILE_CSV},
    {"graphml", LOCNET_FILE_GRAPHML}, {"xml", LOCNET_FILE_GRAPHML},
};

void locnet_load_options_init(locnet_load_options_t *options)
{
    memset(options, 0, sizeof *options);
    options->format = LOCNET_FILE_AUTO;
}

locnet_status_t locnet_file_format_parse(const char *name, locnet_file_format_t *format)
{
    for (size_t i = 0; i < sizeof format_names / sizeof format_names[0]; i++) {
        if (strcasecmp(name, format_names[i].name) == 0 && strcmp(name, "txt") != 0 &&
            strcmp(name, "xml") != 0) {
            *format = format_names[i].format;
            return LOCNET_OK;
        }
    }
    return LOCNET_EUSAGE;
}

locnet_file_format_t locnet_file_format_of_path(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *dot = strrchr(slash != NULL ? slash : path, '.');
    if (dot == NULL)
        return LOCNET_FILE_AUTO;
    for (size_t i = 0; i < sizeof format_names / sizeof format_names[0]; i++) {
        if (strcasecmp(dot + 1, format_names[i].name) == 0)
            return format_names[i].format;
    }
    return LOCNET_FILE_AUTO;
}

const char *locnet_file_format_name(locnet_file_format_t format)
{
    switch (format) {
    case LOCNET_FILE_JSON:
        return "json";
    case LOCNET_FILE_NDJSON:
        return "ndjson";
    case LOCNET_FILE_CSV:
        return "csv";
    case LOCNET_FILE_GRAPHML:
        return "graphml";
    default:
        return "auto";
    }
}

/* True when the first line of text is a whole NDJSON record: an object with "type", or the
 * format line {"format": ...} and nothing else. */
static bool first_line_is_ndjson(const char *text, size_t length)
{
    const char *newline = memchr(text, '\n', length);
    if (newline == NULL)
        return false;
    const char *end = NULL;
    cJSON *json = cJSON_ParseWithLengthOpts(text, (size_t)(newline - text), &end, 0);
    bool record = cJSON_IsObject(json) &&
                  (cJSON_HasObjectItem(json, "type") ||
                   (cJSON_HasObjectItem(json, "format") && cJSON_GetArraySize(json) == 1));
    cJSON_Delete(json);
    return record;
}

/* Tells the format from the first bytes: '<' is GraphML, '{' JSON or NDJSON, others CSV. */
static locnet_file_format_t sniff(const char *text, size_t length)
{
    size_t at = length >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (at < length && isspace((unsigned char)text[at]))
        at++;
    if (at < length && text[at] == '<')
        return LOCNET_FILE_GRAPHML;
    if (at < length && text[at] == '{')
        return first_line_is_ndjson(text + at, length - at) ? LOCNET_FILE_NDJSON
                                                            : LOCNET_FILE_JSON;
    if (at == length)
        return LOCNET_FILE_JSON;  /* empty: the JSON reader says so best */
    return LOCNET_FILE_CSV;
}

/* Reads a format that needs its whole text from lines already opened. */
static locnet_status_t read_whole(locnet_line_reader_t *lines, const char *path,
                                  locnet_file_format_t format, locnet_progress_t *progress,
                                  locnet_network_t *net, locnet_diagnostics_t *diagnostics)
{
    locnet_input_text_t input;
    memset(&input, 0, sizeof input);
    locnet_status_t status = locnet_line_reader_take_rest(lines, &input.buffer, &input.length);
    if (status == LOCNET_OK)
        status = locnet_line_reader_check(lines, diagnostics);
    if (status != LOCNET_OK) {
        free(input.buffer);
        return status;
    }
    input.text = input.buffer;
    if (format == LOCNET_FILE_JSON)
        return locnet_json_read_input(path, &input, progress, net, diagnostics);
    status = locnet_graphml_read_text(path, input.text, input.length, net, diagnostics);
    locnet_input_close_text(&input);
    return status;
}

/* Says which options do not fit the format; LOCNET_EUSAGE if any. */
static locnet_status_t check_options(const char *path, const locnet_load_options_t *options,
                                     locnet_file_format_t format,
                                     locnet_diagnostics_t *diagnostics)
{
    if (format == LOCNET_FILE_CSV)
        return LOCNET_OK;
    const char *option = options->columns != NULL      ? "--columns"
                         : options->localities != NULL ? "--localities"
                         : options->sources != NULL    ? "--sources"
                         : options->events != NULL     ? "--events"
                                                       : NULL;
    if (option == NULL)
        return LOCNET_OK;
    locnet_diagnostics_add(diagnostics, path, 0, 0, "%s applies to CSV input, and this is %s",
                           option, locnet_file_format_name(format));
    return LOCNET_EUSAGE;
}

/* A NUL byte in the first bytes: no format locnet reads has one, and a source of them only
 * (/dev/zero) would otherwise be read as one endless line until memory runs out. */
static locnet_status_t check_text(const char *path, const char *head, size_t length,
                                  locnet_diagnostics_t *diagnostics)
{
    const char *nul = memchr(head, '\0', length);
    if (nul == NULL)
        return LOCNET_OK;
    locnet_text_source_t source;
    locnet_text_source_init(&source, path, head, length, diagnostics);
    locnet_text_source_report(&source, (size_t)(nul - head),
                              "NUL byte in the input: not a text file (locnet reads JSON, "
                              "NDJSON, CSV and GraphML)");
    return LOCNET_EDATA;
}

/* Reads an opened input line by line in format (LOCNET_FILE_AUTO: told from its first bytes). */
static locnet_status_t load_lines(locnet_line_reader_t *lines, const char *path,
                                  const locnet_load_options_t *options, locnet_file_format_t format,
                                  locnet_progress_t *progress, locnet_network_t *net,
                                  locnet_diagnostics_t *diagnostics)
{
    locnet_status_t status;
    progress->total = lines->size;
    locnet_heap_reserve(RESERVE_PER_BYTE * lines->size, 0);
    const char *head;
    size_t length;
    if ((status = locnet_line_reader_peek(lines, SNIFF_BYTES, &head, &length)) != LOCNET_OK ||
        (status = check_text(path, head, length, diagnostics)) != LOCNET_OK)
        return status;
    if (format == LOCNET_FILE_AUTO)
        format = sniff(head, length);
    if ((status = check_options(path, options, format, diagnostics)) != LOCNET_OK)
        return status;
    switch (format) {
    case LOCNET_FILE_NDJSON:
        return locnet_ndjson_read(lines, path, progress, net, diagnostics);
    case LOCNET_FILE_CSV: {
        locnet_csv_options_t csv = {options->columns, options->localities, options->sources,
                                    options->events};
        return locnet_csv_read(lines, path, &csv, progress, net, diagnostics);
    }
    default:
        return read_whole(lines, path, format, progress, net, diagnostics);
    }
}

locnet_status_t locnet_load_with(const char *path, const locnet_load_options_t *options,
                                 locnet_network_t *net, locnet_diagnostics_t *diagnostics)
{
    locnet_load_options_t defaults;
    if (options == NULL) {
        locnet_load_options_init(&defaults);
        options = &defaults;
    }
    locnet_file_format_t format = options->format;
    if (format == LOCNET_FILE_AUTO && strcmp(path, "-") != 0)
        format = locnet_file_format_of_path(path);
    char what[256];
    snprintf(what, sizeof what, "reading %s", path);
    locnet_progress_t progress;
    locnet_progress_start(&progress, options->progress, what, 0);
    locnet_status_t status;

    struct stat info;
    bool regular = strcmp(path, "-") != 0 && stat(path, &info) == 0 && S_ISREG(info.st_mode);
    if (format == LOCNET_FILE_JSON && regular) {  /* others, such as devices, go line by line */
        if ((status = check_options(path, options, format, diagnostics)) != LOCNET_OK)
            return status;
        /* reserved first, the heap holds the text too, and the network reuses its pages */
        if (info.st_size > 0) {
            size_t size = (size_t)info.st_size;
            locnet_heap_reserve(RESERVE_PER_BYTE * size,
                                size >= READY_FROM ? READY_PER_BYTE * size : 0);
        }
        locnet_input_text_t input;
        status = locnet_input_open_text(path, &input, diagnostics);
        if (status == LOCNET_OK) {
            progress.total = input.length;
            status = locnet_json_read_input(path, &input, &progress, net, diagnostics);
        }
        locnet_progress_finish(&progress);
        return status;
    }
    if (format == LOCNET_FILE_GRAPHML && strcmp(path, "-") != 0) {
        if ((status = check_options(path, options, format, diagnostics)) != LOCNET_OK)
            return status;
        return locnet_graphml_read_path(path, net, diagnostics);
    }

    locnet_line_reader_t lines;
    if ((status = locnet_line_reader_open(&lines, path, diagnostics)) != LOCNET_OK)
        return status;
    status = load_lines(&lines, path, options, format, &progress, net, diagnostics);
    locnet_progress_finish(&progress);
    locnet_line_reader_close(&lines);
    return status;
}

locnet_status_t locnet_load_text(const char *name, const char *text, size_t length,
                                 const locnet_load_options_t *options, locnet_network_t *net,
                                 locnet_diagnostics_t *diagnostics)
{
    locnet_load_options_t defaults;
    if (options == NULL) {
        locnet_load_options_init(&defaults);
        options = &defaults;
    }
    locnet_file_format_t format = options->format;
    if (format == LOCNET_FILE_AUTO)
        format = locnet_file_format_of_path(name);
    locnet_progress_t progress;
    locnet_progress_start(&progress, NULL, name, 0);
    locnet_line_reader_t lines;
    locnet_status_t status = locnet_line_reader_open_memory(&lines, name, text, length, diagnostics);
    if (status != LOCNET_OK)
        return status;
    status = load_lines(&lines, name, options, format, &progress, net, diagnostics);
    locnet_progress_finish(&progress);
    locnet_line_reader_close(&lines);
    return status;
}

locnet_status_t locnet_load(const char *path, locnet_network_t *net,
                            locnet_diagnostics_t *diagnostics)
{
    return locnet_load_with(path, NULL, net, diagnostics);
}
