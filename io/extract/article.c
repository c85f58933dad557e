/* io/extract/article.c: an article's language, date and publisher, then its candidates. */
#include "io/extract/article.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph/history.h"

static const char *const month_names[] = {
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
    "octobre", "novembre", "decembre",
};

locnet_status_t locnet_language_parse(const char *name, locnet_language_t *language)
{
    if (strcmp(name, "vi") == 0)
        *language = LOCNET_LANGUAGE_VIETNAMESE;
    else if (strcmp(name, "fr") == 0)
        *language = LOCNET_LANGUAGE_FRENCH;
    else
        return LOCNET_EUSAGE;
    return LOCNET_OK;
}

locnet_status_t locnet_extractor_init(locnet_extractor_t *extractor, locnet_network_t *gazetteer)
{
    memset(extractor, 0, sizeof *extractor);
    locnet_status_t status = locnet_rules_init(&extractor->rules);
    if (status != LOCNET_OK) {
        locnet_network_destroy(gazetteer);
        return status;
    }
    status = locnet_gazetteer_init(&extractor->gazetteer, gazetteer, &extractor->rules);
    if (status != LOCNET_OK)
        locnet_rules_destroy(&extractor->rules);
    return status;
}

void locnet_extractor_destroy(locnet_extractor_t *extractor)
{
    if (extractor == NULL)
        return;
    locnet_gazetteer_destroy(&extractor->gazetteer);
    locnet_rules_destroy(&extractor->rules);
}

/* The language with the most common words; Vietnamese letters count for Vietnamese. */
static locnet_language_t find_language(const locnet_rules_t *rules, const locnet_text_t *text)
{
    size_t score[3] = {0, 0, 0};
    for (size_t t = 0; t < text->token_count; t++) {
        const locnet_token_t *token = &text->tokens[t];
        if (!token->word)
            continue;
        const char *marked = locnet_token_marked(text, token);
        for (int language = 0; language < 3; language++)
            score[language] += locnet_rules_has(&rules->stopwords[language], marked);
        /* ư, ơ, ă, đ and the dot below appear in Vietnamese only */
        score[0] += strstr(marked, "\xC6\xB0") || strstr(marked, "\xC6\xA1") ||
                    strstr(marked, "\xC4\x83") || strstr(marked, "\xC4\x91") ||
                    strstr(marked, "\xCC\xA3") || strstr(marked, "\xE1\xBA") || strstr(marked, "\xE1\xBB");
    }
    size_t best = score[0] >= score[1] ? 0 : 1;
    if (score[2] > score[best])
        return LOCNET_LANGUAGE_ENGLISH;
    if (score[best] == 0)
        return LOCNET_LANGUAGE_UNKNOWN;
    return best == 0 ? LOCNET_LANGUAGE_VIETNAMESE : LOCNET_LANGUAGE_FRENCH;
}

/* The number a digit token holds, or -1. */
static int number_at(const locnet_text_t *text, size_t token)
{
    if (token >= text->token_count || !text->tokens[token].word)
        return -1;
    const locnet_token_t *current = &text->tokens[token];
    if (current->end - current->start > 4)
        return -1;
    int value = 0;
    for (size_t i = current->start; i < current->end; i++) {
        if (text->bytes[i] < '0' || text->bytes[i] > '9')
            return -1;
        value = 10 * value + (text->bytes[i] - '0');
    }
    return value;
}

/* True when token holds one character of chars, written right after the token before it. */
static bool separator_at(const locnet_text_t *text, size_t token, const char *chars)
{
    if (token >= text->token_count || token == 0)
        return false;
    const locnet_token_t *current = &text->tokens[token];
    return !current->word && current->end - current->start == 1 &&
           strchr(chars, text->bytes[current->start]) != NULL &&
           text->tokens[token - 1].end == current->start;
}

static bool word_is(const locnet_text_t *text, size_t token, const char *loose)
{
    return token < text->token_count && text->tokens[token].word &&
           strcmp(locnet_token_loose(text, &text->tokens[token]), loose) == 0;
}

static int month_at(const locnet_text_t *text, size_t token)
{
    for (int m = 0; m < 12; m++) {
        if (word_is(text, token, month_names[m]))
            return m + 1;
    }
    return -1;
}

