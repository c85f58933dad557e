#!/usr/bin/python3
"""An input file truncated while locnet reads it never kills locnet.

    /usr/bin/python3 tests/changing_input_test.py LOCNET_BINARY [RUNS [FORMAT,...]]

A network of a few megabytes is written as locnet/1 JSON, NDJSON, CSV and GraphML. For each
format, `locnet convert --to ndjson FILE` (the whole network it read) runs RUNS times (default 24) while another thread truncates the
file to a random length at a random moment (the moments spread over the time an
undisturbed run takes, so that some fall in the read and some after it). Each run must end in
one of two ways:
  - exit 0 with exactly the output of the undisturbed run (a consistent copy was read), or of
    a state the file went through (it was cut before locnet opened it), or
  - exit 65 or 74 with a message naming the file on standard error;
never a signal (SIGBUS, SIGSEGV), exit 70, or the output of a shortened network. The file is
restored between runs; every third run writes it back while locnet runs, as `cp` over it
would. At least half of the runs must have been disturbed while locnet ran, or the test
proves too little and fails.
"""

import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# What each run does: writes the whole network it read, so that any difference shows.
COMMAND = ["convert", "--to", "ndjson"]


def fail(message):
    print("FAIL " + message)
    sys.exit(1)


def make_inputs(locnet, work):
    """Writes the network in the four formats; returns {format: path}."""
    generate = os.path.join(ROOT, "bench", "generate.py")
    paths = {"json": os.path.join(work, "net.json"), "ndjson": os.path.join(work, "net.ndjson")}
    for name, path in paths.items():
        subprocess.run([sys.executable, generate, "--localities", "6000", "--partnerships",
                        "20000", "--seed", "7", "--to", name, "-o", path], check=True)
    for name in ("csv", "graphml"):
        paths[name] = os.path.join(work, "net." + name)
        subprocess.run([locnet, "convert", paths["json"], "-o", paths[name]], check=True)
    return paths


def disturb_later(path, pristine, delay, length, rewrite, moment):
    """After delay seconds, truncates path to length bytes, and with rewrite writes the pristine
    bytes back in 64 KB pieces, as `cp` does over a file; moment[0] is when it started."""
    time.sleep(delay)
    moment.append(time.monotonic())
    with open(path, "r+b") as file:
        file.truncate(length)
        if rewrite:
            file.seek(0)
            with open(pristine, "rb") as source:
                while piece := source.read(65536):
                    file.write(piece)
                    file.flush()


def run_disturbed(locnet, path, pristine, delay, length, rewrite):
    """Runs locnet while the file is disturbed after delay seconds. Returns the exit code, the
    output, the error text, and whether the disturbance began while locnet ran."""
    shutil.copyfile(pristine, path)
    moment = []
    cutter = threading.Thread(target=disturb_later,
                              args=(path, pristine, delay, length, rewrite, moment))
    process = subprocess.Popen([locnet, *COMMAND, path],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    cutter.start()
    out, err = process.communicate()
    ended = time.monotonic()
    cutter.join()
    during = moment[0] < ended
    return process.returncode, out, err.decode("utf-8", "replace"), during


def output_of_a_state(locnet, pristine, length, rewrite, out):
    """True when out is what locnet writes of a state the file went through: the first length bytes,
    or (written again in 64 KB pieces) any longer prefix that ends a piece. A run that opens the
    file once it was truncated reads a shorter file, which may well be valid."""
    with open(pristine, "rb") as source:
        whole = source.read()
    lengths = {length}
    if rewrite:
        lengths.update(range(65536 * (length // 65536 + 1), len(whole), 65536))
    for cut in sorted(lengths):
        prefix = pristine + ".prefix" + os.path.splitext(pristine)[1]
        with open(prefix, "wb") as file:
            file.write(whole[:cut])
        result = subprocess.run([locnet, *COMMAND, prefix],
                                capture_output=True)
        os.remove(prefix)
        if result.returncode == 0 and result.stdout == out:
            return True
    return False


def check_format(locnet, name, pristine, runs, rng):
    path = pristine + ".changing" + os.path.splitext(pristine)[1]
    shutil.copyfile(pristine, path)
    # the fastest of three undisturbed runs: on a busy machine, a slow one would put most
    # disturbances after the end of the runs
    span = None
    for _ in range(3):
        started = time.monotonic()
        reference = subprocess.run([locnet, *COMMAND, path],
                                   capture_output=True, check=True).stdout
        elapsed = time.monotonic() - started
        span = elapsed if span is None else min(span, elapsed)
    size = os.path.getsize(pristine)
    during = 0
    codes = {}
    for run in range(runs):
        delay = rng.uniform(0, span * 1.2)
        length = rng.choice([0, rng.randrange(1, size), size // 2, size - 1])
        rewrite = run % 3 == 2
        code, out, err, in_run = run_disturbed(locnet, path, pristine, delay, length, rewrite)
        during += in_run
        codes[code] = codes.get(code, 0) + 1
        what = (f"{name} run {run}: truncated to {length} bytes after {delay:.3f} s"
                + (" and written again" if rewrite else ""))
        if code < 0:
            fail(f"{what}: killed by signal {-code}; stderr: {err[:300]}")
        if code == 0:
            if out != reference and not output_of_a_state(locnet, pristine, length, rewrite,
                                                            out):
                fail(f"{what}: exit 0 with the network of no state the file was in:\n{out[:300]}")
        elif code in (65, 74):
            if path not in err:
                fail(f"{what}: exit {code} without a message naming the file: {err[:300]}")
        else:
            fail(f"{what}: exit {code}; stderr: {err[:300]}")
    os.remove(path)
    print(f"ok   {name}: {runs} runs of {size} bytes, {during} disturbed while locnet ran, "
          f"exits {dict(sorted(codes.items()))}")
    if during < runs // 2:
        fail(f"{name}: only {during} of {runs} runs were disturbed while locnet ran")


def main():
    locnet = os.path.abspath(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 24
    only = sys.argv[3].split(",") if len(sys.argv) > 3 else None
    rng = random.Random(12)
    with tempfile.TemporaryDirectory() as work:
        for name, path in make_inputs(locnet, work).items():
            if only is not None and name not in only:
                continue
            check_format(locnet, name, path, runs, rng)
    print("every run ended with the whole network or a message")


if __name__ == "__main__":
    main()
