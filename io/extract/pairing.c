/* io/extract/pairing.c: the pairing rules of pairing.h. */
#include "io/extract/pairing.h"

#include <stdlib.h>
#include <string.h>

#include "graph/growable.h"

/* The work on one article. */
typedef struct pairing {
    const locnet_mention_context_t *context;
    const locnet_text_t *text;
    const locnet_mentions_t *mentions;
    size_t *first_mention;   /* by sentence: index of its first mention (count + 1 entries) */
    int article_year;
    locnet_candidates_t *candidates;
} pairing_t;

/* The cue of a sentence: its kind (NONE when it states nothing) and whether a strong cue is
 * among those counted. */
typedef struct cue {
    locnet_pair_kind_t kind;
    bool strong;
} cue_t;

static bool negated(const locnet_mention_context_t *context, const locnet_text_t *text,
                    size_t sentence_first, size_t token)
{
    size_t words = 0, length;
    for (size_t at = token; at > sentence_first && words < 5;) {
        at--;
        if (!text->tokens[at].word)
            continue;
        words++;
        if (locnet_rules_match(context->rules, text, at, token, LOCNET_ROLE_NEGATION, &length) != NULL)
            return true;
    }
    return false;
}

static cue_t sentence_cue(const locnet_mention_context_t *context, const locnet_text_t *text,
                          const locnet_sentence_t *sentence)
{
    cue_t strong = {LOCNET_PAIR_NONE, true}, weak = {LOCNET_PAIR_NONE, false};  /* kinds only */
    bool doubt = false, session = false;
    size_t end = sentence->first_token + sentence->token_count, length, doubt_end = 0;
    for (size_t t = sentence->first_token; t < end; t++) {
        if (locnet_rules_match(context->rules, text, t, end, LOCNET_ROLE_DOUBT, &length) != NULL) {
            doubt = true;
            doubt_end = t + length > doubt_end ? t + length : doubt_end;
        }
        /* a cue inside words of doubt ("cơ hội hợp tác với") counts for nothing */
        const locnet_phrase_t *cue = t < doubt_end ? NULL
            : locnet_rules_match(context->rules, text, t, end, LOCNET_ROLE_CUE, &length);
        if (cue != NULL && !negated(context, text, sentence->first_token, t)) {
            cue_t *into = cue->strong ? &strong : &weak;
            into->kind = cue->kind > into->kind ? cue->kind : into->kind;
        }
        if (session && locnet_rules_match(context->rules, text, t, end, LOCNET_ROLE_SESSION_BY, &length))
            strong.kind = LOCNET_PAIR_COCHAIR;
        session |= locnet_rules_match(context->rules, text, t, end, LOCNET_ROLE_SESSION, &length) != NULL;
    }
    if (doubt)
        weak.kind = LOCNET_PAIR_NONE;
    cue_t cue = {strong.kind > weak.kind ? strong.kind : weak.kind, strong.kind != LOCNET_PAIR_NONE};
    return cue;
}

/* Whether the token is a 4-digit year written as one ("năm 1989", "25/6/2018"); *marked when
 * a word or a date before it says so. */
static int year_at(const locnet_text_t *text, size_t token, size_t sentence_first, bool *marked)
{
    static const char *const markers[] = {"nam", "tu", "en", "depuis", "since", "in", "vao", "from"};
    const locnet_token_t *current = &text->tokens[token];
    if (!current->word || current->end - current->start != 4)
        return 0;
    int year = 0;
    for (size_t i = current->start; i < current->end; i++) {
        if (text->bytes[i] < '0' || text->bytes[i] > '9')
            return 0;
        year = 10 * year + (text->bytes[i] - '0');
    }
    if (year < 1900 || year > 2099)
        return 0;
    *marked = false;
    if (token > sentence_first) {
        const locnet_token_t *before = &text->tokens[token - 1];
        const char *key = locnet_token_loose(text, before);
        bool joined = before->end == current->start;
        if (!before->word && joined && (text->bytes[before->start] == '.' || text->bytes[before->start] == ','))
            return 0;  /* "1.000.2000": part of a number */
        *marked = !before->word && joined && text->bytes[before->start] == '/';
        for (size_t i = 0; i < sizeof markers / sizeof markers[0]; i++)
            *marked |= before->word && strcmp(key, markers[i]) == 0;
    }
    return year;
}

