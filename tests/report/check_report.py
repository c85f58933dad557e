#!/usr/bin/python3
"""`locnet report` checked without a browser, against independent peers.

    /usr/bin/python3 tests/report/check_report.py LOCNET_BINARY [--no-diagram]

- The bundled network's page, read back with Python's HTML parser: every ranking's values
  against NetworkX 2.8 (tests/reference/generate.py's answers), the statistics, the cut vertices
  with their parts, the bridges with their sides and the timeline against NetworkX and plain
  counts of the file, the sources and every partnership's sources against the file, and the
  header's counts, date and command line. The same with --kind agreement, whose page must state
  the filter and match NetworkX on the filtered network. The diagram has one node per locality
  with a partnership in the file and none for the others (`locnet dot` leaves them out), and
  the note under it says how many are left out (counted from the file) and names them.
- Safety, on the bundled page and on the hostile networks of tests/report/hostile.py: `tidy
  -errors -q` (Debian tidy) finds nothing; the page loads nothing (no src, no style url, no
  link element, a Content Security Policy of default-src 'none' whose script hash is the hash of
  the page's one script, recomputed here); no element or attribute comes from the data (every
  tag is one locnet writes, no on* attribute, links only to the page itself or, in the sources
  table, to http(s) URLs); every name is shown exactly as tests/report/hostile.py's displayed()
  says, in the HTML and in the page's data; a page with a 1.2 MB name is written too.
- Bad input writes no file, an output that cannot be created is exit 73 with its message (here
  rather than in tests/cli/, since the page is drawn first and Graphviz's libraries leak under
  the sanitizers and valgrind); an empty network gives a valid page.
With --no-diagram (a build without Graphviz's library) the page must say that it has no diagram.
Exits 1 after listing every failure.
"""

import base64
import hashlib
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "reference"))
import generate  # noqa: E402  NetworkX's answers, as the other reference tests compute them
from checks import FAILURES, fail, finish, isolated_localities, left_out_statement, write_report  # noqa: E402
from hostile import displayed, report_hostile_network, shown_name  # noqa: E402
from page import data_of, html_rows, parse, table_rows  # noqa: E402

DATASET = os.path.join(ROOT, "data", "fr-vn.json")
# Every tag locnet writes, its own and Graphviz's SVG; anything else came from the data.
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "p", "h1", "h2", "h3", "strong",
    "dl", "dt", "dd", "code", "ul", "li", "nav", "a", "main", "section", "div", "button", "span",
    "em", "label", "input", "table", "colgroup", "col", "thead", "tbody", "tr", "th", "td",
    "details", "summary",
    "footer", "script", "svg", "g", "polygon", "ellipse", "text", "path", "polyline", "line",
    "rect"}


def run(locnet, *arguments):
    return subprocess.run([locnet, "report", *arguments], capture_output=True)


def write_page(locnet, work, name, arguments, network_path):
    path = os.path.join(work, name + ".html")
    if not write_report(locnet, network_path, path, *arguments):
        return None, None
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return path, text


# ---- safety ----

def check_tidy(path, name):
    result = subprocess.run(["tidy", "-errors", "-q", path], capture_output=True)
    if result.returncode != 0:
        fail("%s: tidy -errors -q exited %d: %s" % (name, result.returncode,
                                                    result.stderr.decode(errors="replace")[:600]))


def check_loads_nothing(root, text, name):
    scripts = list(root.find_all("script"))
    code = [s for s in scripts if s.attributes.get("type") != "application/json"]
    if len(code) != 1 or code[0].attributes:
        fail("%s: %d executable scripts (one, inline, without attributes, expected)" % (name, len(code)))
        return
    policy = root.find("meta", **{"http-equiv": "Content-Security-Policy"})
    content = policy.attributes.get("content", "") if policy is not None else ""
    digest = base64.b64encode(hashlib.sha256(code[0].text().encode("utf-8")).digest()).decode()
    if not content.startswith("default-src 'none';") or "script-src 'sha256-%s'" % digest not in content:
        fail("%s: the Content Security Policy %r does not allow exactly the page's script "
             "(sha256-%s)" % (name, content, digest))
    for element in root.walk():
        for attribute, value in element.attributes.items():
            if attribute in ("src", "srcset", "data", "poster", "action", "formaction") or \
                    attribute.startswith("on"):
                fail("%s: <%s %s=%r>" % (name, element.tag, attribute, value))
        if element.tag not in ALLOWED_TAGS and element.tag != "#document":
            fail("%s: an element locnet does not write: <%s %r>" % (name, element.tag,
                                                                    element.attributes))
    for style in root.find_all("style"):
        if re.search(r"url\(|@import", style.text()):
            fail("%s: the style sheet loads something" % name)


