/* analyses/cmd_extract.c: locnet extract ARTICLE.txt...: French–Vietnamese partnerships that
 * news articles state, with the sentences that state them (io/extract/). */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <utf8proc.h>

#include "analyses/cli.h"
#include "analyses/commands.h"
#include "graph/history.h"
#include "io/extract/extraction.h"
#include "io/read/input.h"
#include "io/write/json_writer.h"

enum {
    OPT_SOURCE_ID = 2000, OPT_URL, OPT_PUBLISHER, OPT_DATE, OPT_TITLE, OPT_LANG, OPT_GAZETTEER,
    OPT_KNOWN, OPT_MERGE
};

typedef struct extract {
    locnet_cli_t *cli;             /* the runner's */
    const char *source_id, *url, *publisher, *date, *title, *gazetteer, *known, *merge;
    locnet_language_t language;
    char **files;
    size_t file_count;
    char **texts;                  /* the articles' bytes */
    locnet_article_t *articles;
    locnet_source_t *sources;      /* one per article; strings owned */
    size_t read;                   /* articles read so far */
    locnet_extractor_t extractor;
    bool have_extractor;
    locnet_network_t known_net;
    bool have_known;
    locnet_extraction_t extraction;
} extract_t;

static void print_usage(FILE *out)
{
    fputs("usage: locnet extract [OPTIONS] ARTICLE.txt [ARTICLE.txt...]\n"
          "\n"
          "Read news articles (plain UTF-8 text, Vietnamese or French; the first line is the\n"
          "title) and propose the French-Vietnamese partnerships they state: a French and a\n"
          "Vietnamese locality in one sentence with a cue of cooperation (\"ky ket\", \"ket\n"
          "nghia\", \"dong chu tri\", \"cooperation decentralisee\", \"jumelage\", \"copreside\"),\n"
          "lists paired item by item, a locality named before taken up by \"tinh nay\" or \"les\n"
          "deux villes\". Writes locnet/1 JSON: each article a source, each candidate a\n"
          "partnership (kind agreement, twinning or cochair; the year and themes its sentence\n"
          "gives) with its evidence: the sentences, quoted exactly, with their character\n"
          "offsets in the file. docs/manual.md lists the rules.\n"
          "\n"
          "Source of each article:\n"
          "  --source-id ID            the source's id (default: the file's name without its\n"
          "                            extension); one article only\n"
          "  --title TEXT              the title (default: the first line); one article only\n"
          "  --url URL                 its address; one article only\n"
          "  --publisher NAME          who published it (default: a closing line \"Theo ...\",\n"
          "                            \"Nguon: ...\" or \"Source : ...\")\n"
          "  --date DATE               YYYY, YYYY-MM or YYYY-MM-DD (default: the first complete\n"
          "                            date the article gives)\n"
          "  --lang vi|fr              the articles' language (default: found in each text)\n"
          "  --gazetteer FILE          the localities looked for (default: the bundled\n"
          "                            gazetteer, $LOCNET_GAZETTEER)\n"
          "\n"
          "Against a network:\n"
          "  --known FILE              mark each candidate new, known (FILE has the pair with\n"
          "                            that kind and no other year) or conflicting\n"
          "  --merge FILE              write FILE's network with the candidates added, each\n"
          "                            citing its article; a known pair gains the article as a\n"
          "                            source\n"
          "\n"
          "Output:\n"
          "  --format json|table|csv|md\n"
          "                            json (default): locnet/1; the others list the\n"
          "                            candidates for review\n"
          "  -o, --output FILE         write to FILE (atomically) instead of standard output\n",
          out);
}

/* The source id an article gets from its file name: the name without folder and extension. */
static char *id_from_path(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *base = slash != NULL ? slash + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t length = dot != NULL && dot != base ? (size_t)(dot - base) : strlen(base);
    return strndup(length > 0 ? base : "article", length > 0 ? length : 7);
}