/* The year of a sentence (0 when none); *marked when a word or a date says it is one. */
static int sentence_year(const pairing_t *pairing, size_t sentence, bool *year_marked)
{
    const locnet_sentence_t *s = &pairing->text->sentences[sentence];
    int first_bare = 0;
    for (size_t t = s->first_token; t < s->first_token + s->token_count; t++) {
        bool marked;
        int year = year_at(pairing->text, t, s->first_token, &marked);
        if (year == 0 || (pairing->article_year > 0 && year > pairing->article_year))
            continue;
        *year_marked = marked;
        if (marked)
            return year;
        if (first_bare == 0)
            first_bare = year;
    }
    *year_marked = false;
    return first_bare;
}

/* Appends the themes a sentence names to themes, each once. */
static locnet_status_t sentence_themes(const pairing_t *pairing, size_t sentence, locnet_list_t *themes)
{
    const locnet_sentence_t *s = &pairing->text->sentences[sentence];
    size_t end = s->first_token + s->token_count, length;
    locnet_status_t status = LOCNET_OK;
    for (size_t t = s->first_token; status == LOCNET_OK && t < end; t++) {
        const locnet_phrase_t *theme = locnet_rules_match(pairing->context->rules, pairing->text, t,
                                                          end, LOCNET_ROLE_THEME, &length);
        if (theme == NULL)
            continue;
        bool known = false;
        for (size_t i = 0; i < themes->count && !known; i++)
            known = strcmp(themes->items[i], theme->theme) == 0;
        if (!known)
            status = locnet_list_append(themes, theme->theme);
        t += length - 1;
    }
    return status;
}

static locnet_status_t add_evidence(locnet_candidate_t *candidate, size_t sentence)
{
    size_t at = 0;
    while (at < candidate->evidence_count && candidate->evidence[at] < sentence)
        at++;
    if (at < candidate->evidence_count && candidate->evidence[at] == sentence)
        return LOCNET_OK;
    locnet_status_t status = LOCNET_GROW(&candidate->evidence, &candidate->evidence_capacity,
                                         candidate->evidence_count);
    if (status != LOCNET_OK)
        return status;
    memmove(candidate->evidence + at + 1, candidate->evidence + at,
            (candidate->evidence_count - at) * sizeof *candidate->evidence);
    candidate->evidence[at] = sentence;
    candidate->evidence_count++;
    return LOCNET_OK;
}

/* The candidate for the pair of mentions a and b (either order) with kind, made if new. */
static locnet_status_t candidate_for(pairing_t *pairing, size_t a, size_t b, locnet_pair_kind_t kind,
                                     locnet_candidate_t **found)
{
    const locnet_mention_t *ma = &pairing->mentions->items[a], *mb = &pairing->mentions->items[b];
    size_t french = ma->country == 'F' ? a : b, vietnamese = ma->country == 'F' ? b : a;
    igraph_integer_t fv = pairing->mentions->items[french].vertex;
    igraph_integer_t vv = pairing->mentions->items[vietnamese].vertex;
    locnet_candidates_t *candidates = pairing->candidates;
    (void)mb;
    for (size_t i = 0; i < candidates->count; i++) {
        locnet_candidate_t *candidate = &candidates->items[i];
        if (candidate->french == fv && candidate->vietnamese == vv && candidate->kind == kind) {
            *found = candidate;
            return LOCNET_OK;
        }
    }
    locnet_status_t status = LOCNET_GROW(&candidates->items, &candidates->capacity, candidates->count);
    if (status != LOCNET_OK)
        return status;
    locnet_candidate_t *candidate = &candidates->items[candidates->count++];
    memset(candidate, 0, sizeof *candidate);
    locnet_list_init(&candidate->themes);
    candidate->french = fv;
    candidate->vietnamese = vv;
    candidate->french_mention = french;
    candidate->vietnamese_mention = vietnamese;
    candidate->kind = kind;
    *found = candidate;
    return LOCNET_OK;
}

/* Records the pair of mentions a and b, stated by sentence with kind; other (or SIZE_MAX) is a
 * further sentence of evidence (an antecedent). */
