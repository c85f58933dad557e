#!/usr/bin/env python3
"""Checks data/events-draft.json against data/fr-vn.json, with the standard library only.

The conferences wait in their own file until locnet/1 gains `events`; nothing in locnet reads
them yet, so this script is what keeps them honest:
  - every event has an id, a name, a positive number, valid dates (YYYY, YYYY-MM or YYYY-MM-DD,
    real calendar days, start not after end), a place and sources; ids and numbers are unique,
    and numbering follows the calendar;
  - places, co-chairs and the parents of the draft's own localities are localities of
    data/fr-vn.json or of the draft; cited sources are sources of either file, and the draft's
    own records clash with none of data/fr-vn.json's ids and have every required field;
  - each session with two co-chairs has its `cochair` partnership in data/fr-vn.json (same
    pair, `since` the event's year, a note naming the event), and every `cochair` partnership
    names an event that has that session.
Usage: check_events_draft.py DATA_DIR. Prints every problem; exits 1 if there is one.
"""
import datetime
import json
import os
import re
import sys

DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def date_bounds(text):
    """Returns the first and last day a locnet date may stand for, or None if it is not one."""
    m = DATE.match(text) if isinstance(text, str) else None
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day:
            d = datetime.date(year, int(month), int(day))
            return d, d
        if month:
            first = datetime.date(year, int(month), 1)
            nxt = datetime.date(year + (first.month == 12), first.month % 12 + 1, 1)
            return first, nxt - datetime.timedelta(days=1)
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    except ValueError:
        return None


def add_own_records(records, known, what, fields, problems):
    """Adds the draft's own localities or sources to the ids known from data/fr-vn.json."""
    for r in records:
        if r.get("id") in known:
            problems.append("%s %s is in both files" % (what, r["id"]))
        for field in fields:
            if not r.get(field):
                problems.append("%s %s lacks %s" % (what, r.get("id"), field))
        known.add(r.get("id"))


def check_event(e, localities, sources, problems):
    """Checks one event; returns its year, or None when its dates are bad."""
    eid = e.get("id")
    if not isinstance(e.get("number"), int) or e["number"] < 1:
        problems.append("%s: number %r is not a positive whole number" % (eid, e.get("number")))
    if not e.get("name"):
        problems.append("%s: no name" % eid)
    dates = e.get("dates", {})
    start, end = date_bounds(dates.get("start")), date_bounds(dates.get("end"))
    if start is None or end is None:
        problems.append("%s: bad dates %r" % (eid, dates))
    elif start[0] > end[1]:
        problems.append("%s: starts after it ends" % eid)
    if e.get("place") not in localities:
        problems.append("%s: unknown place %r" % (eid, e.get("place")))
    if not e.get("sources"):
        problems.append("%s: no sources" % eid)
    problems.extend("%s: unknown source %s" % (eid, s) for s in e.get("sources", []) if s not in sources)
    for session in e.get("sessions", []):
        if not session.get("theme"):
            problems.append("%s: a session without a theme" % eid)
        problems.extend("%s: unknown co-chair %s" % (eid, c) for c in session.get("cochairs", []) if c not in localities)
    return start[0].year if start is not None else None


def check_order(events, problems):
    """Ids and numbers are unique, and numbering follows the calendar."""
    for key in ("id", "number"):
        values = [e.get(key) for e in events]
        problems.extend("%s %r is repeated" % (key, v) for v in sorted(set(map(str, values))) if list(map(str, values)).count(v) > 1)
    dated = [e for e in events if isinstance(e.get("number"), int) and date_bounds(e.get("dates", {}).get("start"))]
    dated.sort(key=lambda e: e["number"])
    for before, after in zip(dated, dated[1:]):
        if date_bounds(before["dates"]["start"])[0] > date_bounds(after["dates"]["start"])[0]:
            problems.append("%s is numbered before %s but comes later" % (before["id"], after["id"]))


def check_cochairs(events, years, partnerships, problems):
    """Sessions with two co-chairs and the cochair partnerships of data/fr-vn.json match."""
    sessions = {(e["id"], frozenset(s["cochairs"])): years[e["id"]] for e in events if years.get(e.get("id"))
                for s in e.get("sessions", []) if len(s.get("cochairs", [])) == 2}
    cochairs = [p for p in partnerships if p["kind"] == "cochair"]
    for (eid, pair), year in sessions.items():
        if not any(frozenset((p["a"], p["b"])) == pair and p.get("since") == year and eid in p.get("note", "")
                   for p in cochairs):
            problems.append("%s: no cochair partnership for %s" % (eid, " and ".join(sorted(pair))))
    for p in cochairs:
        named = [e["id"] for e in events if e.get("id") and e["id"] in p.get("note", "")]
        if len(named) != 1 or (named[0], frozenset((p["a"], p["b"]))) not in sessions:
            problems.append("cochair partnership %s-%s (%s) names no event session" % (p["a"], p["b"], p.get("since")))


def check(data_dir):
    problems = []
    net = json.load(open(os.path.join(data_dir, "fr-vn.json"), encoding="utf-8"))
    draft = json.load(open(os.path.join(data_dir, "events-draft.json"), encoding="utf-8"))
    localities = {l["id"] for l in net["localities"]}
    sources = {s["id"] for s in net["sources"]}
    add_own_records(draft.get("localities", []), localities, "locality", ("id", "name", "country", "level"), problems)
    add_own_records(draft.get("sources", []), sources, "source", ("id", "title", "publisher", "date"), problems)
    problems.extend("locality %s: unknown parent %s" % (l["id"], l["parent"])
                    for l in draft.get("localities", []) if "parent" in l and l["parent"] not in localities)
    problems.extend("source %s: bad date %r" % (s.get("id"), s.get("date"))
                    for s in draft.get("sources", []) if date_bounds(s.get("date")) is None)
    events = draft.get("events", [])
    if not events:
        problems.append("no events")
    years = {e.get("id"): check_event(e, localities, sources, problems) for e in events}
    check_order(events, problems)
    check_cochairs(events, years, net["partnerships"], problems)
    return problems


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: check_events_draft.py DATA_DIR")
    problems = check(sys.argv[1])
    for p in problems:
        print("events-draft: " + p)
    if problems:
        sys.exit(1)
    print("events-draft: ok")


if __name__ == "__main__":
    main()