def check_links(root, name):
    sources = root.find("table", id="source-table")
    source_links = set(id(a) for a in sources.find_all("a")) if sources is not None else set()
    targets = set(e.attributes["id"] for e in root.walk() if "id" in e.attributes)
    for link in root.find_all("a"):
        href = link.attributes.get("href", "")
        if href.startswith("#"):
            if href[1:] not in targets:
                fail("%s: a link to #%s, which the page does not hold" % (name, href[1:]))
        elif not (id(link) in source_links and re.match(r"https?://[^/]", href)):
            fail("%s: a link to %r outside the sources' links" % (name, href))


# ---- the bundled network against the peers ----

def filtered(network, kinds):
    """The network as --kind keeps it: those partnerships and the localities they link."""
    if not kinds:
        return network
    kept = [p for p in network["partnerships"] if p.get("kind") in kinds]
    used = set(p["a"] for p in kept) | set(p["b"] for p in kept)
    return dict(network, partnerships=kept,
                localities=[l for l in network["localities"] if l["id"] in used])


def close_to_shown(shown, value):
    """True when shown (4 significant digits, or a whole number) is value rounded."""
    number = float(shown.replace(",", ""))
    if value == 0:
        return number == 0
    unit = 10 ** (math.floor(math.log10(abs(value))) - 3)
    # 1e-9: below it NetworkX's power iteration leaves residue where the eigenvector is 0
    return abs(number - value) <= unit * 0.5000001 + 1e-9


def check_rankings(root, data, network, expected, name):
    places = data["localities"]  # [id, name, key, country, level, degree]
    file_ids = {displayed(l["id"]): l for l in network["localities"]}
    if sorted(p[0] for p in places) != sorted(file_ids):
        fail("%s: the page's localities are not the file's" % name)
        return
    for p in places:
        l = file_ids[p[0]]
        if p[1] != shown_name(l["name"]) or p[3] != l["country"] or p[4] != displayed(l["level"]):
            fail("%s: locality %r shown as %r" % (name, l["id"], p[:5]))
    lid = [file_ids[p[0]]["id"] for p in places]  # the file's id of each of the page's localities
    centrality = expected["centrality"]
    for ranking in data["rankings"]:
        measure = ranking["measure"]
        if measure == "eigenvector" and "eigenvector" not in centrality[lid[0]]:
            print("note: %s: eigenvector not checked: %s" % (name, expected["meta"]["eigenvector"]))
            continue
        values = ranking["values"]
        for v, shown in enumerate(values):
            want = centrality[lid[v]][measure]
            if not close_to_shown(shown[0], want):
                fail("%s: %s of %s shown as %s, NetworkX gives %r" % (name, measure, lid[v], shown[0], want))
            if measure == "closeness" and int(shown[1].replace(",", "")) != centrality[lid[v]]["reachable"]:
                fail("%s: reachable of %s shown as %s" % (name, lid[v], shown[1]))
        in_order = [centrality[lid[v]][measure] for v in ranking["order"]]
        if sorted(ranking["order"]) != list(range(len(places))) or \
                any(b > a * (1 + 1e-9) + 1e-9 for a, b in zip(in_order, in_order[1:])):
            fail("%s: the %s ranking is not every locality in decreasing order of NetworkX's "
                 "values" % (name, measure))
        table = root.find("div", id="ranking-" + measure).find("table")
        for r, row in enumerate(html_rows(table)):
            v = ranking["order"][r]
            want = [str(r + 1), places[v][1], places[v][3], places[v][4]] + values[v]
            if row != want:
                fail("%s: %s row %d is %r, the page's data says %r" % (name, measure, r + 1, row, want))
    if [r["measure"] for r in data["rankings"]] != ["degree", "strength", "betweenness", "closeness",
                                                    "harmonic", "eigenvector", "pagerank", "coreness"]:
        fail("%s: rankings %r" % (name, [r["measure"] for r in data["rankings"]]))


