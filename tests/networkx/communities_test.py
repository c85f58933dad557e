#!/usr/bin/python3
"""`locnet communities` against NetworkX 2.8.8.

    /usr/bin/python3 tests/networkx/communities_test.py LOCNET

On the classic graphs (karate, Les Misérables, Florentine families), the generated networks
and the bundled dataset, for every method:
  - the modularity locnet prints equals networkx.community.modularity() of the partition locnet
    returns, to 1e-9 (unweighted, and with --weight: the classic graphs' weights, or count);
  - the partition is well formed: communities numbered from 1, largest first, every locality
    in one, isolated localities alone, the JSON and CSV outputs agree, and each community's
    most central member has the most ties inside it;
  - the same seed gives byte-identical output.
The shared options: on the bundled dataset with --largest, --since, --until, --kind and
--level country, the partition covers the localities of the network NetworkX builds from the
file with the same rule, and its modularity is NetworkX's on that network; with --as-of and
--level region, on the network `locnet convert` writes with the same options (only the
structure comes from locnet); -o writes what standard output shows.
`locnet dot --color-by community` draws those communities: as Graphviz reads the DOT, the
localities of each of the largest share a colour that no other locality has, the others are
grey, and the legend gives each with its size.
Louvain's modularity is at least 99 % of the best of networkx.community.louvain_communities over
seeds 0 to 9, for locnet seeds 1 to 5."""

import html
import json
import os
import re
import subprocess
import sys
import tempfile

import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import peers  # noqa: E402

METHODS = ["louvain", "leiden", "label-propagation", "fast-greedy", "walktrap", "infomap"]
RANDOMISED = {"louvain", "leiden", "label-propagation", "infomap"}
GREY = "#bbbbbb"  # what `locnet dot` draws the localities of the other communities in


def networks():
    """(label, file locnet reads, NetworkX multigraph, weight attributes to try)."""
    for name in ("karate", "lesmis", "florentine"):
        path = os.path.join(peers.CLASSIC, name + "_edges.csv")
        M = peers.multigraph_from_edges(path)
        yield name, path, M, (["weight"] if name != "florentine" else []) + ["count"]
    for name in ("disconnected", "ties", "random_multi", "star_and_path"):
        path = os.path.join(peers.GENERATED, name + ".json")
        yield name, path, peers.multigraph_from_json(path), ["count", "since"]
    yield "bundled", peers.BUNDLED, peers.multigraph_from_json(peers.BUNDLED), ["count"]


def partition_of(report):
    groups = {}
    for row in report["localities"]:
        groups.setdefault(row["community"], set()).add(row["id"])
    return groups


def check_shape(failures, label, G, report, csv_text):
    groups = partition_of(report)
    numbers = sorted(groups)
    failures.true(label + ": numbered 1..count", numbers == list(range(1, report["count"] + 1)),
                  str(numbers[:5]))
    sizes = [len(groups[c]) for c in numbers]
    failures.true(label + ": largest first", sizes == sorted(sizes, reverse=True))
    failures.true(label + ": every locality once",
                  sorted(v for g in groups.values() for v in g) == sorted(G.nodes()))
    for v in G:
        if G.degree(v) == 0:
            failures.true(label + ": isolated " + v + " alone",
                          any(g == {v} for g in groups.values()))
    csv_membership = {row["id"]: int(row["community"]) for row in peers.csv_rows(csv_text)}
    json_membership = {row["id"]: row["community"] for row in report["localities"]}
    failures.true(label + ": csv = json", csv_membership == json_membership)
    failures.true(label + ": csv columns", csv_text.split("\n")[0] == "id,name,country,level,community")
    for row in report["communities"]:
        members = groups[row["community"]]
        failures.true(label + ": size", row["size"] == len(members))
        inside = {v: sum(G[v][u].get("w", 1.0) for u in G[v] if u in members) for v in members}
        failures.true(label + ": central member", abs(inside[row["central_id"]] - max(inside.values()))
                      <= 1e-9 and abs(row["central_ties"] - max(inside.values())) <= 1e-9,
                      "%s %s" % (row["central_id"], row["central_ties"]))


