#!/usr/bin/python3
"""The GEXF that locnet writes opens in NetworkX with every attribute and every partnership, and
draws what it says; the measures and communities it adds are NetworkX's.

    /usr/bin/python3 tests/gexf_peers_test.py LOCNET_BINARY

`locnet convert --with-measures degree,pagerank,betweenness --with-communities` writes the
bundled dataset (and Zachary's karate club) as GEXF; networkx.read_gexf reads it (any warning
is a failure), and this script compares, against the locnet/1 JSON read with Python's json:
  - every locality (node id, label = name, every other field with its type) and every
    partnership (a multiset: ends, kind, themes, sources, note, since and until as integers);
  - each partnership's start and end: its since and until;
  - viz:color: the colours of locnet's palette rule (Okabe-Ito, FR blue and VN vermilion, the
    largest countries first, grey past seven), computed here from the data;
  - viz:size: 10 + 4 sqrt(distinct partners), the partners counted by NetworkX;
  - viz:position: within a country, x and y are affine in longitude and latitude with the
    ratio cos(φ0) of the equirectangular projection;
  - degree, PageRank and betweenness: NetworkX's on the simple graph, unweighted (karate's CSV
    has a weight column: it is carried along, not used), to 1e-9;
  - community: a partition numbered from 1, largest first, whose modularity (NetworkX's) is at
    least 99 % of the best of NetworkX's louvain_communities over 10 seeds.
Exits 1 on the first difference.
"""

import json
import math
import os
import subprocess
import sys
import tempfile
import warnings

import networkx

from graphml_peers_test import flat_locality  # beside this script

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIST_FIELDS = {"aliases", "codes", "succession_sources", "end_sources", "themes", "sources"}
PALETTE = ["#0072b2", "#d55e00", "#e69f00", "#56b4e9", "#009e73", "#f0e442", "#cc79a7"]
RESERVED = {"FR": "#0072b2", "VN": "#d55e00"}
GREY = "#bbbbbb"


def fail(message):
    print("FAIL " + message)
    sys.exit(1)


