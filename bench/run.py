#!/usr/bin/python3
"""locnet's benchmark: the real `locnet` commands against lean peer scripts, side by side.

    /usr/bin/python3 bench/run.py [--sizes 1k,100k,1m] [--runs 5] [--twin-town FILE]

First the loaders alone: `locnet validate` of the same network (--load-sizes) as JSON, NDJSON
and CSV, in MB per second. For each size, a heavy-tailed network with realistic attributes is
generated once (bench/generate.py, into --data). The job "degree and PageRank of every locality, as CSV" then
runs as `locnet centrality --measure degree,pagerank --format csv -o OUT FILE` and as the lean
scripts of bench/peers.py in NetworkX, python-igraph and graph-tool (Debian's /usr/bin/python3;
only ids are kept). With --twin-town FILE (the world twin-town CSV list, converted once to
locnet/1 JSON by `locnet convert`), betweenness is timed too, exact and from --samples random
sources: `locnet centrality --measure betweenness --raw` against the peers' betweenness
(NetworkX's exact one only with --networkx-exact: it takes many minutes; python-igraph 0.10
cannot sample). graph-tool's betweenness call is also timed alone, inside its script.

Every tool runs in a process of its own, --runs times, the tools taking turns (run 1 of each
tool, then run 2 of each, ...) so that a change in the machine's load touches them alike.
Each run is timed whole: wall time, peak resident memory (for locnet with worker processes, the
largest of the processes) and processor time (user and system, workers and threads included)
from /usr/bin/time -f "%e %M %U %S". The medians are printed as a
Markdown table with the ratios to locnet, then whether the tools agree and the targets.
"""

import argparse
import csv
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PYTHON = "/usr/bin/python3"
PRESETS = {"1k": (1000, 5000), "50k": (50000, 250000), "100k": (100000, 500000),
           "1m": (1000000, 5000000)}
PEERS = ("NetworkX", "python-igraph", "graph-tool")
PEER_NAMES = {"NetworkX": "networkx", "python-igraph": "igraph", "graph-tool": "graph-tool"}


