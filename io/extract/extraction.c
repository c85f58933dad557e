/* io/extract/extraction.c: candidates as partnerships, compared with and merged into a network. */
#include "io/extract/extraction.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "graph/list_codec.h"
#include "graph/lookup.h"
#include "graph/network_builder.h"

const char *locnet_candidate_status_name(locnet_candidate_status_t status)
{
    static const char *const names[] = {"new", "known", "conflicting"};
    return names[status];
}

locnet_status_t locnet_extraction_init(locnet_extraction_t *extraction,
                                       const locnet_extractor_t *extractor,
                                       locnet_article_t *articles, locnet_source_t *sources,
                                       size_t count)
{
    memset(extraction, 0, sizeof *extraction);
    extraction->extractor = extractor;
    extraction->articles = articles;
    extraction->sources = sources;
    extraction->article_count = count;
    size_t total = 0;
    for (size_t a = 0; a < count; a++)
        total += articles[a].candidates.count;
    extraction->pairs = calloc(total + 1, sizeof *extraction->pairs);
    if (extraction->pairs == NULL)
        return LOCNET_ENOMEM;
    for (size_t a = 0; a < count; a++) {
        for (size_t c = 0; c < articles[a].candidates.count; c++) {
            locnet_extracted_t *pair = &extraction->pairs[extraction->pair_count++];
            pair->article = a;
            pair->candidate = &articles[a].candidates.items[c];
            pair->known_french = pair->known_vietnamese = pair->known_edge = -1;
        }
    }
    return LOCNET_OK;
}

void locnet_extraction_destroy(locnet_extraction_t *extraction)
{
    if (extraction == NULL)
        return;
    free(extraction->pairs);
    memset(extraction, 0, sizeof *extraction);
}

/* The vertex of known that query names, of country; -1 when none or several. */
static igraph_integer_t find_known(const locnet_network_t *known, const char *query, const char *country)
{
    igraph_integer_t vertex = -1;
    if (locnet_lookup_locality(known, query, &vertex, NULL) != LOCNET_OK)
        return -1;
    return strcmp(locnet_locality_text(known, LOCNET_V_COUNTRY, vertex), country) == 0 ? vertex : -1;
}

/* The vertex of known for the locality of a mention: by id, by the name as written (with its
 * level word, then without), by the gazetteer's name. */
static igraph_integer_t known_vertex(const locnet_extraction_t *extraction, const locnet_network_t *known,
                                     const locnet_article_t *article, size_t m)
{
    const locnet_network_t *gazetteer = &extraction->extractor->gazetteer.net;
    const locnet_mention_t *mention = &article->mentions.items[m];
    const locnet_text_t *text = &article->text;
    const char *country = mention->country == 'F' ? "FR" : "VN";
    igraph_integer_t vertex = find_known(known, locnet_locality_text(gazetteer, LOCNET_V_ID, mention->vertex), country);
    size_t starts[2] = {text->tokens[mention->prefix_first].start, text->tokens[mention->first].start};
    size_t end = text->tokens[mention->last].end;
    for (int i = 0; i < 2 && vertex < 0; i++) {
        char *written = strndup(text->bytes + starts[i], end - starts[i]);
        if (written == NULL)
            return -1;
        vertex = find_known(known, written, country);
        free(written);
    }
    if (vertex < 0)
        vertex = find_known(known, locnet_locality_text(gazetteer, LOCNET_V_NAME, mention->vertex), country);
    return vertex;
}

/* The status of pair from the partnerships of known between its two localities. */
static locnet_status_t classify_pair(const locnet_network_t *known, locnet_extracted_t *pair)
{
    igraph_vector_int_t edges;
    if (igraph_vector_int_init(&edges, 0) != IGRAPH_SUCCESS)
        return LOCNET_ENOMEM;
    if (igraph_get_all_eids_between(&known->graph, &edges, pair->known_french, pair->known_vietnamese,
                                    false) != IGRAPH_SUCCESS) {
        igraph_vector_int_destroy(&edges);
        return LOCNET_ENOMEM;
    }
    const char *kind = locnet_pair_kind_name(pair->candidate->kind);
    pair->status = igraph_vector_int_size(&edges) > 0 ? LOCNET_CANDIDATE_CONFLICTING : LOCNET_CANDIDATE_NEW;
    for (igraph_integer_t i = 0; i < igraph_vector_int_size(&edges); i++) {
        igraph_integer_t e = VECTOR(edges)[i];
        double since = locnet_partnership_number(known, LOCNET_E_SINCE, e);
        int year = pair->candidate->year;
        if (strcmp(locnet_partnership_text(known, LOCNET_E_KIND, e), kind) == 0 &&
            (isnan(since) || year == 0 || since == year)) {
            pair->status = LOCNET_CANDIDATE_KNOWN;
            pair->known_edge = e;
            break;
        }
    }
    igraph_vector_int_destroy(&edges);
    return LOCNET_OK;
}

