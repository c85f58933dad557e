/* io/extract/rules.c: the word tables of extraction and their look-up. */
#include "io/extract/rules.h"

#include <stdlib.h>
#include <string.h>

#define CUE(text, kind, strong) {text, LOCNET_ROLE_CUE, LOCNET_PAIR_##kind, strong, 0, false, NULL}
#define ROLE(text, role) {text, LOCNET_ROLE_##role, LOCNET_PAIR_NONE, false, 0, false, NULL}
#define LEVEL(text, levels) {text, LOCNET_ROLE_LEVEL, LOCNET_PAIR_NONE, false, levels, false, NULL}
#define ANAPHOR(text, levels, plural) {text, LOCNET_ROLE_ANAPHOR, LOCNET_PAIR_NONE, false, levels, plural, NULL}
#define THEME(text, theme) {text, LOCNET_ROLE_THEME, LOCNET_PAIR_NONE, false, 0, false, theme}

enum {
    VN_CITY_LIKE = LOCNET_LEVEL_VN_CITY | LOCNET_LEVEL_VN_DISTRICT,
    FR_AREA = LOCNET_LEVEL_FR_REGION | LOCNET_LEVEL_FR_EPCI | LOCNET_LEVEL_FR_COMMUNE,
    FR_ANY = LOCNET_LEVEL_FR_REGION | LOCNET_LEVEL_FR_DEPARTMENT | LOCNET_LEVEL_FR_EPCI |
             LOCNET_LEVEL_FR_COMMUNE,
    TOWN = LOCNET_LEVEL_FR_COMMUNE | VN_CITY_LIKE,
};

