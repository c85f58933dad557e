#!/usr/bin/python3
"""The GraphML that locnet writes opens in NetworkX and in python-igraph with every attribute.

    /usr/bin/python3 tests/graphml_peers_test.py LOCNET_BINARY

For the bundled dataset and for a Gephi-style file with attributes of its own, locnet writes
GraphML and locnet/1 JSON (or a CSV table, for the other attributes); then every locality's and
every partnership's values, and the sources and events, are read back with
networkx.read_graphml and igraph.Graph.Read_GraphML and compared with what locnet wrote in the
other format. Exits 1 on the first difference.
"""

import csv
import json
import math
import os
import subprocess
import sys
import tempfile
import warnings

import igraph
import networkx

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIST_FIELDS = {"aliases", "codes", "succession_sources", "end_sources", "themes", "sources"}


def fail(message):
    print("FAIL " + message)
    sys.exit(1)


def run(locnet, *arguments):
    subprocess.run([locnet, *arguments], check=True, stderr=subprocess.DEVNULL)


def expected_value(field, value):
    """A locnet/1 JSON value as the GraphML attribute holds it: lists and maps as JSON text."""
    if field in LIST_FIELDS:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, (int, float)):
        return float(value)
    return value


def same(expected, found):
    if isinstance(expected, float):
        return isinstance(found, float) and (found == expected or
                                             (math.isnan(found) and math.isnan(expected)))
    return expected == found


def check_bundled(locnet, work):
    graphml = os.path.join(work, "bundled.graphml")
    document = os.path.join(work, "bundled.json")
    run(locnet, "convert", os.path.join(ROOT, "data", "fr-vn.json"), "-o", graphml)
    run(locnet, "convert", graphml, "-o", document)
    with open(document, encoding="utf-8") as f:
        data = json.load(f)
    localities = data["localities"]
    partnerships = data["partnerships"]

    nx_graph = networkx.read_graphml(graphml)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # igraph: the "id" attribute hides the GraphML ids
        ig_graph = igraph.Graph.Read_GraphML(graphml)
    if nx_graph.number_of_nodes() != len(localities) or ig_graph.vcount() != len(localities):
        fail("locality count")
    if nx_graph.number_of_edges() != len(partnerships) or ig_graph.ecount() != len(partnerships):
        fail("partnership count")
    if json.loads(nx_graph.graph["sources"]) != data["sources"] or \
            json.loads(ig_graph["sources"]) != data["sources"]:
        fail("sources")
    if not data.get("events") or json.loads(nx_graph.graph["events"]) != data["events"] or \
            json.loads(ig_graph["events"]) != data["events"]:
        fail("events")

    nx_nodes = list(nx_graph.nodes(data=True))
    checked = 0
    for index, record in enumerate(localities):
        flat = dict(record)
        succession = flat.pop("succeeded_by", None)
        if succession:
            flat["succeeded_by"] = succession["id"]
            flat["succeeded_on"] = succession["date"]
            if "sources" in succession:
                flat["succession_sources"] = succession["sources"]
        end = flat.pop("ended", None)
        if end:
            flat["ended_on"] = end["date"]
            if "sources" in end:
                flat["end_sources"] = end["sources"]
        _, nx_values = nx_nodes[index]
        ig_values = ig_graph.vs[index].attributes()
        for field, value in flat.items():
            want = expected_value(field, value)
            if not same(want, nx_values.get(field)):
                fail("NetworkX: locality %s: %s is %r, not %r" % (record["id"], field,
                                                                  nx_values.get(field), want))
            if not same(want, ig_values.get(field)):
                fail("igraph: locality %s: %s is %r, not %r" % (record["id"], field,
                                                                ig_values.get(field), want))
            checked += 1

    ids = [record["id"] for record in localities]
    wanted = []
    for index, record in enumerate(partnerships):
        edge = ig_graph.es[index]
        ends = {ids[edge.source], ids[edge.target]}
        if ends != {record["a"], record["b"]}:
            fail("igraph: partnership %d links %s" % (index + 1, sorted(ends)))
        values = {field: expected_value(field, value) for field, value in record.items()
                  if field not in ("a", "b")}
        for field, want in values.items():
            if not same(want, edge.attributes().get(field)):
                fail("igraph: partnership %d: %s is %r, not %r" % (
                    index + 1, field, edge.attributes().get(field), want))
            checked += 1
        wanted.append(repr((sorted(ends), sorted(values.items()))))
    # NetworkX lists a multigraph's edges node by node: compare them as a multiset
    found = []
    for source, target, values in nx_graph.edges(data=True):
        ends = sorted({nx_graph.nodes[source]["id"], nx_graph.nodes[target]["id"]})
        found.append(repr((ends, sorted((k, v) for k, v in values.items() if v != "" and
                                        not (isinstance(v, float) and math.isnan(v))))))
    missing = sorted(set(wanted) - set(found))
    if sorted(wanted) != sorted(found):
        fail("NetworkX: partnerships differ, first %s" % (missing[:1] or sorted(found)[:1]))
    print("ok   bundled dataset: %d localities, %d partnerships, %d sources, %d events, %d values "
          "in NetworkX and igraph" % (len(localities), len(partnerships), len(data["sources"]),
                                      len(data["events"]), checked))


def check_other_attributes(locnet, work):
    """Gephi's own attributes (layout, colours, classes, weights) survive locnet's GraphML."""
    graphml = os.path.join(work, "gephi.graphml")
    table = os.path.join(work, "gephi.csv")
    places = os.path.join(work, "gephi-places.csv")
    source = os.path.join(ROOT, "tests", "cli", "nets", "gephi.graphml")
    run(locnet, "convert", source, "-o", graphml)
    run(locnet, "convert", source, "-o", table, "--localities-out", places)
    with open(places, newline="", encoding="utf-8") as f:
        localities = list(csv.DictReader(f))
    nx_graph = networkx.read_graphml(graphml)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ig_graph = igraph.Graph.Read_GraphML(graphml)
    for index, (node, values) in enumerate(nx_graph.nodes(data=True)):
        row = localities[index]
        for field in ("Modularity Class", "r", "g", "b", "x", "y", "size"):
            if values.get(field) != float(row[field]) or \
                    ig_graph.vs[index][field] != float(row[field]):
                fail("locality %s: %s" % (row["id"], field))
        if values["name"] != row["name"] or ig_graph.vs[index]["name"] != row["name"]:
            fail("locality %s: name" % row["id"])
    weights = sorted(d["weight"] for _, _, d in nx_graph.edges(data=True))
    if weights != [1.0, 2.0] or sorted(ig_graph.es["weight"]) != [1.0, 2.0]:
        fail("weights %r" % weights)
    print("ok   Gephi-style file: its own attributes read back by NetworkX and igraph")


def main():
    locnet = sys.argv[1]
    with tempfile.TemporaryDirectory() as work:
        check_bundled(locnet, work)
        check_other_attributes(locnet, work)


if __name__ == "__main__":
    main()
