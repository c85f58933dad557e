/* io/dot/dot_escape.c: DOT strings that Graphviz reads back, and shows, exactly. */
#include "io/dot/dot_escape.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "graph/id_index.h"

/* Graphviz's scanner rejects a quoted or HTML string holding a run of more than 16 KiB without
 * a backslash, quote or line end; runs are cut well below that. */
#define RUN_LIMIT 4000

/* The character that stands for one Graphviz cannot show, at p (valid UTF-8): a control
 * picture for a C0 control character or DEL (U+2400 + c, U+2421 for DEL), U+FFFD for the
 * noncharacters U+FFFE and U+FFFF, which XML 1.0 (and so Graphviz's SVG) cannot hold. Sets
 * *length to the bytes the character at p takes; returns 0 for one that is shown as it is. */
static unsigned picture_of(const unsigned char *p, size_t *length)
{
    *length = 1;
    if (*p < 0x20 || *p == 0x7f)
        return *p == 0x7f ? 0x2421 : 0x2400 + *p;
    if (p[0] == 0xef && p[1] == 0xbf && (p[2] == 0xbe || p[2] == 0xbf)) {
        *length = 3;
        return 0xfffd;
    }
    return 0;
}

/* Encodes a picture (a code point of three UTF-8 bytes) into bytes. */
static void encode_picture(unsigned codepoint, char bytes[3])
{
    bytes[0] = (char)(0xe0 | (codepoint >> 12));
    bytes[1] = (char)(0x80 | ((codepoint >> 6) & 0x3f));
    bytes[2] = (char)(0x80 | (codepoint & 0x3f));
}

static void write_picture(FILE *out, unsigned codepoint)
{
    char bytes[3];
    encode_picture(codepoint, bytes);
    fwrite(bytes, 1, 3, out);
}

/* The picture for the character at *p, stepping *p over it; 0 (and no step) for one that is
 * shown as it is, and for a tab or a line end (which labels keep). */
static unsigned take_picture(const unsigned char **p)
{
    size_t length;
    unsigned picture = strchr("\t\n\r", **p) != NULL ? 0 : picture_of(*p, &length);
    if (picture != 0)
        *p += length;
    return picture;
}

/* True when a plain run may be cut before this byte: not inside a UTF-8 sequence. */
static bool starts_character(unsigned char c)
{
    return (c & 0xc0) != 0x80;
}

/* Starts the character at *p of a label written in runs: cuts a long run with cut, and writes
 * the picture of a character that cannot be shown (stepping *p over it). Returns true when the
 * character is written, false when the caller writes it. */
static bool begin_character(FILE *out, const unsigned char **p, size_t *run, const char *cut)
{
    if (*run >= RUN_LIMIT && starts_character(**p)) {
        fputs(cut, out);
        *run = 0;
    }
    unsigned picture = take_picture(p);
    if (picture == 0)
        return false;
    write_picture(out, picture);
    *run += 3;
    return true;
}

void locnet_dot_write_label(FILE *out, const char *text)
{
    const unsigned char *p = (const unsigned char *)text;
    size_t run = 0;
    fputc('"', out);
    while (*p != '\0') {
        if (begin_character(out, &p, &run, "\\\n"))  /* a cut Graphviz's scanner removes */
            continue;
        unsigned char c = *p++;
        if (c == '\\' || c == '"') {
            fputc('\\', out);
            fputc(c, out);
            run = 0;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && *p == '\n')
                p++;
            fputs(*p == '\0' ? "\\n\\n" : "\\n", out);
            run = 0;
        } else if (c == '&') {
            fputs("&amp;", out);
            run += 5;
        } else {
            fputc(c, out);
            run++;
        }
    }
    fputc('"', out);
}

/* The number of backslashes ending text[0..end). */
static size_t backslashes_before(const char *text, size_t end)
{
    size_t count = 0;
    while (count < end && text[end - 1 - count] == '\\')
        count++;
    return count;
}

bool locnet_dot_id_exact(const char *text)
{
    size_t i = 0;
    for (; text[i] != '\0'; i++) {
        unsigned char c = (unsigned char)text[i];
        size_t length;
        if (picture_of((const unsigned char *)text + i, &length) != 0)
            return false;
        if (c == '"' && backslashes_before(text, i) % 2 == 1)
            return false;
    }
    return backslashes_before(text, i) % 2 == 0;
}

