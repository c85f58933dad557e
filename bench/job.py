#!/usr/bin/python3
"""The benchmark's job in NetworkX or python-igraph, one process per run.

    /usr/bin/python3 bench/job.py networkx|igraph FILE.json [OUT]
        load a locnet/1 JSON file (json.load), build the multigraph with every locality and
        partnership attribute, then write id, degree, PageRank (damping 0.85) and component
        (0 = largest; ties in any order) for every locality as CSV;
    /usr/bin/python3 bench/job.py networkx|igraph --betweenness [--samples K --seed S] FILE [OUT]
        write id and betweenness on the simple graph: exact, or (NetworkX only, with
        betweenness_centrality(k=K, seed=S, normalized=False)) from K random sources scaled by
        n/K; python-igraph 0.10.2's betweenness has no sources argument.

The input is locnet/1 JSON (locnet convert turns CSV or GraphML into it). Undirected
betweenness counts each pair once in both libraries, as in locnet.
"""

import argparse
import csv
import json
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    return document.get("localities", []), document.get("partnerships", [])


def networkx_graph(localities, partnerships):
    import networkx as nx

    graph = nx.MultiGraph()
    graph.add_nodes_from((record["id"], record) for record in localities)
    graph.add_edges_from((record["a"], record["b"], record) for record in partnerships)
    return graph


def networkx_job(localities, partnerships, out):
    import networkx as nx

    graph = networkx_graph(localities, partnerships)
    degree = dict(graph.degree())
    rank = nx.pagerank(graph, alpha=0.85)
    component = {}
    for number, members in enumerate(sorted(nx.connected_components(graph), key=len,
                                            reverse=True)):
        for node in members:
            component[node] = number
    out.writerow(["id", "degree", "pagerank", "component"])
    for node in graph.nodes:
        out.writerow([node, degree[node], "%.10g" % rank[node], component[node]])


def networkx_betweenness(localities, partnerships, samples, seed, out):
    import networkx as nx

    graph = nx.Graph(networkx_graph(localities, partnerships))
    n = graph.number_of_nodes()
    k = samples if 0 < samples < n else None
    # NetworkX scales sampled values by n/k itself when normalized=False
    values = nx.betweenness_centrality(graph, k=k, normalized=False, seed=seed)
    out.writerow(["id", "betweenness"])
    for node in graph.nodes:
        out.writerow([node, "%.10g" % values[node]])


def igraph_graph(localities, partnerships):
    import igraph

    index = {record["id"]: i for i, record in enumerate(localities)}
    graph = igraph.Graph(n=len(localities),
                         edges=[(index[p["a"]], index[p["b"]]) for p in partnerships])
    for key in sorted({k for record in localities for k in record}):
        graph.vs[key] = [record.get(key) for record in localities]
    for key in sorted({k for record in partnerships for k in record}):
        graph.es[key] = [record.get(key) for record in partnerships]
    return graph


def igraph_job(localities, partnerships, out):
    graph = igraph_graph(localities, partnerships)
    degree = graph.degree()
    rank = graph.pagerank(damping=0.85)
    clusters = graph.connected_components()
    order = sorted(range(len(clusters)), key=lambda c: -len(clusters[c]))
    number = {c: i for i, c in enumerate(order)}
    membership = clusters.membership
    out.writerow(["id", "degree", "pagerank", "component"])
    for v, identifier in enumerate(graph.vs["id"]):
        out.writerow([identifier, degree[v], "%.10g" % rank[v], number[membership[v]]])


def igraph_version():
    import igraph

    return igraph.__version__


def igraph_betweenness(localities, partnerships, samples, seed, out):
    graph = igraph_graph(localities, partnerships)
    graph.simplify(multiple=True, loops=True, combine_edges="first")
    if 0 < samples < graph.vcount():
        sys.exit("python-igraph %s computes betweenness from every source only" % igraph_version())
    values = graph.betweenness(directed=False)
    out.writerow(["id", "betweenness"])
    for v, identifier in enumerate(graph.vs["id"]):
        out.writerow([identifier, "%.10g" % values[v]])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("library", choices=["networkx", "igraph"])
    parser.add_argument("--betweenness", action="store_true")
    parser.add_argument("--samples", type=int, default=0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("input")
    parser.add_argument("output", nargs="?", default="-")
    args = parser.parse_args()
    localities, partnerships = load(args.input)
    stream = sys.stdout if args.output == "-" else open(args.output, "w", newline="")
    out = csv.writer(stream, lineterminator="\n")
    if args.betweenness:
        job = networkx_betweenness if args.library == "networkx" else igraph_betweenness
        job(localities, partnerships, args.samples, args.seed, out)
    else:
        job = networkx_job if args.library == "networkx" else igraph_job
        job(localities, partnerships, out)
    stream.flush()
    if stream is not sys.stdout:
        stream.close()


if __name__ == "__main__":
    main()
