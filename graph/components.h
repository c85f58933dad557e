/* graph/components.h: connected components, numbered largest first; equal sizes are ordered
 * by the collation order of each component's first member name. Isolated localities are
 * components of their own. Used by `summary` and `components`. */
#ifndef LOCNET_COMPONENTS_H
#define LOCNET_COMPONENTS_H

#include "graph/network.h"

typedef struct locnet_components {
    igraph_integer_t count;
    igraph_vector_int_t membership;  /* per locality: its component, 0 = largest */
    igraph_vector_int_t sizes;       /* per component, in the order above */
    igraph_vector_int_t first;       /* per component: its alphabetically first locality */
} locnet_components_t;

/* Computes the components of net into *components (uninitialised on entry). On failure
 * nothing needs freeing. */
locnet_status_t locnet_components_compute(const locnet_network_t *net,
                                          locnet_components_t *components);
/* Fills members (initialised) with every locality of net, component by component in the
 * numbering order, by name within each component; components->sizes gives where each
 * component's run ends. */
locnet_status_t locnet_components_members(const locnet_network_t *net,
                                          const locnet_components_t *components,
                                          igraph_vector_int_t *members);
/* Fills members (initialised) with the localities of one component, in vertex order. */
locnet_status_t locnet_component_vertices(const locnet_components_t *components,
                                          igraph_integer_t component,
                                          igraph_vector_int_t *members);
/* Frees the vectors; accepts NULL. */
void locnet_components_destroy(locnet_components_t *components);

#endif
