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


def check(data_dir):
    problems = []
    net = json.load(open(os.path.join(data_dir, "fr-vn.json"), encoding="utf-8"))
    draft = json.load(open(os.path.join(data_dir, "events-draft.json"), encoding="utf-8"))
    localities = {l["id"] for l in net["localities"]}
    sources = {s["id"] for s in net["sources"]}
    for l in draft.get("localities", []):
        if l["id"] in localities:
            problems.append("locality %s is in both files" % l["id"])
        for field in ("id", "name", "country", "level"):
            if not l.get(field):
                problems.append("locality %s lacks %s" % (l.get("id"), field))
        localities.add(l["id"])
    for l in draft.get("localities", []):
        if "parent" in l and l["parent"] not in localities:
            problems.append("locality %s: unknown parent %s" % (l["id"], l["parent"]))
    for s in draft.get("sources", []):
        if s["id"] in sources:
            problems.append("source %s is in both files" % s["id"])
        for field in ("id", "title", "publisher", "date"):
            if not s.get(field):
                problems.append("source %s lacks %s" % (s.get("id"), field))
        if date_bounds(s.get("date")) is None:
            problems.append("source %s: bad date %r" % (s.get("id"), s.get("date")))
        sources.add(s["id"])

    events = draft.get("events", [])
    if not events:
        problems.append("no events")
    seen_ids, seen_numbers, sessions = set(), set(), {}
    for e in events:
        eid = e.get("id")
        if not eid or eid in seen_ids:
            problems.append("event id %r missing or repeated" % eid)
        seen_ids.add(eid)
        n = e.get("number")
        if not isinstance(n, int) or n < 1 or n in seen_numbers:
            problems.append("%s: number %r not a new positive whole number" % (eid, n))
        seen_numbers.add(n)
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
        for s in e.get("sources", []):
            if s not in sources:
                problems.append("%s: unknown source %s" % (eid, s))
        for session in e.get("sessions", []):
            if not session.get("theme"):
                problems.append("%s: a session without a theme" % eid)
            chairs = session.get("cochairs", [])
            for c in chairs:
                if c not in localities:
                    problems.append("%s: unknown co-chair %s" % (eid, c))
            if len(chairs) == 2 and start is not None:
                sessions[(eid, frozenset(chairs))] = start[0].year
    ordered = sorted((e for e in events if isinstance(e.get("number"), int) and date_bounds(e.get("dates", {}).get("start"))),
                     key=lambda e: e["number"])
    for before, after in zip(ordered, ordered[1:]):
        if date_bounds(before["dates"]["start"])[0] > date_bounds(after["dates"]["start"])[0]:
            problems.append("%s is numbered before %s but comes later" % (before["id"], after["id"]))

    cochairs = [p for p in net["partnerships"] if p["kind"] == "cochair"]
    for (eid, pair), year in sessions.items():
        if not any(frozenset((p["a"], p["b"])) == pair and p.get("since") == year and eid in p.get("note", "")
                   for p in cochairs):
            problems.append("%s: no cochair partnership for %s" % (eid, " and ".join(sorted(pair))))
    for p in cochairs:
        named = [eid for eid in seen_ids if eid and eid in p.get("note", "")]
        pair = frozenset((p["a"], p["b"]))
        if len(named) != 1 or (named[0], pair) not in sessions:
            problems.append("cochair partnership %s-%s (%s) names no event session" % (p["a"], p["b"], p.get("since")))
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
