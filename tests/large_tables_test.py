#!/usr/bin/python3
"""A ranking of 30,000 localities, large enough that its name keys and its CSV rows are made on
two cores (graph/lookup_keys.h, io/write/table.c), checked against NetworkX and Python's
unicodedata.

    /usr/bin/python3 tests/large_tables_test.py LOCNET_BINARY

`locnet centrality --measure degree,pagerank --format csv` must give every locality once, with
NetworkX's degree on the simple graph and NetworkX's PageRank (within 1e-6 relative), in
ranking order: degree from the highest, ties by the name's key made with unicodedata (NFKC, case
folded, marks removed, d with stroke as d, white space and dashes removed), then by name and id.
The names repeat a few hundred stems with diacritics, so that most of them tie, and `locnet
validate` must list exactly the look-alike groups Python finds. Exits 1 on the first failure.
"""

import collections
import csv
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import unicodedata

import networkx

LOCALITIES = 30000
PARTNERSHIPS = 45000
SEED = 20261128
STEMS = ["Hà Nội", "Đà Nẵng", "Huế", "Hải Phòng", "Île-de-France", "Évry", "Saint-Étienne",
         "Châlons", "Montréal", "Bắc Ninh", "Cần Thơ", "Nha Trang", "Quảng Ngãi", "Besançon",
         "Nîmes", "Orléans", "Yên Bái", "Thái Bình", "Lạng Sơn", "Mâcon"]


def fail(message):
    print("FAIL " + message)
    sys.exit(1)


def key(name):
    text = unicodedata.normalize("NFKC", name).casefold()
    text = "".join(c for c in unicodedata.normalize("NFD", text)
                   if not unicodedata.combining(c)).replace("\u0111", "d")
    text = "".join(c for c in text if unicodedata.category(c) not in ("Zs", "Pd")
                   and c not in "\t\n\r")
    return unicodedata.normalize("NFC", text)


def make_network():
    rng = random.Random(SEED)
    localities = []
    for i in range(LOCALITIES):
        stem = STEMS[i % len(STEMS)]
        name = f"{stem} {i // len(STEMS) % 700}"
        if i % 997 == 0:  # a look-alike of an earlier name: same key, other spelling
            name = key(name)
        localities.append({"id": f"L{i:05d}", "name": name, "country": "VN" if i % 2 else "FR",
                           "level": "commune"})
    partnerships = []
    for _ in range(PARTNERSHIPS):
        a, b = rng.randrange(LOCALITIES), int(rng.paretovariate(1.2)) % LOCALITIES
        if a != b:
            partnerships.append({"a": localities[a]["id"], "b": localities[b]["id"],
                                 "kind": "twinning"})
    return {"format": "locnet/1", "localities": localities, "partnerships": partnerships}


def check_ranking(locnet, path, network):
    result = subprocess.run([locnet, "centrality", "--measure", "degree,pagerank", "--format",
                             "csv", path], capture_output=True, text=True)
    if result.returncode != 0:
        fail(f"centrality exited {result.returncode}: {result.stderr}")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    graph = networkx.Graph()
    graph.add_nodes_from(locality["id"] for locality in network["localities"])
    graph.add_edges_from((p["a"], p["b"]) for p in network["partnerships"])
    pagerank = networkx.pagerank(graph, alpha=0.85, tol=1e-13, max_iter=1000)
    if sorted(row["id"] for row in rows) != sorted(graph.nodes):
        fail(f"{len(rows)} rows, not one for each of the {LOCALITIES} localities")
    names = {locality["id"]: locality["name"] for locality in network["localities"]}
    expected = sorted(graph.nodes, key=lambda v: (-graph.degree(v), key(names[v]), names[v], v))
    for rank, (row, v) in enumerate(zip(rows, expected), 1):
        if row["id"] != v or int(row["rank"]) != rank:
            fail(f"rank {rank}: {row['id']} where NetworkX and unicodedata give {v}")
        if int(row["degree"]) != graph.degree(v):
            fail(f"{v}: degree {row['degree']}, NetworkX {graph.degree(v)}")
        if abs(float(row["pagerank"]) - pagerank[v]) > 1e-6 * pagerank[v]:
            fail(f"{v}: PageRank {row['pagerank']}, NetworkX {pagerank[v]!r}")
    print(f"ok: {len(rows)} rows in NetworkX's order, degree and PageRank as NetworkX's")


def check_look_alikes(locnet, path, network):
    groups = collections.defaultdict(set)
    for locality in network["localities"]:
        groups[(locality["country"], locality["level"], key(locality["name"]))].add(locality["id"])
    expected = sorted(sorted(ids) for ids in groups.values() if len(ids) > 1)
    result = subprocess.run([locnet, "validate", path], capture_output=True, text=True)
    listed = []
    for line in result.stdout.splitlines() + result.stderr.splitlines():
        ids = sorted(set(word.strip("(),;:") for word in line.split()
                         if word.strip("(),;:").startswith("L") and
                         word.strip("(),;:")[1:].isdigit()))
        if len(ids) > 1:
            listed.append(ids)
    if sorted(listed) != expected:
        fail(f"validate lists {len(listed)} look-alike groups, Python finds {len(expected)}")
    print(f"ok: validate lists Python's {len(expected)} look-alike groups")


def main():
    locnet = sys.argv[1]
    network = make_network()
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "large.json")
        with open(path, "w", encoding="utf-8") as out:
            json.dump(network, out, ensure_ascii=False)
        check_ranking(locnet, path, network)
        check_look_alikes(locnet, path, network)


if __name__ == "__main__":
    main()
