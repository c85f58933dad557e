/* io/read/validator_links.h: references between records (partnership ends, parents, successors,
 * cited sources, events' places and co-chairs, partnerships' events), kept with their places
 * until they can be checked, and the cycles of parent links and of successions. Part of the
 * validator module (io/read/validator.h). */
#ifndef LOCNET_VALIDATOR_LINKS_H
#define LOCNET_VALIDATOR_LINKS_H

#include "graph/list_codec.h"
#include "io/read/validator.h"

typedef enum locnet_link_kind {
    LOCNET_LINK_END,        /* end `end` of partnership `element` */
    LOCNET_LINK_PARENT,     /* parent of locality `element` */
    LOCNET_LINK_SUCCESSOR,  /* successor of locality `element` */
    LOCNET_LINK_SOURCE,     /* a cited source */
    LOCNET_LINK_PLACE,      /* the place of an event */
    LOCNET_LINK_COCHAIR,    /* a co-chair of a session of an event */
    LOCNET_LINK_EVENT       /* the event a partnership comes from */
} locnet_link_kind_t;

/* Keeps a reference to id, written at field of view, for the checks to come. */
locnet_status_t locnet_validator_link(locnet_validator_t *validator,
                                      const locnet_record_view_t *view, const char *field,
                                      const char *id, locnet_link_kind_t kind,
                                      igraph_integer_t element, int end);
/* Keeps the cited sources of ids (field of view) that are not known yet. */
locnet_status_t locnet_validator_cite(locnet_validator_t *validator,
                                      const locnet_record_view_t *view, const char *field,
                                      const locnet_list_t *ids);
/* Frees the references kept. */
void locnet_validator_links_destroy(locnet_validator_t *validator);

#endif
