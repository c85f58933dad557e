#!/usr/bin/env python3
"""Checks the conferences (events) and the ends of data/fr-vn.json, with the standard library only.

locnet's own rules (`locnet validate`) check that every reference resolves; this script checks,
independently of locnet, what the bundled data promises beyond the format (data/README.md):
  - every event has an id, a name, a positive number, valid dates (YYYY, YYYY-MM or YYYY-MM-DD,
    real calendar days, start not after end), a place and at least one source; ids and numbers
    are unique, and numbering follows the calendar;
  - places, co-chairs and cited sources exist;
  - each session with two co-chairs has its `cochair` partnership (same pair, `since` the
    event's year, `event` the event's id), and every `cochair` partnership names an event that
    has that session;
  - a locality that `ended` has a parent, no successor, a real date and at least one source;
  - every locality takes part in a partnership, or is the parent or successor of one that does,
    or is the place of an event.
Usage: check_events.py DATA_DIR. Prints every problem; exits 1 if there is one.
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
        values = [str(e.get(key)) for e in events]
        problems.extend("%s %s is repeated" % (key, v) for v in sorted(set(values)) if values.count(v) > 1)
    dated = [e for e in events if isinstance(e.get("number"), int) and date_bounds(e.get("dates", {}).get("start"))]
    dated.sort(key=lambda e: e["number"])
    for before, after in zip(dated, dated[1:]):
        if date_bounds(before["dates"]["start"])[0] > date_bounds(after["dates"]["start"])[0]:
            problems.append("%s is numbered before %s but comes later" % (before["id"], after["id"]))


def check_cochairs(events, years, partnerships, problems):
    """Sessions with two co-chairs and the cochair partnerships match, through `event`."""
    sessions = {(e["id"], frozenset(s["cochairs"])): years[e["id"]] for e in events if years.get(e.get("id"))
                for s in e.get("sessions", []) if len(s.get("cochairs", [])) == 2}
    cochairs = [p for p in partnerships if p["kind"] == "cochair"]
    for (eid, pair), year in sessions.items():
        if not any(frozenset((p["a"], p["b"])) == pair and p.get("since") == year and p.get("event") == eid
                   for p in cochairs):
            problems.append("%s: no cochair partnership for %s" % (eid, " and ".join(sorted(pair))))
    for p in cochairs:
        if (p.get("event"), frozenset((p["a"], p["b"]))) not in sessions:
            problems.append("cochair partnership %s-%s (%s) names no event session" % (p["a"], p["b"], p.get("since")))


def check_ends(localities, sources, problems):
    """A locality that ended has a parent, no successor, a real date and a source."""
    for l in localities:
        end = l.get("ended")
        if end is None:
            continue
        if not l.get("parent"):
            problems.append("locality %s ended without a parent" % l["id"])
        if "succeeded_by" in l:
            problems.append("locality %s both ended and was succeeded" % l["id"])
        if date_bounds(end.get("date")) is None:
            problems.append("locality %s: bad end date %r" % (l["id"], end.get("date")))
        if not end.get("sources") or any(s not in sources for s in end["sources"]):
            problems.append("locality %s: its end cites no known source" % l["id"])


def check_coverage(net, problems):
    """Every locality is in a partnership, the parent or successor of one that is, or a place."""
    linked = {p[k] for p in net["partnerships"] for k in ("a", "b")}
    linked |= {e["place"] for e in net.get("events", [])}
    grew = True
    while grew:
        grew = False
        for l in net["localities"]:
            kept = [l.get("parent"), (l.get("succeeded_by") or {}).get("id")]
            if l["id"] in linked:
                for k in kept:
                    if k and k not in linked:
                        linked.add(k)
                        grew = True
    problems.extend("locality %s is in no partnership and holds none" % l["id"]
                    for l in net["localities"] if l["id"] not in linked)


def check(data_dir):
    problems = []
    net = json.load(open(os.path.join(data_dir, "fr-vn.json"), encoding="utf-8"))
    localities = {l["id"] for l in net["localities"]}
    sources = {s["id"] for s in net["sources"]}
    events = net.get("events", [])
    if not events:
        problems.append("no events")
    years = {e.get("id"): check_event(e, localities, sources, problems) for e in events}
    check_order(events, problems)
    check_cochairs(events, years, net["partnerships"], problems)
    check_ends(net["localities"], sources, problems)
    check_coverage(net, problems)
    return problems


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: check_events.py DATA_DIR")
    problems = check(sys.argv[1])
    for p in problems:
        print("fr-vn.json: " + p)
    if problems:
        sys.exit(1)
    print("fr-vn.json: events, cochair partnerships and ends ok")


if __name__ == "__main__":
    main()