def run_once(command):
    """Runs command; returns (wall seconds, peak resident MB, processor seconds, standard
    error)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as timing:
        result = subprocess.run(["/usr/bin/time", "-f", "%e %M %U %S", "-o", timing.name] +
                                command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                text=True)
        if result.returncode != 0:
            sys.exit("failed (%d): %s\n%s" % (result.returncode, " ".join(command),
                                               result.stderr[-2000:]))
        wall, rss_kb, user, system = timing.read().split()[-4:]
    return float(wall), int(rss_kb) / 1024.0, float(user) + float(system), result.stderr


def side_by_side(commands, runs):
    """Runs every command runs times, taking turns; returns {tool: (median wall, median MB,
    median processor seconds, median seconds of the call alone or None)}."""
    walls = {tool: [] for tool in commands}
    memory = {tool: [] for tool in commands}
    cpu = {tool: [] for tool in commands}
    calls = {tool: [] for tool in commands}
    for _ in range(runs):
        for tool, command in commands.items():
            wall, rss, seconds, errors = run_once(command)
            walls[tool].append(wall)
            memory[tool].append(rss)
            cpu[tool].append(seconds)
            calls[tool] += [float(line.split()[1]) for line in errors.splitlines()
                            if line.startswith("call: ")]
    for tool in commands:
        print("  %-14s %s s" % (tool, " ".join("%.2f" % w for w in walls[tool])), file=sys.stderr)
    return {tool: (statistics.median(walls[tool]), statistics.median(memory[tool]),
                   statistics.median(cpu[tool]),
                   statistics.median(calls[tool]) if calls[tool] else None) for tool in commands}


def ensure_network(size, data_dir, fmt="json"):
    """The generated network of size in fmt (json, ndjson or csv); for csv, also its
    localities and sources tables, as (edges, localities, sources)."""
    path = os.path.join(data_dir, "%s.%s" % (size, fmt))
    tables = [os.path.join(data_dir, "%s-%s.csv" % (size, t)) for t in ("localities", "sources")]
    if not os.path.exists(path):
        print("generating %s" % path, file=sys.stderr)
        extra = ["--localities-csv", tables[0], "--sources-csv", tables[1]] if fmt == "csv" else []
        subprocess.run([PYTHON, os.path.join(HERE, "generate.py"), "--preset", size, "-o", path,
                        *extra], check=True)
    return (path, *tables) if fmt == "csv" else path


def read_columns(path, *columns):
    with open(path, newline="", encoding="utf-8") as f:
        return {row["id"]: tuple(float(row[c]) for c in columns) for row in csv.DictReader(f)}


def pagerank_agreement(outputs):
    reference = read_columns(outputs["locnet"], "degree", "pagerank")
    notes = []
    for tool, path in outputs.items():
        if tool == "locnet":
            continue
        other = read_columns(path, "degree", "pagerank")
        if other.keys() != reference.keys():
            notes.append("%s: other localities" % tool)
            continue
        degrees = all(other[i][0] == reference[i][0] for i in reference)
        worst = max(abs(other[i][1] - reference[i][1]) / reference[i][1] for i in reference)
        notes.append("%s: %s degrees, PageRank within %.0e relative" % (
            tool, "same" if degrees else "OTHER", worst))
    return notes


def betweenness_agreement(exact_path, outputs):
    """Exact runs: the largest relative difference to locnet's exact values; sampled runs: how
    many of the exact top 20 are in the estimate's top 20."""
    exact = {i: v[0] for i, v in read_columns(exact_path, "betweenness").items()}
    top = set(sorted(exact, key=lambda i: -exact[i])[:20])
    notes = []
    for tool, (path, sampled) in outputs.items():
        found = {i: v[0] for i, v in read_columns(path, "betweenness").items()}
        if sampled:
            overlap = len(top & set(sorted(found, key=lambda i: -found[i])[:20]))
            notes.append("%s: %d of the exact top 20 in its top 20" % (tool, overlap))
        elif tool != "locnet":
            worst = max(abs(found[i] - exact[i]) / max(exact[i], 1.0) for i in exact)
            notes.append("%s: exact values within %.0e of locnet's" % (tool, worst))
    return notes


def pagerank_rows(args, size, rows, checks, scratch):
    path = ensure_network(size, args.data)
    megabytes = os.path.getsize(path) / 1e6
    n, m = PRESETS[size]
    runs = args.large_runs if size == "1m" else args.runs
    outputs = {"locnet": os.path.join(scratch, "%s-locnet.csv" % size)}
    commands = {"locnet": [args.locnet, "centrality", "--measure", "degree,pagerank", "--format",
                           "csv", "-o", outputs["locnet"], path]}
    if list(PRESETS).index(size) <= list(PRESETS).index(args.peers_up_to):
        for tool in PEERS:
            outputs[tool] = os.path.join(scratch, "%s-%s.csv" % (size, PEER_NAMES[tool]))
            commands[tool] = [PYTHON, os.path.join(HERE, "peers.py"), PEER_NAMES[tool],
                              "pagerank", path, outputs[tool]]
    print("%s (%.1f MB), %d runs each" % (size, megabytes, runs), file=sys.stderr)
    results = side_by_side(commands, runs)
    label = "%s localities, %s partnerships (%s MB JSON)" % (
        format(n, ","), format(m, ","), "%.1f" % megabytes if megabytes < 10 else "%.0f" % megabytes)
    add_rows(rows, label, "degree and PageRank", results)
    if len(outputs) > 1:
        checks.append("%s: %s" % (size, "; ".join(pagerank_agreement(outputs))))
    wall, rss, _, _ = results["locnet"]
    if size == "100k":
        checks.append("100k target: peak memory %.0f MB = %.1f x the file (at most 3: %s)" % (
            rss, rss / megabytes, "met" if rss <= 3 * megabytes else "NOT met"))
        for tool, factor in (("python-igraph", 4), ("NetworkX", 9)):
            if tool in results:
                ratio = results[tool][0] / wall
                checks.append("100k target: %.1f x faster than %s (at least %d: %s)" % (
                    ratio, tool, factor, "met" if ratio >= factor else "NOT met"))
    if size == "1m":
        checks.append("1m target: %.1f s (at most 12: %s), peak memory %.0f MB = %.1f x the file"
                      % (wall, "met" if wall <= 12 else "NOT met", rss, rss / megabytes))


