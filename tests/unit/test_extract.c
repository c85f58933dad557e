/* Unit tests of io/extract: what the news writes and what must come out of it, on the bundled
 * gazetteer. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "io/extract/article.h"
#include "io/load.h"

static locnet_extractor_t extractor;

static int setup(void **state)
{
    (void)state;
    locnet_attributes_install();
    locnet_network_t net;
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_status_t status = locnet_load(LOCNET_SOURCE_DATA_DIR "/gazetteer.json", &net, &diagnostics);
    locnet_diagnostics_destroy(&diagnostics);
    if (status != LOCNET_OK)
        return -1;
    return locnet_extractor_init(&extractor, &net) == LOCNET_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    locnet_extractor_destroy(&extractor);
    return 0;
}

/* Reads text (a title line is put first) and returns how many candidates came out, with their
 * pairs written "FRENCH VIETNAMESE kind year" one per line into pairs. */
static size_t extract(const char *text, const char *date, char *pairs, size_t size,
                      size_t *warnings)
{
    static char buffer[4096];
    snprintf(buffer, sizeof buffer, "Tin\n%s\n", text);
    locnet_article_t article;
    locnet_diagnostics_t diagnostics;
    locnet_diagnostics_init(&diagnostics);
    locnet_article_options_t options = {"test.txt", LOCNET_LANGUAGE_UNKNOWN, date};
    assert_int_equal(locnet_article_read(&extractor, buffer, strlen(buffer), &options, &article,
                                         &diagnostics), LOCNET_OK);
    if (warnings != NULL)
        *warnings = locnet_diagnostics_total(&diagnostics);
    locnet_diagnostics_destroy(&diagnostics);
    pairs[0] = '\0';
    const locnet_network_t *net = &extractor.gazetteer.net;
    for (size_t i = 0; i < article.candidates.count; i++) {
        const locnet_candidate_t *candidate = &article.candidates.items[i];
        size_t used = strlen(pairs);
        snprintf(pairs + used, size - used, "%s %s %s %d\n",
                 locnet_locality_text(net, LOCNET_V_ID, candidate->french),
                 locnet_locality_text(net, LOCNET_V_ID, candidate->vietnamese),
                 locnet_pair_kind_name(candidate->kind), candidate->year);
    }
    size_t count = article.candidates.count;
    locnet_article_destroy(&article);
    return count;
}

static void test_without_diacritics(void **state)
{
    (void)state;
    char pairs[512];
    assert_int_equal(extract("Chieu 5/3/2024, thanh pho Ha Noi va thanh pho Toulouse da ky ket "
                             "thoa thuan hop tac ve bao ton di san.", NULL, pairs, sizeof pairs, NULL), 1);
    assert_string_equal(pairs, "FR-31-toulouse VN-HN agreement 2024\n");  /* the date's year */
    /* written with other diacritics, the words are other words */
    assert_int_equal(extract("Thành phố Hạ Nội và thành phố Toulouse đã ký kết thỏa thuận hợp tác.",
                             NULL, pairs, sizeof pairs, NULL), 0);
    assert_int_equal(extract("La ville de Hanoi et Rennes ont signe un accord de cooperation en 2010.",
                             NULL, pairs, sizeof pairs, NULL), 1);
    assert_string_equal(pairs, "FR-35-rennes VN-HN agreement 2010\n");
}

static void test_lists_pair_item_by_item(void **state)
{
    (void)state;
    char pairs[512];
    assert_int_equal(extract("Tại phiên bế mạc, diễn ra Lễ ký kết thỏa thuận hợp tác giữa các địa "
                             "phương, gồm thành phố Hà Nội - thành phố Toulouse, tỉnh Yên Bái - tỉnh "
                             "Val-de-Marne, Brest và Hải Phòng.", "2023-04-15", pairs, sizeof pairs, NULL), 3);
    assert_string_equal(pairs, "FR-31-toulouse VN-HN agreement 0\nFR-94 VN-06 agreement 0\n"
                               "FR-29-brest VN-HP agreement 0\n");
    assert_int_equal(extract("Rennes et Huế, Blois et Hanoï ont signé des accords de jumelage.",
                             "2020", pairs, sizeof pairs, NULL), 2);
    assert_string_equal(pairs, "FR-35-rennes VN-26-hue twinning 0\nFR-41-blois VN-HN twinning 0\n");
}

