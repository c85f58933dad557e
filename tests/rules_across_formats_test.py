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
EDGE_FIELDS = ["a", "b", "kind", "since", "until", "sources"]
SOURCE_FIELDS = ["id", "title", "publisher", "date", "url"]
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


def network(localities=None, partnerships=None, sources=None):
    return {"localities": localities if localities is not None else [locality("A"), locality("B")],
            "partnerships": partnerships if partnerships is not None else [partnership("A", "B")],
            "sources": sources if sources is not None else [SOURCE]}


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
                    ['field "date" must be a date YYYY, YYYY-MM or YYYY-MM-DD, not "2023-13-01"']),
    "succession date": (network(localities=[
        locality("A", succeeded_by={"id": "B", "date": "soon"}), locality("B")]), 65,
        ['field "date" must be a date YYYY, YYYY-MM or YYYY-MM-DD, not "soon"']),
    "missing title": (network(sources=[{k: v for k, v in SOURCE.items() if k != "title"}]), 65,
                      ['missing required field "title"']),
    "self-loop": (network(partnerships=[partnership("A", "B"), partnership("A", "A")]), 65,
                  ['links locality "A" to itself']),
}


# ---- writing a network in each format -------------------------------------------------------

def with_type(record, type_name):
    return dict({"type": type_name}, **record)


def write_json(net, path):
    document = {"format": "locnet/1", "sources": net["sources"], "localities": net["localities"],
                "partnerships": net["partnerships"]}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, indent=1)
    return [path]


def write_ndjson(net, path):
    with open(path, "w", encoding="utf-8") as f:
        f.write('{"format": "locnet/1"}\n')
        for kind, records in (("source", net["sources"]), ("locality", net["localities"]),
                              ("partnership", net["partnerships"])):
            for record in records:
                f.write(json.dumps(with_type(record, kind), ensure_ascii=False) + "\n")
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
    return flat


def write_csv(net, path):
    localities, sources = path + ".localities.csv", path + ".sources.csv"
    write_table(path, EDGE_FIELDS, net["partnerships"])
    write_table(localities, LOCALITY_FIELDS + ["succeeded_by", "succeeded_on"],
                net["localities"], flat_locality)
    write_table(sources, SOURCE_FIELDS, net["sources"])
    return [path, "--localities", localities, "--sources", sources]


def write_graphml(net, path):
    node_fields = LOCALITY_FIELDS[1:] + ["succeeded_by", "succeeded_on"]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
             '  <key id="g_sources" for="graph" attr.name="sources" attr.type="string"/>']
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


FORMATS = {
    "json": (".json", write_json, r'(?:(?:source|locality|partnership) \d+(?:: succeeded_by)?: )?'),
    "ndjson": (".ndjson", write_ndjson,
               r'(?:(?:source|locality|partnership) \d+(?:: succeeded_by)?: )?'),
    "csv": (".csv", write_csv, r'(?:column "[^"]*": )?'),
    "graphml": (".graphml", write_graphml,
                r'(?:(?:node "[^"]*"|edge \d+|source \d+)(?:: succeeded_by)?: )?'),
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
