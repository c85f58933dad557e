/* io/extract/extraction.h: the candidates of several articles as a network: each article a
 * source, each candidate a partnership citing it; compared with a known network (new, known,
 * conflicting) and merged into it. */
#ifndef LOCNET_EXTRACT_EXTRACTION_H
#define LOCNET_EXTRACT_EXTRACTION_H

#include "graph/network.h"
#include "io/extract/article.h"

typedef enum locnet_candidate_status {
    LOCNET_CANDIDATE_NEW,          /* the known network has no partnership between the two */
    LOCNET_CANDIDATE_KNOWN,        /* it has one of the same kind, with no other year */
    LOCNET_CANDIDATE_CONFLICTING   /* it links them, with another kind or year */
} locnet_candidate_status_t;

/* "new", "known" or "conflicting". */
const char *locnet_candidate_status_name(locnet_candidate_status_t status);

/* One candidate of one article. */
typedef struct locnet_extracted {
    size_t article;
    const locnet_candidate_t *candidate;
    locnet_candidate_status_t status;
    igraph_integer_t known_french, known_vietnamese;  /* vertices of the known network, or -1 */
    igraph_integer_t known_edge;                      /* KNOWN: the partnership, else -1 */
} locnet_extracted_t;

typedef struct locnet_extraction {
    const locnet_extractor_t *extractor;
    locnet_article_t *articles;    /* not owned */
    locnet_source_t *sources;      /* one per article, not owned */
    size_t article_count;
    locnet_extracted_t *pairs;     /* owned */
    size_t pair_count;
} locnet_extraction_t;

/* Lists the candidates of the articles (each with its source) in article order. The arrays
 * stay owned by the caller and must outlive extraction. */
locnet_status_t locnet_extraction_init(locnet_extraction_t *extraction,
                                       const locnet_extractor_t *extractor,
                                       locnet_article_t *articles, locnet_source_t *sources,
                                       size_t count);
void locnet_extraction_destroy(locnet_extraction_t *extraction);

/* Sets each pair's status against known: its localities are found by id, else by the name as
 * the article writes it (with its level word: "Vùng Nevers"), else by the gazetteer's name. */
locnet_status_t locnet_extraction_classify(locnet_extraction_t *extraction,
                                           const locnet_network_t *known);

/* Makes *net (uninitialised on entry): the sources, the candidates' localities (with the
 * localities they cite as parent or successor) and one partnership per pair, in pair order. */
locnet_status_t locnet_extraction_network(const locnet_extraction_t *extraction,
                                          locnet_network_t *net);

/* Makes *net: known with the articles as sources, every new or conflicting pair added as a
 * partnership citing its article, and the article added to the sources of a known pair's
 * partnership. Call locnet_extraction_classify with known first. */
locnet_status_t locnet_extraction_merge(const locnet_extraction_t *extraction,
                                        const locnet_network_t *known, locnet_network_t *net);

#endif