def read_gexf(path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        graph = networkx.read_gexf(path)
    if caught:
        fail("%s: reading warned: %s" % (os.path.basename(path), caught[0].message))
    return graph


def convert(locnet, source, target):
    subprocess.run([locnet, "convert", "--with-measures", "degree,pagerank,betweenness",
                    "--with-communities", source, "-o", target], check=True,
                   stderr=subprocess.DEVNULL)


def expected_colours(localities):
    counts = {}
    for loc in localities:
        counts[loc["country"]] = counts.get(loc["country"], 0) + 1
    order = sorted(counts, key=lambda c: (-counts[c], c))
    coloured = order[:len(PALETTE)]
    taken = {RESERVED[c] for c in coloured if c in RESERVED}
    free = [c for c in PALETTE if c not in taken]
    colours = {}
    for country in order:
        if country not in coloured:
            colours[country] = GREY
        elif country in RESERVED:
            colours[country] = RESERVED[country]
        else:
            colours[country] = free.pop(0)
    return colours


def as_written(field, value):
    if field in LIST_FIELDS:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


def check_localities(graph, data):
    colours = expected_colours(data["localities"])
    simple = networkx.Graph(graph)
    for record in data["localities"]:
        node = graph.nodes.get(record["id"])
        if node is None:
            fail("locality %s missing" % record["id"])
        for field, value in flat_locality(record).items():
            if field == "id":
                continue
            got = node.get("label" if field == "name" else field)
            want = as_written(field, value)
            if got != want or type(got) is not type(want):
                fail("locality %s: %s is %r, not %r" % (record["id"], field, got, want))
        viz = node["viz"]
        colour = "#%02x%02x%02x" % (viz["color"]["r"], viz["color"]["g"], viz["color"]["b"])
        if colour != colours[record["country"]]:
            fail("locality %s: colour %s, not %s" % (record["id"], colour,
                                                     colours[record["country"]]))
        size = 10 + 4 * math.sqrt(simple.degree(record["id"]))
        if abs(viz["size"] - size) > 1e-9:
            fail("locality %s: size %r, not %r" % (record["id"], viz["size"], size))


def check_positions(graph, data):
    """Within a country, x/Δlongitude and y/Δlatitude are constant, in the ratio cos(φ0)."""
    by_country = {}
    for loc in data["localities"]:
        if "lat" in loc:
            by_country.setdefault(loc["country"], []).append(loc)
    for country, places in by_country.items():
        lats = [p["lat"] for p in places]
        phi0 = math.radians((max(lats) + min(lats)) / 2)
        base = places[0]
        base_position = graph.nodes[base["id"]]["viz"]["position"]
        scales = []
        for other in places[1:]:
            position = graph.nodes[other["id"]]["viz"]["position"]
            if other["lon"] != base["lon"]:
                scales.append((position["x"] - base_position["x"]) /
                              ((other["lon"] - base["lon"]) * math.cos(phi0)))
            if other["lat"] != base["lat"]:
                scales.append((position["y"] - base_position["y"]) / (other["lat"] - base["lat"]))
        if scales and max(scales) - min(scales) > 1e-6 * max(abs(s) for s in scales):
            fail("%s: positions are not one equirectangular projection (scales %r...)" % (
                country, scales[:4]))


def check_partnerships(graph, data):
    wanted, found = [], []
    for record in data["partnerships"]:
        values = {k: as_written(k, v) for k, v in record.items() if k not in ("a", "b")}
        if "since" in record:
            values["start"] = record["since"]
        if "until" in record:
            values["end"] = record["until"]
        wanted.append(repr((sorted((record["a"], record["b"])), sorted(values.items()))))
    for a, b, values in graph.edges(data=True):
        values = {k: v for k, v in values.items() if k != "id"}
        for key in ("since", "until", "start", "end"):
            if key in values and type(values[key]) is not int:
                fail("partnership %s-%s: %s is %r, not an integer" % (a, b, key, values[key]))
        found.append(repr((sorted((a, b)), sorted(values.items()))))
    if sorted(wanted) != sorted(found):
        fail("partnerships differ: first missing %r" % sorted(set(wanted) - set(found))[:1])


def check_measures(graph, name):
    simple = networkx.Graph(graph)
    degree = dict(simple.degree())
    pagerank = networkx.pagerank(simple, tol=1e-14, max_iter=100000, weight=None)  # its default stops early
    betweenness = networkx.betweenness_centrality(simple)
    for node, values in graph.nodes(data=True):
        if values["degree"] != degree[node] or type(values["degree"]) is not int:
            fail("%s: %s: degree %r, not %r" % (name, node, values["degree"], degree[node]))
        for field, want in (("pagerank", pagerank[node]), ("betweenness", betweenness[node])):
            if abs(values[field] - want) > 1e-9:
                fail("%s: %s: %s %r, not NetworkX's %r" % (name, node, field, values[field], want))
    parts = {}
    for node, values in graph.nodes(data=True):
        parts.setdefault(values["community"], set()).add(node)
    numbers = sorted(parts)
    if numbers != list(range(1, len(numbers) + 1)) or \
            any(len(parts[n]) < len(parts[n + 1]) for n in numbers[:-1]):
        fail("%s: communities are not numbered from 1, largest first" % name)
    ours = networkx.algorithms.community.modularity(simple, parts.values(), weight=None)
    best = max(networkx.algorithms.community.modularity(
        simple, networkx.algorithms.community.louvain_communities(simple, weight=None, seed=seed),
        weight=None)
        for seed in range(10))
    if ours < 0.99 * best:
        fail("%s: modularity %.6f below 99 %% of NetworkX's best Louvain %.6f" % (name, ours, best))
    print("ok   %s: degree, PageRank and betweenness equal NetworkX's; %d communities, "
          "modularity %.4f (NetworkX's best Louvain of 10 seeds: %.4f)" % (
              name, len(parts), ours, best))


def main():
    locnet = sys.argv[1]
    with tempfile.TemporaryDirectory() as work:
        bundled = os.path.join(ROOT, "data", "fr-vn.json")
        target = os.path.join(work, "fr-vn.gexf")
        convert(locnet, bundled, target)
        with open(bundled, encoding="utf-8") as f:
            data = json.load(f)
        graph = read_gexf(target)
        if graph.number_of_nodes() != len(data["localities"]) or \
                graph.number_of_edges() != len(data["partnerships"]):
            fail("%d nodes and %d edges for %d localities and %d partnerships" % (
                graph.number_of_nodes(), graph.number_of_edges(), len(data["localities"]),
                len(data["partnerships"])))
        if graph.graph.get("mode") != "dynamic":
            fail("the graph is not dynamic: Gephi's timeline would not play")
        check_localities(graph, data)
        check_positions(graph, data)
        check_partnerships(graph, data)
        print("ok   bundled dataset: %d localities and %d partnerships with every attribute, "
              "colours, sizes, positions and years" % (len(data["localities"]),
                                                        len(data["partnerships"])))
        check_measures(graph, "bundled dataset")
        karate = os.path.join(work, "karate.gexf")
        convert(locnet, os.path.join(ROOT, "tests", "reference", "classic", "karate_edges.csv"),
                karate)
        check_measures(read_gexf(karate), "karate club")


if __name__ == "__main__":
    main()