void locnet_dot_write_id(FILE *out, const char *text)
{
    const unsigned char *p = (const unsigned char *)text;
    size_t run = 0;
    fputc('"', out);
    while (*p != '\0') {
        unsigned char c = *p++;
        if (run >= RUN_LIMIT && starts_character(c)) {
            fputs("\\\n", out);
            run = 0;
        }
        if (c == '"') {
            fputs("\\\"", out);
            run = 0;
        } else {
            fputc(c, out);
            run = c == '\\' ? 0 : run + 1;
        }
    }
    fputc('"', out);
}

void locnet_dot_write_html_text(FILE *out, const char *text)
{
    const unsigned char *p = (const unsigned char *)text;
    size_t run = 0;
    while (*p != '\0') {
        if (begin_character(out, &p, &run, "\n"))  /* a line end Graphviz drops from HTML text */
            continue;
        unsigned char c = *p++;
        switch (c) {
        case '&': fputs("&amp;", out); run += 5; break;
        case '<': fputs("&lt;", out); run += 4; break;
        case '>': fputs("&gt;", out); run += 4; break;
        case '"': fputs("&quot;", out); run += 6; break;
        case '\\': fputs("\\\\", out); run += 2; break;
        case '\r':
        case '\n':
            if (c == '\r' && *p == '\n')
                p++;
            fputs("<BR/>", out);
            run = 0;
            break;
        default:
            fputc(c, out);
            run++;
        }
    }
}

/* A copy of text that DOT can hold as an ID: pictures for what cannot be shown (picture_of),
 * one more backslash for an odd run before a quote or the end. Caller frees; NULL when out of
 * memory. */
static char *exact_id_copy(const char *text)
{
    size_t length = strlen(text);
    char *copy = malloc(3 * length + 2);
    if (copy == NULL)
        return NULL;
    size_t n = 0;
    for (size_t i = 0;; i++) {
        unsigned char c = (unsigned char)text[i];
        if ((c == '"' || c == '\0') && backslashes_before(copy, n) % 2 == 1)
            copy[n++] = '\\';
        if (c == '\0')
            break;
        size_t width;
        unsigned picture = picture_of((const unsigned char *)text + i, &width);
        if (picture != 0) {
            encode_picture(picture, copy + n);
            n += 3;
            i += width - 1;
        } else {
            copy[n++] = (char)c;
        }
    }
    copy[n] = '\0';
    return copy;
}

locnet_status_t locnet_dot_assign_names(const char *prefix, const char *const *texts, size_t count,
                                       locnet_list_t *names)
{
    locnet_id_index_t used;
    locnet_id_index_init(&used);
    locnet_status_t status = LOCNET_OK;
    char **chosen = calloc(count + 1, sizeof *chosen);
    if (chosen == NULL)
        return LOCNET_ENOMEM;
    size_t prefix_length = strlen(prefix);
    /* exact names first, so that they keep their text whatever the others become */
    for (int pass = 0; pass < 2 && status == LOCNET_OK; pass++) {
        for (size_t i = 0; i < count && status == LOCNET_OK; i++) {
            bool exact = locnet_dot_id_exact(texts[i]);
            if (exact != (pass == 0))
                continue;
            char *base = exact ? strdup(texts[i]) : exact_id_copy(texts[i]);
            size_t length = base ? prefix_length + strlen(base) + 24 : 0;
            char *name = base ? malloc(length) : NULL;
            if (name == NULL) {
                free(base);
                status = LOCNET_ENOMEM;
                break;
            }
            snprintf(name, length, "%s%s", prefix, base);
            for (long suffix = 2; (status = locnet_id_index_insert(&used, name, (int64_t)i, NULL)) ==
                                  LOCNET_EDATA;
                 suffix++)
                snprintf(name, length, "%s%s~%ld", prefix, base, suffix);
            free(base);
            chosen[i] = name;
        }
    }
    for (size_t i = 0; i < count && status == LOCNET_OK; i++)
        status = locnet_list_append(names, chosen[i]);
    for (size_t i = 0; i < count; i++)
        free(chosen[i]);
    free(chosen);
    locnet_id_index_destroy(&used);
    return status;
}