def statistics(root):
    found = {}
    for group in root.find("section", id="statistics").find_all("div"):
        if "stat-group" not in group.classes():
            continue
        section = group.find("h3").text()
        for item, value in table_rows(group.find("table")):
            found[(section, item)] = value
    return found


def check_statistics(root, network, name):
    M, G = generate.graphs(network["localities"], network["partnerships"])
    found = statistics(root)
    years = [p["since"] for p in network["partnerships"] if "since" in p]
    comps = sorted((len(c) for c in nx.connected_components(G)), reverse=True)
    n = G.number_of_nodes()
    want = {("localities", "total"): n, ("partnerships", "total"): M.number_of_edges(),
            ("structure", "linked pairs"): G.number_of_edges(),
            ("structure", "components"): len(comps),
            ("structure", "largest component"): comps[0] if comps else 0,
            ("years", "partnerships without a year"): len(network["partnerships"]) - len(years)}
    if years:
        want[("years", "first")], want[("years", "last")] = min(years), max(years)
    for l in network["localities"]:
        key = ("localities by country", l["country"])
        want[key] = want.get(key, 0) + 1
    for p in network["partnerships"]:
        key = ("partnerships by kind", p["kind"])
        want[key] = want.get(key, 0) + 1
    for key, value in want.items():
        if found.get(key) is None or int(found[key].replace(",", "")) != value:
            fail("%s: statistics %s: %r on the page, %r counted" % (name, key, found.get(key), value))
    density = nx.density(G)
    if not close_to_shown(found.get(("structure", "density"), "nan"), density):
        fail("%s: density %r on the page, NetworkX gives %r" % (name, found.get(("structure", "density")), density))


def check_weak_points(root, network, name):
    M, G = generate.graphs(network["localities"], network["partnerships"])
    names = {l["id"]: shown_name(l["name"]) for l in network["localities"]}
    want = []
    for v in nx.articulation_points(G):
        rest = G.subgraph(nx.node_connected_component(G, v) - {v})
        parts = sorted((len(c) for c in nx.connected_components(rest)), reverse=True)
        want.append((names[v], " + ".join(str(p) for p in parts), str(sum(parts) - parts[0])))
    table = root.find("table", id="cut-vertices")
    found = [(r[0], r[4], r[5]) for r in table_rows(table)] if table is not None else []
    if sorted(found) != sorted(want):
        fail("%s: cut vertices %r on the page, NetworkX gives %r" % (name, sorted(found), sorted(want)))
    want = []
    for u, v in nx.bridges(G):
        if M.number_of_edges(u, v) != 1:
            continue
        R = nx.MultiGraph(M)
        R.remove_edge(u, v)
        want.append(frozenset([(names[u], str(len(nx.node_connected_component(R, u)))),
                               (names[v], str(len(nx.node_connected_component(R, v))))]))
    table = root.find("table", id="bridges")
    found = [frozenset([(r[0], r[4]), (r[1], r[5])]) for r in table_rows(table)] if table else []
    if sorted(map(sorted, found)) != sorted(map(sorted, want)):
        fail("%s: bridges differ from NetworkX's: page %r, NetworkX %r" % (name, found, want))


def check_timeline(root, network, name):
    by_year = {}
    for p in network["partnerships"]:
        if "since" in p:
            by_year.setdefault(p["since"], []).append(p)
    want, so_far = [], []
    for year in sorted(by_year):
        so_far += by_year[year]
        H = nx.MultiGraph()
        H.add_edges_from((p["a"], p["b"]) for p in so_far)
        largest = max(len(c) for c in nx.connected_components(H))
        want.append([str(year), str(len(by_year[year])), str(len(so_far)),
                     str(H.number_of_nodes()), str(largest)])
    table = root.find("table", id="timeline-table")
    found = table_rows(table) if table is not None else []
    if found != want:
        fail("%s: timeline %r on the page, counted %r" % (name, found, want))
    section = root.find("section", id="timeline")
    events = network.get("events", [])
    years = sorted(by_year) + [int(e["dates"]["start"][:4]) for e in events]
    bars = [e for e in section.find_all("rect") if "bar" in e.classes()]
    if years and len(bars) != max(years) - min(years) + 1:
        fail("%s: %d bars for the years %d to %d" % (name, len(bars), min(years), max(years)))
    marks = sorted(g.find("title").text() for g in section.find_all("g") if "event" in g.classes())
    want = sorted("%s: %s" % (e["dates"]["start"][:4], displayed(e["name"])) for e in events)
    if by_year and marks != want:
        fail("%s: the events marked %r, the file's %r" % (name, marks, want))


