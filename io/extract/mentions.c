/* io/extract/mentions.c: names of localities in a text, and which localities they are. */
#include "io/extract/mentions.h"

#include <stdlib.h>
#include <string.h>

#include "graph/growable.h"

/* What a span of the text looks like, for comparing it with names. */
typedef struct span {
    size_t first, last;
    unsigned words, caps;
    bool has_marks;
    char marked[512];
} span_t;

static void describe_span(const locnet_text_t *text, size_t first, size_t last, span_t *span)
{
    memset(span, 0, sizeof *span);
    span->first = first;
    span->last = last;
    size_t length = 0;
    for (size_t at = first; at <= last; at++) {
        const locnet_token_t *token = &text->tokens[at];
        if (!token->word)
            continue;
        const char *key = locnet_token_marked(text, token);
        size_t key_length = strlen(key);
        if (length + key_length < sizeof span->marked) {
            memcpy(span->marked + length, key, key_length + 1);
            length += key_length;
        }
        if (token->upper && span->words < 32)
            span->caps |= 1u << span->words;
        span->has_marks |= token->has_marks;
        span->words++;
    }
}

/* True when the span may be name, apart from the level-word rules. */
static bool spelled_as(const locnet_gazetteer_t *gazetteer, const span_t *span,
                       const locnet_place_name_t *name)
{
    if (span->has_marks && strcmp(span->marked, locnet_place_name_marked(gazetteer, name)) != 0)
        return false;
    if ((span->caps & 1u) == 0)
        return false;
    if (gazetteer->places[name->vertex].country == 'V' && name->words == span->words)
        return (name->caps & ~span->caps) == 0;
    return true;
}

/* The levels of the level word that ends right before token first, skipping linking words
 * ("de", "du", "TP."); its first token in *prefix_first. 0 when there is none. */
static unsigned level_before(const locnet_mention_context_t *context, const locnet_text_t *text,
                             size_t sentence_first, size_t first, size_t *prefix_first)
{
    size_t end = first;
    *prefix_first = first;
    for (int skipped = 0; skipped < 3 && end > sentence_first &&
                          locnet_rules_is_linking(locnet_token_loose(text, &text->tokens[end - 1]));
         skipped++)
        end--;
    for (size_t start = end >= sentence_first + 4 ? end - 4 : sentence_first; start < end; start++) {
        size_t length;
        const locnet_phrase_t *phrase = locnet_rules_match(context->rules, text, start, end,
                                                           LOCNET_ROLE_LEVEL, &length);
        if (phrase != NULL && start + length == end) {
            *prefix_first = start;
            return phrase->levels;
        }
    }
    return 0;
}

/* Adds vertex to the mention's choices once. */
static void add_choice(locnet_mention_t *mention, igraph_integer_t vertex)
{
    for (size_t i = 0; i < mention->choice_count; i++) {
        if (mention->choices[i] == vertex)
            return;
    }
    if (mention->choice_count < LOCNET_MENTION_CHOICES)
        mention->choices[mention->choice_count++] = vertex;
}

/* Fills mention's choices from the names of group that the span may be. */
static void choose(const locnet_mention_context_t *context, const span_t *span, size_t group,
                   unsigned levels, locnet_mention_t *mention)
{
    const locnet_gazetteer_t *gazetteer = context->gazetteer;
    mention->choice_count = 0;
    bool fitting_level = false;
    for (int pass = 0; pass < 2 && mention->choice_count == 0; pass++) {
        for (size_t i = gazetteer->group_first[group]; i < gazetteer->group_first[group + 1]; i++) {
            const locnet_place_name_t *name = &gazetteer->names[i];
            const locnet_place_t *place = &gazetteer->places[name->vertex];
            if (!spelled_as(gazetteer, span, name))
                continue;
            bool licensed = pass == 0 && (levels & place->level) != 0;
            bool alone = name->alone && !(context->vietnamese && name->syllable);
            if (licensed || (pass == 1 && alone))
                add_choice(mention, name->vertex);
            fitting_level |= licensed;
        }
    }
    mention->prefix_levels = fitting_level ? levels : 0;
}

/* Removes choice i. */
static void drop_choice(locnet_mention_t *mention, size_t i)
{
    mention->choices[i] = mention->choices[--mention->choice_count];
}