static int extract_option(void *context, locnet_cli_t *cli, int option, const char *argument)
{
    extract_t *extract = context;
    const char **targets[] = {&extract->source_id, &extract->url, &extract->publisher,
                              &extract->date, &extract->title, NULL, &extract->gazetteer,
                              &extract->known, &extract->merge};
    if (option == OPT_LANG) {
        if (locnet_language_parse(argument, &extract->language) != LOCNET_OK) {
            locnet_cli_usage_error(cli, "unknown language \"%s\" (use vi or fr)", argument);
            return -1;
        }
        return 1;
    }
    if (option == OPT_DATE && !locnet_date_is_valid(argument)) {
        locnet_cli_usage_error(cli, "--date must be YYYY, YYYY-MM or YYYY-MM-DD, not \"%s\"", argument);
        return -1;
    }
    if (option < OPT_SOURCE_ID || option > OPT_MERGE)
        return 0;
    *targets[option - OPT_SOURCE_ID] = argument;
    return 1;
}

/* Takes the operands and checks the options against each other. Returns an exit code. */
static int prepare_arguments(locnet_cli_t *cli, void *request, int argc, char **argv)
{
    extract_t *extract = request;
    extract->cli = cli;
    extract->files = argv + optind;
    extract->file_count = (size_t)(argc - optind);
    optind = argc;
    if (extract->file_count == 0)
        return locnet_cli_usage_error(cli, "give at least one article");
    if (extract->file_count > 1 && (extract->source_id || extract->url || extract->title))
        return locnet_cli_usage_error(cli, "--%s applies to one article only",
                                      extract->source_id ? "source-id" : extract->url ? "url" : "title");
    if (extract->known != NULL && extract->merge != NULL)
        return locnet_cli_usage_error(cli, "--known and --merge do not go together (--merge compares too)");
    if (extract->merge != NULL && cli->format_given && cli->format != LOCNET_FORMAT_JSON)
        return locnet_cli_usage_error(cli, "--merge writes locnet/1 JSON only");
    return LOCNET_EXIT_OK;
}

/* Reports the first byte that is not UTF-8 (or a NUL byte) as FILE:LINE:COL. */
static bool valid_text(const char *path, const char *text, size_t length)
{
    size_t at = 0;
    while (at < length) {
        utf8proc_int32_t codepoint;
        utf8proc_ssize_t size = utf8proc_iterate((const utf8proc_uint8_t *)text + at,
                                                 (utf8proc_ssize_t)(length - at), &codepoint);
        if (size <= 0 || codepoint == 0)
            break;
        at += (size_t)size;
    }
    if (at == length)
        return true;
    long line, column;
    locnet_text_position(text, at, &line, &column);
    fprintf(stderr, "%s:%ld:%ld: %s\n", path, line, column,
            text[at] == '\0' ? "NUL byte in the text" : "invalid UTF-8");
    return false;
}

/* Gives the article's source a unique id (file names may repeat across folders). */
static char *unique_id(const extract_t *extract, size_t index)
{
    char *id = extract->source_id != NULL ? strdup(extract->source_id) : id_from_path(extract->files[index]);
    for (int suffix = 2; id != NULL; suffix++) {
        bool taken = false;
        for (size_t i = 0; i < index && !taken; i++)
            taken = strcmp(extract->sources[i].id, id) == 0;
        if (!taken)
            return id;
        char *base = id_from_path(extract->files[index]);
        char *longer = base != NULL ? malloc(strlen(base) + 16) : NULL;
        if (longer != NULL)
            snprintf(longer, strlen(base) + 16, "%s-%d", base, suffix);
        free(base);
        free(id);
        id = longer;
    }
    return NULL;
}

/* Fills the source of article index. Returns an exit code. */
static int make_source(extract_t *extract, size_t index)
{
    const locnet_article_t *article = &extract->articles[index];
    const char *path = extract->files[index];
    locnet_source_t *source = &extract->sources[index];
    const char *publisher = extract->publisher ? extract->publisher : article->publisher;
    bool review = extract->cli->format_given && extract->cli->format != LOCNET_FORMAT_JSON;
    if (!review && publisher == NULL) {
        fprintf(stderr, "%s: the text names no publisher; give it with --publisher\n", path);
        return LOCNET_EXIT_DATA;
    }
    if (!review && article->date[0] == '\0') {
        fprintf(stderr, "%s: the text states no date; give it with --date\n", path);
        return LOCNET_EXIT_DATA;
    }
    const locnet_text_t *text = &article->text;
    source->id = unique_id(extract, index);
    source->title = extract->title ? strdup(extract->title)
                                   : strndup(text->bytes + text->title_start, text->title_end - text->title_start);
    source->publisher = strdup(publisher != NULL ? publisher : "");
    source->date = strdup(article->date);
    source->url = extract->url != NULL ? strdup(extract->url) : NULL;
    bool made = source->id && source->title && source->publisher && source->date &&
                (source->url || !extract->url);
    if (made && source->title[0] == '\0') {
        free(source->title);
        made = (source->title = strdup(source->id)) != NULL;
    }
    if (!made)
        fprintf(stderr, "locnet extract: out of memory\n");
    return made ? LOCNET_EXIT_OK : LOCNET_EXIT_SOFTWARE;
}

