/* io/read/country_names.c: a key index over the iso-codes table and a short list of other names. */
#include "io/read/country_names.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "graph/lookup.h"

typedef struct country {
    const char *alpha2;
    const char *alpha3;
    const char *name;
    const char *official_name;
    const char *common_name;
} country_t;

static const country_t countries[] = {
#include "io/read/country_table.inc"
};
#define COUNTRY_COUNT (sizeof countries / sizeof countries[0])

/* Names in use that ISO does not list, and spellings found in real data (the world twin-town
 * list has all of these). Parts of a country map to the country. */
static const struct {
    const char *name;
    const char *alpha2;
} other_names[] = {
    /* constituent countries and common short forms */
    {"England", "GB"}, {"Scotland", "GB"}, {"Wales", "GB"}, {"Northern Ireland", "GB"},
    {"Great Britain", "GB"}, {"UK", "GB"}, {"USA", "US"}, {"United States of America", "US"},
    {"Republic of Ireland", "IE"}, {"Russia", "RU"}, {"Turkey", "TR"}, {"Brunei", "BN"},
    {"Cape Verde", "CV"}, {"East Timor", "TL"}, {"Ivory Coast", "CI"}, {"Micronesia", "FM"},
    {"Macedonia", "MK"}, {"Burma", "MM"}, {"Swaziland", "SZ"}, {"Vatican", "VA"},
    {"Vatican City", "VA"}, {"Palestine", "PS"}, {"West Bank", "PS"}, {"Gaza Strip", "PS"},
    {"Republic of the Congo", "CG"}, {"Czech Republic", "CZ"},
    /* not in ISO 3166-1: Kosovo has the user-assigned XK in wide use; ISO counts Northern
     * Cyprus as part of Cyprus */
    {"Kosovo", "XK"}, {"Northern Cyprus", "CY"},
    /* other languages' and older English spellings */
    {"Bosnia and Hercegovina", "BA"}, {"Island", "IS"}, {"Madagaskar", "MG"},
    {"Moldavia", "MD"}, {"Surinam", "SR"},
    /* misspellings in the world twin-town list */
    {"Grece", "GR"}, {"Kazakhstah", "KZ"}, {"in Italy", "IT"},
};
#define OTHER_COUNT (sizeof other_names / sizeof other_names[0])

/* Rows past COUNTRY_COUNT are rows of other_names. */
static const char *row_code(int64_t row)
{
    return row < (int64_t)COUNTRY_COUNT ? countries[row].alpha2
                                         : other_names[row - (int64_t)COUNTRY_COUNT].alpha2;
}

/* The comparison key of a name, without a leading "The" ("The Gambia" is "Gambia"). */
static locnet_status_t name_key(const char *text, char **key)
{
    while (isspace((unsigned char)*text))
        text++;
    if (strncasecmp(text, "the ", 4) == 0)
        text += 4;
    return locnet_lookup_key(text, key);
}

/* Adds the key of text, and of its variants, for row. A key already present keeps its first
 * row (ISO's short names come first). */
static locnet_status_t add_name(locnet_country_names_t *names, const char *text, int64_t row)
{
    if (text == NULL)
        return LOCNET_OK;
    char variant[200];
    const char *variants[3] = {text, NULL, NULL};
    /* "Falkland Islands (Malvinas)" is also "Falkland Islands" */
    const char *open = strchr(text, '(');
    if (open != NULL && open > text) {
        snprintf(variant, sizeof variant, "%.*s", (int)(open - text), text);
        variants[1] = variant;
    }
    /* "Congo, The Democratic Republic of the" is also "The Democratic Republic of the Congo" */
    char turned[200];
    const char *comma = strrchr(text, ',');
    if (comma != NULL && open == NULL) {
        snprintf(turned, sizeof turned, "%s %.*s", comma + 1, (int)(comma - text), text);
        variants[2] = turned;
    }
    for (int i = 0; i < 3; i++) {
        if (variants[i] == NULL)
            continue;
        char *key = NULL;
        locnet_status_t status = name_key(variants[i], &key);
        if (status != LOCNET_OK)
            return status;
        status = locnet_id_index_insert(&names->by_key, key, row, NULL);
        free(key);
        if (status == LOCNET_ENOMEM)
            return status;
    }
    return LOCNET_OK;
}

locnet_status_t locnet_country_names_init(locnet_country_names_t *names)
{
    locnet_id_index_init(&names->by_key);
    locnet_status_t status = LOCNET_OK;
    for (size_t i = 0; status == LOCNET_OK && i < COUNTRY_COUNT; i++)
        status = add_name(names, countries[i].name, (int64_t)i);
    for (size_t i = 0; status == LOCNET_OK && i < COUNTRY_COUNT; i++) {
        status = add_name(names, countries[i].common_name, (int64_t)i);
        if (status == LOCNET_OK)
            status = add_name(names, countries[i].official_name, (int64_t)i);
    }
    for (size_t i = 0; status == LOCNET_OK && i < OTHER_COUNT; i++)
        status = add_name(names, other_names[i].name, (int64_t)(COUNTRY_COUNT + i));
    if (status != LOCNET_OK)
        locnet_country_names_destroy(names);
    return status;
}