def check_provenance(root, network, name):
    rows = table_rows(root.find("table", id="source-table")) if network.get("sources") else []
    want = [[displayed(s["id"]), displayed(s["title"]), displayed(s["publisher"]),
             displayed(s["date"]), displayed(s.get("url", ""))] for s in network.get("sources", [])]
    if rows != want:
        fail("%s: sources %r on the page, %r in the file" % (name, rows, want))
    names = {l["id"]: shown_name(l["name"]) for l in network["localities"]}
    want = sorted([sorted([names[p["a"]], names[p["b"]]]), displayed(p.get("kind", "")),
                   str(p.get("since", "")), str(p.get("until", "")),
                   ", ".join(displayed(t) for t in p.get("themes", [])),
                   ", ".join(displayed(s) for s in p.get("sources", []))]
                  for p in network["partnerships"])
    table = root.find("table", id="partnership-table")
    found = sorted([sorted(r[:2])] + r[2:] for r in table_rows(table)) if table is not None else []
    if found != want:
        fail("%s: the partnerships and their sources differ from the file's" % name)


def check_communities(root, network, name, weight=None):
    """The communities shown: every locality in exactly one, sizes as listed, and the modularity
    shown equal to NetworkX's modularity of that partition (weighted with weight, if given)."""
    section = root.find("section", id="communities")
    if section is None:
        fail("%s: no communities section" % name)
        return
    names = {}
    for l in network["localities"]:
        names.setdefault(shown_name(l["name"]), []).append(l["id"])
    rows = table_rows(section.find("table"))
    parts, seen = [], set()
    for row in rows:
        members = row[-1].split("; ")
        if int(row[1].replace(",", "")) != len(members):
            fail("%s: community %s lists %d members, says %s" % (name, row[0], len(members), row[1]))
        ids = set()
        for member in members:
            ids |= set(names.get(member, []))
        parts.append(ids)
        seen |= ids
    if seen != set(l["id"] for l in network["localities"]):
        fail("%s: the communities do not hold every locality once" % name)
        return
    G = nx.Graph()
    G.add_nodes_from(l["id"] for l in network["localities"])
    for p in network["partnerships"]:
        w = float(p.get(weight, 1)) if weight else 1.0
        if G.has_edge(p["a"], p["b"]):
            G[p["a"]][p["b"]]["weight"] += w
        else:
            G.add_edge(p["a"], p["b"], weight=w)
    q = nx.algorithms.community.modularity(G, parts, weight="weight" if weight else None)
    found = re.search(r"Modularity: (-?[0-9.]+)\.", section.text())
    if found is None or abs(float(found.group(1)) - q) > 0.00005 + 1e-12:
        fail("%s: modularity %s on the page, NetworkX gives %r for its communities" % (
            name, found.group(1) if found else None, q))


def check_weighted(locnet, work):
    """--weight on the karate club's interaction counts: strength, eigenvector and pagerank as
    NetworkX's weighted versions, the communities' modularity weighted, the option stated."""
    name = "karate --weight weight"
    source = os.path.join(ROOT, "tests", "reference", "classic", "karate_edges.csv")
    path, text = write_page(locnet, work, "karate", ["--weight", "weight"], source)
    if text is None:
        return
    root, _ = parse(text)
    G = nx.Graph()
    with open(source) as f:
        next(f)
        for line in f:
            a, b, w = line.strip().split(",")
            G.add_edge(a, b, weight=float(w))
    want = {"strength": dict(G.degree(weight="weight")),
            "eigenvector": nx.eigenvector_centrality(G, weight="weight", max_iter=10000, tol=1e-12),
            "pagerank": nx.pagerank(G, weight="weight", tol=1e-12, max_iter=10000),
            "betweenness": nx.betweenness_centrality(G)}
    data = data_of(root)
    ids = [p[0] for p in data["localities"]]
    for ranking in data["rankings"]:
        if ranking["measure"] not in want:
            continue
        for v, shown in enumerate(ranking["values"]):
            expected = want[ranking["measure"]][ids[v]]
            if not close_to_shown(shown[0], expected):
                fail("%s: %s of %s shown as %s, NetworkX gives %r" % (name, ranking["measure"],
                                                                       ids[v], shown[0], expected))
    if "--weight weight: a strength" not in root.find("header").text():
        fail("%s: the page does not state --weight" % name)
    network = {"localities": [{"id": i, "name": i} for i in ids],
               "partnerships": [{"a": a, "b": b, "w": d["weight"]} for a, b, d in G.edges(data=True)]}
    check_communities(root, network, name, weight="w")
    if not FAILURES:
        print("ok: %s: weighted strength, eigenvector, pagerank and modularity as NetworkX gives them" % name)


