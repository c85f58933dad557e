/* graph/cut_structure.c: igraph's articulation points, bridges and biconnected components, and
 * the sizes of what a loss leaves, read off a tree of the network's pieces. */
#include "graph/cut_structure.h"

#include <stdbool.h>

#include "graph/collation.h"

/* A forest with a weight per node, rooted by igraph's breadth-first search. Removing the edge
 * between a node and its parent leaves subtree[node] on the node's side and
 * total[node] - subtree[node] on the other. */
typedef struct weighted_forest {
    igraph_vector_int_t parent;   /* per node: its parent, negative at a root */
    igraph_vector_int_t subtree;  /* per node: the weight of the node and all below it */
    igraph_vector_int_t total;    /* per node: the weight of its whole tree */
} weighted_forest_t;

static void weighted_forest_destroy(weighted_forest_t *forest)
{
    igraph_vector_int_destroy(&forest->parent);
    igraph_vector_int_destroy(&forest->subtree);
    igraph_vector_int_destroy(&forest->total);
}

/* Roots every tree of forest (a graph without cycles) and sums weight (one per node) over
 * subtrees and trees. On failure nothing needs freeing. */
static locnet_status_t weighted_forest_init(weighted_forest_t *forest, const igraph_t *graph,
                                            const igraph_vector_int_t *weight)
{
    igraph_integer_t nodes = igraph_vcount(graph);
    igraph_vector_int_t order;
    locnet_status_t status = LOCNET_ENOMEM;
    igraph_vector_int_init(&order, 0);
    igraph_vector_int_init(&forest->parent, 0);
    igraph_vector_int_init(&forest->total, 0);
    if (igraph_vector_int_init_copy(&forest->subtree, weight) != IGRAPH_SUCCESS)
        igraph_vector_int_init(&forest->subtree, 0);
    if (igraph_vector_int_size(&forest->subtree) != nodes ||
        igraph_vector_int_resize(&forest->total, nodes) != IGRAPH_SUCCESS)
        goto cleanup;
    if (nodes > 0 && igraph_bfs(graph, 0, NULL, IGRAPH_ALL, true, NULL, &order, NULL,
                                &forest->parent, NULL, NULL, NULL, NULL, NULL) != IGRAPH_SUCCESS)
        goto cleanup;  /* igraph_bfs fails only for want of memory */
    /* children come after their parent in breadth-first order */
    for (igraph_integer_t i = nodes - 1; i >= 0; i--) {
        igraph_integer_t node = VECTOR(order)[i], parent = VECTOR(forest->parent)[node];
        if (parent >= 0)
            VECTOR(forest->subtree)[parent] += VECTOR(forest->subtree)[node];
    }
    for (igraph_integer_t i = 0; i < nodes; i++) {
        igraph_integer_t node = VECTOR(order)[i], parent = VECTOR(forest->parent)[node];
        VECTOR(forest->total)[node] = parent >= 0 ? VECTOR(forest->total)[parent]
                                                  : VECTOR(forest->subtree)[node];
    }
    status = LOCNET_OK;
cleanup:
    if (status != LOCNET_OK)
        weighted_forest_destroy(forest);
    igraph_vector_int_destroy(&order);
    return status;
}

/* The size of what lies beyond neighbour, seen from node, in a rooted forest. */
static igraph_integer_t side_beyond(const weighted_forest_t *forest, igraph_integer_t node,
                                    igraph_integer_t neighbour)
{
    if (VECTOR(forest->parent)[neighbour] == node)
        return VECTOR(forest->subtree)[neighbour];
    return VECTOR(forest->total)[node] - VECTOR(forest->subtree)[node];
}

void locnet_cut_vertices_destroy(locnet_cut_vertices_t *cut)
{
    if (cut == NULL)
        return;
    igraph_vector_int_destroy(&cut->vertices);
    igraph_vector_int_list_destroy(&cut->parts);
}

/* The block-cut tree: one node per biconnected component (0..blocks-1) and one per
 * articulation point (blocks + its index), an articulation point linked to every block it is
 * in. A block weighs its localities that are not articulation points, an articulation point
 * weighs 1, so a tree weighs its connected component's size. Removing an articulation point
 * leaves one part per block it is in: what lies beyond that block. */
/* The block-cut tree: node b < block_count for block b, node block_count + k for the k-th cut
 * vertex, linked where the cut vertex belongs to the block. weight: per block, its localities
 * that are no cut vertex; per cut vertex, 1. On failure *tree is not made. */
