#!/usr/bin/python3
"""Inputs that once took quadratic time take about linear time: 10 times the size, at most about
10 times the time.

    /usr/bin/python3 tests/growth_test.py LOCNET_BINARY [CASE...]

Each case writes an input of size n and of size 10 n and times one locnet command on each
(the fastest of three runs, whole process). The larger run may take at most LIMIT times as long
as the smaller one, where a linear algorithm gives about 10 and a quadratic one about 100;
times under FLOOR seconds count as FLOOR, so that process start-up does not decide. A run over
TIMEOUT seconds fails. Where the output's size matters (DOT indentation), it must grow at most
LIMIT_BYTES times too. The sizes are chosen so that the quadratic versions took seconds at n.
"""

import json
import os
import subprocess
import sys
import tempfile
import time

LIMIT = 25.0
LIMIT_BYTES = 12.0
FLOOR = 0.05
TIMEOUT = int(os.environ.get("GROWTH_TIMEOUT", "60"))


def write_json(path, localities, partnerships=()):
    with open(path, "w", encoding="utf-8") as out:
        json.dump({"format": "locnet/1", "localities": list(localities),
                   "partnerships": list(partnerships)}, out)


def locality(i, **more):
    return {"id": f"L{i}", "name": f"Locality {i}", "country": "FR", "level": "commune", **more}


def parent_chain(n, path):
    """n localities, each the parent of the next; the first is a region."""
    write_json(path, [locality(i, level="region" if i == 0 else "commune",
                               **({"parent": f"L{i - 1}"} if i else {})) for i in range(n)],
               [{"a": f"L{n - 1}", "b": f"L{n - 2}", "kind": "agreement"}])


def succession_chain(n, path):
    """n localities, each succeeded by the next in 2001."""
    write_json(path, [locality(i, **({"succeeded_by": {"id": f"L{i + 1}", "date": "2001"}}
                                     if i < n - 1 else {})) for i in range(n)],
               [{"a": "L0", "b": "L1", "kind": "agreement"}])


def wide_csv(n, path):
    """An edge table with n extra columns and two rows."""
    with open(path, "w", encoding="utf-8") as out:
        out.write("a,b,kind," + ",".join(f"x{j}" for j in range(n)) + "\n")
        for row in range(2):
            out.write(f"A{row},B{row},agreement," + ",".join(str(j % 7) for j in range(n)) + "\n")


def many_themes(n, path):
    """One partnership with n themes."""
    write_json(path, [locality(0), locality(1)],
               [{"a": "L0", "b": "L1", "kind": "agreement",
                 "themes": [f"theme {j}" for j in range(n)]}])


# name: (make, n, command arguments with {IN} and {OUT}, whether the output's size is checked,
#        the exit code expected)
CASES = {
    "dot-cluster-parent": (parent_chain, 2000,
                           ["dot", "--cluster", "parent", "-o", "{OUT}.dot", "{IN}.json"], True, 0),
    # convert rather than summary, whose path statistics take time of their own
    "as-of-chain": (succession_chain, 2000,
                    ["convert", "--as-of", "2002", "--to", "ndjson", "-o", "{OUT}.ndjson",
                     "{IN}.json"], False, 0),
    "level-deep-parents": (parent_chain, 2000,
                           ["convert", "--level", "region", "--to", "ndjson", "-o",
                            "{OUT}.ndjson", "{IN}.json"], False, 0),
    "csv-wide": (wide_csv, 400, ["validate", "{IN}.csv"], False, 0),
    # over locnet's 4,096 columns: a message, as fast
    "csv-too-wide": (wide_csv, 10000, ["validate", "{IN}.csv"], False, 65),
    "csv-many-themes": (many_themes, 40000, ["convert", "{IN}.json", "-o", "{OUT}.csv"], True,
                        0),
}


def timed(locnet, arguments, expected):
    best = None
    for _ in range(3):
        started = time.monotonic()
        result = subprocess.run([locnet, *arguments], stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, timeout=TIMEOUT)
        elapsed = time.monotonic() - started
        if result.returncode != expected:
            raise RuntimeError(f"exit {result.returncode}: {result.stderr.decode()[:300]}")
        best = elapsed if best is None else min(best, elapsed)
    return best


def run_case(locnet, name, work):
    make, n, template, check_bytes, expected = CASES[name]
    times, sizes = [], []
    for size in (n, 10 * n):
        stem = os.path.join(work, f"{name}-{size}")
        extension = next(a for a in template if a.startswith("{IN}"))[4:]
        make(size, stem + extension)
        arguments = [a.replace("{IN}", stem).replace("{OUT}", stem + "-out") for a in template]
        try:
            times.append(timed(locnet, arguments, expected))
        except subprocess.TimeoutExpired:
            done = f" (n = {n}: {times[0]:.3f} s)" if times else ""
            return f"{name}: n = {size} ran over {TIMEOUT} s{done}"
        except RuntimeError as error:
            return f"{name}: n = {size}: {error}"
        out = [a for a in arguments if a.startswith(stem + "-out")]
        sizes.append(os.path.getsize(out[0]) if out and expected == 0 else 0)
    ratio = max(times[1], FLOOR) / max(times[0], FLOOR)
    report = f"{name}: n = {n}: {times[0]:.3f} s, 10 n: {times[1]:.3f} s, ratio {ratio:.1f}"
    if check_bytes:
        report += f"; output {sizes[0]} and {sizes[1]} bytes"
    print(report)
    if ratio > LIMIT:
        return f"{report}: over {LIMIT}"
    if check_bytes and sizes[1] > LIMIT_BYTES * sizes[0]:
        return f"{report}: output grew over {LIMIT_BYTES} times"
    return None


def main():
    locnet = os.path.abspath(sys.argv[1])
    names = sys.argv[2:] or list(CASES)
    failures = []
    with tempfile.TemporaryDirectory() as work:
        for name in names:
            failure = run_case(locnet, name, work)
            if failure is not None:
                print("FAIL " + failure)
                failures.append(failure)
    if failures:
        sys.exit(1)
    print("every case grows about linearly")


if __name__ == "__main__":
    main()