/* True when a succession chain leads from vertex to successor. */
static bool succeeded_by(const locnet_gazetteer_t *gazetteer, igraph_integer_t vertex,
                         igraph_integer_t successor, const char **on)
{
    *on = gazetteer->places[vertex].succeeded_on;
    for (int depth = 0; vertex >= 0 && depth < 8; depth++) {
        vertex = gazetteer->places[vertex].successor;
        if (vertex == successor)
            return true;
    }
    return false;
}

/* Settles a name that fits several localities by the name alone: the larger unit when one
 * encloses the other (unless a level word chose), the unit of the article's date when one
 * succeeded the other. */
static void settle(const locnet_mention_context_t *context, locnet_mention_t *mention)
{
    const locnet_gazetteer_t *gazetteer = context->gazetteer;
    for (size_t i = 0; i < mention->choice_count; i++) {
        for (size_t j = 0; j < mention->choice_count; j++) {
            igraph_integer_t a = mention->choices[i], b = mention->choices[j];
            const char *on;
            bool drop_a = false;
            if (i == j)
                continue;
            if (mention->prefix_levels == 0 && locnet_gazetteer_encloses(gazetteer, b, a))
                drop_a = true;
            else if (succeeded_by(gazetteer, a, b, &on))
                drop_a = context->date == NULL || strcmp(context->date, on) >= 0;
            else if (succeeded_by(gazetteer, b, a, &on))
                drop_a = context->date != NULL && strcmp(context->date, on) < 0;
            if (drop_a) {
                drop_choice(mention, i);
                i = (size_t)-1;
                break;
            }
        }
    }
    mention->vertex = mention->choice_count == 1 ? mention->choices[0] : -1;
}

/* True when the mention opens its sentence as a dateline: "Hanoï, le 14 avril 2023 –". */
static bool dateline(const locnet_text_t *text, size_t sentence_end, const locnet_mention_t *mention)
{
    size_t comma = mention->last + 1, next = comma + 1;
    if (next >= sentence_end || text->tokens[comma].word || text->bytes[text->tokens[comma].start] != ',')
        return false;
    const char *key = locnet_token_loose(text, &text->tokens[next]);
    return strcmp(key, "le") == 0 || strcmp(key, "ngay") == 0 || (key[0] >= '0' && key[0] <= '9');
}

/* Marks venues ("tại Hà Nội", datelines) and qualifiers ("Đống Đa (Hà Nội)"). */
static void mark_role(const locnet_text_t *text, const locnet_sentence_t *sentence,
                      const locnet_mentions_t *mentions, locnet_mention_t *mention)
{
    size_t sentence_first = sentence->first_token;
    if (mention->prefix_first <= sentence_first) {
        mention->venue = dateline(text, sentence_first + sentence->token_count, mention);
        return;
    }
    const locnet_token_t *before = &text->tokens[mention->prefix_first - 1];
    mention->venue = before->word && locnet_rules_is_venue(locnet_token_marked(text, before));
    if (!before->word && before->end - before->start == 1 && text->bytes[before->start] == '(' &&
        mentions->count > 0) {
        const locnet_mention_t *previous = &mentions->items[mentions->count - 1];
        mention->qualifier = previous->sentence == mention->sentence &&
                             previous->last + 2 == mention->prefix_first;
    }
}

/* True when a name that starts inside [first, last] reaches further ("Le Val-de-Marne": not
 * "Le Val" but "Val-de-Marne"). */
static bool overtaken(const locnet_mention_context_t *context, const locnet_text_t *text, size_t first,
                      size_t last, size_t limit)
{
    size_t lasts[LOCNET_GAZETTEER_MAX_SPANS], groups[LOCNET_GAZETTEER_MAX_SPANS];
    for (size_t t = first + 1; t <= last; t++) {
        if (text->tokens[t].word && text->tokens[t].upper &&
            locnet_gazetteer_spans(context->gazetteer, text, t, limit, lasts, groups) > 0 && lasts[0] > last)
            return true;
    }
    return false;
}

