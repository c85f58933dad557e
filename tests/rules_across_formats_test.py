#!/usr/bin/python3
"""The same network gets the same verdict in every input format.

    /usr/bin/python3 tests/rules_across_formats_test.py LOCNET_BINARY

Each case below is one small network, good or bad. The script writes it as locnet/1 JSON, as
NDJSON, as CSV tables (edges, --localities, --sources) and as GraphML, each the way its format
says it (a missing field is an absent member, an empty cell, an absent <data>), runs
`locnet validate` on each, and checks that every format gives the expected exit code and
exactly the expected messages, once the position is taken off: "FILE:LINE:COLUMN: " and the
format's own words for the place ("locality 2: ", "column \"since\": ", "node \"A\": ").
Good networks are also converted to JSON, whose countries must be ISO codes. Exits 1 after
listing every difference.
"""

import csv
import json
import os
import re
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape, quoteattr

LOCALITY_FIELDS = ["id", "name", "country", "level", "parent", "lat", "lon"]
NESTED_FIELDS = ["succeeded_by", "succeeded_on", "ended_on", "end_sources"]
EDGE_FIELDS = ["a", "b", "kind", "since", "until", "sources", "event"]
SOURCE_FIELDS = ["id", "title", "publisher", "date", "url"]
EVENT_FIELDS = ["id", "name", "number", "start", "end", "place", "sources", "sessions", "note"]
NUMBER_FIELDS = {"lat", "lon", "since", "until"}

SOURCE = {"id": "s1", "title": "Accord", "publisher": "VOV", "date": "2023-04-15"}


def locality(id, country="FR", **fields):
    record = {"id": id, "name": "Name of " + id, "country": country, "level": "commune"}
    record.update(fields)
    return record


def partnership(a, b, **fields):
    record = {"a": a, "b": b, "kind": "agreement"}
    record.update(fields)
    return record


def event(id="e1", **fields):
    record = {"id": id, "name": "Conference " + id, "number": 10,
              "dates": {"start": "2016-09-14", "end": "2016-09-16"}, "place": "A",
              "sources": ["s1"], "sessions": [{"theme": "urban development", "cochairs": ["A", "B"]}]}
    record.update(fields)
    return record


def network(localities=None, partnerships=None, sources=None, events=None):
    return {"localities": localities if localities is not None else [locality("A"), locality("B")],
            "partnerships": partnerships if partnerships is not None else [partnership("A", "B")],
            "sources": sources if sources is not None else [SOURCE],
            "events": events if events is not None else []}


EXISTS = 'field "%s" must be a date that exists, not "%s" (%s)'
NUMBER = 'field "number" must be a whole number from 1 to 999999999999999, not %s'


def event_case(expected, **fields):
    return (network(events=[event(**fields)]), 65, expected)


def ended(date="2025-07-01", sources=("s1",)):
    return {"date": date, "sources": list(sources)}


def year_case(value, shown):
    return (network(partnerships=[partnership("A", "B", since=value)]), 65,
            ['field "since" must be a whole number from 1 to 9999, not %s' % shown])