static const locnet_phrase_t phrases[] = {
    /* co-chairs */
    CUE("đồng chủ trì", COCHAIR, true), CUE("đồng chủ tọa", COCHAIR, true),
    CUE("chủ trì", COCHAIR, true), CUE("coprésid*", COCHAIR, true),
    CUE("co présid*", COCHAIR, true), CUE("présidé conjointement", COCHAIR, true),
    CUE("présidence conjointe", COCHAIR, true), CUE("co chaired", COCHAIR, true),
    ROLE("phiên", SESSION), ROLE("do", SESSION_BY),
    /* twinning */
    CUE("kết nghĩa", TWINNING, true), CUE("jumel*", TWINNING, true),
    CUE("villes sœurs", TWINNING, true), CUE("ville sœur", TWINNING, true),
    /* agreements */
    CUE("ký kết", AGREEMENT, true), CUE("đã ký", AGREEMENT, true),
    CUE("ký thỏa thuận", AGREEMENT, true), CUE("thỏa thuận hợp tác", AGREEMENT, true),
    CUE("biên bản ghi nhớ", AGREEMENT, true), CUE("ghi nhớ hợp tác", AGREEMENT, true),
    CUE("quan hệ hợp tác", AGREEMENT, true), CUE("hợp tác phi tập trung", AGREEMENT, true),
    CUE("quan hệ đối tác", AGREEMENT, true), CUE("chương trình hành động", AGREEMENT, true),
    CUE("hợp tác với", AGREEMENT, true), CUE("kết quả hợp tác", AGREEMENT, true),
    CUE("hợp tác giữa", AGREEMENT, true), CUE("hợp tác", AGREEMENT, false),
    CUE("đối tác", AGREEMENT, false), CUE("mối quan hệ", AGREEMENT, false),
    CUE("quan hệ hữu nghị", AGREEMENT, false),
    CUE("coopération décentralisée", AGREEMENT, true), CUE("accord de coopération", AGREEMENT, true),
    CUE("convention de coopération", AGREEMENT, true), CUE("accord de partenariat", AGREEMENT, true),
    CUE("protocole d accord", AGREEMENT, true), CUE("lettre d intention", AGREEMENT, true),
    CUE("charte d amitié", AGREEMENT, true), CUE("programme de coopération", AGREEMENT, true),
    CUE("sign*", AGREEMENT, true), CUE("partenariat", AGREEMENT, true),
    CUE("coopèr*", AGREEMENT, true), CUE("coopération", AGREEMENT, false),
    CUE("partenaire*", AGREEMENT, false), CUE("relations", AGREEMENT, false),
    CUE("cooperation agreement", AGREEMENT, true),
    /* doubt and negation */
    ROLE("cơ hội hợp tác", DOUBT), ROLE("tiềm năng hợp tác", DOUBT),
    ROLE("khả năng hợp tác", DOUBT), ROLE("tìm kiếm", DOUBT), ROLE("tìm hiểu", DOUBT),
    ROLE("mong muốn", DOUBT), ROLE("opportunit*", DOUBT), ROLE("pistes", DOUBT),
    ROLE("envisag*", DOUBT), ROLE("souhait*", DOUBT), ROLE("pourrai*", DOUBT),
    ROLE("chưa", NEGATION), ROLE("không", NEGATION), ROLE("pas", NEGATION),
    ROLE("jamais", NEGATION), ROLE("aucun*", NEGATION), ROLE("never", NEGATION),
    ROLE("ne", NEGATION), ROLE("n", NEGATION), ROLE("not", NEGATION),
    /* level words */
    LEVEL("tỉnh", LOCNET_LEVEL_VN_PROVINCE | LOCNET_LEVEL_FR_DEPARTMENT),
    LEVEL("thành phố", TOWN | LOCNET_LEVEL_FR_EPCI), LEVEL("tp", TOWN | LOCNET_LEVEL_FR_EPCI),
    LEVEL("thủ đô", LOCNET_LEVEL_VN_CITY), LEVEL("quận", LOCNET_LEVEL_VN_DISTRICT),
    LEVEL("huyện", LOCNET_LEVEL_VN_DISTRICT), LEVEL("thị xã", LOCNET_LEVEL_VN_DISTRICT),
    LEVEL("thị trấn", LOCNET_LEVEL_VN_COMMUNE), LEVEL("xã", LOCNET_LEVEL_VN_COMMUNE),
    LEVEL("phường", LOCNET_LEVEL_VN_COMMUNE), LEVEL("vùng", FR_AREA),
    LEVEL("hội đồng vùng", LOCNET_LEVEL_FR_REGION), LEVEL("hội đồng tỉnh", LOCNET_LEVEL_FR_DEPARTMENT),
    LEVEL("địa phương", LOCNET_LEVEL_ANY),
    LEVEL("région", LOCNET_LEVEL_FR_REGION), LEVEL("conseil régional", LOCNET_LEVEL_FR_REGION),
    LEVEL("département", LOCNET_LEVEL_FR_DEPARTMENT),
    LEVEL("conseil départemental", LOCNET_LEVEL_FR_DEPARTMENT),
    LEVEL("conseil général", LOCNET_LEVEL_FR_DEPARTMENT), LEVEL("ville", TOWN),
    LEVEL("commune", TOWN), LEVEL("municipalité", TOWN), LEVEL("mairie", TOWN),
    LEVEL("conseil municipal", TOWN), LEVEL("métropole", LOCNET_LEVEL_FR_EPCI),
    LEVEL("agglomération", LOCNET_LEVEL_FR_EPCI),
    LEVEL("communauté d agglomération", LOCNET_LEVEL_FR_EPCI),
    LEVEL("communauté urbaine", LOCNET_LEVEL_FR_EPCI),
    LEVEL("communauté de communes", LOCNET_LEVEL_FR_EPCI),
    LEVEL("province", LOCNET_LEVEL_VN_PROVINCE | LOCNET_LEVEL_VN_CITY),
    LEVEL("district", LOCNET_LEVEL_VN_DISTRICT), LEVEL("arrondissement", LOCNET_LEVEL_VN_DISTRICT),
    LEVEL("collectivité", FR_ANY), LEVEL("collectivité territoriale", FR_ANY),
    /* anaphors */
    ANAPHOR("tỉnh này", LOCNET_LEVEL_VN_PROVINCE | LOCNET_LEVEL_FR_DEPARTMENT, false),
    ANAPHOR("thành phố này", TOWN, false), ANAPHOR("địa phương này", LOCNET_LEVEL_ANY, false),
    ANAPHOR("vùng này", FR_AREA, false), ANAPHOR("tỉnh bạn", LOCNET_LEVEL_ANY, false),
    ANAPHOR("thành phố bạn", TOWN, false), ANAPHOR("địa phương bạn", LOCNET_LEVEL_ANY, false),
    ANAPHOR("phía bạn", LOCNET_LEVEL_ANY, false),
    ANAPHOR("hai bên", LOCNET_LEVEL_ANY, true), ANAPHOR("hai địa phương", LOCNET_LEVEL_ANY, true),
    ANAPHOR("hai tỉnh", LOCNET_LEVEL_ANY, true), ANAPHOR("hai thành phố", LOCNET_LEVEL_ANY, true),
    ANAPHOR("la ville", TOWN, false), ANAPHOR("cette ville", TOWN, false),
    ANAPHOR("la commune", TOWN, false), ANAPHOR("la région", LOCNET_LEVEL_FR_REGION, false),
    ANAPHOR("cette région", LOCNET_LEVEL_FR_REGION, false),
    ANAPHOR("le département", LOCNET_LEVEL_FR_DEPARTMENT, false),
    ANAPHOR("ce département", LOCNET_LEVEL_FR_DEPARTMENT, false),
    ANAPHOR("la province", LOCNET_LEVEL_VN_PROVINCE | LOCNET_LEVEL_VN_CITY, false),
    ANAPHOR("cette province", LOCNET_LEVEL_VN_PROVINCE | LOCNET_LEVEL_VN_CITY, false),
    ANAPHOR("la métropole", LOCNET_LEVEL_FR_EPCI, false),
    ANAPHOR("la collectivité", LOCNET_LEVEL_ANY, false), ANAPHOR("celle ci", LOCNET_LEVEL_ANY, false),
    ANAPHOR("elle", LOCNET_LEVEL_ANY, false),
    ANAPHOR("les deux villes", LOCNET_LEVEL_ANY, true),
    ANAPHOR("les deux collectivités", LOCNET_LEVEL_ANY, true),
    ANAPHOR("les deux régions", LOCNET_LEVEL_ANY, true),
    ANAPHOR("les deux parties", LOCNET_LEVEL_ANY, true),
    ANAPHOR("les deux partenaires", LOCNET_LEVEL_ANY, true),
    ANAPHOR("les deux territoires", LOCNET_LEVEL_ANY, true),
    /* themes */
    THEME("di sản", "heritage"), THEME("patrimoine", "heritage"), THEME("văn hóa", "culture"),
    THEME("culture*", "culture"), THEME("du lịch", "tourism"), THEME("touris*", "tourism"),
    THEME("môi trường", "environment"), THEME("environnement*", "environment"),
    THEME("xử lý nước thải", "wastewater treatment"), THEME("nước thải", "wastewater treatment"),
    THEME("assainissement", "wastewater treatment"), THEME("eaux usées", "wastewater treatment"),
    THEME("xử lý nước", "water treatment"), THEME("traitement de l eau", "water treatment"),
    THEME("traitement des eaux", "water treatment"), THEME("quản lý nước", "water"),
    THEME("nguồn nước", "water"), THEME("cấp nước", "water"), THEME("eau potable", "water"),
    THEME("đô thị bền vững", "sustainable city"), THEME("thành phố bền vững", "sustainable city"),
    THEME("ville durable", "sustainable city"), THEME("quy hoạch", "urban planning"),
    THEME("urbanisme", "urban planning"), THEME("quản lý đô thị", "urban management"),
    THEME("gestion urbaine", "urban management"), THEME("thành phố thông minh", "smart city"),
    THEME("ville intelligente", "smart city"), THEME("số hóa", "digitalisation"),
    THEME("chuyển đổi số", "digitalisation"), THEME("numérique", "digitalisation"),
    THEME("y tế", "health"), THEME("santé", "health"), THEME("giáo dục", "education"),
    THEME("éducation", "education"), THEME("đào tạo", "training"), THEME("formation", "training"),
    THEME("nông nghiệp", "agriculture"), THEME("agricol*", "agriculture"),
    THEME("agriculture", "agriculture"), THEME("biến đổi khí hậu", "climate change"),
    THEME("changement climatique", "climate change"), THEME("rác thải", "waste management"),
    THEME("déchets", "waste management"), THEME("kinh tế", "economy"),
    THEME("économi*", "economy"), THEME("năng lượng", "energy"), THEME("énergie*", "energy"),
    THEME("giao thông", "transport"), THEME("transport*", "transport"),
    THEME("thể thao", "sport"), THEME("sport*", "sport"),
};