locnet_status_t locnet_extraction_classify(locnet_extraction_t *extraction,
                                           const locnet_network_t *known)
{
    locnet_status_t status = LOCNET_OK;
    for (size_t i = 0; status == LOCNET_OK && i < extraction->pair_count; i++) {
        locnet_extracted_t *pair = &extraction->pairs[i];
        const locnet_article_t *article = &extraction->articles[pair->article];
        pair->known_french = known_vertex(extraction, known, article, pair->candidate->french_mention);
        pair->known_vietnamese = known_vertex(extraction, known, article, pair->candidate->vietnamese_mention);
        pair->status = LOCNET_CANDIDATE_NEW;
        pair->known_edge = -1;
        if (pair->known_french >= 0 && pair->known_vietnamese >= 0)
            status = classify_pair(known, pair);
    }
    return status;
}

/* Adds every source of from that is not in builder yet. */
static locnet_status_t copy_sources(locnet_network_builder_t *builder, const locnet_source_t *sources,
                                    size_t count)
{
    locnet_status_t status = LOCNET_OK;
    for (size_t i = 0; status == LOCNET_OK && i < count; i++) {
        if (!locnet_builder_has_source(builder, sources[i].id))
            status = locnet_builder_add_source(builder, &sources[i]);
    }
    return status;
}

/* Adds locality v of from (unless its id is there) with, when depth >= 0, every locality and
 * source it cites; its vertex in the builder goes to *vertex (may be NULL). */
static locnet_status_t copy_locality(locnet_network_builder_t *builder, const locnet_network_t *from,
                                     igraph_integer_t v, igraph_integer_t *vertex, int depth)
{
    const char *id = locnet_locality_text(from, LOCNET_V_ID, v);
    if (locnet_builder_find_locality(builder, id, vertex))
        return LOCNET_OK;
    locnet_locality_fields_t fields;
    locnet_locality_fields_clear(&fields);
    for (int i = 0; i < LOCNET_VT_COUNT; i++)
        fields.text[i] = locnet_locality_text(from, locnet_vertex_text_names[i], v);
    for (int i = 0; i < LOCNET_VN_COUNT; i++)
        fields.number[i] = locnet_locality_number(from, locnet_vertex_number_names[i], v);
    locnet_status_t status = locnet_builder_add_locality(builder, &fields, vertex, NULL);
    const char *cited[2] = {fields.text[LOCNET_VT_PARENT], fields.text[LOCNET_VT_SUCCEEDED_BY]};
    for (int i = 0; status == LOCNET_OK && i < 2 && depth >= 0 && depth < 16; i++) {
        igraph_integer_t other;
        if (cited[i][0] != '\0' && locnet_lookup_locality(from, cited[i], &other, NULL) == LOCNET_OK)
            status = copy_locality(builder, from, other, NULL, depth + 1);
    }
    locnet_list_t sources;
    locnet_list_init(&sources);
    if (status == LOCNET_OK && depth >= 0)
        status = locnet_list_decode(fields.text[LOCNET_VT_SUCCESSION_SOURCES], &sources);
    if (status == LOCNET_OK && depth >= 0)
        status = locnet_list_decode(fields.text[LOCNET_VT_END_SOURCES], &sources);
    for (size_t i = 0; status == LOCNET_OK && i < sources.count; i++) {
        const locnet_source_t *source = locnet_network_find_source(from, sources.items[i]);
        if (source != NULL)
            status = copy_sources(builder, source, 1);
    }
    locnet_list_destroy(&sources);
    return status;
}

/* Adds the partnership of pair between builder vertices a and b, citing its article. */
static locnet_status_t add_pair(locnet_network_builder_t *builder, const locnet_extraction_t *extraction,
                                const locnet_extracted_t *pair, igraph_integer_t a, igraph_integer_t b)
{
    locnet_list_t cited;
    locnet_list_init(&cited);
    char *sources = NULL, *themes = NULL;
    locnet_status_t status = locnet_list_append(&cited, extraction->sources[pair->article].id);
    if (status == LOCNET_OK)
        status = locnet_list_encode(&cited, &sources);
    if (status == LOCNET_OK && pair->candidate->themes.count > 0)
        status = locnet_list_encode(&pair->candidate->themes, &themes);
    locnet_partnership_fields_t fields;
    locnet_partnership_fields_clear(&fields);
    fields.text[LOCNET_ET_KIND] = locnet_pair_kind_name(pair->candidate->kind);
    fields.text[LOCNET_ET_SOURCES] = sources;
    fields.text[LOCNET_ET_THEMES] = themes;
    fields.number[LOCNET_EN_SINCE] = pair->candidate->year > 0 ? pair->candidate->year : NAN;
    if (status == LOCNET_OK)
        status = locnet_builder_add_partnership(builder, a, b, &fields, NULL);
    free(sources);
    free(themes);
    locnet_list_destroy(&cited);
    return status;
}

