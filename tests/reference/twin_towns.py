#!/usr/bin/python3
"""NetworkX 2.8.8's answers for the world twin-town network, the figures that take NetworkX
minutes (Louvain over 10 seeds, every shortest chain, exact betweenness), stored so that the
tests can compare locnet with them in seconds.

    /usr/bin/python3 tests/reference/twin_towns.py LOCNET TWIN_CITIES_CSV [PART...]

PART is structure, louvain or betweenness (default: all three); each part adds its answers to
the file, so parts may run one after the other or side by side.

Two locnet/1 versions of the list are used, and both are written to a temporary folder:
  converted  made by tests/dot/twincities_to_locnet.py (standard library only);
  csv        what locnet reads from twin_cities.csv itself (its CSV reader maps country names
             to ISO codes), written out by `LOCNET convert` so that NetworkX reads the same
             localities and partnerships. Only the structure comes from locnet: every figure
             below is NetworkX's.
Writes twin_towns/networkx-2.8.8.json (see README.md). NetworkX needs 5 to 10 minutes
for the structure of each version, 2 for Louvain and 30 for the exact betweenness of the csv
version, on one core.
"""

import hashlib
import json
import os
import subprocess
import sys
import tempfile

import networkx as nx

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                "networkx"))
import peers  # noqa: E402

SEEDS = range(10)
TOP = 30


def structure(G):
    """The vital statistics as locnet's summary names them."""
    largest = max(nx.connected_components(G), key=len)
    H = G.subgraph(largest).copy()  # a copy: searches in a subgraph view are 2.5 times slower
    longest, total, pairs = 0, 0, 0
    for source in H:  # one breadth-first search per locality gives both path figures
        lengths = nx.single_source_shortest_path_length(H, source)
        longest = max(longest, max(lengths.values()))
        total += sum(lengths.values())
        pairs += len(lengths) - 1
    return {"linked pairs": G.number_of_edges(),
            "density": nx.density(G),
            "components": nx.number_connected_components(G),
            "isolated localities": sum(1 for v in G if G.degree(v) == 0),
            "largest component": len(largest),
            "transitivity": nx.transitivity(G),
            "average clustering": nx.average_clustering(G),
            "degree assortativity": nx.degree_assortativity_coefficient(G),
            "diameter": longest,
            "average path length": total / pairs}


def louvain(G):
    modularities = [nx.community.modularity(G, nx.community.louvain_communities(G, seed=s))
                    for s in SEEDS]
    return {"louvain_modularity_by_seed": modularities,
            "louvain_best_of_10": max(modularities)}


def betweenness(G):
    values = nx.betweenness_centrality(G)
    top = sorted(values.items(), key=lambda item: (-item[1], item[0]))[:TOP]
    return {"betweenness_top": [[v, x] for v, x in top]}


PARTS = {"structure": structure, "louvain": louvain, "betweenness": betweenness}


def answers(path, parts):
    M = peers.multigraph_from_json(path)
    G = peers.collapse(M)
    result = {"localities": M.number_of_nodes(), "partnerships": M.number_of_edges()}
    for part in parts:
        result.update(PARTS[part](G))
    return result


def merge(target, out):
    """Adds out to what target holds (another part may have written it meanwhile)."""
    try:
        with open(target, encoding="utf-8") as f:
            old = json.load(f)
    except FileNotFoundError:
        old = {}
    if old.get("meta", {}).get("twin_cities_csv_sha256") != out["meta"]["twin_cities_csv_sha256"]:
        old = {}
    for key, value in out.items():
        old.setdefault(key, {}).update(value)
    with open(target + ".tmp", "w", encoding="utf-8") as f:
        json.dump(old, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    os.replace(target + ".tmp", target)


def main():
    peers.check_version()
    locnet, csv_path = sys.argv[1], sys.argv[2]
    parts = sys.argv[3:] or sorted(PARTS)
    with open(csv_path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    here = os.path.dirname(os.path.abspath(__file__))
    converter = os.path.join(os.path.dirname(here), "dot", "twincities_to_locnet.py")
    out = {"meta": {"networkx": nx.__version__, "twin_cities_csv_sha256": digest,
                    "louvain": "nx.community.louvain_communities(G, seed=s), s = 0..9, "
                               "modularity by nx.community.modularity(G, ...)",
                    "betweenness": "nx.betweenness_centrality(G), normalised, top %d" % TOP}}
    with tempfile.TemporaryDirectory() as folder:
        converted = os.path.join(folder, "converted.json")
        with open(converted, "w", encoding="utf-8") as f:
            subprocess.run([sys.executable, converter, csv_path], stdout=f, check=True)
        read = os.path.join(folder, "csv.json")
        subprocess.run([locnet, "convert", csv_path, "-o", read], check=True,
                       stderr=subprocess.DEVNULL)
        out["converted"] = answers(converted, [p for p in parts if p != "betweenness"])
        out["csv"] = answers(read, parts)
    merge(os.path.join(here, "twin_towns", "networkx-%s.json" % nx.__version__), out)


if __name__ == "__main__":
    main()
