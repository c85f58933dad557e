#!/usr/bin/python3
"""The GraphML that locnet writes opens in NetworkX and in python-igraph with every attribute,
without a warning, and keeps types both ways.

    /usr/bin/python3 tests/graphml_peers_test.py LOCNET_BINARY

For the bundled dataset and for a Gephi-style file with attributes of its own, locnet writes
GraphML and locnet/1 JSON (or a CSV table, for the other attributes); then every locality's and
every partnership's values, and the sources and events, are read back with
networkx.read_graphml and igraph.Graph.Read_GraphML (any warning is a failure) and compared with
what locnet wrote in the other format: node ids are the locality ids, years are integers in
NetworkX. Then graphs that NetworkX and python-igraph write with typed attributes (booleans,
integers, reals, texts, graph attributes) go through locnet and come back with the same types
and values. Exits 1 on the first difference.
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


def expected_value(field, value, integers=True):
    """A locnet/1 JSON value as the GraphML attribute holds it: lists and maps as JSON text,
    years as integers (python-igraph reads every number as a float)."""
    if field in LIST_FIELDS:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if field in ("since", "until") and integers:
        return int(value)
    if isinstance(value, (int, float)):
        return float(value)
    return value


def flat_locality(record):
    """A locnet/1 locality with its succession and end spread over the attributes locnet
    writes."""
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
    return flat


def same(expected, found):
    if isinstance(expected, float):
        return isinstance(found, float) and (found == expected or
                                             (math.isnan(found) and math.isnan(expected)))
    if isinstance(expected, int) and not isinstance(expected, bool):
        return type(found) is int and found == expected
    return type(found) is type(expected) and expected == found


def read_quietly(path):
    """networkx.read_graphml and igraph.Graph.Read_GraphML, any warning being a failure."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        nx_graph = networkx.read_graphml(path)
        ig_graph = igraph.Graph.Read_GraphML(path)
    if caught:
        fail("%s: reading warned: %s" % (os.path.basename(path), caught[0].message))
    return nx_graph, ig_graph


def check_bundled(locnet, work):
    graphml = os.path.join(work, "bundled.graphml")
    document = os.path.join(work, "bundled.json")
    run(locnet, "convert", os.path.join(ROOT, "data", "fr-vn.json"), "-o", graphml)
    run(locnet, "convert", graphml, "-o", document)
    with open(document, encoding="utf-8") as f:
        data = json.load(f)
    localities = data["localities"]
    partnerships = data["partnerships"]

    nx_graph, ig_graph = read_quietly(graphml)
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
        flat = flat_locality(record)
        node, nx_values = nx_nodes[index]
        ig_values = ig_graph.vs[index].attributes()
        if node != record["id"] or ig_values.get("id") != record["id"]:
            fail("locality %s: node id %r in NetworkX, %r in igraph" % (record["id"], node,
                                                                        ig_values.get("id")))
        for field, value in flat.items():
            want = expected_value(field, value)
            if field == "id":
                continue
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
            want = expected_value(field, record[field], integers=False)
            if not same(want, edge.attributes().get(field)):
                fail("igraph: partnership %d: %s is %r, not %r" % (
                    index + 1, field, edge.attributes().get(field), want))
            checked += 1
        wanted.append(repr((sorted(ends), sorted(values.items()))))
    # NetworkX lists a multigraph's edges node by node: compare them as a multiset
    found = []
    for source, target, values in nx_graph.edges(data=True):
        ends = sorted({source, target})
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
    nx_graph, ig_graph = read_quietly(graphml)
    for index, (node, values) in enumerate(nx_graph.nodes(data=True)):
        row = localities[index]
        for field in ("Modularity Class", "r", "g", "b", "x", "y", "size"):
            # Gephi declares the class and the colours int: NetworkX reads them back as int
            want = int(row[field]) if field in ("Modularity Class", "r", "g", "b") \
                else float(row[field])
            if not same(want, values.get(field)) or \
                    ig_graph.vs[index][field] != float(row[field]):
                fail("locality %s: %s is %r" % (row["id"], field, values.get(field)))
        if values["name"] != row["name"] or ig_graph.vs[index]["name"] != row["name"]:
            fail("locality %s: name" % row["id"])
    weights = sorted(d["weight"] for _, _, d in nx_graph.edges(data=True))
    if weights != [1.0, 2.0] or sorted(ig_graph.es["weight"]) != [1.0, 2.0]:
        fail("weights %r" % weights)
    print("ok   Gephi-style file: its own attributes read back by NetworkX and igraph")


