#!/usr/bin/python3
"""`locnet timeline` against NetworkX 2.8.8.

    /usr/bin/python3 tests/networkx/timeline_test.py LOCNET

On the bundled dataset and the generated networks, year by year: the partnerships signed that
year and by its end, the localities they join, the size of the largest connected component
they form (networkx.connected_components of the graph of the partnerships signed by then) and
the events that started that year, all computed here from the locnet/1 file. By default only
the years with a signing or an event are shown, and standard error says how many of how many;
--all-years shows every year from the first to the last."""

import json
import os
import sys

import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import peers  # noqa: E402


def expected_rows(path):
    """Every year from the first signing or event to the last, as locnet's CSV columns."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    dated = [p for p in data["partnerships"] if p.get("since") is not None]
    events = {}
    for event in data.get("events", []):
        events.setdefault(int(event["dates"]["start"][:4]), []).append(event["id"])
    years = [p["since"] for p in dated] + list(events)
    G = nx.Graph()
    rows = []
    for year in range(min(years), max(years) + 1):
        signed = [p for p in dated if p["since"] == year]
        G.add_edges_from((p["a"], p["b"]) for p in signed)
        largest = max((len(c) for c in nx.connected_components(G)), default=0)
        rows.append({"year": str(year), "new_partnerships": str(len(signed)),
                     "partnerships": str(sum(1 for p in dated if p["since"] <= year)),
                     "localities": str(G.number_of_nodes()), "largest_component": str(largest),
                     "events": " ".join(sorted(events.get(year, [])))})
    return rows, len(data["partnerships"]) - len(dated)


def normalised(rows):
    return [dict(row, events=" ".join(sorted(row["events"].split()))) for row in rows]


def check(failures, locnet, label, path):
    expected, undated = expected_rows(path)
    changed = [row for row in expected if row["new_partnerships"] != "0" or row["events"]]
    _, text, err = peers.run(locnet, "timeline", "--format", "csv", path)
    got = normalised(peers.csv_rows(text))
    failures.true(label + ": the years with a change, as NetworkX counts them", got == changed,
                  "\n  locnet   %s\n  expected %s" % (got[:3], changed[:3]))
    said = "the %d years with a signing or an event shown, of %d from %s to %s" % (
        len(changed), len(expected), expected[0]["year"], expected[-1]["year"])
    if len(changed) < len(expected):
        failures.true(label + ": says " + said, said in err, err)
    else:
        failures.true(label + ": no year left out, none said", "shown, of" not in err, err)
    if undated:
        failures.true(label + ": says %d without a year" % undated,
                      "%d partnership%s without a year left out"
                      % (undated, "" if undated == 1 else "s") in err, err)
    _, text, _ = peers.run(locnet, "timeline", "--all-years", "--format", "csv", path)
    failures.true(label + ": --all-years, every year", normalised(peers.csv_rows(text)) == expected)
    print("%s: %d of %d years shown" % (label, len(changed), len(expected)))


def main():
    peers.check_version()
    locnet = sys.argv[1]
    failures = peers.Failures()
    check(failures, locnet, "bundled", peers.BUNDLED)
    for name in ("disconnected", "ties", "random_multi", "star_and_path"):
        check(failures, locnet, name, os.path.join(peers.GENERATED, name + ".json"))
    failures.finish("timeline against NetworkX")


if __name__ == "__main__":
    main()