/* Reads article index and its source. Returns an exit code. */
static int read_article(extract_t *extract, size_t index)
{
    const char *path = extract->files[index];
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    size_t length = 0;
    locnet_status_t status = locnet_input_read(path, &extract->texts[index], &length, &diagnostics);
    if (status == LOCNET_OK && !valid_text(path, extract->texts[index], length))
        status = LOCNET_EDATA;
    if (status == LOCNET_OK) {
        locnet_article_options_t options = {path, extract->language, extract->date};
        status = locnet_article_read(&extract->extractor, extract->texts[index], length, &options,
                                     &extract->articles[index], &diagnostics);
    }
    locnet_diagnostics_print(&diagnostics, stderr);
    locnet_diagnostics_destroy(&diagnostics);
    if (status == LOCNET_ENOMEM)
        fprintf(stderr, "locnet extract: out of memory while reading %s\n", path);
    if (status != LOCNET_OK)
        return locnet_cli_exit_code(status);
    extract->read = index + 1;
    return make_source(extract, index);
}

/* Loads a network file (the gazetteer, --known, --merge). Returns an exit code. */
static int load_network(const char *path, locnet_network_t *net)
{
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_status_t status = locnet_load(path, net, &diagnostics);
    locnet_diagnostics_print(&diagnostics, stderr);
    locnet_diagnostics_destroy(&diagnostics);
    if (status == LOCNET_ENOMEM)
        fprintf(stderr, "locnet extract: out of memory while reading %s\n", path);
    return locnet_cli_exit_code(status);
}

/* Loads the gazetteer and the known network. Returns an exit code. */
static int prepare(extract_t *extract)
{
    char buffer[PATH_MAX];
    const char *path = extract->gazetteer != NULL
        ? extract->gazetteer
        : locnet_cli_data_path("gazetteer.json", "LOCNET_GAZETTEER", buffer, sizeof buffer);
    locnet_network_t gazetteer;
    int code = load_network(path, &gazetteer);
    if (code != LOCNET_EXIT_OK)
        return code;
    if (locnet_extractor_init(&extract->extractor, &gazetteer) != LOCNET_OK) {
        fprintf(stderr, "locnet extract: out of memory while indexing %s\n", path);
        return LOCNET_EXIT_SOFTWARE;
    }
    extract->have_extractor = true;
    const char *known = extract->known != NULL ? extract->known : extract->merge;
    if (known != NULL && (code = load_network(known, &extract->known_net)) != LOCNET_EXIT_OK)
        return code;
    extract->have_known = known != NULL;
    extract->texts = calloc(extract->file_count, sizeof *extract->texts);
    extract->articles = calloc(extract->file_count, sizeof *extract->articles);
    extract->sources = calloc(extract->file_count, sizeof *extract->sources);
    if (extract->texts == NULL || extract->articles == NULL || extract->sources == NULL) {
        fprintf(stderr, "locnet extract: out of memory\n");
        return LOCNET_EXIT_SOFTWARE;
    }
    return LOCNET_EXIT_OK;
}

/* The bytes of a mention as the article writes them, level word included, in a new string. */
static char *written(const locnet_article_t *article, size_t m)
{
    const locnet_mention_t *mention = &article->mentions.items[m];
    const locnet_token_t *first = &article->text.tokens[mention->prefix_first];
    return strndup(article->text.bytes + first->start, article->text.tokens[mention->last].end - first->start);
}