def check_modularity(failures, label, G, report, weight):
    if G.number_of_edges() == 0:
        failures.true(label + ": no modularity without links", report["modularity"] is None)
        return 0.0
    expected = nx.community.modularity(G, list(partition_of(report).values()), weight=weight)
    failures.close(label + ": modularity", report["modularity"], expected, 1e-9)
    return abs(report["modularity"] - expected)


def communities(locnet, path, *options):
    _, text, _ = peers.run(locnet, "communities", "--format", "json", *options, path)
    _, csv_text, _ = peers.run(locnet, "communities", "--format", "csv", *options, path)
    return json.loads(text), csv_text


def check_methods(failures, locnet, worst):
    for label, path, M, weights in networks():
        for method in METHODS:
            for weight in [None] + weights:
                options = ["--method", method] + (["--weight", weight] if weight else [])
                G = peers.collapse(M, weight)
                report, csv_text = communities(locnet, path, *options)
                name = "%s %s" % (label, " ".join(options))
                check_shape(failures, name, G, report, csv_text)
                difference = check_modularity(failures, name, G, report, "w" if weight else None)
                worst[method] = max(worst.get(method, 0.0), difference)


def check_reproducible(failures, locnet):
    path = os.path.join(peers.CLASSIC, "lesmis_edges.csv")
    for method in sorted(RANDOMISED):
        for form in ("csv", "json", "table"):
            outputs = [peers.run(locnet, "communities", "--method", method, "--seed", "7",
                                 "--format", form, path)[1] for _ in range(2)]
            failures.true("%s %s: same seed, same bytes" % (method, form), outputs[0] == outputs[1])


def kept(M, keep):
    """The simple graph of the partnerships of M that keep accepts, and the localities they join."""
    G = nx.Graph()
    G.add_edges_from((u, v) for u, v, data in M.edges(data=True) if u != v and keep(data))
    return G


def countries(M):
    """One node per country, linked when two of its localities are; links within one dropped."""
    country = nx.get_node_attributes(M, "country")
    C = nx.Graph()
    C.add_nodes_from(set(country.values()))
    C.add_edges_from((country[u], country[v]) for u, v in M.edges() if country[u] != country[v])
    return C


def check_filters(failures, locnet):
    M = peers.multigraph_from_json(peers.BUNDLED)
    G = peers.collapse(M)
    cases = [(["--largest"], G.subgraph(max(nx.connected_components(G), key=len))),
             (["--since", "2010"], kept(M, lambda p: p.get("since") is not None and p["since"] >= 2010)),
             (["--until", "2005"], kept(M, lambda p: p.get("since") is not None and p["since"] <= 2005)),
             (["--kind", "agreement"], kept(M, lambda p: p.get("kind") == "agreement")),
             (["--level", "country"], countries(M))]
    with tempfile.TemporaryDirectory() as folder:
        converted = os.path.join(folder, "filtered.json")
        for options in (["--as-of", "2025-07-01"], ["--level", "region"],
                        ["--as-of", "2025-07-01", "--level", "province", "--largest"]):
            peers.run(locnet, "convert", *options, "-o", converted, peers.BUNDLED)
            cases.append((options, peers.collapse(peers.multigraph_from_json(converted))))
        for options, H in cases:
            for method in ("louvain", "walktrap"):
                report, csv_text = communities(locnet, peers.BUNDLED, "--method", method, *options)
                name = "bundled %s %s" % (method, " ".join(options))
                check_shape(failures, name, H, report, csv_text)
                check_modularity(failures, name, H, report, None)
                print("%s: %d localities, %d communities, modularity %s"
                      % (name, H.number_of_nodes(), report["count"], report["modularity"]))
        written = os.path.join(folder, "communities.csv")
        _, shown, _ = peers.run(locnet, "communities", "--format", "csv", peers.BUNDLED)
        peers.run(locnet, "communities", "--format", "csv", "-o", written, peers.BUNDLED)
        with open(written, encoding="utf-8") as f:
            failures.true("-o writes what standard output shows", f.read() == shown)


