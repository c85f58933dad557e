/* io/extract/mentions.h: the localities an article names, found through the gazetteer.
 *
 * A name is found when the words of the text spell one of a locality's names or aliases
 * (graph/lookup.h keys), its first letter is a capital (for Vietnamese names: every word that
 * is a capital in the name), and it is written either without any diacritics or with exactly
 * the name's own ("Ha Noi" and "Hà Nội" find Hà Nội, "Hạ Nội" does not). The longest name
 * wins. A level word before it ("tỉnh", "thành phố", "TP.", "quận", "Conseil départemental
 * du", "ville de", "Métropole de") narrows the localities it may be. Names that are common
 * words, Vietnamese districts and communes other than the main cities, and, in Vietnamese text, French one-word names that are Vietnamese syllables, are
 * found only after a level word. A name that still fits several localities is settled by
 * context: the larger unit when one encloses the other, the unit of the article's date when
 * one succeeded the other (Huế the provincial city before 2025, the centrally governed city
 * after), the one inside a locality the article names elsewhere; otherwise it is reported and
 * left out. */
#ifndef LOCNET_EXTRACT_MENTIONS_H
#define LOCNET_EXTRACT_MENTIONS_H

#include <stdbool.h>

#include "io/diagnostics.h"
#include "io/extract/gazetteer.h"
#include "io/extract/text.h"

#define LOCNET_MENTION_CHOICES 6

typedef struct locnet_mention {
    size_t sentence;
    size_t first, last;       /* the name's tokens */
    size_t prefix_first;      /* the level word's first token (first when there is none) */
    unsigned prefix_levels;   /* the levels the level word allows, 0 when none */
    igraph_integer_t vertex;  /* -1 while (or when) ambiguous */
    igraph_integer_t choices[LOCNET_MENTION_CHOICES];
    size_t choice_count;
    char country;             /* 'F' or 'V' */
    bool venue;               /* after "tại", "à": where something happens */
    bool qualifier;           /* in brackets right after another name: "Đống Đa (Hà Nội)" */
} locnet_mention_t;

typedef struct locnet_mentions {
    locnet_mention_t *items;
    size_t count, capacity;
} locnet_mentions_t;

/* What the mention finder needs to know of the article. */
typedef struct locnet_mention_context {
    const locnet_gazetteer_t *gazetteer;
    const locnet_rules_t *rules;
    bool vietnamese;          /* the text is Vietnamese */
    const char *date;         /* the article's date (YYYY[-MM[-DD]]) or NULL */
    const char *file;         /* for messages */
    locnet_diagnostics_t *diagnostics;  /* names that stay ambiguous are reported here */
} locnet_mention_context_t;

/* Finds the mentions of text, in text order, into mentions (zeroed by the caller; free with
 * locnet_mentions_destroy). Only resolved mentions (vertex >= 0) are kept. */
locnet_status_t locnet_mentions_find(const locnet_mention_context_t *context,
                                     const locnet_text_t *text, locnet_mentions_t *mentions);
void locnet_mentions_destroy(locnet_mentions_t *mentions);

#endif