/* The date written from token on: day, month and year in *day, *month, *year. */
static bool date_at(const locnet_text_t *text, size_t t, int *day, int *month, int *year)
{
    int first = number_at(text, t);
    if (first >= 1000 && separator_at(text, t + 1, "-") && separator_at(text, t + 3, "-")) {
        *year = first, *month = number_at(text, t + 2), *day = number_at(text, t + 4);
        return true;
    }
    if (first > 0 && separator_at(text, t + 1, "/.-") && separator_at(text, t + 3, "/.-") &&
        text->bytes[text->tokens[t + 1].start] == text->bytes[text->tokens[t + 3].start]) {
        *day = first, *month = number_at(text, t + 2), *year = number_at(text, t + 4);
        return true;
    }
    if (word_is(text, t, "ngay") && word_is(text, t + 2, "thang") && word_is(text, t + 4, "nam")) {
        *day = number_at(text, t + 1), *month = number_at(text, t + 3), *year = number_at(text, t + 5);
        return true;
    }
    if (first > 0 && (word_is(text, t + 1, "er") ? month_at(text, t + 2) : month_at(text, t + 1)) > 0) {
        size_t at = word_is(text, t + 1, "er") ? t + 2 : t + 1;
        *day = first, *month = month_at(text, at), *year = number_at(text, at + 1);
        return true;
    }
    return false;
}

static void find_date(const locnet_text_t *text, char date[11])
{
    date[0] = '\0';
    for (size_t t = 0; t < text->token_count; t++) {
        int day, month, year;
        if (!date_at(text, t, &day, &month, &year) || year < 1900 || year > 2099 || month < 1 ||
            month > 12 || day < 1 || day > 31)
            continue;
        char candidate[40]; /* wide enough for any three ints: no truncation to reason about */
        snprintf(candidate, sizeof candidate, "%04d-%02d-%02d", year, month, day);
        if (strlen(candidate) == 10 && locnet_date_is_valid(candidate)) {
            memcpy(date, candidate, 11);
            return;
        }
    }
}

/* A short line "Theo X", "Nguồn: X" or "Source : X" near the end of the body. */
static char *find_publisher(const locnet_text_t *text)
{
    static const char *const openers[] = {"Theo ", "Nguồn: ", "Nguồn ", "Source : ", "Source: "};
    size_t end = text->body_end;
    for (int lines = 0; lines < 12 && end > 0; lines++) {
        size_t start = end - 1;
        while (start > 0 && text->bytes[start - 1] != '\n')
            start--;
        size_t stop = end;
        while (stop > start && strchr(" \t\r\n./", text->bytes[stop - 1]) != NULL)
            stop--;
        for (size_t i = 0; stop - start <= 80 && i < sizeof openers / sizeof openers[0]; i++) {
            size_t length = strlen(openers[i]);
            if (stop - start > length && memcmp(text->bytes + start, openers[i], length) == 0)
                return strndup(text->bytes + start + length, stop - start - length);
        }
        end = start;
    }
    return NULL;
}

static locnet_status_t check_language(const locnet_extractor_t *extractor,
                                      const locnet_article_options_t *options,
                                      locnet_article_t *article, locnet_diagnostics_t *diagnostics)
{
    article->language = options->language != LOCNET_LANGUAGE_UNKNOWN
                            ? options->language
                            : find_language(&extractor->rules, &article->text);
    if (article->language == LOCNET_LANGUAGE_VIETNAMESE || article->language == LOCNET_LANGUAGE_FRENCH)
        return LOCNET_OK;
    locnet_diagnostics_add(diagnostics, options->file, 0, 0,
                           "the text reads as %s, not as Vietnamese or French (force it with --lang)",
                           article->language == LOCNET_LANGUAGE_ENGLISH ? "English" : "no language locnet knows");
    return LOCNET_EDATA;
}

locnet_status_t locnet_article_read(const locnet_extractor_t *extractor, const char *bytes,
                                    size_t size, const locnet_article_options_t *options,
                                    locnet_article_t *article, locnet_diagnostics_t *diagnostics)
{
    memset(article, 0, sizeof *article);
    locnet_status_t status = locnet_text_init(&article->text, bytes, size);
    if (status == LOCNET_OK)
        status = check_language(extractor, options, article, diagnostics);
    if (status != LOCNET_OK) {
        locnet_text_destroy(&article->text);
        return status;
    }
    if (options->date != NULL)
        snprintf(article->date, sizeof article->date, "%s", options->date);
    else
        find_date(&article->text, article->date);
    article->publisher = find_publisher(&article->text);
    locnet_mention_context_t context = {
        &extractor->gazetteer, &extractor->rules, article->language == LOCNET_LANGUAGE_VIETNAMESE,
        article->date[0] != '\0' ? article->date : NULL, options->file, diagnostics};
    status = locnet_mentions_find(&context, &article->text, &article->mentions);
    int year = article->date[0] != '\0' ? atoi(article->date) : 0;
    if (status == LOCNET_OK)
        status = locnet_pairs_find(&context, &article->text, &article->mentions, year,
                                   &article->candidates);
    if (status != LOCNET_OK)
        locnet_article_destroy(article);
    return status;
}

void locnet_article_destroy(locnet_article_t *article)
{
    if (article == NULL)
        return;
    locnet_text_destroy(&article->text);
    free(article->publisher);
    locnet_mentions_destroy(&article->mentions);
    locnet_candidates_destroy(&article->candidates);
    memset(article, 0, sizeof *article);
}