static locnet_status_t block_cut_tree(const igraph_vector_int_list_t *blocks,
                                      const igraph_vector_int_t *points, igraph_integer_t vertices,
                                      igraph_t *tree, igraph_vector_int_t *weight)
{
    locnet_status_t status = LOCNET_ENOMEM;
    igraph_integer_t block_count = igraph_vector_int_list_size(blocks);
    igraph_integer_t point_count = igraph_vector_int_size(points);
    igraph_vector_int_t point_index, edges;
    igraph_vector_int_init(&point_index, 0);
    igraph_vector_int_init(&edges, 0);
    if (igraph_vector_int_resize(&point_index, vertices) != IGRAPH_SUCCESS ||
        igraph_vector_int_resize(weight, block_count + point_count) != IGRAPH_SUCCESS)
        goto cleanup;
    igraph_vector_int_fill(&point_index, -1);
    igraph_vector_int_fill(weight, 1);
    for (igraph_integer_t k = 0; k < point_count; k++)
        VECTOR(point_index)[VECTOR(*points)[k]] = k;
    for (igraph_integer_t b = 0; b < block_count; b++) {
        const igraph_vector_int_t *members = igraph_vector_int_list_get_ptr(blocks, b);
        VECTOR(*weight)[b] = 0;
        for (igraph_integer_t i = 0; i < igraph_vector_int_size(members); i++) {
            igraph_integer_t k = VECTOR(point_index)[VECTOR(*members)[i]];
            if (k < 0)
                VECTOR(*weight)[b]++;
            else if (igraph_vector_int_push_back(&edges, b) != IGRAPH_SUCCESS ||
                     igraph_vector_int_push_back(&edges, block_count + k) != IGRAPH_SUCCESS)
                goto cleanup;
        }
    }
    if (igraph_create(tree, &edges, block_count + point_count, IGRAPH_UNDIRECTED) == IGRAPH_SUCCESS)
        status = LOCNET_OK;
cleanup:
    igraph_vector_int_destroy(&point_index);
    igraph_vector_int_destroy(&edges);
    return status;
}

/* For each cut vertex, the sizes of the parts its loss leaves, read off the block-cut tree. */
static locnet_status_t parts_of_cut_vertices(const igraph_t *tree, const weighted_forest_t *forest,
                                             igraph_integer_t block_count, locnet_cut_vertices_t *cut)
{
    locnet_status_t status = LOCNET_ENOMEM;
    igraph_vector_int_t neighbours, parts;
    igraph_vector_int_init(&neighbours, 0);
    igraph_vector_int_init(&parts, 0);
    for (igraph_integer_t k = 0; k < igraph_vector_int_size(&cut->vertices); k++) {
        igraph_integer_t node = block_count + k;
        if (igraph_neighbors(tree, &neighbours, node, IGRAPH_ALL) != IGRAPH_SUCCESS ||
            igraph_vector_int_resize(&parts, igraph_vector_int_size(&neighbours)) != IGRAPH_SUCCESS)
            goto cleanup;
        for (igraph_integer_t i = 0; i < igraph_vector_int_size(&neighbours); i++)
            VECTOR(parts)[i] = side_beyond(forest, node, VECTOR(neighbours)[i]);
        igraph_vector_int_reverse_sort(&parts);
        if (igraph_vector_int_list_push_back_copy(&cut->parts, &parts) != IGRAPH_SUCCESS)
            goto cleanup;
    }
    status = LOCNET_OK;
cleanup:
    igraph_vector_int_destroy(&neighbours);
    igraph_vector_int_destroy(&parts);
    return status;
}

locnet_status_t locnet_cut_vertices_compute(const locnet_network_t *net, locnet_cut_vertices_t *cut)
{
    locnet_status_t status = LOCNET_ENOMEM;
    igraph_integer_t block_count = 0;
    igraph_vector_int_list_t blocks;
    igraph_vector_int_t weight;
    igraph_t tree;
    weighted_forest_t forest;
    bool tree_made = false, forest_made = false;
    igraph_vector_int_list_init(&blocks, 0);
    igraph_vector_int_init(&weight, 0);
    igraph_vector_int_init(&cut->vertices, 0);
    igraph_vector_int_list_init(&cut->parts, 0);

    if (igraph_biconnected_components(&net->graph, &block_count, NULL, NULL, &blocks,
                                      &cut->vertices) != IGRAPH_SUCCESS)
        goto cleanup;
    igraph_vector_int_sort(&cut->vertices);
    if ((status = block_cut_tree(&blocks, &cut->vertices, locnet_locality_count(net), &tree,
                                 &weight)) != LOCNET_OK)
        goto cleanup;
    tree_made = true;
    if ((status = weighted_forest_init(&forest, &tree, &weight)) != LOCNET_OK)
        goto cleanup;
    forest_made = true;
    status = parts_of_cut_vertices(&tree, &forest, block_count, cut);
cleanup:
    if (status != LOCNET_OK)
        locnet_cut_vertices_destroy(cut);
    if (forest_made)
        weighted_forest_destroy(&forest);
    if (tree_made)
        igraph_destroy(&tree);
    igraph_vector_int_list_destroy(&blocks);
    igraph_vector_int_destroy(&weight);
    return status;
}

