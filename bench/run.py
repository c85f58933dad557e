#!/usr/bin/python3
"""locnet's benchmark: the same job in locnet, NetworkX and python-igraph, side by side.

    /usr/bin/python3 bench/run.py [--sizes 1k,100k,1m] [--runs 5] [--build build]

For each size, a heavy-tailed network is generated once (bench/generate.py, into bench/data/),
then each tool runs the job "load the locnet/1 JSON file, then degree, PageRank and components
for every locality, written as CSV" in a process of its own, --runs times: locnet through
locnet-bench-job (bench/job.c: locnet's loader, then igraph), NetworkX and python-igraph through
bench/job.py, all with Debian's /usr/bin/python3. Each run is timed whole (wall time and peak
resident memory, from /usr/bin/time -f "%e %M"), and the medians are printed as a Markdown table
with the ratios to locnet, followed by the targets of issue 6 and whether the results of the
three tools agree (same degrees, same components, PageRank within 1e-4 relative).

With --twin-town FILE (the world twin-town list), betweenness is also timed on it, exact and
sampled (--samples sources drawn with --seed), after locnet converts it to locnet/1 JSON once;
locnet runs `locnet centrality --measure betweenness --raw [--samples K --seed S]`, the peers
bench/job.py --betweenness (same measure, on the simple graph):
NetworkX exact betweenness takes many minutes and runs only with --networkx-exact, and
python-igraph 0.10.2 cannot sample (its betweenness takes no sources), so it runs exact only.
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
PRESETS = {"1k": (1000, 5000), "100k": (100000, 500000), "1m": (1000000, 5000000)}


def run_once(command):
    """Runs command, returns (wall seconds, peak resident MB)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as timing:
        result = subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", timing.name] + command,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if result.returncode != 0:
            sys.exit("failed (%d): %s\n%s" % (result.returncode, " ".join(command),
                                               result.stderr[-2000:]))
        wall, rss_kb = timing.read().split()[-2:]
    return float(wall), int(rss_kb) / 1024.0


def measure(name, command, runs):
    walls, rsss = [], []
    for _ in range(runs):
        wall, rss = run_once(command)
        walls.append(wall)
        rsss.append(rss)
    print("  %-26s runs %s s" % (name, " ".join("%.2f" % w for w in walls)), file=sys.stderr)
    return statistics.median(walls), statistics.median(rsss)


def ensure_network(size, data_dir):
    path = os.path.join(data_dir, "%s.json" % size)
    if not os.path.exists(path):
        print("generating %s" % path, file=sys.stderr)
        subprocess.run([PYTHON, os.path.join(HERE, "generate.py"), "--preset", size, "-o", path],
                       check=True)
    return path


