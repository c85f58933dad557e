/* io/extract/article.h: one news article read for partnerships: its language, the date and
 * publisher it states, the localities it names and the candidates it supports.
 *
 * The language is Vietnamese or French by the share of each language's common words (with or
 * without diacritics); a text that reads as English, or as neither, is refused. The date is the
 * first complete date in the article's body ("02.10.2017", "25/6/2018", "ngày 15 tháng 4 năm
 * 2023", "15 avril 2023", "2023-04-15"); the publisher is a short closing line "Theo VOV.VN",
 * "Nguồn: ...", "Source : ...". */
#ifndef LOCNET_EXTRACT_ARTICLE_H
#define LOCNET_EXTRACT_ARTICLE_H

#include "io/diagnostics.h"
#include "io/extract/gazetteer.h"
#include "io/extract/mentions.h"
#include "io/extract/pairing.h"
#include "io/extract/rules.h"
#include "io/extract/text.h"

typedef enum locnet_language {
    LOCNET_LANGUAGE_UNKNOWN = 0,
    LOCNET_LANGUAGE_VIETNAMESE,
    LOCNET_LANGUAGE_FRENCH,
    LOCNET_LANGUAGE_ENGLISH
} locnet_language_t;

/* Parses "vi" or "fr"; LOCNET_EUSAGE otherwise. */
locnet_status_t locnet_language_parse(const char *name, locnet_language_t *language);

/* The rules and the gazetteer, made once for many articles. */
typedef struct locnet_extractor {
    locnet_rules_t rules;
    locnet_gazetteer_t gazetteer;
} locnet_extractor_t;

/* Makes an extractor over the localities of gazetteer (moved in, as locnet_gazetteer_init
 * says). On failure nothing needs freeing. */
locnet_status_t locnet_extractor_init(locnet_extractor_t *extractor, locnet_network_t *gazetteer);
void locnet_extractor_destroy(locnet_extractor_t *extractor);

typedef struct locnet_article_options {
    const char *file;            /* for messages */
    locnet_language_t language;  /* UNKNOWN: find it */
    const char *date;            /* the article's date, or NULL to find it in the text */
} locnet_article_options_t;

typedef struct locnet_article {
    locnet_text_t text;
    locnet_language_t language;
    char date[11];               /* the date used: given or found ("" when none) */
    char *publisher;             /* found in the text, or NULL */
    locnet_mentions_t mentions;
    locnet_candidates_t candidates;
} locnet_article_t;

/* Reads bytes (size bytes of valid UTF-8, kept alive while article is used) into article.
 * Problems (a text in another language: LOCNET_EDATA) and warnings (ambiguous names) go to
 * diagnostics. On failure article holds nothing to free. */
locnet_status_t locnet_article_read(const locnet_extractor_t *extractor, const char *bytes,
                                    size_t size, const locnet_article_options_t *options,
                                    locnet_article_t *article, locnet_diagnostics_t *diagnostics);
/* Frees the article; accepts NULL. */
void locnet_article_destroy(locnet_article_t *article);

#endif
