#!/usr/bin/python3
"""Betweenness, closeness and harmonic centrality of `locnet centrality` against NetworkX 2.8,
on a network large enough to be cut into several chunks of sources (graph/chunks.h), with trees
hanging off its core (exact betweenness peels them: graph/tree_reduction.h).

    /usr/bin/python3 tests/measures_networkx_test.py LOCNET_BINARY

- Exact, with --jobs 1, 2 and 3: the three reports are byte-identical, and every value equals
  NetworkX's betweenness_centrality, closeness_centrality and harmonic_centrality on the simple
  graph (within 1e-9 relative).
- Sampled, --samples K --seed S: byte-identical with --jobs 1, 2 and 3; with K >= n, NetworkX's
  exact values; and, averaged over many seeds, NetworkX's exact values again (the estimates of
  harmonic and of the mean distance behind closeness are unbiased; sampled betweenness is
  checked so in tests/unit/test_centrality.c).
- With --distance since (each partnership as long as its year): exact values equal to NetworkX's
  with weight= and distance=, and byte-identical reports with any --jobs, exact and sampled.
Exits 1 on the first failure.
"""

import csv
import io
import json
import os
import random
import subprocess
import sys
import tempfile

import networkx

LOCALITIES = 800
SEED = 20240608
TOLERANCE = 1e-9
MEASURES = ("betweenness", "closeness", "harmonic")


def fail(message):
    print("FAIL " + message)
    sys.exit(1)


