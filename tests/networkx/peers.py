"""What locnet's NetworkX peer tests share: building NetworkX graphs from locnet/1 JSON and edge
CSV files (independently of locnet's readers), running locnet, reading its CSV and JSON output,
and comparing numbers. Debian's /usr/bin/python3 with NetworkX 2.8.8; standard library only
otherwise."""

import csv
import io
import json
import math
import os
import subprocess
import sys

import networkx as nx

NX_VERSION = "2.8.8"
HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
REFERENCE = os.path.join(TESTS, "reference")
CLASSIC = os.path.join(REFERENCE, "classic")
GENERATED = os.path.join(REFERENCE, "generated")
BUNDLED = os.path.join(os.path.dirname(TESTS), "data", "fr-vn.json")


def check_version():
    if nx.__version__ != NX_VERSION:
        sys.exit("NetworkX %s needed (Debian's /usr/bin/python3), found %s"
                 % (NX_VERSION, nx.__version__))


class Failures:
    """Collects failed checks, so that one run reports all of them."""

    def __init__(self):
        self.items = []
        self.checks = 0

    def close(self, label, got, expected, tolerance):
        self.checks += 1
        both_nan = isinstance(got, float) and isinstance(expected, float) and \
            math.isnan(got) and math.isnan(expected)
        if both_nan:
            return True
        if got is None or expected is None or not abs(got - expected) <= tolerance:
            self.items.append("%s: locnet %r, NetworkX %r (tolerance %g)"
                              % (label, got, expected, tolerance))
            return False
        return True

    def true(self, label, condition, detail=""):
        self.checks += 1
        if not condition:
            self.items.append("%s %s" % (label, detail))
        return condition

    def finish(self, name):
        for item in self.items:
            print("FAIL " + item)
        print("%s: %d checks, %d failed" % (name, self.checks, len(self.items)))
        sys.exit(1 if self.items else 0)


def multigraph_from_json(path):
    """Every locality (isolated ones too) and every partnership of a locnet/1 JSON file, with
    the partnerships' fields as edge attributes."""
    with open(path, encoding="utf-8-sig") as f:
        data = json.load(f)
    M = nx.MultiGraph()
    for loc in data["localities"]:
        M.add_node(loc["id"], **{k: loc[k] for k in ("name", "country", "level") if k in loc})
    for p in data["partnerships"]:
        M.add_edge(p["a"], p["b"], **{k: v for k, v in p.items() if k not in ("a", "b")})
    return M


def multigraph_from_edges(path):
    """An edge CSV (source,target,weight), as tests/reference/classic has them."""
    M = nx.MultiGraph()
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            attributes = {"weight": float(row["weight"])} if row.get("weight") else {}
            M.add_edge(row["source"], row["target"], **attributes)
    return M


def collapse(M, weight=None, combine=sum):
    """The simple graph of M: one edge per linked pair, with no attribute, or with the
    attribute 'w' made by combine over the pair's values of weight ('count' counts them)."""
    G = nx.Graph()
    G.add_nodes_from(M.nodes(data=True))
    for u, v, data in M.edges(data=True):
        if u == v:
            continue
        if weight is None:
            G.add_edge(u, v)
            continue
        value = 1.0 if weight == "count" else float(data[weight])
        if G.has_edge(u, v):
            G[u][v]["w"] = combine([G[u][v]["w"], value])
        else:
            G.add_edge(u, v, w=value)
    return G


def run(locnet, *arguments, check=True):
    """Runs locnet; returns (exit code, standard output, standard error)."""
    done = subprocess.run([locnet] + list(arguments), capture_output=True, text=True)
    if check and done.returncode != 0:
        sys.exit("locnet %s failed (%d): %s" % (" ".join(arguments), done.returncode,
                                                 done.stderr))
    return done.returncode, done.stdout, done.stderr


def csv_rows(text):
    return list(csv.DictReader(io.StringIO(text)))


def number(text):
    return float(text) if text not in ("", None) else float("nan")


def eigenvector(G, weight=None, tie=1e-9):
    """NetworkX's eigenvector centrality of G, component by component: power iteration
    (nx.eigenvector_centrality, tolerance 1e-13) converges slowly on a whole disconnected graph
    whose components have close eigenvalues, and never settles when they are equal. Each
    component's weights are divided by its largest strength first, which leaves the eigenvector
    as it is but lets NetworkX's iteration with A + I converge on bipartite components with
    large weights (the eigenvalues -l and l of A are then near 1 - l and 1 + l). The
    components with the largest eigenvalue (Rayleigh quotient; equal within tie, relative) keep
    their vectors, each scaled by the sum of its entries, which is where power iteration from
    equal values converges; the rest are 0; the whole has unit length."""
    found = []
    for component in nx.connected_components(G):
        H = G.subgraph(component)
        if H.number_of_edges() == 0 or H.size(weight=weight) == 0:
            found.append((0.0, {v: 1.0 for v in component}))
            continue
        scale = max(d for _, d in H.degree(weight=weight))
        S = nx.Graph()
        S.add_nodes_from(H)
        S.add_edges_from((u, v, {"s": (d.get(weight, 1.0) if weight else 1.0) / scale})
                         for u, v, d in H.edges(data=True))
        x = nx.eigenvector_centrality(S, weight="s", max_iter=100000, tol=1e-13)
        value = sum(2.0 * x[u] * x[v] * (d.get(weight, 1.0) if weight else 1.0)
                    for u, v, d in H.edges(data=True)) / sum(y * y for y in x.values())
        found.append((value, x))
    largest = max(value for value, _ in found)
    result = {v: 0.0 for v in G}
    for value, x in found:
        if value >= largest - tie * max(largest, 1e-300):
            norm = math.sqrt(sum(y * y for y in x.values()))
            scale = sum(x.values()) / norm
            for v, y in x.items():
                result[v] = y / norm * scale
    norm = math.sqrt(sum(y * y for y in result.values()))
    return {v: y / norm for v, y in result.items()}