/* Names that are common words: matched only after a level word ("ville de Tours"). */
static const char *const common_words[] = {
    "tours", "sens", "orange", "mer", "eu", "vienne", "aube", "cher", "lot", "manche", "nord",
    "somme", "creuse", "landes", "centre", "bar", "vire", "pont", "port", "bois", "roche",
    "ville", "cognac", "champagne", "moulins", "rue", "gap", "bourg", "charité", "mans",
    "thong nhat", "doc lap", "hoa binh", "thai binh", "tan phu",
};

/* Vietnamese cities and urban districts that news names without a level word. */
static const char *const main_cities[] = {
    "Huế", "Nha Trang", "Đà Lạt", "Hội An", "Hoi An", "Vũng Tàu", "Hạ Long", "Vinh", "Quy Nhơn",
    "Qui Nhon", "Buôn Ma Thuột", "Biên Hòa", "Mỹ Tho", "Sa Pa", "Phan Thiết", "Pleiku",
    "Rạch Giá", "Long Xuyên", "Châu Đốc", "Cam Ranh", "Móng Cái", "Dien Bien Phu", "Việt Trì",
    "Thủ Dầu Một", "Bảo Lộc", "Tuy Hòa", "Đồng Hới", "Tam Kỳ", "Hà Tiên", "Phú Quốc", "Côn Đảo",
    "Cát Bà", "Đống Đa", "Hoàn Kiếm", "Ba Đình", "Ba Dinh", "Cầu Giấy", "Tây Hồ", "Hai Bà Trưng",
    "Long Biên", "Hà Đông", "Sơn Tây", "Thủ Đức", "Chợ Lớn", "Cẩm Phả", "Uông Bí", "Cao Lãnh",
    "Sa Dec", "Phan Rang-Tháp Chàm", "Bà Rịa", "Đông Hà", "Kon Tum", "Lào Cai",
};