/* Adds "written", "evidence" and (with --known) "status" to a partnership record. */
static locnet_status_t annotate(void *context, igraph_integer_t edge, cJSON *record)
{
    const extract_t *extract = context;
    const locnet_extracted_t *pair = &extract->extraction.pairs[edge];
    const locnet_article_t *article = &extract->articles[pair->article];
    const locnet_candidate_t *candidate = pair->candidate;
    cJSON *names = cJSON_AddArrayToObject(record, "written");
    size_t mentions[2] = {candidate->french_mention, candidate->vietnamese_mention};
    for (int i = 0; names != NULL && i < 2; i++) {
        char *name = written(article, mentions[i]);
        cJSON *item = name != NULL ? cJSON_CreateString(name) : NULL;
        free(name);
        if (item == NULL || !cJSON_AddItemToArray(names, item))
            return LOCNET_ENOMEM;
    }
    cJSON *evidence = cJSON_AddArrayToObject(record, "evidence");
    for (size_t i = 0; evidence != NULL && i < candidate->evidence_count; i++) {
        const locnet_sentence_t *sentence = &article->text.sentences[candidate->evidence[i]];
        char *quoted = strndup(article->text.bytes + sentence->start, sentence->end - sentence->start);
        cJSON *item = cJSON_CreateObject();
        bool added = quoted != NULL && item != NULL && cJSON_AddStringToObject(item, "text", quoted) &&
                     cJSON_AddNumberToObject(item, "start", (double)sentence->char_start) &&
                     cJSON_AddNumberToObject(item, "end", (double)sentence->char_end);
        free(quoted);
        if (!added || !cJSON_AddItemToArray(evidence, item)) {
            cJSON_Delete(item);
            return LOCNET_ENOMEM;
        }
    }
    if (evidence == NULL)
        return LOCNET_ENOMEM;
    if (extract->known != NULL &&
        cJSON_AddStringToObject(record, "status", locnet_candidate_status_name(pair->status)) == NULL)
        return LOCNET_ENOMEM;
    return LOCNET_OK;
}

/* The evidence of a candidate on one line: "start-end: sentence" joined by " | ". */
static char *evidence_line(const locnet_article_t *article, const locnet_candidate_t *candidate)
{
    size_t size = 1;
    for (size_t i = 0; i < candidate->evidence_count; i++) {
        const locnet_sentence_t *sentence = &article->text.sentences[candidate->evidence[i]];
        size += sentence->end - sentence->start + 48;
    }
    char *line = malloc(size), *out = line;
    for (size_t i = 0; line != NULL && i < candidate->evidence_count; i++) {
        const locnet_sentence_t *sentence = &article->text.sentences[candidate->evidence[i]];
        out += sprintf(out, "%s%zu-%zu: ", i ? " | " : "", sentence->char_start, sentence->char_end);
        for (size_t at = sentence->start; at < sentence->end; at++) {
            bool space = strchr(" \t\r\n", article->text.bytes[at]) != NULL;
            if (!space || out[-1] != ' ')
                *out++ = space ? ' ' : article->text.bytes[at];
        }
    }
    if (line != NULL)
        *out = '\0';
    return line;
}

/* One row of the review table. */
static locnet_status_t table_row(const extract_t *extract, const locnet_extracted_t *pair,
                                 locnet_table_t *table)
{
    const locnet_network_t *gazetteer = &extract->extractor.gazetteer.net;
    const locnet_candidate_t *candidate = pair->candidate;
    size_t row, column = 0;
    locnet_status_t status = locnet_table_add_row(table, &row);
    char *evidence = evidence_line(&extract->articles[pair->article], candidate);
    char names[2][256];
    igraph_integer_t vertices[2] = {candidate->french, candidate->vietnamese};
    for (int i = 0; i < 2; i++)
        snprintf(names[i], sizeof names[i], "%s (%s)", locnet_locality_text(gazetteer, LOCNET_V_NAME, vertices[i]),
                 locnet_locality_text(gazetteer, LOCNET_V_ID, vertices[i]));
    const char *cells[] = {extract->sources[pair->article].id, names[0], names[1],
                           locnet_pair_kind_name(candidate->kind)};
    for (size_t i = 0; status == LOCNET_OK && i < 4; i++)
        status = locnet_table_set_text(table, row, column++, cells[i]);
    if (status == LOCNET_OK && candidate->year > 0)
        locnet_table_set_integer(table, row, column, candidate->year);
    column++;
    if (status == LOCNET_OK)
        status = locnet_table_set_list(table, row, column++, &candidate->themes);
    if (status == LOCNET_OK && extract->known != NULL)
        status = locnet_table_set_text(table, row, column++, locnet_candidate_status_name(pair->status));
    if (status == LOCNET_OK)
        status = evidence != NULL ? locnet_table_set_text(table, row, column, evidence) : LOCNET_ENOMEM;
    free(evidence);
    return status;
}