def make_network(path):
    """A preferential-attachment core with trees hanging off it (as in the twin-town network,
    where most localities have one partner), repeated partnerships, small components (paths and
    stars) and isolated localities; returns its simple graph."""
    rng = random.Random(SEED)
    core = 500
    graph = networkx.barabasi_albert_graph(core, 2, seed=SEED)
    pairs = list(graph.edges())
    for v in range(core, LOCALITIES - 30):                                   # hanging trees
        pairs.append((v, rng.randrange(v)))
    pairs += [rng.choice(pairs) for _ in range(150)]                       # repeated
    extra = list(range(LOCALITIES - 30, LOCALITIES - 10))                   # 20 in small parts
    pairs += [(extra[i], extra[i + 1]) for i in range(0, 9) if i % 5 != 4]  # paths
    pairs += [(extra[10], extra[i]) for i in range(11, 15)]                 # a star
    pairs += [(extra[15], extra[i]) for i in range(16, 20)]                 # another
    ids = ["L%04d" % (i + 1) for i in range(LOCALITIES)]                    # 10 isolated
    document = {
        "format": "locnet/1",
        "localities": [{"id": ident, "name": "Locality %d" % (i + 1), "country": "VN",
                        "level": "commune"} for i, ident in enumerate(ids)],
        "partnerships": [{"a": ids[a], "b": ids[b], "kind": "agreement",
                          "since": rng.randint(1950, 2024)} for a, b in pairs],
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(document, f)
    simple = networkx.Graph()
    simple.add_nodes_from(ids)
    for partnership in document["partnerships"]:  # a link is as long as its shortest partnership
        a, b, length = partnership["a"], partnership["b"], partnership["since"]
        if not simple.has_edge(a, b) or simple[a][b]["w"] > length:
            simple.add_edge(a, b, w=length)
    return simple


def report(locnet, network, *options):
    """The CSV report's text."""
    result = subprocess.run([locnet, "centrality", "--measure", "betweenness,closeness,harmonic",
                             "--format", "csv", *options, network],
                            capture_output=True, text=True)
    if result.returncode != 0:
        fail("locnet centrality %s: exit %d: %s" % (" ".join(options), result.returncode,
                                                     result.stderr))
    return result.stdout


def values(text):
    return {row["id"]: {m: float(row[m]) for m in MEASURES + ("reachable",)}
            for row in csv.DictReader(io.StringIO(text))}


def same_for_any_jobs(locnet, network, *options):
    texts = [report(locnet, network, "--jobs", str(jobs), *options) for jobs in (1, 2, 3)]
    if texts[1] != texts[0] or texts[2] != texts[0]:
        fail("%s: reports differ with --jobs 1, 2, 3" % " ".join(options or ("exact",)))
    return values(texts[0])


def close(got, expected, tolerance):
    return abs(got - expected) <= tolerance * max(1.0, abs(expected))


def check_exact(found, expected, label):
    for ident, measures in expected.items():
        for measure, value in measures.items():
            if not close(found[ident][measure], value, TOLERANCE):
                fail("%s %s %s: locnet %r, NetworkX %r" % (label, ident, measure,
                                                           found[ident][measure], value))


def mean_distance(measures, n):
    """The mean distance to the reachable localities behind closeness (r/(n-1)) / closeness."""
    return measures["reachable"] / (n - 1) / measures["closeness"]


def check_unbiased(locnet, network, expected, samples, draws):
    """Averages the estimates of harmonic and of the mean distance over draws seeds; their mean
    relative error against NetworkX's exact values, over the localities that reach another,
    must be small (one draw's is several times larger)."""
    n = len(expected)
    reaching = [i for i, exact in expected.items() if exact["closeness"] > 0]
    sums = {ident: {"harmonic": 0.0, "distance": 0.0} for ident in reaching}
    for seed in range(1, draws + 1):
        found = values(report(locnet, network, "--samples", str(samples), "--seed", str(seed)))
        for ident in reaching:
            sums[ident]["harmonic"] += found[ident]["harmonic"] / draws
            sums[ident]["distance"] += mean_distance(found[ident], n) / draws
    for measure in ("harmonic", "distance"):
        error = 0.0
        for ident in reaching:
            exact = expected[ident]
            truth = exact["harmonic"] if measure == "harmonic" else mean_distance(exact, n)
            error += abs(sums[ident][measure] / truth - 1) / len(reaching)
        print("%s from %d sources, mean of %d draws: mean relative error %.2f %%" % (
            measure, samples, draws, 100 * error))
        if not error <= 0.015:
            fail("%s: the mean estimate is off by %.2f %% on average" % (measure, 100 * error))


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: measures_networkx_test.py LOCNET_BINARY")
    locnet = sys.argv[1]
    with tempfile.TemporaryDirectory() as work:
        network = os.path.join(work, "network.json")
        graph = make_network(network)
        betweenness = networkx.betweenness_centrality(graph)
        closeness = networkx.closeness_centrality(graph)
        harmonic = networkx.harmonic_centrality(graph)
        expected = {v: {"betweenness": betweenness[v], "closeness": closeness[v],
                        "harmonic": harmonic[v],
                        "reachable": len(networkx.node_connected_component(graph, v)) - 1}
                    for v in graph}
        check_exact(same_for_any_jobs(locnet, network), expected, "exact")
        print("exact: --jobs 1, 2, 3 byte-identical and equal to NetworkX")
        same_for_any_jobs(locnet, network, "--samples", "300", "--seed", "7")
        print("sampled: --jobs 1, 2, 3 byte-identical")
        check_exact(values(report(locnet, network, "--samples", str(LOCALITIES + 5))), expected,
                    "--samples n+5")
        print("sampled with K >= n: equal to NetworkX")
        check_unbiased(locnet, network, expected, 100, 20)
        betweenness = networkx.betweenness_centrality(graph, weight="w")
        closeness = networkx.closeness_centrality(graph, distance="w")
        harmonic = networkx.harmonic_centrality(graph, distance="w")
        by_distance = {v: {"betweenness": betweenness[v], "closeness": closeness[v],
                           "harmonic": harmonic[v]} for v in graph}
        check_exact(same_for_any_jobs(locnet, network, "--distance", "since"), by_distance,
                    "--distance since")
        same_for_any_jobs(locnet, network, "--distance", "since", "--samples", "300")
        print("--distance since: --jobs 1, 2, 3 byte-identical, exact values equal to NetworkX")
    print("ok")


if __name__ == "__main__":
    main()