static locnet_status_t emit(pairing_t *pairing, size_t a, size_t b, locnet_pair_kind_t kind,
                            size_t sentence, size_t other)
{
    if (pairing->mentions->items[a].country == pairing->mentions->items[b].country ||
        pairing->mentions->items[a].vertex == pairing->mentions->items[b].vertex)
        return LOCNET_OK;
    locnet_candidate_t *candidate;
    locnet_status_t status = candidate_for(pairing, a, b, kind, &candidate);
    if (status == LOCNET_OK)
        status = add_evidence(candidate, sentence);
    if (status == LOCNET_OK && other != SIZE_MAX)
        status = add_evidence(candidate, other);
    bool marked;
    int year = status == LOCNET_OK ? sentence_year(pairing, sentence, &marked) : 0;
    if (year != 0 && (candidate->year == 0 || (marked && !candidate->year_marked))) {
        candidate->year = year;
        candidate->year_marked = marked;
    }
    if (status == LOCNET_OK)
        status = sentence_themes(pairing, sentence, &candidate->themes);
    return status;
}

/* True when the tokens [from, to) only join two items of a list ("và", "-", "et la"). */
static bool joined(const locnet_text_t *text, size_t from, size_t to)
{
    size_t connectors = 0;
    if (to <= from || to - from > 3)
        return false;
    for (size_t t = from; t < to; t++) {
        const locnet_token_t *token = &text->tokens[t];
        if (locnet_rules_is_connector(text, token))
            connectors++;
        else if (!locnet_rules_is_linking(locnet_token_loose(text, token)))
            return false;
    }
    return connectors > 0;
}

/* The mentions of one sentence that may be parties, sorted into the two countries: distinct
 * localities, venues only when their side has nothing else. */
typedef struct sides {
    size_t french[16], vietnamese[16];
    size_t french_count, vietnamese_count;
} sides_t;

static void add_side(const locnet_mentions_t *mentions, size_t *side, size_t *count, size_t m)
{
    for (size_t i = 0; i < *count; i++) {
        if (mentions->items[side[i]].vertex == mentions->items[m].vertex)
            return;
    }
    if (*count < 16)
        side[(*count)++] = m;
}

static void collect_sides(const pairing_t *pairing, size_t from, size_t to, const bool *used,
                          sides_t *sides)
{
    const locnet_mentions_t *mentions = pairing->mentions;
    memset(sides, 0, sizeof *sides);
    for (int venues = 0; venues < 2; venues++) {
        bool french_empty = sides->french_count == 0, vietnamese_empty = sides->vietnamese_count == 0;
        for (size_t m = from; m < to; m++) {
            const locnet_mention_t *mention = &mentions->items[m];
            if (mention->qualifier || (used != NULL && used[m - from]) || mention->venue != (venues == 1))
                continue;
            if (mention->country == 'F' && (venues == 0 || french_empty))
                add_side(mentions, sides->french, &sides->french_count, m);
            else if (mention->country == 'V' && (venues == 0 || vietnamese_empty))
                add_side(mentions, sides->vietnamese, &sides->vietnamese_count, m);
        }
    }
}

static void report(const pairing_t *pairing, size_t sentence, const char *message)
{
    const locnet_mention_context_t *context = pairing->context;
    if (context->diagnostics == NULL)
        return;
    long line, column;
    locnet_text_position(pairing->text->bytes, pairing->text->sentences[sentence].start, &line, &column);
    locnet_diagnostics_add(context->diagnostics, context->file, line, column, "%s", message);
}

/* Rule 4: one locality on a side pairs with each of the other side. */
static locnet_status_t pair_sides(pairing_t *pairing, const sides_t *sides, locnet_pair_kind_t kind,
                                  size_t sentence, bool *paired)
{
    locnet_status_t status = LOCNET_OK;
    if (sides->french_count == 0 || sides->vietnamese_count == 0)
        return LOCNET_OK;
    *paired = true;
    if (sides->french_count > 1 && sides->vietnamese_count > 1) {
        report(pairing, sentence, "several French and several Vietnamese localities, not as a list: left out");
        return LOCNET_OK;
    }
    for (size_t f = 0; status == LOCNET_OK && f < sides->french_count; f++) {
        for (size_t v = 0; status == LOCNET_OK && v < sides->vietnamese_count; v++)
            status = emit(pairing, sides->french[f], sides->vietnamese[v], kind, sentence, SIZE_MAX);
    }
    return status;
}

