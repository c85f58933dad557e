/* graph/collation.h: the order in which locality names are listed: by their look-up key
 * (case and diacritics ignored, so "Đống Đa" sorts among the D's), then byte by byte. */
#ifndef LOCNET_COLLATION_H
#define LOCNET_COLLATION_H

#include "graph/list_codec.h"
#include "graph/network.h"

/* Fills keys (initialised, empty) with one sort key per locality, in vertex order. */
locnet_status_t locnet_collation_keys(const locnet_network_t *net, locnet_list_t *keys);
/* Compares localities a and b by name with keys from locnet_collation_keys; <0, 0 or >0. */
int locnet_collation_compare(const locnet_network_t *net, const locnet_list_t *keys,
                             igraph_integer_t a, igraph_integer_t b);
/* Sorts count vertices (localities of net) in place by name, with keys from
 * locnet_collation_keys. */
void locnet_collation_sort(const locnet_network_t *net, const locnet_list_t *keys,
                           igraph_integer_t *vertices, size_t count);
/* Sorts count vertices (localities of net) in place by name, as locnet_collation_sort does,
 * making the sort keys of these vertices only: for a few vertices of a large network. On
 * failure (LOCNET_ENOMEM) the vertices are in their original order. */
locnet_status_t locnet_collation_sort_few(const locnet_network_t *net,
                                          igraph_integer_t *vertices, size_t count);

#endif