/* Frequent Vietnamese syllables (besides those of place names): a French name that is one of
 * them is not matched alone in Vietnamese text ("Ban" in "Ban Kinh tế"). */
static const char *const vietnamese_words[] = {
    "ban", "kinh", "te", "trung", "uong", "tin", "theo", "tham", "lam", "viec", "tai", "hoi",
    "nghi", "hop", "tac", "dai", "bieu", "chu", "tich", "pho", "doan", "cong", "ty", "so", "bo",
    "nganh", "vien", "mat", "tran", "dang", "nhan", "dan", "quoc", "gia", "le", "ong", "ba",
    "anh", "chi", "em", "con", "nguoi", "dong", "chinh", "phu", "xa", "tinh", "thanh", "huyen",
    "quan", "phuong", "viet", "nam", "phap", "my", "duc", "y", "nga", "han", "nhat", "lao",
    "thai", "van", "hoa", "du", "lich", "dau", "tu", "cao", "mai", "lan", "long", "son", "tan",
};

static const char *const stopwords_vi[] = {
    "và", "của", "các", "những", "được", "trong", "với", "là", "có", "cho", "tại", "đã", "này",
    "không", "người", "một", "từ", "đến", "năm", "hợp", "tác", "tỉnh", "thành", "phố", "cua",
    "cac", "nhung", "duoc", "voi", "khong", "nguoi", "mot", "nay", "hop", "tac", "tinh", "thanh",
};
static const char *const stopwords_fr[] = {
    "le", "la", "les", "des", "du", "et", "une", "est", "pour", "dans", "avec", "au", "aux",
    "que", "qui", "par", "sur", "à", "été", "ont", "sont", "ville", "région", "ce", "cette",
};
static const char *const stopwords_en[] = {
    "the", "and", "of", "to", "is", "with", "for", "on", "that", "by", "was", "were", "has",
    "have", "city", "which", "its", "from", "this", "are",
};

#define COUNT(array) (sizeof array / sizeof array[0])

const char *locnet_pair_kind_name(locnet_pair_kind_t kind)
{
    static const char *const names[] = {NULL, "agreement", "twinning", "cochair"};
    return names[kind];
}

/* Adds the loose key of text (all its words joined) to set. */
static locnet_status_t add_to_set(locnet_id_index_t *set, const char *text, bool marked)
{
    locnet_list_t words;
    locnet_list_init(&words);
    locnet_status_t status = marked ? locnet_text_words(text, NULL, &words, NULL)
                                    : locnet_text_words(text, &words, NULL, NULL);
    char joined[256] = "";
    for (size_t i = 0; status == LOCNET_OK && i < words.count; i++)
        strncat(joined, words.items[i], sizeof joined - strlen(joined) - 1);
    if (status == LOCNET_OK && locnet_id_index_insert(set, joined, 0, NULL) == LOCNET_ENOMEM)
        status = LOCNET_ENOMEM;
    locnet_list_destroy(&words);
    return status;
}

static locnet_status_t add_all(locnet_id_index_t *set, const char *const *texts, size_t count,
                               bool marked)
{
    locnet_status_t status = LOCNET_OK;
    for (size_t i = 0; status == LOCNET_OK && i < count; i++)
        status = add_to_set(set, texts[i], marked);
    return status;
}

