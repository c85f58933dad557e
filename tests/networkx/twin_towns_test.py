#!/usr/bin/python3
"""The world twin-town network against NetworkX 2.8.8, and the documents' figures for it.

    /usr/bin/python3 tests/networkx/twin_towns_test.py LOCNET TWIN_CITIES_CSV DOCUMENT...

The DOCUMENTs (docs/manual.md and docs/performance.md) are read as one text.

NetworkX's slow answers (the structure, with every shortest chain; Louvain over 10 seeds; exact
betweenness) come from tests/reference/twin_towns/networkx-2.8.8.json, made by
tests/reference/twin_towns.py from the same file (its SHA-256 is checked, and every answer used
must be there); the rest is computed here, in about a minute. Two versions of the network, as in that script: `converted` (tests/dot/twincities_to_locnet.py)
and `csv` (locnet reading twin_cities.csv itself; NetworkX reads what `locnet convert` writes of
it, the structure only).

- summary's structure equals NetworkX's to 1e-9 on both (one with --jobs 1, one with the
  default workers), in a few seconds of CPU;
- Louvain's modularity equals networkx.community.modularity() of locnet's partition to 1e-9, and
  is at least 99 % of the best of NetworkX's louvain_communities over seeds 0 to 9;
- the documents' twin-town outputs are what locnet prints, and their figures NetworkX's: the
  structure, the largest communities, the countries that broker most (--level country, checked
  against NetworkX's betweenness on the countries' graph), the exact top 10 by betweenness
  (NetworkX's, stored), and how many of those a sampled top 10 holds."""

import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import peers  # noqa: E402

REFERENCE = os.path.join(peers.REFERENCE, "twin_towns", "networkx-2.8.8.json")
CONVERTER = os.path.join(peers.TESTS, "dot", "twincities_to_locnet.py")
STRUCTURE = ["linked pairs", "density", "components", "largest component", "isolated localities",
             "transitivity", "average clustering", "degree assortativity", "diameter",
             "average path length"]
SAMPLES = [500, 1000, 2000]
SEEDS = range(1, 11)
CPU_SECONDS = 20  # a guard against a change of complexity, not a benchmark: summary needs about
                  # 2.5 s of CPU on an idle machine, twice that when both cores are shared


def cpu_of_children():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def check_reference(reference):
    """Every stored answer that the checks below use is there."""
    wanted = {"converted": STRUCTURE + ["louvain_best_of_10"],
              "csv": STRUCTURE + ["louvain_best_of_10", "betweenness_top"]}
    missing = ["%s %s" % (label, key) for label, keys in sorted(wanted.items()) for key in keys
               if key not in reference.get(label, {})]
    if missing:
        sys.exit("%s lacks %s: run tests/reference/twin_towns.py" % (REFERENCE, ", ".join(missing)))


def check_summary(failures, locnet, label, path, expected, *options):
    before, start = cpu_of_children(), time.monotonic()
    _, text, _ = peers.run(locnet, "summary", "--format", "csv", *options, path)
    cpu, wall = cpu_of_children() - before, time.monotonic() - start
    print("%s: summary took %.1f s of CPU (%.1f s wall)" % (label, cpu, wall))
    failures.true("%s: summary within %d s of CPU" % (label, CPU_SECONDS), cpu <= CPU_SECONDS,
                  "(%.1f s)" % cpu)
    got = {row["item"]: peers.number(row["value"]) for row in peers.csv_rows(text)
           if row["section"] == "structure"}
    for item in STRUCTURE:
        failures.close("%s %s" % (label, item), got[item], float(expected[item]), 1e-9)
        print("%s: %s locnet %r, NetworkX %r" % (label, item, got[item], expected[item]))


def check_louvain(failures, locnet, label, path, G, expected, readme, *options):
    _, text, _ = peers.run(locnet, "communities", "--format", "json", *options, path)
    report = json.loads(text)
    groups = {}
    for row in report["localities"]:
        groups.setdefault(row["community"], set()).add(row["id"])
    modularity = nx.community.modularity(G, list(groups.values()))
    failures.close(label + ": modularity", report["modularity"], modularity, 1e-9)
    best = expected["louvain_best_of_10"]
    failures.true("%s: louvain %.6f >= 99 %% of NetworkX's best %.6f"
                  % (label, report["modularity"], best), report["modularity"] >= 0.99 * best)
    for figure in ("%.6f" % report["modularity"], "%.6f" % best,
                   "%.2f %%" % (100 * report["modularity"] / best)):
        failures.true("docs give %s's Louvain figure %s" % (label, figure), figure in readme)
    print("%s: louvain modularity %.9f (NetworkX's modularity of it %.9f), NetworkX's best of "
          "10 %.9f, ratio %.4f" % (label, report["modularity"], modularity, best,
                                   report["modularity"] / best))


def readme_shows(failures, readme, label, text):
    """Every line of a locnet table output is in the documents, indented as a code block."""
    for line in text.rstrip("\n").split("\n"):
        failures.true("docs show %s: %r" % (label, line), ("    " + line.rstrip()) in readme)