# name: (network, exit code, messages without their position)
CASES = {
    "valid": (network(), 0, []),
    "country name": (network(localities=[locality("A", "Vietnam"), locality("B", "Viet Nam")]),
                     0, []),
    "unknown country": (network(localities=[locality("A", "Narnia"), locality("B")]), 65,
                        ['unknown country "Narnia" (give an ISO 3166-1 code or an English name)']),
    "parent cycle": (network(localities=[locality("A", parent="B"), locality("B", parent="A")]),
                     65, ["parent links form a cycle: A \u2192 B \u2192 A"]),
    "parent of itself": (network(localities=[locality("A", parent="A"), locality("B")]), 65,
                         ["parent links form a cycle: A \u2192 A"]),
    "succession cycle": (network(localities=[
        locality("A", succeeded_by={"id": "B", "date": "2016-01-01"}),
        locality("B", succeeded_by={"id": "A", "date": "2016"})]), 65,
        ["successions form a cycle: A \u2192 B \u2192 A"]),
    "forward references": (network(localities=[locality("A", parent="B"), locality("B")]), 0, []),
    "unknown end": (network(partnerships=[partnership("A", "XX")]), 65,
                    ['unknown locality "XX"']),
    "unknown parent": (network(localities=[locality("A", parent="NOWHERE"), locality("B")]), 65,
                       ['unknown parent locality "NOWHERE"']),
    "unknown successor": (network(localities=[
        locality("A", succeeded_by={"id": "GONE", "date": "2025-07-01"}), locality("B")]), 65,
        ['unknown successor locality "GONE"']),
    "unknown source": (network(partnerships=[partnership("A", "B", sources=["s1", "nowhere"])]),
                       65, ['cites unknown source "nowhere"']),
    "duplicate locality": (network(localities=[locality("A"), locality("B"), locality("A")]), 65,
                           ['duplicate locality id "A"']),
    "duplicate source": (network(sources=[SOURCE, dict(SOURCE, title="Again")]), 65,
                         ['duplicate source id "s1"']),
    "year 0": year_case(0, "0"),
    "year 10000": year_case(10000, "10000"),
    "year fraction": year_case(1989.5, "1989.5"),
    "year text": year_case("soon", '"soon"'),
    "until before since": (network(partnerships=[partnership("A", "B", since=2001, until=1999)]),
                           65, ['field "until" (1999) is before "since" (2001)']),
    "latitude": (network(localities=[locality("A", lat=91.5), locality("B")]), 65,
                 ['field "lat" must be a number from -90 to 90, not 91.5']),
    "longitude text": (network(localities=[locality("A", lon="east"), locality("B")]), 65,
                       ['field "lon" must be a number from -180 to 180, not "east"']),
    "source date": (network(sources=[dict(SOURCE, date="2023-13-01")]), 65,
                    [EXISTS % ("date", "2023-13-01", "there is no month 13")]),
    "source date shape": (network(sources=[dict(SOURCE, date="15/04/2023")]), 65,
                          ['field "date" must be a date YYYY, YYYY-MM or YYYY-MM-DD, '
                           'not "15/04/2023"']),
    "day past the month": (network(sources=[dict(SOURCE, date="2024-02-31")]), 65,
                           [EXISTS % ("date", "2024-02-31", "February 2024 has 29 days")]),
    "not a leap year": (network(sources=[dict(SOURCE, date="1900-02-29")]), 65,
                        [EXISTS % ("date", "1900-02-29", "February 1900 has 28 days")]),
    "leap years": (network(sources=[dict(SOURCE, date="2000-02-29"),
                                    dict(SOURCE, id="s2", date="2024-02-29")]), 0, []),
    "day 31": (network(sources=[dict(SOURCE, date="2023-04-31")]), 65,
               [EXISTS % ("date", "2023-04-31", "April 2023 has 30 days")]),
    "day 0": (network(sources=[dict(SOURCE, date="2023-04-00")]), 65,
              [EXISTS % ("date", "2023-04-00", "there is no day 0")]),
    "year 0000": (network(sources=[dict(SOURCE, date="0000")]), 65,
                  [EXISTS % ("date", "0000", "there is no year 0")]),
    "succession date": (network(localities=[
        locality("A", succeeded_by={"id": "B", "date": "soon"}), locality("B")]), 65,
        ['field "date" must be a date YYYY, YYYY-MM or YYYY-MM-DD, not "soon"']),
    "missing title": (network(sources=[{k: v for k, v in SOURCE.items() if k != "title"}]), 65,
                      ['missing required field "title"']),
    "self-loop": (network(partnerships=[partnership("A", "B"), partnership("A", "A")]), 65,
                  ['links locality "A" to itself']),
    # events, and the partnerships that name them
    "events": (network(events=[event(), event("e2", number=None, dates={"start": "1996"},
                                              place=None, sources=None, sessions=[])],
                       partnerships=[partnership("A", "B", kind="cochair", event="e1")]), 0, []),
    "event forward reference": (network(localities=[locality("A"), locality("B")],
                                        partnerships=[partnership("A", "B", event="e1")],
                                        events=[event(place="B")]), 0, []),
    "unknown event": (network(partnerships=[partnership("A", "B", event="e9")]), 65,
                      ['unknown event "e9"']),
    "event place": event_case(['unknown place locality "X"'], place="X"),
    "event co-chair": event_case(['unknown co-chair locality "Q"'],
                                 sessions=[{"theme": "water", "cochairs": ["A", "Q"]}]),
    "event source": event_case(['cites unknown source "nowhere"'], sources=["s1", "nowhere"]),
    "event number 0": event_case([NUMBER % "0"], number=0),
    "event number fraction": event_case([NUMBER % "2.5"], number=2.5),
    "event number text": event_case([NUMBER % '"tenth"'], number="tenth"),
    "event number huge": event_case([NUMBER % "1000000000000000"], number=10 ** 15),
    "event number largest": (network(events=[event(number=10 ** 15 - 1)]), 0, []),
    "event name": event_case(['missing required field "name"'], name=None),
    "event dates": event_case(['missing required field "dates"'], dates=None),
    "event start": event_case(['missing required field "start"'], dates={"end": "2016"}),
    "event start date": event_case([EXISTS % ("start", "2016-13", "there is no month 13")],
                                   dates={"start": "2016-13"}),
    "event end date": event_case([EXISTS % ("end", "2016-09-31", "September 2016 has 30 days")],
                                 dates={"start": "2016-09-14", "end": "2016-09-31"}),
    "event end before start": event_case(
        ['field "end" (2016-08) is before "start" (2016-09-14)'],
        dates={"start": "2016-09-14", "end": "2016-08"}),
    "event duplicate": (network(events=[event(), event()]), 65, ['duplicate event id "e1"']),
    "session theme": event_case(['field "sessions": item 2: missing required field "theme"'],
                                sessions=[{"theme": "water"}, {"cochairs": ["A"]}]),
    "session shape": event_case(['field "sessions": item 1 must be an object, not a string'],
                                sessions=["water"]),
    "sessions shape": event_case(['field "sessions" must be an array of objects, not "water"'],
                                 sessions="water"),
    "session co-chair": event_case(
        ['field "sessions": item 1: field "cochairs": item 2 must be a non-empty string, '
         'not a number'], sessions=[{"theme": "water", "cochairs": ["A", 3]}]),
    # localities that ended without a successor
    "ended": (network(localities=[locality("A"), locality("B", parent="A", ended=ended())]), 0, []),
    "ended without parent": (network(localities=[locality("A"), locality("B", ended=ended())]), 65,
                             ['a locality that ended needs a "parent", which holds its '
                              'partnerships afterwards']),
    "ended and succeeded": (network(localities=[
        locality("A"), locality("B", parent="A", ended=ended(),
                                succeeded_by={"id": "A", "date": "2025-07-01"})]), 65,
        ['a locality that ended has no "succeeded_by"']),
    "ended date": (network(localities=[locality("A"), locality("B", parent="A",
                                                               ended=ended("soon"))]), 65,
                   ['field "date" must be a date YYYY, YYYY-MM or YYYY-MM-DD, not "soon"']),
    "ended date that does not exist": (
        network(localities=[locality("A"), locality("B", parent="A", ended=ended("2025-06-31"))]),
        65, [EXISTS % ("date", "2025-06-31", "June 2025 has 30 days")]),
    "ended source": (network(localities=[locality("A"), locality("B", parent="A",
                                                                 ended=ended(sources=["x"]))]),
                     65, ['cites unknown source "x"']),
}


