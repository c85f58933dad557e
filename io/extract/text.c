/* io/extract/text.c: sentences and tokens of an article, keys through graph/lookup.c. */
#include "io/extract/text.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "graph/growable.h"
#include "graph/list_codec.h"
#include "graph/lookup.h"

/* Lines after which a news page lists other articles. */
static const char *const footer_lines[] = {
    "Tin liên quan", "Tin cùng chuyên mục", "Bài liên quan", "Tin mới", "Tin khác", "Xem thêm",
    "Articles liés", "À lire aussi", "Lire aussi", "Sur le même sujet", "Dans la même rubrique",
};

/* Words that a full stop follows without ending a sentence (ASCII, any case). */
static const char *const abbreviations[] = {
    "tp", "tx", "q", "p", "tt", "gs", "ts", "pgs", "ths", "m", "mm", "mme", "mlle", "dr", "st",
    "ste", "no", "etc", "cf", "av", "bd", "mr", "mrs",
};

static utf8proc_int32_t codepoint_at(const char *bytes, size_t size, size_t at, size_t *length)
{
    utf8proc_int32_t codepoint = -1;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)bytes + at,
                                          (utf8proc_ssize_t)(size - at), &codepoint);
    *length = n > 0 ? (size_t)n : 1;
    return n > 0 ? codepoint : -1;
}

static bool is_word_codepoint(utf8proc_int32_t codepoint)
{
    switch (utf8proc_category(codepoint)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return true;
    default:
        return false;
    }
}

static bool is_space(utf8proc_int32_t codepoint)
{
    return codepoint == ' ' || codepoint == '\t' || codepoint == '\n' || codepoint == '\r' ||
           utf8proc_category(codepoint) == UTF8PROC_CATEGORY_ZS;
}

static bool is_upper(utf8proc_int32_t codepoint)
{
    utf8proc_category_t category = utf8proc_category(codepoint);
    return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
}

/* Appends a NUL-terminated copy of key to the key store; *offset gets where it starts. */
static locnet_status_t store_key(locnet_text_t *text, const char *key, size_t *offset)
{
    size_t length = strlen(key) + 1;
    while (text->keys_size + length > text->keys_capacity) {
        size_t capacity = text->keys_capacity ? 2 * text->keys_capacity : 4096;
        char *grown = realloc(text->keys, capacity);
        if (grown == NULL)
            return LOCNET_ENOMEM;
        text->keys = grown;
        text->keys_capacity = capacity;
    }
    memcpy(text->keys + text->keys_size, key, length);
    *offset = text->keys_size;
    text->keys_size += length;
    return LOCNET_OK;
}

/* Makes and stores the two keys of token's bytes. */
static locnet_status_t key_token(locnet_text_t *text, locnet_token_t *token)
{
    size_t length = token->end - token->start;
    char small[128], *copy = length < sizeof small ? small : malloc(length + 1);
    char *loose = NULL, *marked = NULL;
    if (copy == NULL)
        return LOCNET_ENOMEM;
    memcpy(copy, text->bytes + token->start, length);
    copy[length] = '\0';
    locnet_status_t status = locnet_lookup_key(copy, &loose);
    if (status == LOCNET_OK)
        status = store_key(text, loose, &token->loose);
    if (status == LOCNET_OK && token->word)
        status = locnet_lookup_key_marked(copy, &marked);
    token->has_marks = marked != NULL && strcmp(marked, loose) != 0;
    if (status == LOCNET_OK)
        token->marked = token->loose;
    if (status == LOCNET_OK && token->has_marks)
        status = store_key(text, marked, &token->marked);
    free(loose);
    free(marked);
    if (copy != small)
        free(copy);
    return status == LOCNET_EDATA ? LOCNET_OK : status;
}

/* Cuts bytes [start, end) of sentence number sentence into tokens. */
static locnet_status_t add_tokens(locnet_text_t *text, size_t start, size_t end, size_t sentence)
{
    locnet_status_t status = LOCNET_OK;
    bool newline = false;
    for (size_t at = start; status == LOCNET_OK && at < end;) {
        size_t length;
        utf8proc_int32_t codepoint = codepoint_at(text->bytes, end, at, &length);
        if (is_space(codepoint)) {
            newline |= codepoint == '\n';
            at += length;
            continue;
        }
        if ((status = LOCNET_GROW(&text->tokens, &text->token_capacity, text->token_count)) != LOCNET_OK)
            break;
        locnet_token_t *token = &text->tokens[text->token_count];
        memset(token, 0, sizeof *token);
        token->start = at;
        token->sentence = sentence;
        token->word = is_word_codepoint(codepoint);
        token->upper = is_upper(codepoint);
        token->newline_before = newline;
        newline = false;
        at += length;
        while (token->word && at < end) {
            utf8proc_int32_t next = codepoint_at(text->bytes, end, at, &length);
            if (!is_word_codepoint(next))
                break;
            at += length;
        }
        token->end = at;
        if ((status = key_token(text, token)) == LOCNET_OK)
            text->token_count++;
    }
    return status;
}