static void test_pronouns_take_the_locality_named_before(void **state)
{
    (void)state;
    char pairs[512];
    assert_int_equal(extract("Yên Bái là tỉnh miền núi phía Bắc. Tỉnh này đã ký kết thỏa thuận hợp "
                             "tác với Val-de-Marne năm 2023.", "2024", pairs, sizeof pairs, NULL), 1);
    assert_string_equal(pairs, "FR-94 VN-06 agreement 2023\n");
    assert_int_equal(extract("Le maire de Rennes a reçu une délégation de Huế. Les deux villes ont "
                             "signé un accord de jumelage.", "2015", pairs, sizeof pairs, NULL), 1);
    assert_string_equal(pairs, "FR-35-rennes VN-26-hue twinning 0\n");
    /* the locality named before is of the same country: nothing */
    assert_int_equal(extract("La ville de Rennes est en Bretagne. Elle a signé un accord avec Nantes.",
                             NULL, pairs, sizeof pairs, NULL), 0);
}

static void test_two_places_without_agreement_yield_nothing(void **state)
{
    (void)state;
    char pairs[512];
    const char *texts[] = {
        "Đoàn công tác tỉnh Yên Bái đã đến thăm thành phố Toulouse.",
        "Le maire de Rennes s'est rendu à Huế pour une visite d'étude.",
        "Thành phố Huế và thành phố Rennes chưa ký kết thỏa thuận hợp tác.",
        "Tỉnh Yên Bái tìm kiếm cơ hội hợp tác với thành phố Toulouse.",
        "Aucun accord n'a été signé entre Nantes et Đà Nẵng.",
        "Tours et Huế ont signé un accord.",  /* "Tours" alone is a common word */
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        assert_int_equal(extract(texts[i], "2020", pairs, sizeof pairs, NULL), 0);
    assert_int_equal(extract("La ville de Tours et Huế ont signé un accord.", "2020", pairs, sizeof pairs, NULL), 1);
}

static void test_ambiguous_names_are_reported(void **state)
{
    (void)state;
    char pairs[512];
    size_t warnings = 0;
    assert_int_equal(extract("Huyện Châu Thành và thành phố Rennes đã ký kết thỏa thuận hợp tác.",
                             "2020", pairs, sizeof pairs, &warnings), 0);
    assert_int_equal(warnings, 1);
    /* the article's date tells the city of Huế before 2025 from the one after */
    assert_int_equal(extract("Thành phố Huế và thành phố Rennes đã ký kết thỏa thuận hợp tác.",
                             "2026-01", pairs, sizeof pairs, NULL), 1);
    assert_string_equal(pairs, "FR-35-rennes VN-HUE agreement 0\n");
}

/* Reads text as a whole file (no title added), finding its language and date. */
static locnet_status_t read_whole(const char *text, locnet_article_t *article,
                                  locnet_diagnostics_t *diagnostics)
{
    locnet_diagnostics_init(diagnostics);
    locnet_article_options_t options = {"test.txt", LOCNET_LANGUAGE_UNKNOWN, NULL};
    return locnet_article_read(&extractor, text, strlen(text), &options, article, diagnostics);
}

static void test_sentences_dates_and_offsets(void **state)
{
    (void)state;
    const char *text = "Tiêu đề\nNgày 15 tháng 4 năm 2023, Hà Nội và Toulouse ký kết hợp tác. Câu sau.\n";
    locnet_article_t article;
    locnet_diagnostics_t diagnostics;
    assert_int_equal(read_whole(text, &article, &diagnostics), LOCNET_OK);
    assert_string_equal(article.date, "2023-04-15");
    assert_int_equal(article.text.sentence_count, 3);
    const locnet_sentence_t *second = &article.text.sentences[1];
    assert_int_equal(second->char_start, 8);   /* "Tiêu đề\n" is 8 characters, 12 bytes */
    assert_int_equal(second->start, 12);
    assert_int_equal(second->char_end - second->char_start, 60);
    assert_int_equal(article.candidates.count, 1);
    assert_int_equal(article.candidates.items[0].evidence[0], 1);
    locnet_article_destroy(&article);
    locnet_diagnostics_destroy(&diagnostics);
}

static void test_other_languages_are_refused(void **state)
{
    (void)state;
    const char *text = "Title\nThe city of Rennes and the city of Hue signed a cooperation agreement "
                       "in 2010, which was renewed by the two cities.\n";
    locnet_article_t article;
    locnet_diagnostics_t diagnostics;
    assert_int_equal(read_whole(text, &article, &diagnostics), LOCNET_EDATA);
    assert_int_equal(diagnostics.count, 1);
    assert_non_null(strstr(diagnostics.items[0].text, "reads as English"));
    locnet_diagnostics_destroy(&diagnostics);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_without_diacritics),
        cmocka_unit_test(test_lists_pair_item_by_item),
        cmocka_unit_test(test_pronouns_take_the_locality_named_before),
        cmocka_unit_test(test_two_places_without_agreement_yield_nothing),
        cmocka_unit_test(test_ambiguous_names_are_reported),
        cmocka_unit_test(test_sentences_dates_and_offsets),
        cmocka_unit_test(test_other_languages_are_refused),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
