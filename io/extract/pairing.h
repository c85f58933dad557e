/* io/extract/pairing.h: French–Vietnamese pairs of localities from the sentences that state
 * them.
 *
 * The rules, in order (docs/manual.md, "locnet extract", says the same):
 * 1. A sentence states partnerships only if it has a cue of cooperation (rules.h) that no
 *    negation in the five words before it cancels ("chưa ký kết", "aucun accord n'a été signé"); a weak cue ("hợp tác", "coopération") also yields to
 *    words of doubt in the sentence ("cơ hội hợp tác", "envisager"). The strongest cue gives the
 *    kind: co-chair ("đồng chủ trì", "coprésidé", or "phiên ... do A và B"), then twinning
 *    ("kết nghĩa", "jumelage"), then agreement.
 * 2. Names in brackets right after another name only qualify it ("Đống Đa (Hà Nội)").
 * 3. Lists pair item by item: a French and a Vietnamese name next to each other, joined only
 *    by "và", "với", "et", "avec" or a dash (and "la", "de"...), are a pair ("Brest và Hải Phòng, Val-de-Marne và
 *    Yên Bái").
 * 4. Otherwise, when one side has a single locality, it pairs with each locality of the other
 *    side ("Hà Nội với các địa phương Toulouse và Ile de France"). Places named as venues
 *    ("tại Hà Nội", "à Hanoï") take part only when their side has no other locality. Several
 *    localities on both sides without a list are reported and left out.
 * 5. A side that the sentence does not name is taken from the two sentences before it when the
 *    sentence refers to it: "tỉnh này", "la ville", "elle" take the last locality named of the
 *    other country (of a fitting level); "hai bên", "les deux villes" take the last French and
 *    the last Vietnamese locality.
 * 6. A sentence with a strong cue that names one locality only pairs with the single locality
 *    of the other country in the sentence just before, when that sentence names no other.
 * The year is the first year a stating sentence gives after "năm", "từ", "en", "depuis" or in a
 * date, else the first year in one, never after the article's year. Themes are those the stating
 * sentences name. Pairs repeated in the article are one candidate with every sentence. */
#ifndef LOCNET_EXTRACT_PAIRING_H
#define LOCNET_EXTRACT_PAIRING_H

#include "io/extract/mentions.h"

typedef struct locnet_candidate {
    igraph_integer_t french, vietnamese;  /* gazetteer vertices */
    size_t french_mention, vietnamese_mention;  /* indices into the mentions */
    locnet_pair_kind_t kind;
    int year;                             /* 0 when the sentences give none */
    bool year_marked;                     /* the year came after "năm", "en", ... or in a date */
    locnet_list_t themes;
    size_t *evidence;                     /* sentence numbers, ascending, no repeats */
    size_t evidence_count, evidence_capacity;
} locnet_candidate_t;

typedef struct locnet_candidates {
    locnet_candidate_t *items;
    size_t count, capacity;
} locnet_candidates_t;

/* Finds the candidates that the mentions of text support into candidates (zeroed by the
 * caller). article_year (0 when unknown) bounds the years read. Sentences whose pairing is
 * unclear are reported to context's diagnostics. */
locnet_status_t locnet_pairs_find(const locnet_mention_context_t *context, const locnet_text_t *text,
                                  const locnet_mentions_t *mentions, int article_year,
                                  locnet_candidates_t *candidates);
/* Frees the candidates; accepts NULL. */
void locnet_candidates_destroy(locnet_candidates_t *candidates);

#endif