def check_diagram(failures, locnet, label, path):
    report, _ = communities(locnet, path)
    _, text, _ = peers.run(locnet, "dot", "--color-by", "community", "--keep-isolated", path)
    drawn = json.loads(subprocess.run(["dot", "-Tjson0"], input=text, capture_output=True,
                                      text=True, check=True).stdout)
    legend_nodes = [o for o in drawn["objects"] if o.get("tooltip") == "legend"]
    colour = {o["name"]: o["fillcolor"] for o in drawn["objects"]
              if "fillcolor" in o and o not in legend_nodes}
    groups = partition_of(report)
    failures.true(label + " diagram: every locality drawn",
                  sorted(colour) == sorted(v for g in groups.values() for v in g))
    by_colour = {}
    for v, c in colour.items():
        by_colour.setdefault(c, set()).add(v)
    coloured = [c for c in sorted(groups) if {colour.get(v) for v in groups[c]} != {GREY}]
    failures.true(label + " diagram: the largest communities coloured",
                  coloured == sorted(groups)[:len(coloured)] and
                  len(coloured) >= min(len(groups), 7), str(coloured))
    for c in coloured:
        shades = {colour.get(v) for v in groups[c]}
        failures.true("%s diagram: community %d in one colour of its own" % (label, c),
                      len(shades) == 1 and by_colour.get(shades.pop()) == groups[c])
    legend = html.unescape(" ".join([drawn.get("label", "")] +
                                    [o.get("label", "") for o in legend_nodes]))
    for row in report["communities"][:len(coloured)]:
        entry = re.search(r"around ([^<]*) \(%d\)" % row["size"], legend)
        failures.true("%s diagram: community %d in the legend with its size"
                      % (label, row["community"]), entry is not None)
    print("%s diagram: %d communities, %d coloured" % (label, len(groups), len(coloured)))


def check_louvain_quality(failures, locnet):
    for name in ("karate", "lesmis", "florentine"):
        path = os.path.join(peers.CLASSIC, name + "_edges.csv")
        G = peers.collapse(peers.multigraph_from_edges(path))
        best = max(nx.community.modularity(G, nx.community.louvain_communities(G, seed=s))
                   for s in range(10))
        for seed in range(1, 6):
            report, _ = communities(locnet, path, "--seed", str(seed))
            ratio = report["modularity"] / best
            failures.true("%s louvain seed %d: %.6f >= 99 %% of NetworkX's best %.6f"
                          % (name, seed, report["modularity"], best), ratio >= 0.99)
            print("%s: louvain seed %d modularity %.9f, NetworkX best of 10 %.9f, ratio %.4f"
                  % (name, seed, report["modularity"], best, ratio))


def check_resolution(failures, locnet):
    path = os.path.join(peers.CLASSIC, "karate_edges.csv")
    G = peers.collapse(peers.multigraph_from_edges(path))
    counts = []
    for resolution in ("0.5", "1", "2"):
        report, _ = communities(locnet, path, "--method", "leiden", "--resolution", resolution)
        check_modularity(failures, "karate leiden resolution " + resolution, G, report, None)
        counts.append(report["count"])
    failures.true("leiden: more communities at a higher resolution", counts[0] <= counts[1] <= counts[2],
                  str(counts))


def main():
    peers.check_version()
    locnet = sys.argv[1]
    failures = peers.Failures()
    worst = {}
    check_methods(failures, locnet, worst)
    for method in METHODS:
        print("%s: largest difference from NetworkX's modularity %.3g" % (method, worst[method]))
    check_reproducible(failures, locnet)
    check_filters(failures, locnet)
    check_diagram(failures, locnet, "bundled", peers.BUNDLED)
    check_diagram(failures, locnet, "lesmis", os.path.join(peers.CLASSIC, "lesmis_edges.csv"))
    check_louvain_quality(failures, locnet)
    check_resolution(failures, locnet)
    failures.finish("communities against NetworkX")


if __name__ == "__main__":
    main()