LOAD_TARGETS = {"json": 100, "ndjson": 100, "csv": 60}  # MB/s, issue 13


def load_rows(args, size, rows, checks):
    """`locnet validate` (read, check, make the network) of the same network in JSON, NDJSON
    and CSV: the loaders' speed in MB per second of wall time."""
    n, m = PRESETS[size]
    commands, megabytes = {}, {}
    for fmt in ("json", "ndjson", "csv"):
        files = ensure_network(size, args.data, fmt)
        if fmt == "csv":
            edges, localities, sources = files
            commands[fmt] = [args.locnet, "validate", "--localities", localities, "--sources",
                             sources, edges]
            megabytes[fmt] = sum(os.path.getsize(f) for f in files) / 1e6
        else:
            commands[fmt] = [args.locnet, "validate", files]
            megabytes[fmt] = os.path.getsize(files) / 1e6
    print("%s loads, %d runs each" % (size, args.runs), file=sys.stderr)
    results = side_by_side(commands, args.runs)
    for fmt, (wall, rss, cpu, _) in results.items():
        label = "%s localities, %s partnerships (%.0f MB %s)" % (
            format(n, ","), format(m, ","), megabytes[fmt], fmt.upper())
        rows.append((label, "load and check (validate)", "locnet", wall, cpu, rss, 1.0, 1.0))
        speed = megabytes[fmt] / wall
        checks.append("%s load target: %s at %.0f MB/s of wall time, %.0f MB/s of processor time "
                      "(at least %d: %s)" % (size, fmt.upper(), speed, megabytes[fmt] / cpu,
                                             LOAD_TARGETS[fmt],
                                             "met" if speed >= LOAD_TARGETS[fmt] else "NOT met"))


def add_rows(rows, network, job, results):
    base_wall, base_rss, _, _ = results["locnet"]
    for tool, (wall, rss, cpu, call) in results.items():
        rows.append((network, job, tool, wall, cpu, rss, wall / base_wall, rss / base_rss))
        if call is not None:
            rows.append((network, job, tool + ", the call alone", call, None, None,
                         call / base_wall, None))


def betweenness_rows(args, rows, checks, scratch):
    network = os.path.join(scratch, "twin_cities.json")
    subprocess.run([args.locnet, "convert", args.twin_town, "-o", network], check=True,
                   stderr=subprocess.DEVNULL)
    label = "world twin towns (%.1f MB CSV)" % (os.path.getsize(args.twin_town) / 1e6)
    outputs = {}
    exact_path = os.path.join(scratch, "b-exact-locnet.csv")
    for sampled in (False, True):
        extra = ["--samples", str(args.samples), "--seed", str(args.seed)] if sampled else []
        mode = "sampled, %d sources" % args.samples if sampled else "exact"
        out = {"locnet": exact_path if not sampled else os.path.join(scratch, "b-s-locnet.csv")}
        commands = {"locnet": [args.locnet, "centrality", "--measure", "betweenness", "--raw",
                               "--format", "csv", *extra, "-o", out["locnet"], network]}
        for tool in PEERS:
            if (tool == "python-igraph" and sampled) or \
                    (tool == "NetworkX" and not sampled and not args.networkx_exact):
                continue
            out[tool] = os.path.join(scratch, "b-%s-%s.csv" % (mode[:1], PEER_NAMES[tool]))
            commands[tool] = [PYTHON, os.path.join(HERE, "peers.py"), PEER_NAMES[tool],
                              "betweenness", network, out[tool], *extra]
        runs = args.twin_runs if not sampled else args.runs
        print("twin towns, betweenness %s, %d runs each" % (mode, runs), file=sys.stderr)
        results = side_by_side(commands, runs)
        add_rows(rows, label, "betweenness, " + mode, results)
        outputs.update({"%s (%s)" % (tool, mode): (path, sampled) for tool, path in out.items()})
        if not sampled and results["graph-tool"][3] is not None:
            ratio = results["graph-tool"][3] / results["locnet"][0]
            checks.append("twin-town target: exact betweenness, the whole locnet process %.2f x "
                          "faster than graph-tool's call alone (at least 1.2: %s)" % (
                              ratio, "met" if ratio >= 1.2 else "NOT met"))
    checks.append("twin towns: " + "; ".join(betweenness_agreement(exact_path, outputs)))


