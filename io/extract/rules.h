/* io/extract/rules.h: the words that `locnet extract` reads in Vietnamese and French news:
 * cues of cooperation and the kind they give, negations, level words ("tỉnh", "thành phố",
 * "région", "Conseil départemental du"), anaphors ("tỉnh này", "les deux villes"), venue words
 * ("tại", "à"), themes, and the names that may not be matched alone. The tables are in rules.c
 * and docs/manual.md ("locnet extract") lists them. Phrases are compared word by word through
 * their look-up keys (graph/lookup.h), so "ky ket" finds "ký kết"; a final '*' matches a word's
 * start ("coprésid*" finds "coprésidée"). */
#ifndef LOCNET_EXTRACT_RULES_H
#define LOCNET_EXTRACT_RULES_H

#include <stdbool.h>
#include <stddef.h>

#include "graph/id_index.h"
#include "graph/list_codec.h"
#include "io/extract/text.h"

/* The kinds of partnership a cue gives, weakest first. */
typedef enum locnet_pair_kind {
    LOCNET_PAIR_NONE = 0,
    LOCNET_PAIR_AGREEMENT,
    LOCNET_PAIR_TWINNING,
    LOCNET_PAIR_COCHAIR
} locnet_pair_kind_t;

/* The locnet/1 word of a kind: "agreement", "twinning" or "cochair" (NULL for none). */
const char *locnet_pair_kind_name(locnet_pair_kind_t kind);

/* Levels of localities, as bits: what a level word or an anaphor may name. */
enum {
    LOCNET_LEVEL_VN_PROVINCE = 1u << 0,
    LOCNET_LEVEL_VN_CITY = 1u << 1,      /* a centrally governed city (Hà Nội, Huế since 2025) */
    LOCNET_LEVEL_VN_DISTRICT = 1u << 2,
    LOCNET_LEVEL_VN_COMMUNE = 1u << 3,
    LOCNET_LEVEL_FR_REGION = 1u << 4,
    LOCNET_LEVEL_FR_DEPARTMENT = 1u << 5,
    LOCNET_LEVEL_FR_EPCI = 1u << 6,
    LOCNET_LEVEL_FR_COMMUNE = 1u << 7,
    LOCNET_LEVEL_ANY = 0xFFu
};

typedef enum locnet_phrase_role {
    LOCNET_ROLE_CUE,        /* a cue of cooperation: kind, strong */
    LOCNET_ROLE_DOUBT,      /* cancels weak cues: "cơ hội hợp tác", "envisager" */
    LOCNET_ROLE_NEGATION,   /* cancels a cue right after it: "chưa", "pas" */
    LOCNET_ROLE_SESSION,    /* "phiên": with "do" after it, the sentence names co-chairs */
    LOCNET_ROLE_SESSION_BY, /* "do" */
    LOCNET_ROLE_LEVEL,      /* a level word before a name: levels */
    LOCNET_ROLE_ANAPHOR,    /* a phrase standing for a locality named before: levels, plural */
    LOCNET_ROLE_THEME,      /* theme */
    LOCNET_ROLE_COUNT
} locnet_phrase_role_t;

typedef struct locnet_phrase {
    const char *text;
    locnet_phrase_role_t role;
    locnet_pair_kind_t kind;  /* CUE */
    bool strong;              /* CUE: not cancelled by doubt */
    unsigned levels;          /* LEVEL, ANAPHOR */
    bool plural;              /* ANAPHOR: stands for both parties */
    const char *theme;        /* THEME: the theme written in the output */
} locnet_phrase_t;

/* A phrase made ready: its words' keys. */
typedef struct locnet_compiled_phrase {
    const locnet_phrase_t *phrase;
    locnet_list_t words;
    bool prefix;              /* the last word ends in '*' */
} locnet_compiled_phrase_t;

#define LOCNET_RULES_MAX_STEMS 32

typedef struct locnet_rules {
    locnet_compiled_phrase_t *phrases;  /* grouped by first word, longest first */
    size_t phrase_count;
    locnet_id_index_t first_words;      /* first word's key -> index of its first phrase */
    size_t stems[LOCNET_RULES_MAX_STEMS];  /* the one-word prefix phrases ("sign*") */
    size_t stem_count;
    locnet_id_index_t common_words;     /* names that are common words */
    locnet_id_index_t vietnamese_syllables;  /* keys of Vietnamese syllables (see rules.c) */
    locnet_id_index_t main_cities;      /* Vietnamese cities and districts matched alone */
    locnet_id_index_t stopwords[3];     /* Vietnamese, French, English */
} locnet_rules_t;

/* Makes the rules. On failure nothing needs freeing. */
locnet_status_t locnet_rules_init(locnet_rules_t *rules);
void locnet_rules_destroy(locnet_rules_t *rules);

/* Adds the loose key of each syllable of a Vietnamese name to the syllable set. */
locnet_status_t locnet_rules_add_syllables(locnet_rules_t *rules, const locnet_list_t *keys);

/* The longest phrase of role that starts at token (a word) and ends before limit; its number
 * of tokens in *length. NULL when none. */
const locnet_phrase_t *locnet_rules_match(const locnet_rules_t *rules, const locnet_text_t *text,
                                          size_t token, size_t limit, locnet_phrase_role_t role,
                                          size_t *length);

/* True when key (a loose key) is in set. */
bool locnet_rules_has(const locnet_id_index_t *set, const char *key);

/* True when the marked key of a word is a venue word ("tại", "ở", "à", "au", "en"). */
bool locnet_rules_is_venue(const char *marked);
/* True when the word (loose key) may stand between a level word and a name ("de", "du", "la"). */
bool locnet_rules_is_linking(const char *loose);
/* True when the token (its bytes or loose key) joins two items of a list ("và", "-", "et"). */
bool locnet_rules_is_connector(const locnet_text_t *text, const locnet_token_t *token);

#endif
