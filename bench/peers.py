#!/usr/bin/python3
"""bench/peers.py: the benchmark's jobs as lean scripts in NetworkX, python-igraph and graph-tool.

    /usr/bin/python3 bench/peers.py TOOL JOB NETWORK.json OUTPUT.csv [--samples K --seed S]

TOOL is networkx, igraph or graph-tool; JOB is
- pagerank: degree (distinct partners) and PageRank (damping 0.85) of every locality on the
  simple graph, written as CSV id,degree,pagerank (what `locnet centrality --measure
  degree,pagerank --format csv` computes);
- betweenness: raw betweenness of every locality on the simple graph, exact or, with --samples K,
  estimated from K random sources (seeded with --seed), written as CSV id,betweenness (what
  `locnet centrality --measure betweenness --raw` computes). python-igraph 0.10 has no
  betweenness from a subset of sources and refuses --samples.

Each script is the fastest a user would write: the locnet/1 file is read with json.load and only
the ids of localities and partnerships are kept, no other attribute. graph-tool's betweenness
runs on every processor (OpenMP); the script also prints "call: SECONDS" on standard error, the
time of the betweenness call alone.
"""

import argparse
import csv
import json
import sys
import time


def read_ids(path):
    """The locality ids and the partnerships as pairs of indices, loops left out."""
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    ids = [locality["id"] for locality in document["localities"]]
    index = {ident: i for i, ident in enumerate(ids)}
    pairs = [(index[p["a"]], index[p["b"]]) for p in document["partnerships"] if p["a"] != p["b"]]
    return ids, pairs


def write(path, header, ids, *columns):
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(header)
        out.writerows(zip(ids, *columns))


def networkx_job(job, ids, pairs, samples, seed):
    import networkx
    graph = networkx.Graph()
    graph.add_nodes_from(range(len(ids)))
    graph.add_edges_from(pairs)
    if job == "pagerank":
        pagerank = networkx.pagerank(graph, alpha=0.85)
        return [graph.degree(v) for v in range(len(ids))], [pagerank[v] for v in range(len(ids))]
    values = networkx.betweenness_centrality(graph, k=samples, normalized=False, seed=seed)
    return ([values[v] for v in range(len(ids))],)


def igraph_job(job, ids, pairs, samples, seed):
    import igraph
    graph = igraph.Graph(n=len(ids), edges=pairs)
    graph.simplify()
    if job == "pagerank":
        return graph.degree(), graph.pagerank(damping=0.85)
    if samples:
        sys.exit("python-igraph 0.10 cannot estimate betweenness from sampled sources")
    return (graph.betweenness(directed=False),)


def graph_tool_job(job, ids, pairs, samples, seed):
    import numpy
    import graph_tool
    import graph_tool.centrality
    import graph_tool.stats
    graph = graph_tool.Graph(directed=False)
    graph.add_vertex(len(ids))
    graph.add_edge_list(numpy.array(pairs, dtype=numpy.int64).reshape(-1, 2))
    graph_tool.stats.remove_parallel_edges(graph)
    if job == "pagerank":
        pagerank = graph_tool.centrality.pagerank(graph, damping=0.85)
        return graph.get_out_degrees(graph.get_vertices()), pagerank.a
    pivots = None
    if samples:
        pivots = numpy.random.default_rng(seed).choice(len(ids), size=min(samples, len(ids)),
                                                       replace=False)
    started = time.perf_counter()
    values, _ = graph_tool.centrality.betweenness(graph, pivots=pivots, norm=False)
    print("call: %.3f" % (time.perf_counter() - started), file=sys.stderr)
    return (values.a,)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tool", choices=["networkx", "igraph", "graph-tool"])
    parser.add_argument("job", choices=["pagerank", "betweenness"])
    parser.add_argument("network")
    parser.add_argument("output")
    parser.add_argument("--samples", type=int)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    ids, pairs = read_ids(args.network)
    job = {"networkx": networkx_job, "igraph": igraph_job, "graph-tool": graph_tool_job}[args.tool]
    columns = job(args.job, ids, pairs, args.samples, args.seed)
    header = ["id", "degree", "pagerank"] if args.job == "pagerank" else ["id", "betweenness"]
    write(args.output, header, ids, *columns)


if __name__ == "__main__":
    main()