void locnet_country_names_destroy(locnet_country_names_t *names)
{
    if (names != NULL)
        locnet_id_index_destroy(&names->by_key);
}

/* The codes ISO 3166-1 leaves to users: AA, QM to QZ, XA to XZ (Kosovo's XK among them) and
 * ZZ (unknown). */
static bool is_user_assigned(const char upper[3])
{
    return strcmp(upper, "AA") == 0 || strcmp(upper, "ZZ") == 0 || upper[0] == 'X' ||
           (upper[0] == 'Q' && upper[1] >= 'M' && upper[1] <= 'Z');
}

/* Finds an upper-case alpha-2 code by bisection of the table, which country_table.py sorts. */
static bool find_alpha2(const char *text, char code[3])
{
    size_t low = 0, high = COUNTRY_COUNT;
    unsigned wanted = (unsigned)text[0] << 8 | (unsigned)text[1];
    while (low < high) {
        size_t middle = (low + high) / 2;
        const char *alpha2 = countries[middle].alpha2;
        unsigned found = (unsigned)alpha2[0] << 8 | (unsigned)alpha2[1];
        if (found == wanted) {
            memcpy(code, alpha2, 3);
            return true;
        }
        if (found < wanted)
            low = middle + 1;
        else
            high = middle;
    }
    if (!is_user_assigned(text))
        return false;
    memcpy(code, text, 3);
    return true;
}

/* Looks text up as an alpha-2 or alpha-3 code (letters only, any case). */
static bool find_code(const char *text, size_t length, char code[3])
{
    char upper[4];
    if (length != 2 && length != 3)
        return false;
    for (size_t i = 0; i < length; i++) {
        if (!isalpha((unsigned char)text[i]))
            return false;
        upper[i] = (char)toupper((unsigned char)text[i]);
    }
    upper[length] = '\0';
    if (length == 2)
        return find_alpha2(upper, code);
    for (size_t i = 0; i < COUNTRY_COUNT; i++) {
        if (strcmp(countries[i].alpha3, upper) == 0) {
            memcpy(code, countries[i].alpha2, 3);
            return true;
        }
    }
    return false;
}

/* Looks up text[0..length) as a code or a name. */
static locnet_status_t find(const locnet_country_names_t *names, const char *text, size_t length,
                            char code[3])
{
    while (length > 0 && isspace((unsigned char)*text)) {
        text++;
        length--;
    }
    while (length > 0 && isspace((unsigned char)text[length - 1]))
        length--;
    if (length == 0)
        return LOCNET_ENOTFOUND;
    if (find_code(text, length, code))
        return LOCNET_OK;
    char *copy = strndup(text, length), *key = NULL;
    if (copy == NULL)
        return LOCNET_ENOMEM;
    locnet_status_t status = name_key(copy, &key);
    free(copy);
    if (status != LOCNET_OK)
        return status;
    int64_t row;
    bool found = locnet_id_index_find(&names->by_key, key, &row);
    free(key);
    if (!found)
        return LOCNET_ENOTFOUND;
    memcpy(code, row_code(row), 3);
    return LOCNET_OK;
}

bool locnet_country_code_of(const char *text, char code[3])
{
    if (text[0] >= 'A' && text[0] <= 'Z' && text[1] >= 'A' && text[1] <= 'Z' && text[2] == '\0')
        return find_alpha2(text, code);  /* the usual case, read by the million */
    size_t length = strlen(text);
    while (length > 0 && isspace((unsigned char)*text)) {
        text++;
        length--;
    }
    while (length > 0 && isspace((unsigned char)text[length - 1]))
        length--;
    return find_code(text, length, code);
}

locnet_status_t locnet_country_code(const locnet_country_names_t *names, const char *text,
                                    char code[3])
{
    size_t length = strlen(text);
    locnet_status_t status = find(names, text, length, code);
    if (status != LOCNET_ENOTFOUND)
        return status;
    const char *open = strchr(text, '(');  /* "Georgia (country)" */
    if (open != NULL && (status = find(names, text, (size_t)(open - text), code)) != LOCNET_ENOTFOUND)
        return status;
    const char *comma = strrchr(text, ',');  /* "Réunion, France": the country comes last */
    if (comma != NULL)
        return find(names, comma + 1, strlen(comma + 1), code);
    return LOCNET_ENOTFOUND;
}

const char *locnet_country_name(const char *code)
{
    if (strcmp(code, "XK") == 0)
        return "Kosovo";
    for (size_t i = 0; i < COUNTRY_COUNT; i++) {
        if (strcmp(countries[i].alpha2, code) == 0)
            return countries[i].common_name != NULL ? countries[i].common_name : countries[i].name;
    }
    return NULL;
}
