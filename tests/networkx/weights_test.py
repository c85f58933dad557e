#!/usr/bin/python3
"""Weights and distances against NetworkX 2.8.8.

    /usr/bin/python3 tests/networkx/weights_test.py LOCNET

A weight is a strength: locnet centrality --weight W gives strength, eigenvector and PageRank;
they must equal G.degree(weight=), eigenvector_centrality(G, weight=) and pagerank(G, weight=)
on the simple graph whose link weighs the sum of its partnerships' weights (W = count: their
number). A distance is a length: --distance D gives betweenness, closeness and harmonic, equal to
betweenness_centrality(G, weight=), closeness_centrality(G, distance=) and
harmonic_centrality(G, distance=) where a link is as long as its shortest partnership; and
`locnet path --pairs --distance D` gives chains as long as nx.shortest_path_length(G, weight=).
The attribute comes from a CSV column (weight), a locnet/1 field (since) and a GraphML key
written by networkx.write_graphml (Weight, as Gephi names it).
Tolerance 1e-6 for eigenvector, 1e-9 for the rest; the largest differences are printed."""

import itertools
import json
import os
import random
import sys
import tempfile

import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import peers  # noqa: E402

TOLERANCE = {"strength": 1e-9, "eigenvector": 1e-6, "pagerank": 1e-9, "betweenness": 1e-9,
             "closeness": 1e-9, "harmonic": 1e-9}


def networks():
    """(label, path, multigraph, numeric attribute) for the weighted and distance runs."""
    for name in ("karate", "lesmis"):
        path = os.path.join(peers.CLASSIC, name + "_edges.csv")
        yield name, path, peers.multigraph_from_edges(path), "weight"
    for name in ("disconnected", "random_multi", "star_and_path"):
        path = os.path.join(peers.GENERATED, name + ".json")
        yield name, path, peers.multigraph_from_json(path), "since"


def graphml_copy(folder):
    """Karate with its weights under Gephi's key name, written by NetworkX."""
    M = peers.multigraph_from_edges(os.path.join(peers.CLASSIC, "karate_edges.csv"))
    H = nx.MultiGraph()
    H.add_nodes_from(M.nodes())
    H.add_edges_from((u, v, {"Weight": data["weight"]}) for u, v, data in M.edges(data=True))
    path = os.path.join(folder, "karate.graphml")
    nx.write_graphml(H, path)
    return "karate graphml", path, H, "Weight"


def locnet_values(locnet, path, measures, *options):
    _, text, _ = peers.run(locnet, "centrality", "--measure", ",".join(measures), "--format",
                           "csv", *options, path)
    return {row["id"]: {m: peers.number(row[m]) for m in measures} for row in peers.csv_rows(text)}


def compare(failures, label, got, expected, worst):
    for measure, values in expected.items():
        for v, value in values.items():
            failures.close("%s %s %s" % (label, measure, v), got[v][measure], value,
                           TOLERANCE[measure])
            worst[measure] = max(worst.get(measure, 0.0), abs(got[v][measure] - value))


def check_weights(failures, locnet, label, path, M, attribute, worst):
    G = peers.collapse(M, attribute, sum)
    expected = {"strength": dict(G.degree(weight="w")),
                "eigenvector": peers.eigenvector(G, weight="w"),
                "pagerank": nx.pagerank(G, weight="w", tol=1e-13, max_iter=10000)}
    got = locnet_values(locnet, path, sorted(expected), "--weight", attribute)
    compare(failures, "%s --weight %s" % (label, attribute), got, expected, worst)


def check_count(failures, locnet, label, path, M, worst):
    G = peers.collapse(M, "count", sum)
    expected = {"strength": dict(M.degree()),
                "eigenvector": peers.eigenvector(G, weight="w"),
                "pagerank": nx.pagerank(G, weight="w", tol=1e-13, max_iter=10000)}
    got = locnet_values(locnet, path, sorted(expected), "--weight", "count")
    compare(failures, label + " --weight count", got, expected, worst)
    unweighted = locnet_values(locnet, path, ["strength"])
    failures.true(label + ": --weight count strength is the partnerships' number",
                  all(unweighted[v]["strength"] == got[v]["strength"] for v in got))


def check_distances(failures, locnet, label, path, M, attribute, worst):
    G = peers.collapse(M, attribute, min)
    expected = {"betweenness": nx.betweenness_centrality(G, weight="w"),
                "closeness": nx.closeness_centrality(G, distance="w"),
                "harmonic": nx.harmonic_centrality(G, distance="w")}
    got = locnet_values(locnet, path, sorted(expected), "--distance", attribute)
    compare(failures, "%s --distance %s" % (label, attribute), got, expected, worst)


def check_paths(failures, locnet, label, path, M, attribute, worst):
    G = peers.collapse(M, attribute, min)
    nodes = sorted(G.nodes())
    candidates = list(itertools.combinations(nodes, 2))
    pairs = random.Random(label).sample(candidates, min(40, len(candidates)))
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:
        f.write("from,to\n" + "".join('"%s","%s"\n' % pair for pair in pairs))
    try:
        _, text, _ = peers.run(locnet, "path", "--pairs", f.name, "--distance", attribute,
                               "--format", "json", path)
        _, hops, _ = peers.run(locnet, "path", "--pairs", f.name, "--format", "json", path)
    finally:
        os.unlink(f.name)
    for row, hop_row, (s, t) in zip(json.loads(text), json.loads(hops), pairs):
        name = "%s path %s %s" % (label, s, t)
        failures.true(name + ": ends", (row["from_id"], row["to_id"]) == (s, t))
        if not nx.has_path(G, s, t):
            failures.true(name + ": no chain", row["distance"] is None and row["path"] == [])
            continue
        expected = nx.shortest_path_length(G, s, t, weight="w")
        failures.close(name + " distance", row["distance"], expected, 1e-9)
        chain = row["path"]
        walked = sum(G[a][b]["w"] for a, b in zip(chain, chain[1:]) if G.has_edge(a, b))
        failures.true(name + ": a chain of links as long as said",
                      all(G.has_edge(a, b) for a, b in zip(chain, chain[1:])) and
                      abs(walked - row["distance"]) <= 1e-9)
        failures.true(name + ": fewest partnerships", hop_row["length"] == nx.shortest_path_length(G, s, t))
        worst["path"] = max(worst.get("path", 0.0), abs(row["distance"] - expected))


def main():
    peers.check_version()
    locnet = sys.argv[1]
    failures = peers.Failures()
    worst = {}
    with tempfile.TemporaryDirectory() as folder:
        for label, path, M, attribute in list(networks()) + [graphml_copy(folder)]:
            check_weights(failures, locnet, label, path, M, attribute, worst)
            check_count(failures, locnet, label, path, M, worst)
            check_distances(failures, locnet, label, path, M, attribute, worst)
            check_paths(failures, locnet, label, path, M, attribute, worst)
    for measure in sorted(worst):
        print("%s: largest difference from NetworkX %.3g" % (measure, worst[measure]))
    failures.finish("weights and distances against NetworkX")


if __name__ == "__main__":
    main()