/* True when the text [start, end) has the key of one of count phrases. */
static bool has_key_of(const char *bytes, size_t start, size_t end, const char *const *phrases,
                       size_t count)
{
    char buffer[64], *key = NULL, *phrase_key = NULL;
    if (end <= start || end - start >= sizeof buffer)
        return false;
    memcpy(buffer, bytes + start, end - start);
    buffer[end - start] = '\0';
    bool found = false;
    if (locnet_lookup_key(buffer, &key) != LOCNET_OK)
        return false;
    for (size_t i = 0; !found && i < count; i++) {
        if (locnet_lookup_key(phrases[i], &phrase_key) == LOCNET_OK)
            found = strcmp(key, phrase_key) == 0;
        free(phrase_key);
        phrase_key = NULL;
    }
    free(key);
    return found;
}

/* Finds the footer line and the title line. */
static void find_lines(locnet_text_t *text)
{
    text->body_end = text->size;
    text->title_start = text->title_end = 0;
    bool titled = false;
    for (size_t line = 0; line < text->size;) {
        const char *newline = memchr(text->bytes + line, '\n', text->size - line);
        size_t end = newline != NULL ? (size_t)(newline - text->bytes) : text->size;
        size_t start = line;
        while (start < end && strchr(" \t\r", text->bytes[start]) != NULL)
            start++;
        size_t stop = end;
        while (stop > start && strchr(" \t\r", text->bytes[stop - 1]) != NULL)
            stop--;
        if (!titled && stop > start) {
            text->title_start = start;
            text->title_end = stop;
            titled = true;
        } else if (stop - start < 40 && has_key_of(text->bytes, start, stop, footer_lines,
                              sizeof footer_lines / sizeof footer_lines[0])) {
            text->body_end = line;
            return;
        }
        line = end + 1;
    }
}

/* True when the full stop at dot follows an abbreviation or a single capital (an initial). */
static bool after_abbreviation(const char *bytes, size_t dot)
{
    size_t start = dot;
    while (start > 0 && ((unsigned char)bytes[start - 1] >= 0x80 ||
                         strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                                bytes[start - 1]) != NULL))
        start--;
    if (dot - start == 1 && bytes[start] >= 'A' && bytes[start] <= 'Z')
        return true;
    for (size_t i = 0; i < sizeof abbreviations / sizeof abbreviations[0]; i++) {
        if (strlen(abbreviations[i]) == dot - start && strncasecmp(bytes + start, abbreviations[i], dot - start) == 0)
            return true;
    }
    return false;
}

/* Where the sentence that reaches at ends: the byte after its last character when a boundary
 * lies at at, else 0. */
static size_t boundary_at(const char *bytes, size_t size, size_t at)
{
    size_t length;
    utf8proc_int32_t codepoint = codepoint_at(bytes, size, at, &length);
    if (codepoint == '\n') {
        size_t next = at + 1;
        while (next < size && strchr(" \t\r", bytes[next]) != NULL)
            next++;
        if (next >= size || bytes[next] == '\n')
            return at;
        utf8proc_int32_t first = codepoint_at(bytes, size, next, &length);
        return utf8proc_category(first) == UTF8PROC_CATEGORY_LL ? 0 : at;
    }
    if (codepoint != '.' && codepoint != '!' && codepoint != '?' && codepoint != 0x2026)
        return 0;
    if (codepoint == '.' && after_abbreviation(bytes, at))
        return 0;
    size_t end = at + length;
    while (end < size && strchr("\"')]", bytes[end]) != NULL)
        end++;
    while (end + 2 < size && (!memcmp(bytes + end, "\xE2\x80\x9D", 3) || !memcmp(bytes + end, "\xC2\xBB", 2)))
        end += bytes[end] == '\xC2' ? 2 : 3;
    if (end >= size)
        return end;
    utf8proc_int32_t after = codepoint_at(bytes, size, end, &length);
    if (!is_space(after))
        return 0;
    size_t next = end;
    while (next < size && strchr(" \t\r", bytes[next]) != NULL)
        next++;
    if (next >= size || bytes[next] == '\n')
        return end;
    utf8proc_int32_t first = codepoint_at(bytes, size, next, &length);
    bool opens = strchr("\"'(-", (int)first) != NULL || first == 0x201C || first == 0xAB ||
                 first == 0x2013;
    return is_upper(first) || (first >= '0' && first <= '9') || opens ? end : 0;
}