def read_job(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return {row["id"]: row for row in rows}


def partition(rows):
    groups = {}
    for identifier, row in rows.items():
        groups.setdefault(row["component"], set()).add(identifier)
    return sorted(sorted(group) for group in groups.values())


def agreement(outputs):
    """Says whether the three tools' results agree."""
    reference = read_job(outputs["locnet"])
    notes = []
    for tool, path in outputs.items():
        if tool == "locnet":
            continue
        other = read_job(path)
        if set(other) != set(reference):
            notes.append("%s: other localities" % tool)
            continue
        degrees = all(other[i]["degree"] == reference[i]["degree"] for i in reference)
        components = partition(other) == partition(reference)
        worst = max(abs(float(other[i]["pagerank"]) - float(reference[i]["pagerank"])) /
                    float(reference[i]["pagerank"]) for i in reference)
        notes.append("%s: %s degrees, %s components, PageRank within %.0e relative" % (
            tool, "same" if degrees else "OTHER", "same" if components else "OTHER", worst))
    return notes


def versions(build):
    locnet = subprocess.run([os.path.join(build, "locnet"), "--version"], capture_output=True,
                            text=True).stdout.strip()
    peers = subprocess.run([PYTHON, "-c", "import networkx, igraph, platform; "
                            "print('NetworkX', networkx.__version__, '| python-igraph', "
                            "igraph.__version__, '| Python', platform.python_version())"],
                           capture_output=True, text=True).stdout.strip()
    with open("/proc/cpuinfo") as f:
        model = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")),
                     platform.processor())
    return "%s | %s | %d cores, %s" % (locnet, peers, os.cpu_count(), model)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1k,100k,1m")
    parser.add_argument("--runs", type=int, default=5, help="runs per job (median reported)")
    parser.add_argument("--large-runs", type=int, default=3, help="runs per job at 1m")
    parser.add_argument("--peers-up-to", default="1m",
                        help="largest size NetworkX and python-igraph run at (1k, 100k or 1m)")
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--data", default=os.path.join(HERE, "data"))
    parser.add_argument("--twin-town", help="the world twin-town CSV list")
    parser.add_argument("--samples", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--networkx-exact", action="store_true")
    args = parser.parse_args()
    os.makedirs(args.data, exist_ok=True)
    job = os.path.join(args.build, "locnet-bench-job")
    python_job = [PYTHON, os.path.join(HERE, "job.py")]
    order = list(PRESETS)
    rows = []
    checks = []
    started = time.strftime("%Y-%m-%d %H:%M")
    load = open("/proc/loadavg").read().split()[0]
    scratch = tempfile.mkdtemp(prefix="locnet-bench-")
    for size in args.sizes.split(","):
        path = ensure_network(size, args.data)
        megabytes = os.path.getsize(path) / 1e6
        runs = args.large_runs if size == "1m" else args.runs
        tools = {"locnet": [job, path]}
        if order.index(size) <= order.index(args.peers_up_to):
            tools["NetworkX"] = python_job + ["networkx", path]
            tools["python-igraph"] = python_job + ["igraph", path]
        print("%s (%.1f MB), %d runs each" % (size, megabytes, runs), file=sys.stderr)
        results, outputs = {}, {}
        for tool, command in tools.items():
            outputs[tool] = os.path.join(scratch, "%s-%s.csv" % (size, tool))
            results[tool] = measure(tool, command + [outputs[tool]], runs)
        base_wall, base_rss = results["locnet"]
        n, m = PRESETS[size]
        for tool, (wall, rss) in results.items():
            rows.append(("%s localities, %s partnerships (%.1f MB)" % (format(n, ","),
                                                                        format(m, ","), megabytes),
                         "load, degree, PageRank, components", tool, wall, rss,
                         wall / base_wall, rss / base_rss))
        if len(outputs) > 1:
            checks.append("%s results: %s" % (size, "; ".join(agreement(outputs))))
        if size == "100k":
            wall, rss = results["locnet"]
            checks.append("100k target: %.2f s (at most 1.0: %s), peak %.0f MB = %.1f x the file "
                          "(at most 5: %s)" % (wall, "met" if wall <= 1.0 else "NOT met", rss,
                                                rss / megabytes,
                                                "met" if rss <= 5 * megabytes else "NOT met"))
            for tool, factor in (("NetworkX", 8), ("python-igraph", 4)):
                if tool in results:
                    ratio = results[tool][0] / wall
                    checks.append("100k target: %.1f x faster than %s (at least %d: %s)" % (
                        ratio, tool, factor, "met" if ratio >= factor else "NOT met"))
        if size == "1m":
            wall, rss = results["locnet"]
            checks.append("1m target: %.1f s (at most 15: %s), peak %.0f MB (at most 3000: %s)" % (
                wall, "met" if wall <= 15 else "NOT met", rss, "met" if rss <= 3000 else "NOT met"))
    if args.twin_town:
        twin = os.path.join(scratch, "twin_cities.json")
        subprocess.run([os.path.join(args.build, "locnet"), "convert", args.twin_town, "-o", twin],
                       check=True, stderr=subprocess.DEVNULL)
        megabytes = os.path.getsize(args.twin_town) / 1e6
        label = "world twin towns (%.1f MB CSV)" % megabytes
        for mode, extra in (("exact", []), ("sampled, %d sources, seed %d" % (args.samples, args.seed),
                                             ["--samples", str(args.samples), "--seed",
                                              str(args.seed)])):
            tools = {"locnet": [os.path.join(args.build, "locnet"), "centrality", "--measure",
                                "betweenness", "--raw", "--format", "csv"] + extra + [twin, "-o"]}
            if not extra:  # python-igraph 0.10.2 has no betweenness from a subset of sources
                tools["python-igraph"] = python_job + ["igraph", "--betweenness", twin]
            if extra or args.networkx_exact:
                tools["NetworkX"] = python_job + ["networkx", "--betweenness"] + extra + [twin]
            runs = 1 if not extra else args.runs
            print("twin towns, betweenness %s, %d runs each" % (mode, runs), file=sys.stderr)
            results = {tool: measure(tool, command + [os.path.join(scratch, "b.csv")], runs)
                       for tool, command in tools.items()}
            base_wall, base_rss = results["locnet"]
            for tool, (wall, rss) in results.items():
                rows.append((label, "betweenness, " + mode, tool, wall, rss, wall / base_wall,
                             rss / base_rss))
    print("Measured %s on %s (load average %s at the start)." % (started, versions(args.build),
                                                                 load))
    print()
    print("| network | job | tool | time (s) | peak memory (MB) | time / locnet's | "
          "memory / locnet's |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: |")
    for network, job_name, tool, wall, rss, wall_ratio, rss_ratio in rows:
        print("| %s | %s | %s | %.2f | %.0f | %.1f | %.1f |" % (network, job_name, tool, wall, rss,
                                                                wall_ratio, rss_ratio))
    print()
    for line in checks:
        print("- " + line)


if __name__ == "__main__":
    main()
