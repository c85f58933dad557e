#!/usr/bin/python3
"""The network's vital statistics, --level country and eigenvector ties against NetworkX 2.8.8.

    /usr/bin/python3 tests/networkx/structure_test.py LOCNET

- `locnet summary`'s structure section (linked pairs, isolated localities, transitivity, average
  clustering, degree assortativity, diameter and average path length of the largest component)
  equals networkx's transitivity, average_clustering, degree_assortativity_coefficient,
  diameter and average_shortest_path_length, to 1e-9, on the classic graphs, the generated
  networks and the bundled dataset; `--degrees` equals networkx.degree_histogram.
- `--level country` makes one locality per country: centrality on it equals NetworkX's on the
  graph whose nodes are the countries, with the partnerships within one country dropped (their
  number is said on standard error).
- Eigenvector centrality of networks whose components tie for the largest eigenvalue (two
  triangles, two 12-cliques, those beside a smaller component) equals NetworkX's
  eigenvector_centrality, is symmetric, and comes with a warning."""

import os
import sys
import tempfile
import itertools

import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import peers  # noqa: E402

MEASURES = ["degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector",
            "pagerank"]


def networks():
    for name in ("karate", "lesmis", "florentine"):
        path = os.path.join(peers.CLASSIC, name + "_edges.csv")
        yield name, path, peers.multigraph_from_edges(path)
    for name in ("disconnected", "ties", "random_multi", "star_and_path"):
        path = os.path.join(peers.GENERATED, name + ".json")
        yield name, path, peers.multigraph_from_json(path)
    yield "bundled", peers.BUNDLED, peers.multigraph_from_json(peers.BUNDLED)


def expected_structure(G):
    """NetworkX's figures; the path figures of every largest component (locnet picks one)."""
    largest = max(len(c) for c in nx.connected_components(G))
    paths = set()
    for component in nx.connected_components(G):
        if len(component) == largest:
            H = G.subgraph(component)
            paths.add((nx.diameter(H), round(nx.average_shortest_path_length(H), 12)))
    return {"linked pairs": G.number_of_edges(),
            "isolated localities": sum(1 for v in G if G.degree(v) == 0),
            "largest component": largest,
            "transitivity": nx.transitivity(G),
            "average clustering": nx.average_clustering(G),
            "degree assortativity": nx.degree_assortativity_coefficient(G)}, paths


def check_summary(failures, locnet, label, path, M):
    G = peers.collapse(M)
    _, text, _ = peers.run(locnet, "summary", "--degrees", "--format", "csv", path)
    rows = peers.csv_rows(text)
    got = {row["item"]: peers.number(row["value"]) for row in rows if row["section"] == "structure"}
    expected, paths = expected_structure(G)
    for item, value in expected.items():
        failures.close("%s %s" % (label, item), got[item], float(value), 1e-9)
    failures.true("%s diameter and average path length" % label,
                  any(got["diameter"] == d and abs(got["average path length"] - a) <= 1e-9
                      for d, a in paths), "%s %s: %s" % (got["diameter"], got["average path length"], paths))
    histogram = nx.degree_histogram(G)
    degrees = {int(row["item"]): int(row["value"]) for row in rows
               if row["section"] == "degree distribution"}
    failures.true(label + " degree distribution",
                  degrees == {d: c for d, c in enumerate(histogram) if c > 0}, str(degrees))
    return {item: abs(got[item] - float(value)) for item, value in expected.items()
            if value == value}


def country_graph(M):
    """The countries of M's localities, linked by the partnerships between two countries."""
    country = nx.get_node_attributes(M, "country")
    C = nx.MultiGraph()
    C.add_nodes_from(set(country.values()))
    within = 0
    for u, v in M.edges():
        if country[u] == country[v]:
            within += 1
        else:
            C.add_edge(country[u], country[v])
    return C, within


def expected_centrality(M):
    G = peers.collapse(M)
    return {"degree": dict(G.degree()), "strength": dict(M.degree()),
            "betweenness": nx.betweenness_centrality(G),
            "closeness": nx.closeness_centrality(G),
            "harmonic": nx.harmonic_centrality(G),
            "eigenvector": peers.eigenvector(G),
            "pagerank": nx.pagerank(G, tol=1e-13, max_iter=10000)}


def check_centrality(failures, label, got, expected):
    for measure, values in expected.items():
        tolerance = 1e-6 if measure == "eigenvector" else 1e-9
        for v, value in values.items():
            failures.close("%s %s %s" % (label, measure, v), peers.number(got[v][measure]),
                           float(value), tolerance)


def centrality(locnet, path, *options):
    _, text, error = peers.run(locnet, "centrality", "--measure", ",".join(MEASURES),
                               "--format", "csv", *options, path)
    return {row["id"]: row for row in peers.csv_rows(text)}, error


def check_countries(failures, locnet, label, path, M):
    C, within = country_graph(M)
    got, error = centrality(locnet, path, "--level", "country")
    failures.true(label + " --level country: one locality per country", sorted(got) == sorted(C))
    check_centrality(failures, label + " --level country", got, expected_centrality(C))
    note = "%d partnership%s within one country dropped" % (within, "" if within == 1 else "s")
    failures.true(label + " --level country: the note", (note in error) == (within > 0), error)


def write_csv(folder, name, edges):
    path = os.path.join(folder, name + ".csv")
    with open(path, "w") as f:
        f.write("a,b\n" + "".join("%s,%s\n" % edge for edge in edges))
    return path


def check_ties(failures, locnet):
    def clique(prefix, size):
        return [(prefix + str(i), prefix + str(j)) for i, j in itertools.combinations(range(size), 2)]
    cases = {"two_triangles": clique("A", 3) + clique("B", 3),
             "two_cliques": clique("A", 12) + clique("B", 12),
             "triangles_and_a_pair": clique("A", 3) + clique("B", 3) + [("C0", "C1")],
             "one_star": [("S", "L%d" % i) for i in range(5)] + clique("A", 3)}
    with tempfile.TemporaryDirectory() as folder:
        for name, edges in cases.items():
            path = write_csv(folder, name, edges)
            G = nx.Graph(edges)
            got, error = centrality(locnet, path)
            expected = nx.eigenvector_centrality(G, max_iter=10000, tol=1e-13)
            for v in G:
                failures.close("%s eigenvector %s" % (name, v), peers.number(got[v]["eigenvector"]),
                               expected[v], 1e-8)
            tied = name != "one_star"
            failures.true(name + ": warning", ("not unique" in error) == tied, error)
            if tied:
                values = {round(peers.number(got[v]["eigenvector"]), 12) for v in G if not v.startswith("C")}
                failures.true(name + ": symmetric", len(values) == 1, str(values))


def main():
    peers.check_version()
    locnet = sys.argv[1]
    failures = peers.Failures()
    worst = {}
    for label, path, M in networks():
        for item, difference in check_summary(failures, locnet, label, path, M).items():
            worst[item] = max(worst.get(item, 0.0), difference)
        if all("country" in data for _, data in M.nodes(data=True)):
            check_countries(failures, locnet, label, path, M)
    for item in sorted(worst):
        print("%s: largest difference from NetworkX %.3g" % (item, worst[item]))
    check_ties(failures, locnet)
    failures.finish("structure against NetworkX")


if __name__ == "__main__":
    main()