void locnet_bridges_destroy(locnet_bridges_t *bridges)
{
    if (bridges == NULL)
        return;
    igraph_vector_int_destroy(&bridges->edges);
    igraph_vector_int_destroy(&bridges->from_side);
    igraph_vector_int_destroy(&bridges->to_side);
}

/* The bridge tree: the network without its bridges falls into pieces (connected components,
 * each weighing its size); the bridges link those pieces into a forest. Removing a bridge
 * splits its tree into the two sides. */
/* The pieces the network falls into without its bridges: per locality its piece, and per
 * piece its number of localities. */
static locnet_status_t pieces_without_bridges(const igraph_t *graph, const igraph_vector_int_t *bridge_edges,
                                              igraph_vector_int_t *piece_of,
                                              igraph_vector_int_t *piece_size, igraph_integer_t *pieces)
{
    locnet_status_t status = LOCNET_ENOMEM;
    igraph_integer_t partnerships = igraph_ecount(graph);
    igraph_integer_t count = igraph_vector_int_size(bridge_edges);
    igraph_vector_int_t all_edges, kept_edges;
    igraph_vector_bool_t is_bridge;
    igraph_t rest;
    igraph_vector_int_init(&all_edges, 0);
    igraph_vector_int_init(&kept_edges, 0);
    igraph_vector_bool_init(&is_bridge, 0);
    if (igraph_vector_bool_resize(&is_bridge, partnerships) != IGRAPH_SUCCESS ||
        igraph_get_edgelist(graph, &all_edges, false) != IGRAPH_SUCCESS ||
        igraph_vector_int_reserve(&kept_edges, 2 * (partnerships - count)) != IGRAPH_SUCCESS)
        goto cleanup;
    igraph_vector_bool_null(&is_bridge);
    for (igraph_integer_t i = 0; i < count; i++)
        VECTOR(is_bridge)[VECTOR(*bridge_edges)[i]] = true;
    for (igraph_integer_t e = 0; e < partnerships; e++) {
        if (!VECTOR(is_bridge)[e]) {
            igraph_vector_int_push_back(&kept_edges, VECTOR(all_edges)[2 * e]);  /* reserved */
            igraph_vector_int_push_back(&kept_edges, VECTOR(all_edges)[2 * e + 1]);
        }
    }
    if (igraph_create(&rest, &kept_edges, igraph_vcount(graph), IGRAPH_UNDIRECTED) != IGRAPH_SUCCESS)
        goto cleanup;
    if (igraph_connected_components(&rest, piece_of, piece_size, pieces, IGRAPH_WEAK) == IGRAPH_SUCCESS)
        status = LOCNET_OK;
    igraph_destroy(&rest);
cleanup:
    igraph_vector_int_destroy(&all_edges);
    igraph_vector_int_destroy(&kept_edges);
    igraph_vector_bool_destroy(&is_bridge);
    return status;
}

locnet_status_t locnet_bridges_compute(const locnet_network_t *net, locnet_bridges_t *bridges)
{
    locnet_status_t status = LOCNET_ENOMEM;
    igraph_integer_t pieces = 0;
    igraph_vector_int_t tree_edges, piece_of, piece_size;
    igraph_t tree;
    weighted_forest_t forest;
    bool tree_made = false, forest_made = false;
    igraph_vector_int_init(&tree_edges, 0);
    igraph_vector_int_init(&piece_of, 0);
    igraph_vector_int_init(&piece_size, 0);
    igraph_vector_int_init(&bridges->edges, 0);
    igraph_vector_int_init(&bridges->from_side, 0);
    igraph_vector_int_init(&bridges->to_side, 0);

    /* on the multigraph: a repeated partnership lies on a cycle of two and is no bridge */
    if (igraph_bridges(&net->graph, &bridges->edges) != IGRAPH_SUCCESS)
        goto cleanup;
    igraph_vector_int_sort(&bridges->edges);
    igraph_integer_t count = igraph_vector_int_size(&bridges->edges);
    if (igraph_vector_int_resize(&bridges->from_side, count) != IGRAPH_SUCCESS ||
        igraph_vector_int_resize(&bridges->to_side, count) != IGRAPH_SUCCESS ||
        igraph_vector_int_resize(&tree_edges, 2 * count) != IGRAPH_SUCCESS ||
        pieces_without_bridges(&net->graph, &bridges->edges, &piece_of, &piece_size, &pieces) != LOCNET_OK)
        goto cleanup;
    for (igraph_integer_t i = 0; i < count; i++) {
        igraph_integer_t e = VECTOR(bridges->edges)[i];
        VECTOR(tree_edges)[2 * i] = VECTOR(piece_of)[IGRAPH_FROM(&net->graph, e)];
        VECTOR(tree_edges)[2 * i + 1] = VECTOR(piece_of)[IGRAPH_TO(&net->graph, e)];
    }
    if (igraph_create(&tree, &tree_edges, pieces, IGRAPH_UNDIRECTED) != IGRAPH_SUCCESS)
        goto cleanup;
    tree_made = true;
    if ((status = weighted_forest_init(&forest, &tree, &piece_size)) != LOCNET_OK)
        goto cleanup;
    forest_made = true;
    for (igraph_integer_t i = 0; i < count; i++) {
        igraph_integer_t from = VECTOR(tree_edges)[2 * i], to = VECTOR(tree_edges)[2 * i + 1];
        VECTOR(bridges->from_side)[i] = side_beyond(&forest, to, from);
        VECTOR(bridges->to_side)[i] = side_beyond(&forest, from, to);
    }
cleanup:
    if (status != LOCNET_OK)
        locnet_bridges_destroy(bridges);
    if (forest_made)
        weighted_forest_destroy(&forest);
    if (tree_made)
        igraph_destroy(&tree);
    igraph_vector_int_destroy(&tree_edges);
    igraph_vector_int_destroy(&piece_of);
    igraph_vector_int_destroy(&piece_size);
    return status;
}