def versions(locnet):
    own = subprocess.run([locnet, "--version"], capture_output=True, text=True).stdout.strip()
    peers = subprocess.run(
        [PYTHON, "-c", "import networkx, igraph, graph_tool, platform; print('NetworkX', "
         "networkx.__version__, '| python-igraph', igraph.__version__, '| graph-tool', "
         "graph_tool.__version__.split()[0], '| Python', platform.python_version())"],
        capture_output=True, text=True).stdout.strip()
    with open("/proc/cpuinfo") as f:
        model = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")),
                     platform.processor())
    return "%s | %s | %d cores, %s" % (own, peers, os.cpu_count(), model)


def print_table(rows, checks, started, load):
    print("Measured %s to %s (load average %s at the start, %s at the end)." % (
        started, time.strftime("%H:%M"), load, open("/proc/loadavg").read().split()[0]))
    print()
    print("| network | job | tool | time (s) | time / locnet's | processor time (s) | "
          "peak memory (MB) | memory / locnet's |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for network, job, tool, wall, cpu, rss, wall_ratio, rss_ratio in rows:
        print("| %s | %s | %s | %.2f | %.1f | %s | %s | %s |" % (
            network, job, tool, wall, wall_ratio, "%.2f" % cpu if cpu is not None else "",
            "%.0f" % rss if rss is not None else "",
            "%.1f" % rss_ratio if rss_ratio is not None else ""))
    print()
    for line in checks:
        print("- " + line)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1k,100k,1m")
    parser.add_argument("--load-sizes", default="100k",
                        help="sizes whose JSON, NDJSON and CSV loads are timed")
    parser.add_argument("--runs", type=int, default=5, help="runs per job (median reported)")
    parser.add_argument("--large-runs", type=int, default=3, help="runs per job at 1m")
    parser.add_argument("--twin-runs", type=int, default=3, help="runs of exact betweenness")
    parser.add_argument("--peers-up-to", default="100k", choices=list(PRESETS),
                        help="largest size the peers run at (NetworkX needs 7 GB at 1m)")
    parser.add_argument("--locnet", default=os.path.join(ROOT, "build", "locnet"))
    parser.add_argument("--data", default=os.path.join(ROOT, "build", "bench-data"))
    parser.add_argument("--twin-town", help="the world twin-town CSV list")
    parser.add_argument("--samples", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--networkx-exact", action="store_true")
    args = parser.parse_args()
    os.makedirs(args.data, exist_ok=True)
    rows, checks = [], []
    started = time.strftime("%Y-%m-%d %H:%M")
    load = open("/proc/loadavg").read().split()[0]
    with tempfile.TemporaryDirectory(prefix="locnet-bench-") as scratch:
        for size in args.load_sizes.split(",") if args.load_sizes else []:
            load_rows(args, size, rows, checks)
        for size in args.sizes.split(",") if args.sizes else []:
            pagerank_rows(args, size, rows, checks, scratch)
        if args.twin_town:
            betweenness_rows(args, rows, checks, scratch)
    print(versions(args.locnet))
    print()
    print_table(rows, checks, started, load)


if __name__ == "__main__":
    main()