static locnet_status_t write_review(const extract_t *extract, locnet_format_t format, FILE *out)
{
    static const char *const headers[] = {"source", "french", "vietnamese", "kind", "year", "themes",
                                          "status", "evidence"};
    static const char *const unmarked[] = {"source", "french", "vietnamese", "kind", "year", "themes",
                                           "evidence"};
    locnet_table_t table;
    bool marked = extract->known != NULL;
    locnet_status_t status = locnet_table_init(&table, marked ? 8 : 7, marked ? headers : unmarked);
    for (size_t i = 0; status == LOCNET_OK && i < extract->extraction.pair_count; i++)
        status = table_row(extract, &extract->extraction.pairs[i], &table);
    if (status == LOCNET_OK)
        status = locnet_table_write(&table, format, out);
    locnet_table_destroy(&table);
    return status;
}

static locnet_status_t write_output(const void *data, locnet_format_t format, FILE *out)
{
    extract_t *extract = (extract_t *)data;
    if (extract->cli->format_given && format != LOCNET_FORMAT_JSON)
        return write_review(extract, format, out);
    locnet_network_t net;
    locnet_status_t status = extract->merge != NULL
        ? locnet_extraction_merge(&extract->extraction, &extract->known_net, &net)
        : locnet_extraction_network(&extract->extraction, &net);
    if (status != LOCNET_OK)
        return status;
    status = extract->merge != NULL ? locnet_json_write(&net, out)
                                    : locnet_json_write_annotated(&net, out, annotate, extract);
    locnet_network_destroy(&net);
    return status;
}

static void extract_destroy(void *request)
{
    extract_t *extract = request;
    for (size_t i = 0; i < extract->file_count; i++) {
        if (extract->articles != NULL)
            locnet_article_destroy(&extract->articles[i]);
        if (extract->sources != NULL) {
            locnet_source_t *source = &extract->sources[i];
            free(source->id);
            free(source->title);
            free(source->publisher);
            free(source->date);
            free(source->url);
        }
        if (extract->texts != NULL)
            free(extract->texts[i]);
    }
    free(extract->articles);
    free(extract->sources);
    free(extract->texts);
    locnet_extraction_destroy(&extract->extraction);
    if (extract->have_known)
        locnet_network_destroy(&extract->known_net);
    if (extract->have_extractor)
        locnet_extractor_destroy(&extract->extractor);
}

/* Compares the candidates with the known network and writes the output. Returns an exit code. */
static int finish(extract_t *extract)
{
    locnet_status_t status = locnet_extraction_init(&extract->extraction, &extract->extractor,
                                                    extract->articles, extract->sources, extract->read);
    if (status == LOCNET_OK && extract->have_known)
        status = locnet_extraction_classify(&extract->extraction, &extract->known_net);
    if (status != LOCNET_OK) {
        fprintf(stderr, "locnet extract: out of memory\n");
        return LOCNET_EXIT_SOFTWARE;
    }
    return locnet_cli_write(extract->cli, write_output, extract);
}

static int run(locnet_cli_t *cli, locnet_network_t *unused, void *request)
{
    extract_t *extract = request;
    int code = prepare(extract);
    for (size_t i = 0; code == LOCNET_EXIT_OK && i < extract->file_count; i++)
        code = read_article(extract, i);
    return code == LOCNET_EXIT_OK ? finish(extract) : code;
}

static const struct option options[] = {
    {"source-id", required_argument, NULL, OPT_SOURCE_ID}, {"url", required_argument, NULL, OPT_URL},
    {"publisher", required_argument, NULL, OPT_PUBLISHER}, {"date", required_argument, NULL, OPT_DATE},
    {"title", required_argument, NULL, OPT_TITLE}, {"lang", required_argument, NULL, OPT_LANG},
    {"gazetteer", required_argument, NULL, OPT_GAZETTEER}, {"known", required_argument, NULL, OPT_KNOWN},
    {"merge", required_argument, NULL, OPT_MERGE}, {NULL, 0, NULL, 0}};

const locnet_command_hooks_t cmd_extract = {
    .usage = print_usage, .options = options, .request_size = sizeof(extract_t),
    .option = extract_option, .prepare = prepare_arguments, .run = run, .finish = extract_destroy};