static int compare_compiled(const void *left, const void *right)
{
    const locnet_compiled_phrase_t *a = left, *b = right;
    int order = strcmp(a->words.items[0], b->words.items[0]);
    if (order == 0)
        order = (int)b->words.count - (int)a->words.count;
    if (order == 0)
        order = a->phrase < b->phrase ? -1 : a->phrase > b->phrase;
    return order;
}

/* Compiles one phrase: the words' loose keys, a final '*' removed and remembered. */
static locnet_status_t compile_phrase(const locnet_phrase_t *phrase, locnet_compiled_phrase_t *out)
{
    out->phrase = phrase;
    locnet_list_init(&out->words);
    size_t length = strlen(phrase->text);
    out->prefix = phrase->text[length - 1] == '*';
    char *copy = strndup(phrase->text, out->prefix ? length - 1 : length);
    if (copy == NULL)
        return LOCNET_ENOMEM;
    locnet_status_t status = locnet_text_words(copy, &out->words, NULL, NULL);
    free(copy);
    return status;
}

static locnet_status_t compile_phrases(locnet_rules_t *rules)
{
    rules->phrases = calloc(COUNT(phrases), sizeof *rules->phrases);
    if (rules->phrases == NULL)
        return LOCNET_ENOMEM;
    locnet_status_t status = LOCNET_OK;
    for (size_t i = 0; status == LOCNET_OK && i < COUNT(phrases); i++) {
        status = compile_phrase(&phrases[i], &rules->phrases[i]);
        rules->phrase_count = i + 1;
    }
    if (status != LOCNET_OK)
        return status;
    qsort(rules->phrases, rules->phrase_count, sizeof *rules->phrases, compare_compiled);
    for (size_t i = 0; i < rules->phrase_count && rules->stem_count < LOCNET_RULES_MAX_STEMS; i++) {
        if (rules->phrases[i].prefix && rules->phrases[i].words.count == 1)
            rules->stems[rules->stem_count++] = i;
    }
    for (size_t i = rules->phrase_count; status == LOCNET_OK && i-- > 0;) {
        const char *first = rules->phrases[i].words.items[0];
        if (i == 0 || strcmp(rules->phrases[i - 1].words.items[0], first) != 0)
            status = locnet_id_index_insert(&rules->first_words, first, (int64_t)i, NULL);
    }
    return status;
}

locnet_status_t locnet_rules_init(locnet_rules_t *rules)
{
    memset(rules, 0, sizeof *rules);
    locnet_status_t status = compile_phrases(rules);
    if (status == LOCNET_OK)
        status = add_all(&rules->common_words, common_words, COUNT(common_words), false);
    if (status == LOCNET_OK)
        status = add_all(&rules->main_cities, main_cities, COUNT(main_cities), false);
    if (status == LOCNET_OK)
        status = add_all(&rules->vietnamese_syllables, vietnamese_words, COUNT(vietnamese_words), false);
    if (status == LOCNET_OK)
        status = add_all(&rules->stopwords[0], stopwords_vi, COUNT(stopwords_vi), true);
    if (status == LOCNET_OK)
        status = add_all(&rules->stopwords[1], stopwords_fr, COUNT(stopwords_fr), true);
    if (status == LOCNET_OK)
        status = add_all(&rules->stopwords[2], stopwords_en, COUNT(stopwords_en), true);
    if (status != LOCNET_OK)
        locnet_rules_destroy(rules);
    return status;
}

void locnet_rules_destroy(locnet_rules_t *rules)
{
    if (rules == NULL)
        return;
    for (size_t i = 0; i < rules->phrase_count; i++)
        locnet_list_destroy(&rules->phrases[i].words);
    free(rules->phrases);
    locnet_id_index_destroy(&rules->first_words);
    locnet_id_index_destroy(&rules->common_words);
    locnet_id_index_destroy(&rules->vietnamese_syllables);
    locnet_id_index_destroy(&rules->main_cities);
    for (size_t i = 0; i < 3; i++)
        locnet_id_index_destroy(&rules->stopwords[i]);
    memset(rules, 0, sizeof *rules);
}

locnet_status_t locnet_rules_add_syllables(locnet_rules_t *rules, const locnet_list_t *keys)
{
    for (size_t i = 0; i < keys->count; i++) {
        if (locnet_id_index_insert(&rules->vietnamese_syllables, keys->items[i], 0, NULL) == LOCNET_ENOMEM)
            return LOCNET_ENOMEM;
    }
    return LOCNET_OK;
}

