#!/usr/bin/python3
"""Sampled closeness and harmonic centrality on the world twin-town network, against exact values
from python-igraph (checked in turn against NetworkX), and the progress of a long exact
computation.

    /usr/bin/python3 tests/twin_town_sampling_test.py LOCNET_BINARY TWIN_CITIES_CSV

- `locnet centrality --measure closeness,harmonic --samples 1000 --seed 1`: for 400 localities
  of the largest component, chosen at random, the estimate's error is compared with the bound
  `locnet centrality -h` documents (Hoeffding's, with p = 0.01: at most 1 % may exceed it,
  and none should on a bound this loose), and with the typical errors docs/performance.md gives;
  localities in small components (fewer than 16 sources) must have their exact values.
- `locnet centrality --measure betweenness` (exact) with standard error on a terminal: the
  progress line says how long --samples would take instead. The run is stopped once it has.
Exits 77 (skipped) when the twin-town list is missing, 1 on the first failure.
"""

import csv
import io
import json
import math
import os
import pty
import random
import select
import signal
import statistics
import subprocess
import sys
import tempfile
import time

import igraph
import networkx

SAMPLES = 1000
P = 0.01
CHECKED = 400
NETWORKX_CHECKED = 25
# Typical errors measured with the command above (docs/performance.md), with room for a
# different draw: the median and 99th percentile of the relative error in the largest component.
TYPICAL = {"closeness": (0.01, 0.03), "harmonic": (0.01, 0.035)}


def fail(message):
    print("FAIL " + message)
    sys.exit(1)


def load(path):
    """python-igraph's and NetworkX's simple graphs of a locnet/1 document, and its ids."""
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    ids = [locality["id"] for locality in document["localities"]]
    index = {ident: i for i, ident in enumerate(ids)}
    pairs = [(index[p["a"]], index[p["b"]]) for p in document["partnerships"]]
    graph = igraph.Graph(n=len(ids), edges=pairs)
    graph.simplify()
    peer = networkx.Graph()
    peer.add_nodes_from(range(len(ids)))
    peer.add_edges_from(pairs)
    return graph, peer, ids


def estimates(locnet, network):
    result = subprocess.run([locnet, "centrality", "--measure", "closeness,harmonic", "--samples",
                             str(SAMPLES), "--seed", "1", "--format", "csv", network],
                            capture_output=True, text=True, check=True)
    return {row["id"]: (float(row["closeness"]), int(row["reachable"]), float(row["harmonic"]))
            for row in csv.DictReader(io.StringIO(result.stdout))}


def exact_values(graph, peer, vertices):
    """Mean distance, harmonic and eccentricity of each vertex, from python-igraph; a few are
    checked against NetworkX."""
    closeness = graph.closeness(vertices=vertices)  # r / (sum of distances)
    harmonic = graph.harmonic_centrality(vertices=vertices, normalized=False)
    eccentricity = graph.eccentricity(vertices=vertices)
    for i, v in enumerate(vertices[:NETWORKX_CHECKED]):
        lengths = networkx.single_source_shortest_path_length(peer, v)
        r = len(lengths) - 1
        if abs(r / sum(lengths.values()) - closeness[i]) > 1e-12 or \
                abs(sum(1 / d for d in lengths.values() if d) - harmonic[i]) > 1e-9 or \
                max(lengths.values()) != eccentricity[i]:
            fail("python-igraph and NetworkX disagree on vertex %d" % v)
    return {v: (1 / closeness[i], harmonic[i], eccentricity[i]) for i, v in enumerate(vertices)}


