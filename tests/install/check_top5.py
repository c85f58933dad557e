"""Checks the output of examples/top5.c against NetworkX.

usage: check_top5.py NETWORK.json OUTPUT

NETWORK.json is a locnet/1 file, read here with Python's json module into a networkx.Graph
(every locality a node, every partnership an edge; repeated partnerships count once, as locnet's
measures say). OUTPUT is what top5 printed: five lines "RANK. NAME (ID) PAGERANK", then
"components: N". Each printed PageRank must be NetworkX's (damping 0.85) to 1e-6, the five must
be the five highest (ties may come in either order), names must match, and N must be NetworkX's
number of connected components.
"""
import json
import re
import sys

import networkx as nx

LINE = re.compile(r"^([1-5])\. (.+) \((.+)\) ([0-9.]+)$")


def read_network(path):
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    graph = nx.Graph()
    names = {}
    for locality in document["localities"]:
        graph.add_node(locality["id"])
        names[locality["id"]] = locality["name"]
    for partnership in document["partnerships"]:
        graph.add_edge(partnership["a"], partnership["b"])
    return graph, names


def check(graph, names, lines):
    problems = []
    rank = nx.pagerank(graph, alpha=0.85, tol=1e-12, max_iter=10000)
    ordered = sorted(rank.values(), reverse=True)
    if len(lines) != 6:
        return [f"expected 6 lines, got {len(lines)}"]
    for position, line in enumerate(lines[:5], start=1):
        match = LINE.match(line)
        if match is None or int(match.group(1)) != position:
            problems.append(f"line {position} is not 'RANK. NAME (ID) PAGERANK': {line!r}")
            continue
        name, locality, value = match.group(2), match.group(3), float(match.group(4))
        if locality not in rank:
            problems.append(f"line {position}: unknown locality {locality!r}")
            continue
        if names[locality] != name:
            problems.append(f"line {position}: name {name!r}, NetworkX's file says {names[locality]!r}")
        if abs(rank[locality] - value) > 1e-6:
            problems.append(f"line {position}: PageRank {value}, NetworkX {rank[locality]:.9f}")
        if abs(ordered[position - 1] - rank[locality]) > 1e-9:
            problems.append(f"line {position}: {locality} is not number {position} "
                            f"(NetworkX's is {ordered[position - 1]:.9f})")
    components = nx.number_connected_components(graph)
    if lines[5] != f"components: {components}":
        problems.append(f"last line {lines[5]!r}, NetworkX counts {components} components")
    return problems


def main():
    graph, names = read_network(sys.argv[1])
    with open(sys.argv[2], encoding="utf-8") as f:
        lines = f.read().splitlines()
    problems = check(graph, names, lines)
    for problem in problems:
        print(f"top5 disagrees with NetworkX: {problem}")
    if problems:
        return 1
    print(f"top5 agrees with NetworkX ({graph.number_of_nodes()} localities, "
          f"{graph.number_of_edges()} linked pairs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
