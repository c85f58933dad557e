#!/usr/bin/python3
"""Look-alike locality names in the world twin-town list, checked against Python's unicodedata.

    /usr/bin/python3 tests/look_alikes_test.py LOCNET_BINARY TWIN_CITIES_CSV

The list (city1,country1,lat1,lng1,city2,country2,lat2,lng2) becomes locnet/1 JSON through
tests/dot/twincities_to_locnet.py. Python then groups its localities by country, level and a key
made with unicodedata, not utf8proc: NFKC, case folded, combining marks removed (with "diacritics")
or s and t with a cedilla read as with a comma below (with "spelling"), d with stroke as d, and
white space and dashes removed. Checked against locnet:
  - `locnet validate` lists exactly Python's "diacritics" groups (41 in the list), by id;
  - `--look-alikes KIND` leaves n minus the merged localities, keeps every partnership
    but those between members of one group, gives each kept locality the partnerships of its
    whole group, and makes the other spellings its aliases.
"""

import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXPECTED_GROUPS = 41  # in Hekman/twincities' twin_cities.csv, as the issue counted them
COMMA = {"\u015e": "\u0218", "\u015f": "\u0219", "\u0162": "\u021a", "\u0163": "\u021b"}


def fail(message):
    print("FAIL " + message)
    sys.exit(1)


def key(name, kind):
    if kind == "spelling":
        name = "".join(COMMA.get(c, c) for c in name)
    text = unicodedata.normalize("NFKC", name).casefold()
    if kind == "diacritics":
        text = "".join(c for c in unicodedata.normalize("NFD", text)
                       if not unicodedata.combining(c)).replace("\u0111", "d")
    text = "".join(c for c in text if unicodedata.category(c) not in ("Zs", "Pd")
                   and c not in "\t\n\r")
    return unicodedata.normalize("NFC", text)


def groups_of(network, kind):
    found = collections.defaultdict(list)
    for locality in network["localities"]:
        found[(locality["country"], locality["level"], key(locality["name"], kind))].append(
            locality["id"])
    return [ids for ids in found.values() if len(ids) > 1]


def run(locnet, *arguments):
    return subprocess.run([locnet, *arguments], capture_output=True, text=True)


def check_listing(locnet, path, network):
    expected = {frozenset(ids) for ids in groups_of(network, "diacritics")}
    result = run(locnet, "validate", path)
    if result.returncode != 0:
        fail(f"validate: exit {result.returncode}: {result.stderr[:300]}")
    listed = set()
    for line in result.stderr.splitlines():
        if ": note: look-alike names" in line:
            listed.add(frozenset(re.findall(r'\(([A-Z]{2}-\d+), \d+ partnerships?\)', line)))
    if len(expected) != EXPECTED_GROUPS:
        fail(f"Python finds {len(expected)} groups in the list, not {EXPECTED_GROUPS}")
    if listed != expected:
        fail(f"validate lists {len(listed)} groups; Python finds {len(expected)}; "
             f"only locnet: {sorted(map(sorted, listed - expected))[:5]}; "
             f"only Python: {sorted(map(sorted, expected - listed))[:5]}")
    print(f"ok   validate lists the {len(listed)} groups Python finds")


def check_merge(locnet, path, network, kind, work):
    groups = groups_of(network, kind)
    merged_path = os.path.join(work, f"merged-{kind}.json")
    result = run(locnet, "convert", "--look-alikes", kind, path, "-o", merged_path)
    if result.returncode != 0:
        fail(f"convert --look-alikes {kind}: exit {result.returncode}: {result.stderr[:300]}")
    with open(merged_path, encoding="utf-8") as file:
        merged = json.load(file)
    group_of = {i: g for g, ids in enumerate(groups) for i in ids}
    inside = sum(1 for p in network["partnerships"]
                 if p["a"] in group_of and group_of[p["a"]] == group_of.get(p["b"]))
    n, m = len(network["localities"]), len(network["partnerships"])
    away = sum(len(ids) - 1 for ids in groups)
    if len(merged["localities"]) != n - away or len(merged["partnerships"]) != m - inside:
        fail(f"{kind}: {len(merged['localities'])} localities and {len(merged['partnerships'])} "
             f"partnerships, expected {n - away} and {m - inside}")
    degree = collections.Counter()
    for p in network["partnerships"]:
        degree[p["a"]] += 1
        degree[p["b"]] += 1
    merged_degree = collections.Counter()
    for p in merged["partnerships"]:
        merged_degree[p["a"]] += 1
        merged_degree[p["b"]] += 1
    names = {loc["id"]: loc["name"] for loc in network["localities"]}
    kept = {loc["id"]: loc for loc in merged["localities"]}
    for ids in groups:
        keepers = [i for i in ids if i in kept]
        if len(keepers) != 1:
            fail(f"{kind}: group {ids} kept {keepers}")
        keeper = kept[keepers[0]]
        within = sum(1 for p in network["partnerships"] if p["a"] in ids and p["b"] in ids)
        if merged_degree[keeper["id"]] != sum(degree[i] for i in ids) - 2 * within:
            fail(f"{kind}: {keeper['id']} has {merged_degree[keeper['id']]} partnerships")
        others = {names[i] for i in ids} - {keeper["name"]}
        if not others <= set(keeper.get("aliases", [])):
            fail(f"{kind}: {keeper['id']} lacks the aliases {others - set(keeper.get('aliases', []))}")
    chisinau = [loc for loc in merged["localities"] if loc["name"] in ("Chișinău", "Chişinău")]
    print(f"ok   --look-alikes {kind}: {len(groups)} groups, {away} localities merged away, "
          f"{m - inside} of {m} partnerships kept; {chisinau[0]['name']} has "
          f"{merged_degree[chisinau[0]['id']]} partnerships")


def main():
    locnet, csv_path = os.path.abspath(sys.argv[1]), sys.argv[2]
    if not os.path.exists(csv_path):
        fail(f"{csv_path} is missing (the world twin-town list, shared/datasets/twincities)")
    with tempfile.TemporaryDirectory() as work:
        path = os.path.join(work, "twin_cities.json")
        with open(path, "w", encoding="utf-8") as out:
            subprocess.run([sys.executable, os.path.join(ROOT, "tests", "dot",
                                                         "twincities_to_locnet.py"), csv_path],
                           stdout=out, check=True)
        with open(path, encoding="utf-8") as file:
            network = json.load(file)
        check_listing(locnet, path, network)
        for kind in ("spelling", "diacritics"):
            check_merge(locnet, path, network, kind, work)


if __name__ == "__main__":
    main()