def check_header(root, network, arguments, name):
    header = root.find("header").text()
    counts = root.find("p", **{"class": "counts"}).text()
    for count, noun in ((len(network["localities"]), "localit"), (len(network["partnerships"]), "partnership"),
                        (len(network.get("sources", [])), "source")):
        if not re.search(r"\b%s %s" % ("{:,}".format(count) if count >= 10000 else count, noun), counts):
            fail("%s: the header's counts %r miss %d %s" % (name, counts, count, noun))
    if "2023-11-14 22:13 UTC" not in header:
        fail("%s: the header does not give the run's date (SOURCE_DATE_EPOCH): %r" % (name, header))
    command = root.find("header").find("code").text()
    if not command.startswith("locnet report") or any(a not in command for a in arguments):
        fail("%s: the command line %r misses %r" % (name, command, arguments))


def check_diagram(root, data, network, expect_diagram, name):
    """One node per locality with a partnership (from the file), none for the others, and the
    note under the diagram says how many are left out and names them (up to 30)."""
    section = root.find("section", id="diagram")
    svg = root.find("svg", id="diagram-svg")
    if not expect_diagram:
        if svg is not None or "No diagram" not in section.text():
            fail("%s: a build without Graphviz's library must say the page has no diagram" % name)
        return
    if svg is None:
        fail("%s: no diagram" % name)
        return
    places = data["localities"]  # [id, name, ...], the nodes' numbers v0, v1, ...
    nodes = [g.attributes.get("id", "") for g in svg.find_all("g") if "node" in g.classes()]
    numbers = [int(n[1:]) for n in nodes if re.fullmatch(r"v[0-9]+", n) and int(n[1:]) < len(places)]
    if len(numbers) != len(nodes) or len(set(numbers)) != len(numbers):
        fail("%s: the diagram's node ids %r are not distinct locality numbers" % (name, nodes[:10]))
        return
    left_out = isolated_localities(network)
    drawn = sorted(places[n][0] for n in numbers)
    want = sorted(displayed(l["id"]) for l in network["localities"] if l not in left_out)
    if drawn != want:
        fail("%s: the diagram draws %d localities, not the %d with a partnership (drawn without "
             "one: %r; missing: %r)" % (name, len(drawn), len(want),
                                        sorted(set(drawn) - set(want))[:5],
                                        sorted(set(want) - set(drawn))[:5]))
    check_left_out_note(section, left_out, name)


def check_left_out_note(section, left_out, name):
    """The diagram section ends with the note on the localities left out, if any."""
    last = [c for c in section.children if not isinstance(c, str)][-1]
    said = last.text() if last.tag == "p" and "note" in last.classes() else ""
    if not left_out:
        if "not drawn" in section.text():
            fail("%s: nothing is left out of the diagram, but the page says so" % name)
        return
    if not said.startswith(left_out_statement(len(left_out))) or "in the rankings" not in said:
        fail("%s: under the diagram, %r does not say that %d localities without a partnership "
             "are left out, and where they are" % (name, said[:200], len(left_out)))
    missing = [l["name"] for l in left_out if shown_name(l["name"]) not in said]
    if len(left_out) <= 30 and missing:
        fail("%s: the note under the diagram does not name %r" % (name, missing[:5]))