/* Rule 3: lists. Marks the mentions it pairs in used. */
static locnet_status_t pair_lists(pairing_t *pairing, size_t from, size_t to, locnet_pair_kind_t kind,
                                  size_t sentence, bool *used, bool *paired)
{
    const locnet_mentions_t *mentions = pairing->mentions;
    size_t previous = SIZE_MAX;
    locnet_status_t status = LOCNET_OK;
    for (size_t m = from; status == LOCNET_OK && m < to; m++) {
        const locnet_mention_t *mention = &mentions->items[m];
        if (mention->qualifier)
            continue;
        if (previous != SIZE_MAX && !used[previous - from] &&
            mentions->items[previous].country != mention->country &&
            joined(pairing->text, mentions->items[previous].last + 1, mention->prefix_first)) {
            status = emit(pairing, previous, m, kind, sentence, SIZE_MAX);
            used[previous - from] = used[m - from] = true;
            *paired = true;
        }
        previous = m;
    }
    return status;
}

/* The anaphor of a sentence that is not part of a name ("la ville de Rennes"), or NULL. */
static const locnet_phrase_t *find_anaphor(const pairing_t *pairing, size_t sentence, size_t from,
                                           size_t to)
{
    const locnet_text_t *text = pairing->text;
    const locnet_sentence_t *s = &text->sentences[sentence];
    size_t end = s->first_token + s->token_count, length;
    for (size_t t = s->first_token; t < end; t++) {
        const locnet_phrase_t *phrase = locnet_rules_match(pairing->context->rules, text, t, end,
                                                           LOCNET_ROLE_ANAPHOR, &length);
        if (phrase == NULL || (strcmp(phrase->text, "elle") == 0 && t != s->first_token))
            continue;
        size_t after = t + length;
        while (after < end && locnet_rules_is_linking(locnet_token_loose(text, &text->tokens[after])))
            after++;
        bool named = false;
        for (size_t m = from; m < to && !named; m++) {
            const locnet_mention_t *mention = &pairing->mentions->items[m];
            named = (t <= mention->last && after > mention->prefix_first) || after == mention->first;
        }
        if (!named)
            return phrase;
    }
    return NULL;
}

/* The last locality of country (and of one of levels) named in the two sentences before
 * sentence, as a mention index; SIZE_MAX when none. */
static size_t antecedent(const pairing_t *pairing, size_t sentence, char country, unsigned levels)
{
    const locnet_mentions_t *mentions = pairing->mentions;
    for (size_t m = pairing->first_mention[sentence]; m-- > 0;) {
        const locnet_mention_t *mention = &mentions->items[m];
        if (mention->sentence + 2 < sentence)
            break;
        unsigned level = pairing->context->gazetteer->places[mention->vertex].level;
        if (mention->country == country && !mention->venue && !mention->qualifier && (level & levels))
            return m;
    }
    return SIZE_MAX;
}

/* Rule 5: a side named by an anaphor. */
static locnet_status_t pair_anaphor(pairing_t *pairing, size_t sentence, const sides_t *sides,
                                    locnet_pair_kind_t kind, bool *paired)
{
    size_t from = pairing->first_mention[sentence], to = pairing->first_mention[sentence + 1];
    const locnet_phrase_t *anaphor = find_anaphor(pairing, sentence, from, to);
    if (anaphor == NULL)
        return LOCNET_OK;
    const locnet_mentions_t *mentions = pairing->mentions;
    if (sides->french_count == 0 && sides->vietnamese_count == 0) {
        size_t f = antecedent(pairing, sentence, 'F', LOCNET_LEVEL_ANY);
        size_t v = antecedent(pairing, sentence, 'V', LOCNET_LEVEL_ANY);
        if (!anaphor->plural || f == SIZE_MAX || v == SIZE_MAX)
            return LOCNET_OK;
        *paired = true;
        locnet_status_t status = emit(pairing, f, v, kind, sentence, mentions->items[f].sentence);
        return status == LOCNET_OK ? emit(pairing, f, v, kind, sentence, mentions->items[v].sentence)
                                   : status;
    }
    bool french_named = sides->french_count > 0;
    const size_t *named = french_named ? sides->french : sides->vietnamese;
    size_t count = french_named ? sides->french_count : sides->vietnamese_count;
    size_t other = antecedent(pairing, sentence, french_named ? 'V' : 'F', anaphor->levels);
    locnet_status_t status = LOCNET_OK;
    for (size_t i = 0; other != SIZE_MAX && status == LOCNET_OK && i < count; i++) {
        status = emit(pairing, named[i], other, kind, sentence, mentions->items[other].sentence);
        *paired = true;
    }
    return status;
}

