/* io/dot/dot_parent_clusters.c: the localities as nested clusters down their parent hierarchy
 * (--cluster parent), written without recursion. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph/id_index.h"
#include "io/dot/dot_internal.h"

/* Per locality, its parent's number in the network or -1; parent cycles are cut where a walk
 * up from the lowest-numbered locality first meets them. */
static locnet_status_t parent_links(const locnet_network_t *net, igraph_integer_t *parent)
{
    igraph_integer_t n = locnet_locality_count(net);
    locnet_id_index_t index;
    locnet_id_index_init(&index);
    locnet_status_t status = locnet_id_index_localities(&index, net);
    char *state = status == LOCNET_OK ? calloc((size_t)n + 1, 1) : NULL;  /* 0 new, 1 walking, 2 done */
    if (state == NULL) {
        locnet_id_index_destroy(&index);
        return LOCNET_ENOMEM;
    }
    for (igraph_integer_t v = 0; v < n; v++) {
        int64_t found;
        const char *id = locnet_locality_text(net, LOCNET_V_PARENT, v);
        parent[v] = id[0] != '\0' && locnet_id_index_find(&index, id, &found) && found != v
                        ? (igraph_integer_t)found : -1;
    }
    for (igraph_integer_t v = 0; v < n; v++) {
        igraph_integer_t at = v;
        while (at >= 0 && state[at] == 0) {
            state[at] = 1;
            if (parent[at] >= 0 && state[parent[at]] == 1) {
                parent[at] = -1;  /* closes a cycle */
                break;
            }
            at = parent[at];
        }
        for (at = v; at >= 0 && state[at] == 1; at = parent[at])
            state[at] = 2;
    }
    free(state);
    locnet_id_index_destroy(&index);
    return LOCNET_OK;
}

/* Indentation of what is nested depth levels deep: it stops growing after a few levels, so that
 * a deep hierarchy gives DOT of a size linear in its localities. */
#define MAX_INDENTED_DEPTH 16
static int indent_of(size_t depth)
{
    return 2 * (int)(depth < MAX_INDENTED_DEPTH ? depth : MAX_INDENTED_DEPTH);
}

/* The localities' parent tree: each locality's children, in locality order, as ranges of
 * children[] (first_child[v] to first_child[v + 1]), with a stack for walking it. */
typedef struct parent_tree {
    igraph_integer_t *parent;
    igraph_integer_t *first_child;
    igraph_integer_t *children;
    igraph_integer_t *stack;
    igraph_integer_t *next;  /* the next child of each locality on the stack to write */
} parent_tree_t;

static void parent_tree_destroy(parent_tree_t *tree)
{
    free(tree->parent);
    free(tree->first_child);
    free(tree->children);
    free(tree->stack);
    free(tree->next);
}

static locnet_status_t parent_tree_init(parent_tree_t *tree, const locnet_network_t *net)
{
    igraph_integer_t n = locnet_locality_count(net);
    size_t slots = (size_t)n + 1;
    tree->parent = malloc(slots * sizeof *tree->parent);
    tree->first_child = calloc(slots + 1, sizeof *tree->first_child);
    tree->children = malloc(slots * sizeof *tree->children);
    tree->stack = malloc(slots * sizeof *tree->stack);
    tree->next = malloc(slots * sizeof *tree->next);
    if (!tree->parent || !tree->first_child || !tree->children || !tree->stack || !tree->next)
        return LOCNET_ENOMEM;
    locnet_status_t status = parent_links(net, tree->parent);
    if (status != LOCNET_OK)
        return status;
    for (igraph_integer_t v = 0; v < n; v++) {
        if (tree->parent[v] >= 0)
            tree->first_child[tree->parent[v] + 1]++;
    }
    for (igraph_integer_t v = 0; v < n; v++)
        tree->first_child[v + 1] += tree->first_child[v];
    memcpy(tree->next, tree->first_child, slots * sizeof *tree->next);
    for (igraph_integer_t v = 0; v < n; v++) {
        if (tree->parent[v] >= 0)
            tree->children[tree->next[tree->parent[v]]++] = v;
    }
    return LOCNET_OK;
}

static bool has_children(const parent_tree_t *tree, igraph_integer_t v)
{
    return tree->first_child[v + 1] > tree->first_child[v];
}

/* Writes locality v at indent: a cluster holding it and its descendants (which the walk then
 * writes) when it has children, the node alone otherwise. */
static locnet_status_t write_tree_node(dot_writer_t *w, parent_tree_t *tree, igraph_integer_t v,
                                       int indent)
{
    if (!has_children(tree, v)) {
        dot_write_node(w, v, indent);
        return LOCNET_OK;
    }
    char *name = malloc(strlen(w->ids.items[v]) + sizeof "cluster_");
    if (name == NULL)
        return LOCNET_ENOMEM;
    sprintf(name, "cluster_%s", w->ids.items[v]);
    dot_write_cluster_open(w, name, NULL, "#888888", "rounded,dashed", indent);
    free(name);
    dot_write_node(w, v, indent + 2);
    tree->next[v] = tree->first_child[v];
    return LOCNET_OK;
}

/* Writes the tree under root, depth first, each locality with children as a nested cluster. */
static locnet_status_t write_tree(dot_writer_t *w, parent_tree_t *tree, igraph_integer_t root)
{
    locnet_status_t status = write_tree_node(w, tree, root, 2);
    size_t depth = 0;
    if (status == LOCNET_OK && has_children(tree, root))
        tree->stack[depth++] = root;
    while (status == LOCNET_OK && depth > 0) {
        igraph_integer_t v = tree->stack[depth - 1];
        int indent = indent_of(depth);
        if (tree->next[v] == tree->first_child[v + 1]) {
            depth--;
            fprintf(w->out, "%*s}\n", indent, "");
            continue;
        }
        igraph_integer_t child = tree->children[tree->next[v]++];
        status = write_tree_node(w, tree, child, indent + 2);
        if (has_children(tree, child))
            tree->stack[depth++] = child;
    }
    return status;
}

locnet_status_t dot_write_parent_clusters(dot_writer_t *w)
{
    parent_tree_t tree = {0};
    locnet_status_t status = parent_tree_init(&tree, w->net);
    for (igraph_integer_t root = 0; status == LOCNET_OK && root < locnet_locality_count(w->net);
         root++) {
        if (tree.parent[root] < 0)
            status = write_tree(w, &tree, root);
    }
    parent_tree_destroy(&tree);
    return status;
}