def check_countries(failures, locnet, csv_path, M, readme):
    country = nx.get_node_attributes(M, "country")
    C = nx.Graph()
    C.add_nodes_from(set(country.values()))
    C.add_edges_from((country[u], country[v]) for u, v in M.edges() if country[u] != country[v])
    expected = nx.betweenness_centrality(C)
    options = ["centrality", "--level", "country", "--measure", "betweenness,degree,strength",
               "--top", "10"]
    _, text, _ = peers.run(locnet, *options, "--format", "csv", csv_path)
    for row in peers.csv_rows(text):
        failures.close("country betweenness " + row["id"], float(row["betweenness"]),
                       expected[row["id"]], 1e-9)
        failures.true("country degree " + row["id"], int(row["degree"]) == C.degree(row["id"]))
    top = sorted(expected, key=lambda c: (-expected[c], c))[:10]
    failures.true("countries ranked as NetworkX ranks them",
                  [row["id"] for row in peers.csv_rows(text)] == top, str(top))
    readme_shows(failures, readme, "the brokering countries",
                 peers.run(locnet, *options, "--format", "table", csv_path)[1])


def check_exact_top(failures, label, exact, readme):
    lines = readme.split("\n")
    for rank, (v, value) in enumerate(exact[:10], 1):
        start, end = "| %d | %s | " % (rank, v), " | %.6f |" % value
        failures.true("docs' exact top 10 by %s, row %d: %s ... %s" % (label, rank, start, end),
                      any(line.startswith(start) and line.endswith(end) for line in lines))


def check_betweenness(failures, locnet, csv_path, expected, readme):
    ranked = expected["betweenness_top"]
    check_exact_top(failures, "NetworkX", ranked, readme)
    failures.true("NetworkX's 10th and 11th differ", ranked[9][1] > ranked[10][1])
    top = {v for v, _ in ranked[:10]}
    for k in SAMPLES:
        overlaps = []
        for seed in SEEDS:
            _, text, _ = peers.run(locnet, "centrality", "--measure", "betweenness", "--samples",
                                   str(k), "--seed", str(seed), "--top", "10", "--format", "csv",
                                   csv_path)
            overlaps.append(len(top & {row["id"] for row in peers.csv_rows(text)}))
        line = "| %s | %d | %d to %d | %.1f |" % ("{:,}".format(k), overlaps[0], min(overlaps),
                                                 max(overlaps), sum(overlaps) / len(overlaps))
        print("sampled top 10, K = %d: %s" % (k, overlaps))
        failures.true("docs' overlap for K = %d: %s" % (k, line), line in readme)


def readme_structure(failures, locnet, csv_path, readme):
    _, text, _ = peers.run(locnet, "summary", "--format", "table", csv_path)
    readme_shows(failures, readme, "the structure", text[text.index("Structure"):])


def main():
    peers.check_version()
    locnet, csv_path, documents = sys.argv[1], sys.argv[2], sys.argv[3:]
    failures = peers.Failures()
    with open(REFERENCE, encoding="utf-8") as f:
        reference = json.load(f)
    check_reference(reference)
    with open(csv_path, "rb") as f:
        if hashlib.sha256(f.read()).hexdigest() != reference["meta"]["twin_cities_csv_sha256"]:
            sys.exit("%s is not the file of %s: run tests/reference/twin_towns.py again"
                     % (csv_path, REFERENCE))
    if not documents:
        sys.exit("usage: twin_towns_test.py LOCNET TWIN_CITIES_CSV DOCUMENT...")
    readme = ""
    for document in documents:
        with open(document, encoding="utf-8") as f:
            readme += f.read() + "\n"
    with tempfile.TemporaryDirectory() as folder:
        converted = os.path.join(folder, "converted.json")
        with open(converted, "w", encoding="utf-8") as f:
            subprocess.run([sys.executable, CONVERTER, csv_path], stdout=f, check=True)
        read = os.path.join(folder, "csv.json")
        peers.run(locnet, "convert", csv_path, "-o", read)
        versions = {"converted": converted, "csv": csv_path}
        graphs = {"converted": peers.multigraph_from_json(converted),
                  "csv": peers.multigraph_from_json(read)}
        for label, options in (("converted", ["--jobs", "1"]), ("csv", [])):
            G = peers.collapse(graphs[label])
            check_summary(failures, locnet, label, versions[label], reference[label], *options)
            check_louvain(failures, locnet, label, versions[label], G, reference[label], readme)
        readme_structure(failures, locnet, csv_path, readme)
        options = ["communities", "--top", "5", "--format", "table", csv_path]
        readme_shows(failures, readme, "the largest communities", peers.run(locnet, *options)[1])
        check_countries(failures, locnet, csv_path, graphs["csv"], readme)
        check_betweenness(failures, locnet, csv_path, reference["csv"], readme)
    failures.finish("the twin-town network against NetworkX")


if __name__ == "__main__":
    main()
