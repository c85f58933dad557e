#!/usr/bin/python3
"""bench/igraph_calls.py: python-igraph's own calls for the PageRank job, timed alone.

    /usr/bin/python3 bench/igraph_calls.py NETWORK.json [RUNS]

Reads the locnet/1 file with json.load, keeps the ids of the localities and the partnerships as
pairs of indices (as bench/peers.py does), then times, RUNS times (default 2), the igraph calls
of the job: igraph.Graph(n, edges), simplify() and pagerank(damping=0.85), then degree(). The
sum is what igraph 0.10.2 itself takes on this machine, whoever calls it: a floor under any
tool that makes the network, its simple graph and PageRank with igraph.
"""

import json
import sys
import time

import igraph


def main():
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    started = time.time()
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    ids = [locality["id"] for locality in document["localities"]]
    index = {ident: i for i, ident in enumerate(ids)}
    pairs = [(index[p["a"]], index[p["b"]]) for p in document["partnerships"] if p["a"] != p["b"]]
    del document
    print("read %.1f s" % (time.time() - started))
    for run in range(runs):
        t0 = time.time()
        graph = igraph.Graph(n=len(ids), edges=pairs)
        t1 = time.time()
        graph.simplify()
        t2 = time.time()
        graph.pagerank(damping=0.85)
        t3 = time.time()
        graph.degree()
        t4 = time.time()
        print("run %d: Graph() %.2f s, simplify %.2f s, pagerank %.2f s, degree %.2f s, "
              "igraph calls %.2f s" % (run, t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0),
              flush=True)


if __name__ == "__main__":
    main()