# ---- writing a network in each format -------------------------------------------------------

def with_type(record, type_name):
    return dict({"type": type_name}, **record)


def present(record):
    """The record without its fields set to None (a case's way of leaving a field out)."""
    return {key: value for key, value in record.items() if value is not None}


def write_json(net, path):
    document = {"format": "locnet/1", "sources": net["sources"], "localities": net["localities"],
                "partnerships": net["partnerships"],
                "events": [present(record) for record in net["events"]]}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, indent=1)
    return [path]


def write_ndjson(net, path):
    with open(path, "w", encoding="utf-8") as f:
        f.write('{"format": "locnet/1"}\n')
        for kind, records in (("source", net["sources"]), ("locality", net["localities"]),
                              ("partnership", net["partnerships"]), ("event", net["events"])):
            for record in records:
                f.write(json.dumps(with_type(present(record), kind), ensure_ascii=False) + "\n")
    return [path]


def cell(value):
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(value)
    return str(value)


def write_table(path, fields, records, flatten=lambda record: record):
    with open(path, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(fields)
        for record in records:
            flat = flatten(record)
            out.writerow([cell(flat.get(field)) for field in fields])


def flat_locality(record):
    flat = dict(record)
    succession = flat.pop("succeeded_by", None)
    if succession is not None:
        flat["succeeded_by"] = succession.get("id")
        flat["succeeded_on"] = succession.get("date")
    end = flat.pop("ended", None)
    if end is not None:
        flat["ended_on"] = end.get("date")
        flat["end_sources"] = end.get("sources")
    return flat


def flat_event(record):
    """An event as a row of the events table: its dates in two columns, its sessions as JSON."""
    flat = dict(record)
    dates = flat.pop("dates", None) or {}
    flat["start"], flat["end"] = dates.get("start"), dates.get("end")
    if isinstance(flat.get("sessions"), list):
        flat["sessions"] = json.dumps(flat["sessions"], ensure_ascii=False) if flat["sessions"] else None
    return flat


def write_csv(net, path):
    localities, sources, events = (path + ".localities.csv", path + ".sources.csv",
                                   path + ".events.csv")
    write_table(path, EDGE_FIELDS, net["partnerships"])
    write_table(localities, LOCALITY_FIELDS + NESTED_FIELDS, net["localities"], flat_locality)
    write_table(sources, SOURCE_FIELDS, net["sources"])
    write_table(events, EVENT_FIELDS, net["events"], flat_event)
    return [path, "--localities", localities, "--sources", sources, "--events", events]


def write_graphml(net, path):
    node_fields = LOCALITY_FIELDS[1:] + NESTED_FIELDS
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
             '  <key id="g_sources" for="graph" attr.name="sources" attr.type="string"/>',
             '  <key id="g_events" for="graph" attr.name="events" attr.type="string"/>']
    for field in node_fields:
        kind = "double" if field in NUMBER_FIELDS else "string"
        lines.append('  <key id="v_%s" for="node" attr.name="%s" attr.type="%s"/>'
                     % (field, field, kind))
    for field in EDGE_FIELDS[2:]:
        kind = "double" if field in NUMBER_FIELDS else "string"
        lines.append('  <key id="e_%s" for="edge" attr.name="%s" attr.type="%s"/>'
                     % (field, field, kind))
    lines.append('  <graph edgedefault="undirected">')
    lines.append('    <data key="g_sources">%s</data>'
                 % escape(json.dumps(net["sources"], ensure_ascii=False)))
    lines.append('    <data key="g_events">%s</data>'
                 % escape(json.dumps([present(e) for e in net["events"]], ensure_ascii=False)))
    for record in net["localities"]:
        flat = flat_locality(record)
        lines.append("    <node id=%s>" % quoteattr(flat["id"]))
        for field in node_fields:
            if flat.get(field) is not None:
                lines.append('      <data key="v_%s">%s</data>' % (field, escape(cell(flat[field]))))
        lines.append("    </node>")
    for record in net["partnerships"]:
        lines.append("    <edge source=%s target=%s>" % (quoteattr(record["a"]), quoteattr(record["b"])))
        for field in EDGE_FIELDS[2:]:
            if record.get(field) is not None:
                value = record[field]
                text = json.dumps(value) if isinstance(value, list) else cell(value)
                lines.append('      <data key="e_%s">%s</data>' % (field, escape(text)))
        lines.append("    </edge>")
    lines += ["  </graph>", "</graphml>", ""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    return [path]


NESTED = r'(?:: (?:succeeded_by|ended|dates))?'
FORMATS = {
    "json": (".json", write_json,
             r'(?:(?:source|locality|partnership|event) \d+' + NESTED + ': )?'),
    "ndjson": (".ndjson", write_ndjson,
               r'(?:(?:source|locality|partnership|event) \d+' + NESTED + ': )?'),
    "csv": (".csv", write_csv, r'(?:column "[^"]*": )?'),
    "graphml": (".graphml", write_graphml,
                r'(?:(?:node "[^"]*"|edge \d+|source \d+|event \d+)' + NESTED + ': )?'),
}


# ---- checking ---------------------------------------------------------------------------------

def messages_of(stderr, place):
    """The messages of stderr without their position; every one must have a line and column."""
    found, problems = [], []
    pattern = re.compile(r"^[^:]+:(\d+):(\d+): " + place + r"(.*)$")
    for line in stderr.splitlines():
        if re.match(r"^[^:]+: \d+ problems? found$", line):
            continue
        match = pattern.match(line)
        if match is None or int(match.group(1)) < 1 or int(match.group(2)) < 1:
            problems.append("message without a position: " + line)
        else:
            found.append(match.group(3))
    return found, problems


def check_case(locnet, work, name, case):
    net, code, expected = case
    errors = []
    for format_name, (extension, write, place) in FORMATS.items():
        path = os.path.join(work, re.sub(r"\W+", "_", name) + extension)
        arguments = write(net, path)
        result = subprocess.run([locnet, "validate", *arguments], capture_output=True, text=True)
        found, problems = messages_of(result.stderr, place)
        where = "%s, %s:" % (name, format_name)
        errors += [where + " " + problem for problem in problems]
        if result.returncode != code:
            errors.append("%s exit code %d, expected %d\n%s" % (where, result.returncode, code,
                                                               result.stderr))
        if sorted(found) != sorted(expected):
            errors.append("%s messages %s, expected %s" % (where, found, expected))
        if code == 0:
            errors += check_countries(locnet, arguments, where)
    return errors


def check_countries(locnet, arguments, where):
    """A good network converts to JSON whose countries are ISO codes."""
    result = subprocess.run([locnet, "convert", "--to", "json", *arguments], capture_output=True,
                            text=True)
    if result.returncode != 0:
        return ["%s convert failed: %s" % (where, result.stderr)]
    countries = {record["country"] for record in json.loads(result.stdout)["localities"]}
    if not countries <= {"FR", "VN"}:
        return ["%s countries %s, expected ISO codes" % (where, sorted(countries))]
    return []


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with tempfile.TemporaryDirectory() as work:
        errors = [error for name, case in CASES.items()
                  for error in check_case(sys.argv[1], work, name, case)]
    print("\n".join("FAIL " + error for error in errors) if errors else
          "%d networks agree in %d formats" % (len(CASES), len(FORMATS)))
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
