"""NetworkX's view of a partition that locnet_network_communities returned
(tests/library/test_communities.c runs this script).

usage: communities_peer.py NETWORK WEIGHT PARTITION

NETWORK is a locnet/1 JSON file or an edge CSV (source,target,weight), read here without locnet
(tests/networkx/peers.py) and collapsed to its simple graph: WEIGHT "-" gives every linked pair
the weight 1, "count" its number of partnerships, another name the sum of that partnership
attribute. PARTITION has one line "ID<TAB>COMMUNITY" per locality.

Checks that the partition covers every locality once, numbers its communities from 0, largest
first, and leaves isolated localities alone; prints "COUNT MODULARITY" (the number of communities
and networkx.community.modularity of the partition, with repr's digits, "nan" when nothing is
linked), or the problems on standard error with exit code 1. Debian's /usr/bin/python3 with
NetworkX 2.8.8."""

import os
import sys

import networkx as nx

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "networkx"))
import peers  # noqa: E402


def read_partition(path):
    membership = {}
    problems = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            locality, _, community = line.rstrip("\n").partition("\t")
            if locality in membership:
                problems.append("line %d: %s is listed twice" % (number, locality))
            membership[locality] = int(community)
    return membership, problems


def check(G, membership, problems):
    missing = set(G) - set(membership)
    unknown = set(membership) - set(G)
    if missing or unknown:
        problems.append("localities missing %s, unknown %s"
                        % (sorted(missing)[:5], sorted(unknown)[:5]))
        return []
    count = max(membership.values()) + 1 if membership else 0
    blocs = [set() for _ in range(count)]
    for locality, community in membership.items():
        if not 0 <= community < count:
            problems.append("%s: community %d out of 0..%d" % (locality, community, count - 1))
            return []
        blocs[community].add(locality)
    sizes = [len(bloc) for bloc in blocs]
    if 0 in sizes or sizes != sorted(sizes, reverse=True):
        problems.append("communities not numbered largest first from 0: sizes %s" % sizes)
    for locality in nx.isolates(G):
        if len(blocs[membership[locality]]) != 1:
            problems.append("isolated %s shares community %d" % (locality, membership[locality]))
    return blocs


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    peers.check_version()
    path, weight, partition = sys.argv[1:]
    weight = None if weight == "-" else weight
    if path.endswith(".json"):
        M = peers.multigraph_from_json(path)
    else:
        M = peers.multigraph_from_edges(path)
    G = peers.collapse(M, weight)
    membership, problems = read_partition(partition)
    blocs = check(G, membership, problems)
    if problems:
        sys.stderr.write("".join("communities_peer: %s\n" % p for p in problems))
        sys.exit(1)
    if G.number_of_edges() == 0:
        modularity = float("nan")
    else:
        modularity = nx.community.modularity(G, blocs, weight="w" if weight else None)
    print(len(blocs), repr(modularity))


if __name__ == "__main__":
    main()