/* Rule 6: one locality here, the single one of the other country just before. */
static locnet_status_t pair_adjacent(pairing_t *pairing, size_t sentence, const sides_t *sides,
                                     locnet_pair_kind_t kind)
{
    if (sentence == 0 || sides->french_count + sides->vietnamese_count != 1)
        return LOCNET_OK;
    size_t here = sides->french_count ? sides->french[0] : sides->vietnamese[0];
    sides_t before;
    collect_sides(pairing, pairing->first_mention[sentence - 1], pairing->first_mention[sentence],
                  NULL, &before);
    if (before.french_count + before.vietnamese_count != 1)
        return LOCNET_OK;
    size_t there = before.french_count ? before.french[0] : before.vietnamese[0];
    if (pairing->mentions->items[there].venue || pairing->mentions->items[here].venue)
        return LOCNET_OK;
    return emit(pairing, here, there, kind, sentence, sentence - 1);
}

static locnet_status_t pair_sentence(pairing_t *pairing, size_t sentence)
{
    cue_t cue = sentence_cue(pairing->context, pairing->text, &pairing->text->sentences[sentence]);
    size_t from = pairing->first_mention[sentence], to = pairing->first_mention[sentence + 1];
    if (cue.kind == LOCNET_PAIR_NONE)
        return LOCNET_OK;
    bool *used = calloc(to - from + 1, sizeof *used), paired = false;
    if (used == NULL)
        return LOCNET_ENOMEM;
    sides_t sides;
    locnet_status_t status = pair_lists(pairing, from, to, cue.kind, sentence, used, &paired);
    collect_sides(pairing, from, to, used, &sides);
    bool listed = paired;
    if (status == LOCNET_OK && (!listed || (sides.french_count > 0 && sides.vietnamese_count > 0)))
        status = pair_sides(pairing, &sides, cue.kind, sentence, &paired);
    if (status == LOCNET_OK && !paired)
        status = pair_anaphor(pairing, sentence, &sides, cue.kind, &paired);
    if (status == LOCNET_OK && !paired && cue.strong)
        status = pair_adjacent(pairing, sentence, &sides, cue.kind);
    free(used);
    return status;
}

locnet_status_t locnet_pairs_find(const locnet_mention_context_t *context, const locnet_text_t *text,
                                  const locnet_mentions_t *mentions, int article_year,
                                  locnet_candidates_t *candidates)
{
    pairing_t pairing = {context, text, mentions, NULL, article_year, candidates};
    pairing.first_mention = malloc((text->sentence_count + 1) * sizeof *pairing.first_mention);
    if (pairing.first_mention == NULL)
        return LOCNET_ENOMEM;
    size_t m = 0;
    for (size_t s = 0; s <= text->sentence_count; s++) {
        while (m < mentions->count && mentions->items[m].sentence < s)
            m++;
        pairing.first_mention[s] = m;
    }
    locnet_status_t status = LOCNET_OK;
    for (size_t s = 0; status == LOCNET_OK && s < text->sentence_count; s++)
        status = pair_sentence(&pairing, s);
    free(pairing.first_mention);
    return status;
}

void locnet_candidates_destroy(locnet_candidates_t *candidates)
{
    if (candidates == NULL)
        return;
    for (size_t i = 0; i < candidates->count; i++) {
        locnet_list_destroy(&candidates->items[i].themes);
        free(candidates->items[i].evidence);
    }
    free(candidates->items);
    memset(candidates, 0, sizeof *candidates);
}
