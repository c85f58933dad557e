#!/usr/bin/python3
"""A signal during a run with -o leaves nothing behind, and ends locnet by that signal.

    /usr/bin/python3 tests/interrupt_test.py LOCNET_BINARY

For SIGINT, SIGTERM and SIGHUP, locnet writes a large GraphML file with `convert -o OUT`, over
an OUT that holds "old"; as soon as the temporary file OUT.tmp-XXXXXX appears, the signal is
sent. Then locnet must have died of that signal (the shell shows 128 + N), no temporary file
may be left, and OUT must still hold "old". The same is done with SIGINT during the layout of
`dot --render svg` (when the build renders through Graphviz), where an empty SVG was left.
"""

import os
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fail(message):
    print("FAIL " + message)
    sys.exit(1)


def interrupt(arguments, folder, target, signal_number, name):
    """Runs locnet, sends the signal once a temporary file shows in folder, checks the rest."""
    with open(target, "w") as old:
        old.write("old")
    process = subprocess.Popen(arguments, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    seen = False
    while time.monotonic() < deadline and process.poll() is None:
        if any(".tmp-" in entry for entry in os.listdir(folder)):
            seen = True
            process.send_signal(signal_number)
            break
        time.sleep(0.001)
    _, err = process.communicate()
    signal_name = signal.Signals(signal_number).name
    if not seen:
        fail(f"{name}: no temporary file seen before locnet ended (exit {process.returncode})")
    if process.returncode != -signal_number:
        fail(f"{name}, {signal_name}: exit {process.returncode}, not death by {signal_name}: "
             f"{err.decode()[:300]}")
    left = sorted(entry for entry in os.listdir(folder) if ".tmp-" in entry)
    if left:
        fail(f"{name}, {signal_name}: left behind {left}")
    with open(target) as kept:
        if kept.read() != "old":
            fail(f"{name}, {signal_name}: the target was changed")
    print(f"ok   {name}, {signal_name}: nothing left behind, exit {128 + signal_number} "
          f"in a shell")


def main():
    locnet = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as work:
        network = os.path.join(work, "net.json")
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate.py"),
                        "--localities", "20000", "--partnerships", "80000", "--seed", "3",
                        "-o", network], check=True)
        folder = os.path.join(work, "out")
        os.mkdir(folder)
        target = os.path.join(folder, "net.graphml")
        for signal_number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            interrupt([locnet, "convert", network, "-o", target], folder, target, signal_number,
                      "convert -o OUT.graphml")
        version = subprocess.run([locnet, "--version"], capture_output=True, text=True).stdout
        if "with Graphviz" not in version:
            print("skip dot --render: this build does not render through Graphviz")
            return
        small = os.path.join(work, "small.json")
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate.py"),
                        "--localities", "1500", "--partnerships", "5000", "--seed", "3",
                        "-o", small], check=True)
        target = os.path.join(folder, "net.svg")
        interrupt([locnet, "dot", "--render", "svg", "-o", target, small], folder, target,
                  signal.SIGINT, "dot --render svg -o OUT.svg")


if __name__ == "__main__":
    main()
