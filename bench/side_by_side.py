#!/usr/bin/python3
"""bench/side_by_side.py: two builds of locnet timed in turn on one command.

    /usr/bin/python3 bench/side_by_side.py OLD_LOCNET NEW_LOCNET RUNS COMMAND [ARGUMENTS...]

Runs `OLD_LOCNET COMMAND ARGUMENTS` and `NEW_LOCNET COMMAND ARGUMENTS` one after the other, RUNS
times, output thrown away, each timed whole by `/usr/bin/time -f "%e %M %U %S"`; prints for each
build the median and the least wall time, the median processor time (user and system, every
thread) and the median peak memory, then the ratios new/old. Taking turns keeps a machine whose
load changes from favouring either build; the ratios are the figures to read.
"""

import statistics
import subprocess
import sys


def timed(binary, arguments):
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M %U %S", binary, *arguments],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall, memory, user, system = result.stderr.strip().splitlines()[-1].split()
    return float(wall), float(user) + float(system), int(memory) / 1024


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    builds = {"old": sys.argv[1], "new": sys.argv[2]}
    runs, arguments = int(sys.argv[3]), sys.argv[4:]
    times = {name: [] for name in builds}
    for _ in range(runs):
        for name, binary in builds.items():
            times[name].append(timed(binary, arguments))
    summary = {}
    for name, values in times.items():
        wall = [v[0] for v in values]
        summary[name] = (statistics.median(wall), min(wall),
                         statistics.median(v[1] for v in values),
                         statistics.median(v[2] for v in values))
        print("%s: wall median %.2f s, least %.2f s; processor %.2f s; peak memory %.0f MB"
              % ((name,) + summary[name]))
    old, new = summary["old"], summary["new"]
    print("new/old: wall median %.3f, least %.3f; processor %.3f; memory %.3f"
          % (new[0] / old[0], new[1] / old[1], new[2] / old[2], new[3] / old[3]))


if __name__ == "__main__":
    main()
