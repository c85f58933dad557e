#!/usr/bin/python3
"""`locnet convert` from CSV never writes JSON that `locnet validate` refuses.

    /usr/bin/python3 tests/csv_to_json_test.py LOCNET_BINARY

Every CSV input below (the fixtures of tests/cli, tables written by locnet itself, a generated
network, and tables whose parents or successions form cycles) is converted to locnet/1 JSON.
Where the conversion succeeds, `locnet validate` must accept the JSON and count the same
localities and partnerships as validating the CSV did; where it fails, it must fail as
`validate` does on the CSV (exit 65) and leave no file behind. Exits 1 after listing every
difference.
"""

import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLI = os.path.join(ROOT, "tests", "cli")


def fixture(*parts):
    return os.path.join(CLI, *parts)


# (arguments, whether the input is good)
FIXTURES = [
    ([fixture("nets", "twins.csv")], True),
    ([fixture("nets", "semicolons.csv"), "--columns", "a=von,b=nach,kind=Art,since=seit"], True),
    ([fixture("nets", "tabs.tsv")], True),
    ([fixture("nets", "ends.csv"), "--localities", fixture("nets", "places.csv"),
      "--sources", fixture("nets", "sources.csv")], True),
    ([fixture("nets", "ends.csv")], False),  # cites sources, and no sources table is given
    ([fixture("bad", "csv_problems.csv")], False),
    ([fixture("bad", "csv_years.csv")], False),
    ([fixture("nets", "ends.csv"), "--localities", fixture("bad", "places_bad.csv"),
      "--sources", fixture("nets", "sources.csv")], False),
]

LOCALITIES_HEADER = "id,name,country,level,parent,lat,lon,succeeded_by,succeeded_on\n"


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def made_inputs(locnet, work):
    """Tables written for this test: cycles, names for countries, locnet's own CSV tables."""
    edges = write(os.path.join(work, "edges.csv"), "a,b,kind,since\nA,B,agreement,1989\n")
    inputs = []
    for name, rows, good in (
            ("parents-cycle", "A,Alpha,France,commune,B,,,,\nB,Beta,FR,region,A,,,,\n", False),
            ("successions-cycle", "A,Alpha,FR,region,,,,B,2016\nB,Beta,FR,region,,,,A,2016\n",
             False),
            ("fine", "A,Alpha,Viet Nam,province,,21.03,\"105,85\",,\n"
                     "B,Beta,fr,region,A,,,A,2016-01-01\n", True)):
        localities = write(os.path.join(work, name + ".csv"), LOCALITIES_HEADER + rows)
        inputs.append(([edges, "--localities", localities], good))
    generated = os.path.join(work, "generated.json")
    subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "bench", "generate.py"), "--preset",
                    "1k", "-o", generated], check=True)
    for name, network in (("bundled", os.path.join(ROOT, "data", "fr-vn.json")),
                          ("generated", generated)):
        inputs.append((csv_tables(locnet, network, os.path.join(work, name + "-table")), True))
    return inputs


def csv_tables(locnet, network, stem):
    """The CSV tables (edges, --localities, --sources) that locnet writes for a network."""
    tables = [stem + suffix for suffix in (".csv", "-localities.csv", "-sources.csv")]
    subprocess.run([locnet, "convert", network, "-o", tables[0], "--localities-out", tables[1],
                    "--sources-out", tables[2]], check=True)
    return [tables[0], "--localities", tables[1], "--sources", tables[2]]


def counts(stdout):
    match = re.search(r"(\d+) localit(?:y|ies), (\d+) partnerships?", stdout)
    return match.groups() if match else None


def check(locnet, work, number, arguments, good):
    where = " ".join(os.path.relpath(a, ROOT) if os.path.isabs(a) else a for a in arguments)
    output = os.path.join(work, "out%d.json" % number)
    source = subprocess.run([locnet, "validate", *arguments], capture_output=True, text=True)
    converted = subprocess.run([locnet, "convert", *arguments, "-o", output],
                               capture_output=True, text=True)
    if (converted.returncode == 0) != good:
        return ["%s: convert exit %d, but the input is %s:\n%s" %
                (where, converted.returncode, "good" if good else "bad", converted.stderr)]
    if converted.returncode != 0:
        errors = []
        if os.path.exists(output):
            errors.append("%s: convert failed but wrote %s" % (where, output))
        if converted.returncode != 65 or source.returncode != 65:
            errors.append("%s: convert exit %d, validate exit %d; expected 65 for both" %
                          (where, converted.returncode, source.returncode))
        return errors
    back = subprocess.run([locnet, "validate", output], capture_output=True, text=True)
    if back.returncode != 0:
        return ["%s: convert wrote JSON that validate refuses:\n%s" % (where, back.stderr)]
    if source.returncode != 0 or counts(source.stdout) != counts(back.stdout):
        return ["%s: validate on CSV said %r (exit %d), on its JSON %r" %
                (where, source.stdout, source.returncode, back.stdout)]
    return []


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    locnet = sys.argv[1]
    errors = []
    with tempfile.TemporaryDirectory() as work:
        inputs = FIXTURES + made_inputs(locnet, work)
        for number, (arguments, good) in enumerate(inputs):
            errors += check(locnet, work, number, arguments, good)
    for error in errors:
        print("FAIL " + error)
    if errors:
        sys.exit(1)
    print("%d CSV inputs: the good ones convert to JSON that validates, the bad ones are "
          "refused" % len(inputs))

if __name__ == "__main__":
    main()
