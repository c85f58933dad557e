/* io/extract/text.h: an article's text cut into sentences and tokens, each token with its two
 * comparison keys (graph/lookup.h): without diacritics ("loose") and with them ("marked").
 *
 * Sentences end at '.', '!', '?' or '…' followed by white space and an upper-case letter, a
 * digit or a quotation mark (not after an abbreviation such as "TP." or "M."), at a blank line,
 * and at a line break unless the next line starts with a lower-case letter (a wrapped line).
 * Tokens are runs of letters, marks and digits ("words"), or single other characters
 * (punctuation); white space is not a token. The text after a footer line ("Tin liên quan",
 * "Articles liés", ...) is not cut into sentences: it lists other articles. */
#ifndef LOCNET_EXTRACT_TEXT_H
#define LOCNET_EXTRACT_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "locnet/status.h"

typedef struct locnet_token {
    size_t start, end;     /* bytes of the text */
    size_t loose, marked;  /* offsets of the keys in the text's key store */
    size_t sentence;
    bool word;             /* letters, marks and digits */
    bool upper;            /* starts with an upper-case letter */
    bool has_marks;        /* the loose key differs from the marked one */
    bool newline_before;   /* a line break lies between this token and the previous one */
} locnet_token_t;

typedef struct locnet_sentence {
    size_t start, end;            /* bytes */
    size_t char_start, char_end;  /* the same in characters (Unicode code points) */
    size_t first_token, token_count;
} locnet_sentence_t;

typedef struct locnet_text {
    const char *bytes;   /* not owned */
    size_t size;
    size_t body_end;     /* where the footer starts (size when there is none) */
    size_t title_start, title_end;  /* the first non-empty line */
    locnet_token_t *tokens;
    size_t token_count, token_capacity;
    locnet_sentence_t *sentences;
    size_t sentence_count, sentence_capacity;
    char *keys;          /* NUL-terminated keys, one after another */
    size_t keys_size, keys_capacity;
} locnet_text_t;

/* Cuts bytes (size bytes of valid UTF-8, not owned, kept alive by the caller while text is
 * used) into sentences and tokens. On failure text holds nothing to free. */
locnet_status_t locnet_text_init(locnet_text_t *text, const char *bytes, size_t size);
/* Frees what locnet_text_init made; accepts NULL. */
void locnet_text_destroy(locnet_text_t *text);

/* The loose and marked keys of a token. */
const char *locnet_token_loose(const locnet_text_t *text, const locnet_token_t *token);
const char *locnet_token_marked(const locnet_text_t *text, const locnet_token_t *token);

/* Keys of a short text (a name or a phrase): appends the loose key of each word of it to words
 * (a locnet_list_t *, may be NULL) and returns LOCNET_OK; *caps gets bit i set when word i starts
 * with an upper-case letter. Used to compile names and phrases the same way as articles. */
struct locnet_list;
locnet_status_t locnet_text_words(const char *phrase, struct locnet_list *loose,
                                  struct locnet_list *marked, unsigned *caps);

/* The 1-based line and character column of byte offset in bytes. */
void locnet_text_position(const char *bytes, size_t offset, long *line, long *column);

#endif