static size_t count_chars(const char *bytes, size_t from, size_t to)
{
    size_t count = 0;
    for (size_t at = from; at < to; at++)
        count += ((unsigned char)bytes[at] & 0xC0) != 0x80;
    return count;
}

/* Adds the sentence [start, end) (trimmed) and its tokens; *chars and *counted keep the running
 * character count. */
static locnet_status_t add_sentence(locnet_text_t *text, size_t start, size_t end, size_t *counted,
                                    size_t *chars)
{
    while (start < end && strchr(" \t\r\n", text->bytes[start]) != NULL)
        start++;
    while (end > start && strchr(" \t\r\n", text->bytes[end - 1]) != NULL)
        end--;
    if (end == start)
        return LOCNET_OK;
    locnet_status_t status = LOCNET_GROW(&text->sentences, &text->sentence_capacity, text->sentence_count);
    if (status != LOCNET_OK)
        return status;
    locnet_sentence_t *sentence = &text->sentences[text->sentence_count];
    *chars += count_chars(text->bytes, *counted, start);
    sentence->start = start;
    sentence->end = end;
    sentence->char_start = *chars;
    *chars += count_chars(text->bytes, start, end);
    *counted = end;
    sentence->char_end = *chars;
    sentence->first_token = text->token_count;
    status = add_tokens(text, start, end, text->sentence_count);
    sentence->token_count = text->token_count - sentence->first_token;
    text->sentence_count++;
    return status;
}

locnet_status_t locnet_text_init(locnet_text_t *text, const char *bytes, size_t size)
{
    memset(text, 0, sizeof *text);
    text->bytes = bytes;
    text->size = size;
    find_lines(text);
    locnet_status_t status = LOCNET_OK;
    size_t start = 0, counted = 0, chars = 0;
    for (size_t at = 0; status == LOCNET_OK && at < text->body_end; at++) {
        if (((unsigned char)bytes[at] & 0xC0) == 0x80)
            continue;
        size_t end = boundary_at(bytes, text->body_end, at);
        if (end == 0)
            continue;
        status = add_sentence(text, start, end, &counted, &chars);
        start = end;
        if (end > at)
            at = end - 1;
    }
    if (status == LOCNET_OK)
        status = add_sentence(text, start, text->body_end, &counted, &chars);
    if (status != LOCNET_OK)
        locnet_text_destroy(text);
    return status;
}

void locnet_text_destroy(locnet_text_t *text)
{
    if (text == NULL)
        return;
    free(text->tokens);
    free(text->sentences);
    free(text->keys);
    memset(text, 0, sizeof *text);
}

const char *locnet_token_loose(const locnet_text_t *text, const locnet_token_t *token)
{
    return text->keys + token->loose;
}

const char *locnet_token_marked(const locnet_text_t *text, const locnet_token_t *token)
{
    return text->keys + token->marked;
}

locnet_status_t locnet_text_words(const char *phrase, locnet_list_t *loose, locnet_list_t *marked,
                                  unsigned *caps)
{
    locnet_text_t text;
    memset(&text, 0, sizeof text);
    text.bytes = phrase;
    text.size = strlen(phrase);
    locnet_status_t status = add_tokens(&text, 0, text.size, 0);
    unsigned mask = 0, word = 0;
    for (size_t i = 0; status == LOCNET_OK && i < text.token_count; i++) {
        const locnet_token_t *token = &text.tokens[i];
        if (!token->word)
            continue;
        if (token->upper && word < 32)
            mask |= 1u << word;
        word++;
        if (loose != NULL)
            status = locnet_list_append(loose, locnet_token_loose(&text, token));
        if (status == LOCNET_OK && marked != NULL)
            status = locnet_list_append(marked, locnet_token_marked(&text, token));
    }
    if (caps != NULL)
        *caps = mask;
    locnet_text_destroy(&text);
    return status;
}

void locnet_text_position(const char *bytes, size_t offset, long *line, long *column)
{
    *line = 1;
    size_t line_start = 0;
    for (size_t at = 0; at < offset; at++) {
        if (bytes[at] == '\n') {
            (*line)++;
            line_start = at + 1;
        }
    }
    *column = (long)count_chars(bytes, line_start, offset) + 1;
}