def typed_graph():
    """A small graph with typed attributes of every kind, as a NetworkX user makes one."""
    graph = networkx.Graph(name="typed", version=3, ratio=0.5, complete=True)
    graph.add_node("FR-LYO", label="Lyon", country="FR", level="commune", population=522250,
                   area=47.87, capital=False, lat=45.75, lon=4.85)
    graph.add_node("VN-HN", label="Hà Nội", country="VN", level="province", population=8435700,
                   area=3359.82, capital=True, lat=21.03, lon=105.85)
    graph.add_node("JP-13", label="Tōkyō", country="JP", level="prefecture", population=14094034,
                   area=2194.0, capital=True)
    graph.add_edge("FR-LYO", "VN-HN", kind="agreement", year=1997, weight=2.0, active=True)
    graph.add_edge("VN-HN", "JP-13", kind="twinning", year=2004, weight=1.5, active=False)
    return graph


def attribute_types(values):
    return {key: (type(value).__name__, value) for key, value in values.items()}


def check_typed_round_trip(locnet, work):
    """What NetworkX and python-igraph write with typed attributes comes back from locnet with
    the same types (NetworkX's label and year stand for locnet's name and since)."""
    graph = typed_graph()
    written = os.path.join(work, "typed-networkx.graphml")
    back = os.path.join(work, "typed-networkx-back.graphml")
    networkx.write_graphml(graph, written)
    run(locnet, "convert", written, "-o", back)
    nx_back, _ = read_quietly(back)
    renamed = {"label": "name", "year": "since"}
    if {k: v for k, v in nx_back.graph.items() if not k.endswith("_default")} != graph.graph:
        fail("NetworkX round trip: graph attributes %r, not %r" % (nx_back.graph, graph.graph))
    for node, values in graph.nodes(data=True):
        want = attribute_types({renamed.get(k, k): v for k, v in values.items()})
        got = attribute_types({k: v for k, v in nx_back.nodes[node].items() if k in want})
        if got != want:
            fail("NetworkX round trip: node %s is %r, not %r" % (node, got, want))
    for a, b, values in graph.edges(data=True):
        want = attribute_types({renamed.get(k, k): v for k, v in values.items()})
        got = attribute_types({k: v for k, v in nx_back.edges[a, b].items() if k in want})
        if got != want:
            fail("NetworkX round trip: edge %s-%s is %r, not %r" % (a, b, got, want))

    ig_graph = igraph.Graph.from_networkx(graph)
    ig_graph.vs["name"] = ig_graph.vs["_nx_name"]
    del ig_graph.vs["_nx_name"]
    written = os.path.join(work, "typed-igraph.graphml")
    back = os.path.join(work, "typed-igraph-back.graphml")
    ig_graph.write_graphml(written)
    run(locnet, "convert", written, "-o", back)
    _, ig_graph = read_quietly(written)  # the types python-igraph itself reads back
    _, ig_back = read_quietly(back)
    for attribute in ("population", "area", "capital", "lat"):
        want = [type(v).__name__ for v in ig_graph.vs[attribute]]
        got = [type(v).__name__ for v in ig_back.vs[attribute]]
        if got != want or any(x != y and not (x != x and y != y)
                              for x, y in zip(ig_graph.vs[attribute], ig_back.vs[attribute])):
            fail("igraph round trip: %s is %r, not %r" % (attribute, ig_back.vs[attribute],
                                                          ig_graph.vs[attribute]))
    for attribute in ("weight", "active", "year"):
        if ig_back.es[attribute if attribute != "year" else "since"] != ig_graph.es[attribute]:
            fail("igraph round trip: edge %s" % attribute)
    if ig_back["version"] != ig_graph["version"] or ig_back["complete"] is not True:
        fail("igraph round trip: graph attributes")
    print("ok   typed attributes (booleans, integers, reals, graph attributes) of NetworkX and "
          "python-igraph come back with their types")


def main():
    locnet = sys.argv[1]
    with tempfile.TemporaryDirectory() as work:
        check_bundled(locnet, work)
        check_other_attributes(locnet, work)
        check_typed_round_trip(locnet, work)


if __name__ == "__main__":
    main()