/* Looks for a name at token; on success adds the mention and stores its last token. */
static locnet_status_t find_at(const locnet_mention_context_t *context, const locnet_text_t *text,
                               const locnet_sentence_t *sentence, size_t token,
                               locnet_mentions_t *mentions, size_t *last)
{
    size_t lasts[LOCNET_GAZETTEER_MAX_SPANS], groups[LOCNET_GAZETTEER_MAX_SPANS];
    size_t limit = sentence->first_token + sentence->token_count;
    size_t spans = locnet_gazetteer_spans(context->gazetteer, text, token, limit, lasts, groups);
    if (spans == 0)
        return LOCNET_OK;
    locnet_mention_t mention;
    memset(&mention, 0, sizeof mention);
    unsigned levels = level_before(context, text, sentence->first_token, token, &mention.prefix_first);
    if (overtaken(context, text, token, lasts[0], limit))
        return LOCNET_OK;
    for (size_t s = 0; s < spans; s++) {
        span_t span;
        describe_span(text, token, lasts[s], &span);
        choose(context, &span, groups[s], levels, &mention);
        if (mention.choice_count == 0)
            continue;
        if (mention.prefix_levels == 0)
            mention.prefix_first = token;
        mention.sentence = text->tokens[token].sentence;
        mention.first = token;
        mention.last = *last = lasts[s];
        mention.country = context->gazetteer->places[mention.choices[0]].country;
        settle(context, &mention);
        mark_role(text, sentence, mentions, &mention);
        locnet_status_t status = LOCNET_GROW(&mentions->items, &mentions->capacity, mentions->count);
        if (status == LOCNET_OK)
            mentions->items[mentions->count++] = mention;
        return status;
    }
    return LOCNET_OK;
}

/* Settles the names still ambiguous by the localities the article names elsewhere: the one
 * inside a named locality. What stays ambiguous is reported and removed. */
static void settle_by_article(const locnet_mention_context_t *context, const locnet_text_t *text,
                              locnet_mentions_t *mentions)
{
    size_t kept = 0;
    for (size_t m = 0; m < mentions->count; m++) {
        locnet_mention_t *mention = &mentions->items[m];
        for (size_t i = 0; mention->vertex < 0 && i < mention->choice_count; i++) {
            for (size_t other = 0; other < mentions->count; other++) {
                igraph_integer_t named = mentions->items[other].vertex;
                if (named >= 0 && named != mention->choices[i] &&
                    locnet_gazetteer_encloses(context->gazetteer, named, mention->choices[i]))
                    mention->vertex = mention->choices[i];
            }
        }
        if (mention->vertex < 0 && context->diagnostics != NULL) {
            const locnet_token_t *first = &text->tokens[mention->first];
            long line, column;
            locnet_text_position(text->bytes, first->start, &line, &column);
            locnet_diagnostics_add(context->diagnostics, context->file, line, column,
                                   "\"%.*s\" may name %zu localities (%s, %s%s): left out",
                                   (int)(text->tokens[mention->last].end - first->start),
                                   text->bytes + first->start, mention->choice_count,
                                   locnet_locality_text(&context->gazetteer->net, LOCNET_V_ID, mention->choices[0]),
                                   locnet_locality_text(&context->gazetteer->net, LOCNET_V_ID, mention->choices[1]),
                                   mention->choice_count > 2 ? ", ..." : "");
        }
        if (mention->vertex >= 0)
            mentions->items[kept++] = *mention;
    }
    mentions->count = kept;
}

locnet_status_t locnet_mentions_find(const locnet_mention_context_t *context,
                                     const locnet_text_t *text, locnet_mentions_t *mentions)
{
    locnet_status_t status = LOCNET_OK;
    for (size_t s = 0; status == LOCNET_OK && s < text->sentence_count; s++) {
        const locnet_sentence_t *sentence = &text->sentences[s];
        size_t end = sentence->first_token + sentence->token_count;
        for (size_t t = sentence->first_token; status == LOCNET_OK && t < end; t++) {
            if (text->tokens[t].word && text->tokens[t].upper)
                status = find_at(context, text, sentence, t, mentions, &t);
        }
    }
    if (status == LOCNET_OK)
        settle_by_article(context, text, mentions);
    return status;
}

void locnet_mentions_destroy(locnet_mentions_t *mentions)
{
    if (mentions == NULL)
        return;
    free(mentions->items);
    memset(mentions, 0, sizeof *mentions);
}