void locnet_biconnected_destroy(locnet_biconnected_t *blocks)
{
    if (blocks != NULL)
        igraph_vector_int_list_destroy(&blocks->members);
}

typedef struct block_order {
    const locnet_network_t *net;
    const locnet_list_t *keys;
    const igraph_vector_int_list_t *blocks;  /* each already sorted by name */
} block_order_t;

/* Largest first, then by first locality name; blocks that share their first locality (an
 * articulation point) by their second, and so on. */
static int compare_blocks(void *context, const void *left, const void *right)
{
    const block_order_t *order = context;
    const igraph_vector_int_t *a = igraph_vector_int_list_get_ptr(order->blocks, *(const igraph_integer_t *)left);
    const igraph_vector_int_t *b = igraph_vector_int_list_get_ptr(order->blocks, *(const igraph_integer_t *)right);
    igraph_integer_t size_a = igraph_vector_int_size(a), size_b = igraph_vector_int_size(b);
    if (size_a != size_b)
        return size_a > size_b ? -1 : 1;
    for (igraph_integer_t i = 0; i < size_a; i++) {
        int by_name = locnet_collation_compare(order->net, order->keys, VECTOR(*a)[i], VECTOR(*b)[i]);
        if (by_name != 0)
            return by_name;
    }
    return 0;
}

locnet_status_t locnet_biconnected_compute(const locnet_network_t *net, locnet_biconnected_t *blocks)
{
    locnet_status_t status = LOCNET_ENOMEM;
    igraph_integer_t count = 0;
    igraph_vector_int_list_t found;
    igraph_vector_int_t order;
    locnet_list_t keys;
    locnet_list_init(&keys);
    igraph_vector_int_list_init(&found, 0);
    igraph_vector_int_init(&order, 0);
    igraph_vector_int_list_init(&blocks->members, 0);

    if (igraph_biconnected_components(&net->graph, &count, NULL, NULL, &found, NULL) != IGRAPH_SUCCESS ||
        igraph_vector_int_resize(&order, count) != IGRAPH_SUCCESS ||
        igraph_vector_int_list_reserve(&blocks->members, count) != IGRAPH_SUCCESS)
        goto cleanup;
    if ((status = locnet_collation_keys(net, &keys)) != LOCNET_OK)
        goto cleanup;
    status = LOCNET_ENOMEM;
    for (igraph_integer_t b = 0; b < count; b++) {
        igraph_vector_int_t *members = igraph_vector_int_list_get_ptr(&found, b);
        locnet_collation_sort(net, &keys, VECTOR(*members), (size_t)igraph_vector_int_size(members));
        VECTOR(order)[b] = b;
    }
    block_order_t context = {net, &keys, &found};
    igraph_qsort_r(VECTOR(order), (size_t)count, sizeof(igraph_integer_t), &context, compare_blocks);
    for (igraph_integer_t i = 0; i < count; i++) {
        const igraph_vector_int_t *members = igraph_vector_int_list_get_ptr(&found, VECTOR(order)[i]);
        if (igraph_vector_int_list_push_back_copy(&blocks->members, members) != IGRAPH_SUCCESS)
            goto cleanup;
    }
    status = LOCNET_OK;
cleanup:
    if (status != LOCNET_OK)
        locnet_biconnected_destroy(blocks);
    locnet_list_destroy(&keys);
    igraph_vector_int_list_destroy(&found);
    igraph_vector_int_destroy(&order);
    return status;
}