bool locnet_rules_has(const locnet_id_index_t *set, const char *key)
{
    return locnet_id_index_find(set, key, NULL);
}

/* True when the bytes of token are one of count texts. */
static bool token_is(const locnet_text_t *text, const locnet_token_t *token,
                     const char *const *texts, size_t count)
{
    size_t length = token->end - token->start;
    for (size_t i = 0; i < count; i++) {
        if (strlen(texts[i]) == length && memcmp(text->bytes + token->start, texts[i], length) == 0)
            return true;
    }
    return false;
}

/* True when the punctuation token may stand inside a phrase ("d'accord", "co-présidé"). */
static bool is_joiner(const locnet_text_t *text, const locnet_token_t *token)
{
    static const char *const joiners[] = {"'", "\xE2\x80\x99", ".", "-", "\xE2\x80\x90"};
    return token_is(text, token, joiners, COUNT(joiners));
}

/* The number of tokens from token on that spell compiled's words, or 0. */
static size_t match_words(const locnet_compiled_phrase_t *compiled, const locnet_text_t *text,
                          size_t token, size_t limit)
{
    size_t at = token;
    for (size_t w = 0; w < compiled->words.count; w++) {
        while (w > 0 && at < limit && !text->tokens[at].word && is_joiner(text, &text->tokens[at]))
            at++;
        if (at >= limit || !text->tokens[at].word)
            return 0;
        const char *key = locnet_token_loose(text, &text->tokens[at]), *want = compiled->words.items[w];
        bool last = w + 1 == compiled->words.count;
        if (last && compiled->prefix ? strncmp(key, want, strlen(want)) != 0 : strcmp(key, want) != 0)
            return 0;
        at++;
    }
    return at - token;
}

const locnet_phrase_t *locnet_rules_match(const locnet_rules_t *rules, const locnet_text_t *text,
                                          size_t token, size_t limit, locnet_phrase_role_t role,
                                          size_t *length)
{
    int64_t first = (int64_t)rules->phrase_count;
    if (!text->tokens[token].word)
        return NULL;
    locnet_id_index_find(&rules->first_words, locnet_token_loose(text, &text->tokens[token]), &first);
    const char *key = locnet_token_loose(text, &text->tokens[token]);
    for (size_t i = (size_t)first; i < rules->phrase_count && strcmp(rules->phrases[i].words.items[0], key) == 0; i++) {
        if (rules->phrases[i].phrase->role != role)
            continue;
        size_t matched = match_words(&rules->phrases[i], text, token, limit);
        if (matched > 0) {
            *length = matched;
            return rules->phrases[i].phrase;
        }
    }
    /* a prefix phrase of one word ("sign*") is filed under its stem, not the word */
    for (size_t p = 0; p < rules->stem_count; p++) {
        const locnet_compiled_phrase_t *compiled = &rules->phrases[rules->stems[p]];
        if (compiled->prefix && compiled->words.count == 1 && compiled->phrase->role == role &&
            match_words(compiled, text, token, limit) == 1) {
            *length = 1;
            return compiled->phrase;
        }
    }
    return NULL;
}

bool locnet_rules_is_venue(const char *marked)
{
    static const char *const venues[] = {"tại", "ở", "à", "au", "en"};
    for (size_t i = 0; i < COUNT(venues); i++) {
        if (strcmp(marked, venues[i]) == 0)
            return true;
    }
    return false;
}

bool locnet_rules_is_linking(const char *loose)
{
    static const char *const linking[] = {"de", "du", "des", "d", "la", "l", "le", "'", "\xE2\x80\x99", "."};
    for (size_t i = 0; i < COUNT(linking); i++) {
        if (strcmp(loose, linking[i]) == 0)
            return true;
    }
    return false;
}

bool locnet_rules_is_connector(const locnet_text_t *text, const locnet_token_t *token)
{
    static const char *const words[] = {"va", "voi", "cung", "et", "avec", "and"};
    static const char *const marks[] = {"-", "&", "/", "\xE2\x80\x93", "\xE2\x80\x94"};
    if (!token->word)
        return token_is(text, token, marks, COUNT(marks));
    const char *key = locnet_token_loose(text, token);
    for (size_t i = 0; i < COUNT(words); i++) {
        if (strcmp(key, words[i]) == 0)
            return true;
    }
    return false;
}