def check_estimates(locnet, network, graph, peer, ids):
    n = graph.vcount()
    found = estimates(locnet, network)
    components = graph.connected_components()
    largest = max(components, key=len)
    rng = random.Random(20240609)
    vertices = rng.sample(list(largest), CHECKED)
    exact = exact_values(graph, peer, vertices)
    r = len(largest) - 1
    k = 0.8 * SAMPLES * r / (n - 1)  # the sources in the component: about 794, sd 13
    spread = math.sqrt(math.log(2 / P) / (2 * k))
    errors = {"closeness": [], "harmonic": []}
    beyond = 0
    for v in vertices:
        closeness, reachable, harmonic = found[ids[v]]
        if reachable != r:
            fail("%s: reachable %d, not %d" % (ids[v], reachable, r))
        mean, exact_harmonic, eccentricity = exact[v]
        estimated_mean = reachable / (n - 1) / closeness
        if abs(estimated_mean - mean) > (eccentricity - 1) * spread or \
                abs(harmonic - exact_harmonic) / r > spread:
            beyond += 1
        errors["closeness"].append(abs(mean / estimated_mean - 1))
        errors["harmonic"].append(abs(harmonic / exact_harmonic - 1))
    print("%d localities of the largest component: %d beyond the bound (p = %g)" % (
        CHECKED, beyond, P))
    if beyond > P * CHECKED:
        fail("%d of %d estimates beyond the documented bound" % (beyond, CHECKED))
    for measure, (median_limit, high_limit) in TYPICAL.items():
        ordered = sorted(errors[measure])
        median, high = statistics.median(ordered), ordered[int(0.99 * len(ordered))]
        print("%s: relative error median %.2f %%, 99th percentile %.2f %%" % (
            measure, 100 * median, 100 * high))
        if median > median_limit or high > high_limit:
            fail("%s: errors beyond the typical ones documented" % measure)
    return found, components


def check_small_components(graph, ids, found, components):
    """Localities in components of fewer than 50: they hold fewer than 16 sources (about 3 on
    average), so their localities get exact values."""
    small = [v for c in components if len(c) < 50 for v in c if len(c) > 1]
    closeness = graph.closeness(vertices=small)
    exact = sum(1 for i, v in enumerate(small)
                if abs(found[ids[v]][0] - closeness[i] * found[ids[v]][1] / (graph.vcount() - 1))
                <= 1e-12)
    print("%d localities in components of 2 to 49: %d with exact closeness" % (len(small), exact))
    if exact != len(small):
        fail("estimates where exact values were due")


def read_until(fd, pattern, seconds):
    """Reads from fd until pattern shows or seconds pass; returns what was read."""
    text, deadline = "", time.monotonic() + seconds
    while pattern not in text and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            text += chunk.decode("utf-8", "replace")
    return text


def check_progress(locnet, network):
    """The exact computation on a terminal says how long sampling would take."""
    started = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(locnet, [locnet, "centrality", "--measure", "betweenness", "-o", os.devnull,
                          network])
    text = read_until(fd, "would take about", 120)
    elapsed = time.monotonic() - started
    try:
        os.killpg(pid, signal.SIGTERM)  # the run and its workers, in the session pty.fork made
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    os.close(fd)
    line = text.replace("\r", "\n").strip().splitlines()[-1] if text.strip() else ""
    print("progress: %s" % line)
    if "exact betweenness" not in text:
        fail("no progress line for exact betweenness")
    if "--samples 1000 would take about" not in text and elapsed > 10:
        fail("the progress line does not say how long --samples would take")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: twin_town_sampling_test.py LOCNET_BINARY TWIN_CITIES_CSV")
    locnet, source = sys.argv[1:]
    if not os.path.exists(source):
        print("skipped: no twin-town list at %s" % source)
        sys.exit(77)
    with tempfile.TemporaryDirectory() as work:
        network = os.path.join(work, "twin_cities.json")
        subprocess.run([locnet, "convert", source, "-o", network], check=True,
                       stderr=subprocess.DEVNULL)
        graph, peer, ids = load(network)
        found, components = check_estimates(locnet, network, graph, peer, ids)
        check_small_components(graph, ids, found, components)
        check_progress(locnet, network)
    print("ok")


if __name__ == "__main__":
    main()