/* Adds the gazetteer's localities of pair and its partnership. */
static locnet_status_t add_candidate(locnet_network_builder_t *builder,
                                     const locnet_extraction_t *extraction,
                                     const locnet_extracted_t *pair, igraph_integer_t known_french,
                                     igraph_integer_t known_vietnamese)
{
    const locnet_network_t *gazetteer = &extraction->extractor->gazetteer.net;
    igraph_integer_t a = known_french, b = known_vietnamese;
    locnet_status_t status = LOCNET_OK;
    /* igraph lists an undirected edge from its larger vertex: the French one, added last, is
     * written as "a" (the bundled data's convention) */
    if (b < 0)
        status = copy_locality(builder, gazetteer, pair->candidate->vietnamese, &b, 0);
    if (status == LOCNET_OK && a < 0)
        status = copy_locality(builder, gazetteer, pair->candidate->french, &a, 0);
    return status == LOCNET_OK ? add_pair(builder, extraction, pair, a, b) : status;
}

locnet_status_t locnet_extraction_network(const locnet_extraction_t *extraction,
                                          locnet_network_t *net)
{
    locnet_network_builder_t builder;
    locnet_status_t status = locnet_builder_init(&builder);
    if (status != LOCNET_OK)
        return status;
    status = copy_sources(&builder, extraction->sources, extraction->article_count);
    for (size_t i = 0; status == LOCNET_OK && i < extraction->pair_count; i++)
        status = add_candidate(&builder, extraction, &extraction->pairs[i], -1, -1);
    if (status == LOCNET_OK)
        status = locnet_builder_finish(&builder, net);
    locnet_builder_destroy(&builder);
    return status;
}

/* Adds partnership e of known, with the articles that confirm it among its sources. */
static locnet_status_t copy_partnership(locnet_network_builder_t *builder,
                                        const locnet_extraction_t *extraction,
                                        const locnet_network_t *known, igraph_integer_t e)
{
    locnet_partnership_fields_t fields;
    locnet_partnership_fields_clear(&fields);
    for (int i = 0; i < LOCNET_ET_COUNT; i++)
        fields.text[i] = locnet_partnership_text(known, locnet_edge_text_names[i], e);
    for (int i = 0; i < LOCNET_EN_COUNT; i++)
        fields.number[i] = locnet_partnership_number(known, locnet_edge_number_names[i], e);
    locnet_list_t sources;
    locnet_list_init(&sources);
    char *encoded = NULL;
    locnet_status_t status = locnet_list_decode(fields.text[LOCNET_ET_SOURCES], &sources);
    for (size_t i = 0; status == LOCNET_OK && i < extraction->pair_count; i++) {
        const char *id = extraction->sources[extraction->pairs[i].article].id;
        if (extraction->pairs[i].known_edge == e && !locnet_list_contains(fields.text[LOCNET_ET_SOURCES], id)) {
            free(encoded);
            encoded = NULL;
            status = locnet_list_append(&sources, id);
            if (status == LOCNET_OK && (status = locnet_list_encode(&sources, &encoded)) == LOCNET_OK)
                fields.text[LOCNET_ET_SOURCES] = encoded;
        }
    }
    if (status == LOCNET_OK)
        status = locnet_builder_add_partnership(builder, IGRAPH_FROM(&known->graph, e),
                                                IGRAPH_TO(&known->graph, e), &fields, NULL);
    free(encoded);
    locnet_list_destroy(&sources);
    return status;
}

locnet_status_t locnet_extraction_merge(const locnet_extraction_t *extraction,
                                        const locnet_network_t *known, locnet_network_t *net)
{
    locnet_network_builder_t builder;
    locnet_status_t status = locnet_builder_init(&builder);
    if (status != LOCNET_OK)
        return status;
    status = copy_sources(&builder, known->sources, known->source_count);
    if (status == LOCNET_OK)
        status = copy_sources(&builder, extraction->sources, extraction->article_count);
    for (size_t i = 0; status == LOCNET_OK && i < known->event_count; i++)
        status = locnet_builder_add_event(&builder, &known->events[i]);
    for (igraph_integer_t v = 0; status == LOCNET_OK && v < locnet_locality_count(known); v++)
        status = copy_locality(&builder, known, v, NULL, -1);
    for (igraph_integer_t e = 0; status == LOCNET_OK && e < locnet_partnership_count(known); e++)
        status = copy_partnership(&builder, extraction, known, e);
    for (size_t i = 0; status == LOCNET_OK && i < extraction->pair_count; i++) {
        const locnet_extracted_t *pair = &extraction->pairs[i];
        if (pair->status != LOCNET_CANDIDATE_KNOWN)
            status = add_candidate(&builder, extraction, pair, pair->known_french, pair->known_vietnamese);
    }
    if (status == LOCNET_OK)
        status = locnet_builder_finish(&builder, net);
    locnet_builder_destroy(&builder);
    return status;
}
