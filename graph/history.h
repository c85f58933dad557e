/* graph/history.h: the network seen through the units of a date (--as-of) or of one level of
 * the administrative hierarchy (--level). */
#ifndef LOCNET_HISTORY_H
#define LOCNET_HISTORY_H

#include <stdbool.h>

#include "graph/date.h"
#include "graph/list_codec.h"
#include "graph/network.h"

/* Merges every locality into the unit that held it on date: succeeded_by links whose date is
 * on or before date are followed, and so are the parent links of localities that ended on or
 * before date (the enclosing unit holds their partnerships), through chains. Before the date of
 * a change, nothing moves. *merged (may be NULL) gets the number of localities merged away.
 * Returns LOCNET_EDATA when these links form a cycle. On failure *net is unchanged. */
locnet_status_t locnet_history_as_of(locnet_network_t *net, const char *date,
                                     igraph_integer_t *merged);

/* Merges every locality into its enclosing unit of this level, found through parent links.
 * Localities with no ancestor at the level (and not at it themselves) stay as they are; their
 * names are appended to kept (may be NULL). Partnerships within one unit are dropped and
 * counted in *dropped (may be NULL). Returns LOCNET_EDATA when parents form a cycle. */
locnet_status_t locnet_history_roll_up(locnet_network_t *net, const char *level,
                                       locnet_list_t *kept, igraph_integer_t *dropped);

/* The level name that rolls localities up to their countries. */
#define LOCNET_LEVEL_COUNTRY "country"

/* Names a country for the roll-up: its name for an alpha-2 code, or NULL to keep the code. */
typedef const char *(*locnet_country_namer_t)(const char *code);

/* Merges every locality into one locality per country: id and country the code, name what
 * name_of gives (NULL, or NULL returned: the code), level "country", no other attribute. The
 * countries come in code order. Partnerships between localities of one country would join a
 * country to itself: they are dropped and counted in *dropped (may be NULL). On failure *net
 * may hold the new countries beside its localities. */
locnet_status_t locnet_history_roll_up_countries(locnet_network_t *net,
                                                 locnet_country_namer_t name_of,
                                                 igraph_integer_t *dropped);

#endif
