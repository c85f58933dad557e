#!/usr/bin/python3
"""NetworkX 2.8.8's view of how the bundled French-Vietnamese dataset holds together.

Run from the repository root with Debian's interpreter (it carries NetworkX 2.8.8):

    /usr/bin/python3 tests/reference/bundled_structure.py

It reads data/fr-vn.json and writes tests/reference/generated/bundled.expected.json with the
structure keys of generate.py's expected files (components, articulation_points, bridges,
biconnected_components, computed the same way on the same graphs) and two more:
cut_vertex_parts and bridge_sides.  See README.md.  Only the standard library and networkx
are imported; the output does not depend on set order or PYTHONHASHSEED.
"""

import json
import os
import sys

import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate  # noqa: E402  (the graphs, structure and file format of the other references)

NX_VERSION = "2.8.8"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATASET = os.path.join(ROOT, "data", "fr-vn.json")
OUTPUT = os.path.join(HERE, "generated", "bundled.expected.json")


def structure(M, G):
    comps, arts, bridges, g_bridges, bicomps = generate.structure_answer(M, G)

    # The parts a cut vertex's component falls into without it, largest first.
    parts = {}
    for v in arts:
        rest = nx.node_connected_component(G, v) - {v}
        H = G.subgraph(rest)
        parts[v] = sorted((len(c) for c in nx.connected_components(H)), reverse=True)

    # The two sides of a bridge once its one partnership is gone, [a, b, a's side, b's side].
    sides = []
    for u, v in bridges:
        R = nx.MultiGraph(M)
        R.remove_edge(u, v)
        sides.append([u, v, len(nx.node_connected_component(R, u)),
                      len(nx.node_connected_component(R, v))])

    meta = {
        "networkx": nx.__version__,
        "network": "bundled (data/fr-vn.json)",
        "localities": M.number_of_nodes(),
        "partnerships": M.number_of_edges(),
        "distinct_pairs": G.number_of_edges(),
        "components": len(comps),
        "isolated": sum(1 for c in comps if len(c) == 1),
        "bridges_in_simple_graph": g_bridges,
        "bridges_excluded_as_repeated": g_bridges - len(bridges),
    }
    return {
        "meta": meta,
        "components": comps,
        "articulation_points": arts,
        "bridges": bridges,
        "biconnected_components": bicomps,
        "cut_vertex_parts": parts,
        "bridge_sides": sides,
    }


def main():
    if nx.__version__ != NX_VERSION:
        sys.exit("bundled_structure.py: needs networkx %s, this interpreter (%s) has %s; "
                 "run it with /usr/bin/python3" % (NX_VERSION, sys.executable, nx.__version__))
    with open(DATASET, encoding="utf-8") as f:
        network = json.load(f)
    M, G = generate.graphs(network["localities"], network["partnerships"])
    exp = structure(M, G)
    tmp = OUTPUT + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(generate.format_expected(
            exp, generate.STRUCTURE_KEYS + ("bridge_sides",), "cut_vertex_parts"))
    os.replace(tmp, OUTPUT)
    m = exp["meta"]
    print("generated/bundled.expected.json: %d localities, %d partnerships (%d distinct pairs), "
          "%d components (%d isolated), %d bridges (+%d excluded as repeated), "
          "%d articulation points, %d biconnected components"
          % (m["localities"], m["partnerships"], m["distinct_pairs"], m["components"],
             m["isolated"], len(exp["bridges"]), m["bridges_excluded_as_repeated"],
             len(exp["articulation_points"]), len(exp["biconnected_components"])))


if __name__ == "__main__":
    main()