def check_bundled(locnet, work, expect_diagram):
    with open(DATASET, encoding="utf-8") as f:
        whole = json.load(f)
    for name, arguments, kinds in (("bundled", [], None),
                                   ("bundled --kind agreement", ["--kind", "agreement"], ["agreement"])):
        network = filtered(whole, kinds)
        path, text = write_page(locnet, work, name.replace(" ", "_"), arguments, DATASET)
        if text is None:
            continue
        root, errors = parse(text)
        for error in errors:
            fail("%s: %s" % (name, error))
        data = data_of(root)
        check_tidy(path, name)
        check_loads_nothing(root, text, name)
        check_links(root, name)
        check_header(root, network, arguments, name)
        check_diagram(root, data, network, expect_diagram, name)
        expected = generate.expected_for(network["localities"], network["partnerships"])
        check_rankings(root, data, network, expected, name)
        check_statistics(root, network, name)
        check_weak_points(root, network, name)
        check_timeline(root, network, name)
        check_provenance(root, network, name)
        check_communities(root, network, name)
        if kinds and "--kind: partnerships of kind agreement" not in root.find("header").text():
            fail("%s: the page does not state the filter" % name)
        if not FAILURES:
            print("ok: %s: %d localities, every value as NetworkX gives it" % (name, len(network["localities"])))


def check_hostile(locnet, work, expect_diagram):
    for huge in (False, True):
        name = "hostile" + (" with a 1.2 MB name" if huge else "")
        network = report_hostile_network(huge)
        source = os.path.join(work, "hostile%d.json" % huge)
        with open(source, "w", encoding="utf-8") as f:
            json.dump(network, f, ensure_ascii=False)
        title = '<script>window.__pwned = 11</script> & "quotes"'
        path, text = write_page(locnet, work, "hostile%d" % huge, ["--title", title, "--rows", "100"], source)
        if text is None:
            continue
        root, errors = parse(text)
        for error in errors:
            fail("%s: %s" % (name, error))
        check_tidy(path, name)
        check_loads_nothing(root, text, name)
        check_links(root, name)
        if root.find("h1").text() != title or root.find("title").text() != title:
            fail("%s: the title is not shown exactly" % name)
        data = data_of(root)
        want = sorted(shown_name(l["name"]) for l in network["localities"])
        if sorted(p[1] for p in data["localities"]) != want:
            fail("%s: the page's data does not hold every name exactly" % name)
        shown = sorted(r[1] for r in html_rows(root.find("div", id="ranking-degree").find("table")))
        if len(shown) != min(100, len(want)) or any(s not in want for s in shown):
            fail("%s: the degree table does not show the names exactly" % name)
        check_diagram(root, data, network, expect_diagram, name)
        check_provenance(root, network, name)
        if not FAILURES:
            print("ok: %s: %d hostile names shown exactly, nothing injected" % (name, len(want)))


def check_edges(locnet, work):
    bad = os.path.join(work, "bad.json")
    with open(bad, "w") as f:
        f.write('{"format": "locnet/1", "localities": [{"id": "a"}]}')
    out = os.path.join(work, "bad.html")
    result = run(locnet, "-o", out, bad)
    if result.returncode != 65 or os.path.exists(out):
        fail("bad input: exit %d (65 expected) and a file %s" % (result.returncode,
                                                                  "left" if os.path.exists(out) else "not left"))
    result = run(locnet, "-o", "/nonexistent-folder/report.html", DATASET)
    message = "locnet report: /nonexistent-folder/report.html: cannot create: No such file or directory\n"
    if result.returncode != 73 or result.stderr.decode() != message:
        fail("unwritable output: exit %d (73 expected), %r" % (result.returncode, result.stderr[:200]))
    empty = os.path.join(work, "empty.json")
    with open(empty, "w") as f:
        f.write('{"format": "locnet/1", "localities": [], "partnerships": []}')
    path, text = write_page(locnet, work, "empty", [], empty)
    if text is not None:
        check_tidy(path, "empty network")
    if not FAILURES:
        print("ok: bad input writes nothing, an unwritable output is refused; an empty network "
              "gives a valid page")


def main():
    if len(sys.argv) not in (2, 3) or (len(sys.argv) == 3 and sys.argv[2] != "--no-diagram"):
        sys.exit(__doc__)
    if shutil.which("tidy") is None:
        sys.exit("FAIL Debian's tidy is needed (apt-get install tidy)")
    locnet, expect_diagram = sys.argv[1], len(sys.argv) == 2
    with tempfile.TemporaryDirectory() as work:
        check_bundled(locnet, work, expect_diagram)
        check_weighted(locnet, work)
        check_hostile(locnet, work, expect_diagram)
        check_edges(locnet, work)
    finish("every check passed")


if __name__ == "__main__":
    main()
