#!/usr/bin/env python3
"""Checks that Graphviz reads `locnet dot` output back exactly.

usage: check_exact.py LOCNET_BINARY BUNDLED_DATASET [README_DIAGRAM [README_MAP]]

Builds networks with hostile ids, names, levels, kinds and themes (quotes, backslashes, a
trailing backslash, Graphviz's \\N \\G \\l escapes, < > { } ; -- ->, DOT keywords, line breaks,
control characters, HTML entities, names made only of combining marks, a 1 MB name, a 20,000
backslash name), writes them with `locnet dot` in several styles, and has Graphviz's `dot` lay
each out as JSON and SVG. Then it checks, from what Graphviz drew:
  - every node ID is the locality's id (or, where DOT cannot hold the id, its documented stand-in);
  - every label shows the locality's name, line by line (empty lines from their positions);
  - edge labels show the themes or year, and the legend shows every level and kind;
  - clusters are cluster subgraphs holding the right localities;
  - the SVG is well-formed XML and shows every name; the bundled dataset's rendered SVG
    (through `locnet dot --render svg` when the build has it, else `dot -Tsvg`) holds every
    locality's name;
  - numeric attributes are written in fixed notation;
  - the committed diagram (docs/fr-vn.svg, made by `locnet dot --render svg -o
    docs/fr-vn.svg`) and map (docs/fr-vn-map.svg, `locnet dot --layout geo --render svg -o
    docs/fr-vn-map.svg`) show the same texts as fresh drawings of the bundled dataset, so they
    are regenerated whenever the data or the styling change (positions depend on fonts; texts
    do not).
Exit status 0 when all hold, 1 otherwise, 77 (skipped) when Graphviz's `dot` is missing.
Standard library only.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ElementTree

FAILURES = []


def fail(message):
    FAILURES.append(message)
    print("FAIL: " + message[:500])


def control_picture(c):
    code = ord(c)
    if code == 0x7F:
        return "\u2421"
    if code < 0x20 and c not in "\t\n\r":
        return chr(0x2400 + code)
    if code in (0xFFFE, 0xFFFF):  # noncharacters that XML (Graphviz's SVG) cannot hold
        return "\ufffd"
    return c


def shown_lines(text):
    """The lines locnet promises Graphviz shows for a name: its NFC form (locnet keeps names in
    NFC, which may reorder combining marks), control pictures for control characters, one line
    per line break."""
    text = unicodedata.normalize("NFC", text)
    return re.split(r"\r\n|\r|\n", "".join(control_picture(c) for c in text))


def exact_id(text):
    if any(ord(c) < 0x20 or ord(c) in (0x7F, 0xFFFE, 0xFFFF) for c in text):
        return False
    for match in re.finditer(r'(\\*)("|$)', text):
        if len(match.group(1)) % 2 == 1:
            return False
    return True


HOSTILE_NAMES = [
    'plain', 'two\nlines', 'say "hello"', 'a\\', '\\', '\\\\', 'end with quote\\"', 'x\\"y',
    '\\N', '\\G', '\\l', '\\E \\T \\H \\L \\n \\r', '\\\\N', '<b>bold</b>', '{x|y}', 'a; b',
    'a -- b', 'c -> d', 'node', 'graph', 'strict', 'edge', 'subgraph', 'digraph', 'Node',
    'crlf\r\nline', 'cr\ronly', 'gap\n\nline', 'trailing newline\n', '  spaced  out  ',
    'tab\there', 'bell\x07 and \x01 and del\x7f', 'non\ufffecharacters\uffff', '&amp; &lt; &#38; &nbsp; A & B &foo;',
    '\u0301\u0300\u0323', '\u0303', 'Hà Nội', 'Thành phố Hồ Chí Minh', '東京都', 'القاهرة',
    'emoji 🎉 zwj 👩\u200d👩\u200d👧', "it's", '%', '#', '=', '[label="x"]', '"', '""',
    '\\' * 20001, 'long ' + 'Île-de-France ' * 1500,
    ('Hà Nội ' * 150000).strip(),
]
HOSTILE_IDS = [
    '"', 'a\\', 'a\\\\', '\\', '\\"', 'q"q', 'node', 'graph', 'strict', '--', '->', '{', '}',
    ';', '<b>', 'id\nnewline', 'ctl\x01', '\\N', 'a&amp;b', 'x' * 20000, 'id with spaces',
    'a\\\\~2', 'nonchar\ufffe', 'nonchar\uffff',
]
HOSTILE_LEVELS = ['lev"el', 'lev\\', '<lvl>', 'a&amp;b', '\\N level', 'province']
HOSTILE_KINDS = ['agreement', 'cochair', 'kind "q"', 'back\\', '<k>', '&lt;', 'kind\uffff']
HOSTILE_THEMES = ['theme "q"', 'back\\', '\\G', '<t>', 'two\nlines', '&amp;', 'theme\ufffe']


def hostile_network(with_huge):
    names = [n for n in HOSTILE_NAMES if with_huge or len(n) < 100000]
    localities, partnerships = [], []
    countries = ["FR", "VN", "XX"]
    for i, name in enumerate(names):
        localities.append({"id": "n%d" % i, "name": name, "country": countries[i % 3],
                           "level": HOSTILE_LEVELS[i % len(HOSTILE_LEVELS)]})
    for i, ident in enumerate(HOSTILE_IDS):
        localities.append({"id": ident, "name": "id %d" % i, "country": countries[i % 3],
                           "level": HOSTILE_LEVELS[i % len(HOSTILE_LEVELS)],
                           "parent": localities[i]["id"]})
    # a chain of three levels, for nested clusters (a cycle of parents is invalid input)
    localities[1]["parent"] = localities[0]["id"]
    localities[2]["parent"] = localities[1]["id"]
    ids = [loc["id"] for loc in localities]
    for i in range(len(ids) - 1):
        if i % 7 == 6:
            continue  # leave several components
        p = {"a": ids[i], "b": ids[i + 1], "kind": HOSTILE_KINDS[i % len(HOSTILE_KINDS)],
             "themes": [HOSTILE_THEMES[i % len(HOSTILE_THEMES)]], "sources": ["s"]}
        if i % 2 == 0:
            p["since"] = 1989 + i
        partnerships.append(p)
    partnerships.append(dict(partnerships[0]))  # a repeated partnership
    return {"format": "locnet/1",
            "sources": [{"id": "s", "title": "t", "publisher": "p", "date": "2026"}],
            "localities": localities, "partnerships": partnerships}


def run(command, stdin=None):
    return subprocess.run(command, input=stdin, capture_output=True)


def graphviz_json(dot_text, what):
    result = run(["dot", "-Tjson"], dot_text)
    errors = [line for line in result.stderr.decode("utf-8", "replace").splitlines()
              if line.startswith("Error")]
    if result.returncode != 0 or errors:
        fail("%s: dot -Tjson failed (%d): %s" % (what, result.returncode,
                                                 result.stderr.decode("utf-8", "replace")[:300]))
        return None
    try:
        return json.loads(result.stdout)
    except ValueError as error:  # e.g. a raw control character Graphviz copied from a label
        fail("%s: Graphviz's JSON does not parse: %s" % (what, error))
        return None


def text_ops(obj, key="_ldraw_"):
    return [(op["pt"][1], op["text"]) for op in obj.get(key, []) if op["op"] == "T"]


def node_lines(obj, step, offset):
    """The label's lines, empty ones included, from the drawn texts' vertical positions: line
    gaps in units of step, and leading/trailing empty lines from the block's centre (names with
    as many leading as trailing empty lines cannot be told apart from none; none is used)."""
    ops = text_ops(obj)
    if not ops:
        return [""]
    centre = float(obj["pos"].split(",")[1])
    lines = [ops[0][1]]
    for (y0, _), (y1, text) in zip(ops, ops[1:]):
        lines.extend([""] * (round((y0 - y1) / step) - 1))
        lines.append(text)
    imbalance = round(((ops[0][0] + ops[-1][0]) / 2 - centre - offset) * 2 / step)
    return [""] * max(0, -imbalance) + lines + [""] * max(0, imbalance)


def calibrate(objects, single, double):
    """The line step and the baseline offset of one-line labels, from two known nodes."""
    one = text_ops(objects[single])
    two = text_ops(objects[double])
    step = two[0][0] - two[1][0]
    offset = one[0][0] - float(objects[single]["pos"].split(",")[1])
    return step, offset


def check_numbers(dot_text, what):
    numeric = {"fontsize", "penwidth", "ranksep", "nodesep", "pad", "height", "width", "margin"}
    for name, value in re.findall(r'\b([a-z]+)="([^"]*)"', dot_text):
        if name in numeric and not re.fullmatch(r"[0-9]+(\.[0-9]+)?(,[0-9]+(\.[0-9]+)?)?", value):
            fail("%s: %s=%r is not a plain decimal number" % (what, name, value))


def expected_ids(network):
    """Node IDs as the writer documents them: exact ids kept, others with control pictures and
    one more backslash for an odd run before a quote or the end, then ~2, ~3 until unique."""
    ids = [loc["id"] for loc in network["localities"]]
    used, result = set(), [None] * len(ids)
    for i, ident in enumerate(ids):
        if exact_id(ident):
            used.add(ident)
            result[i] = ident
    for i, ident in enumerate(ids):
        if result[i] is not None:
            continue
        base = "".join(control_picture(c) if c not in "\t\n\r" else chr(0x2400 + ord(c))
                       for c in ident)
        base = re.sub(r'(?<!\\)((?:\\\\)*\\)(?="|$)', r"\1\\", base)
        name, suffix = base, 2
        while name in used:
            name, suffix = "%s~%d" % (base, suffix), suffix + 1
        used.add(name)
        result[i] = name
    return result


def is_legend(node, ids):
    """The writer's own nodes (legend, map panels) have IDs that start with "locnet:" and are
    no locality's."""
    return node["name"].startswith("locnet:") and node["name"] not in ids


def check_graph(locnet, path, network, options, what):
    result = run([locnet, "dot", "--size-by", "none", "--keep-isolated", *options, path])
    if result.returncode != 0:
        fail("%s: locnet dot exited %d: %s" % (what, result.returncode, result.stderr[:300]))
        return None
    dot_text = result.stdout
    check_numbers(dot_text.decode("utf-8"), what)
    graph = graphviz_json(dot_text, what)
    if graph is None:
        return None
    objects = graph.get("objects", [])
    subgraphs = graph.get("_subgraph_cnt", 0)
    localities = network["localities"]
    ids = expected_ids(network)
    nodes = [node for node in objects[subgraphs:] if not is_legend(node, set(ids))]
    if len(nodes) != len(localities):
        fail("%s: %d nodes for %d localities" % (what, len(nodes), len(localities)))
        return None
    by_name = {node["name"]: node for node in nodes}
    if len(by_name) != len(nodes):
        fail("%s: node IDs are not unique" % what)
    names = {loc["id"]: loc["name"] for loc in localities}
    single = by_name[ids[[loc["name"] for loc in localities].index("plain")]]
    double = by_name[ids[[loc["name"] for loc in localities].index("two\nlines")]]
    step, offset = calibrate({0: single, 1: double}, 0, 1)
    for loc, ident in zip(localities, ids):
        node = by_name.get(ident)
        if node is None:
            fail("%s: no node with ID %r (locality %r)" % (what, ident[:80], loc["id"][:80]))
            continue
        if exact_id(loc["id"]) and node["name"] != loc["id"]:
            fail("%s: id %r read back as %r" % (what, loc["id"][:80], node["name"][:80]))
        got = node_lines(node, step, offset)
        want = shown_lines(names[loc["id"]])
        if got != want:
            fail("%s: name %r shown as %r" % (what, want[:3] if len(repr(want)) < 300 else
                                              repr(want)[:200], repr(got)[:200]))
    return graph, dot_text, ids, by_name


def check_legend(graph, network, what):
    """Every level and kind, with its count, is drawn by the legend's nodes (or, for engines
    that pin nothing, the graph's label)."""
    ids = set(expected_ids(network))
    drawn = [text for _, text in text_ops(graph)]
    for node in graph.get("objects", [])[graph.get("_subgraph_cnt", 0):]:
        if is_legend(node, ids):
            drawn.extend(text for _, text in text_ops(node))
    levels, kinds = {}, {}
    for loc in network["localities"]:
        levels[loc["level"]] = levels.get(loc["level"], 0) + 1
    for p in network["partnerships"]:
        kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
    for value, count in list(levels.items()) + list(kinds.items()):
        if "%s (%d)" % (value, count) not in drawn:
            fail("%s: legend does not show %r" % (what, "%s (%d)" % (value, count)))


def check_edge_labels(graph, network, ids, mode, what):
    objects = graph["objects"][graph.get("_subgraph_cnt", 0):]
    nodes_by_gvid = {o["_gvid"]: o["name"] for o in objects}
    expected = {}
    for p in network["partnerships"]:
        key = tuple(sorted((p["a"], p["b"])))
        if mode == "themes":
            label = ", ".join(p.get("themes", []))
        else:
            label = str(p["since"]) if "since" in p else ""
        expected.setdefault(key, []).append(label)
    id_of = dict(zip(ids, [loc["id"] for loc in network["localities"]]))
    got = {}
    for edge in graph.get("edges", []):
        if edge.get("style") == "invis":
            continue
        a = id_of[nodes_by_gvid[edge["tail"]]]
        b = id_of[nodes_by_gvid[edge["head"]]]
        lines = [text for _, text in text_ops(edge)]
        got.setdefault(tuple(sorted((a, b))), []).append("\n".join(lines))
    for key, labels in expected.items():
        if sorted(labels) != sorted(got.get(key, [])):
            fail("%s: edge %r labels %r, expected %r" % (what, key, got.get(key), labels))


def cluster_members(graph):
    """Per cluster subgraph name, the names of the nodes it holds (nested ones included)."""
    objects = graph["objects"]
    result = {}
    for obj in objects[:graph.get("_subgraph_cnt", 0)]:
        if obj["name"].startswith("cluster"):
            result[obj["name"]] = {objects[i]["name"] for i in obj.get("nodes", [])}
    return result


def check_clusters(graph, network, ids, mode, what):
    clusters = cluster_members(graph)
    if not clusters:
        fail("%s: no cluster subgraph" % what)
        return
    localities = network["localities"]
    if mode == "country":
        for country in {loc["country"] for loc in localities}:
            want = {ident for loc, ident in zip(localities, ids) if loc["country"] == country}
            if clusters.get("cluster_" + country) != want:
                fail("%s: cluster_%s holds the wrong localities" % (what, country))
    elif mode == "component":
        if sorted(len(v) for v in clusters.values()) != sorted(components(network, 2)):
            fail("%s: component clusters have sizes %r, expected %r" % (
                what, sorted(len(v) for v in clusters.values()), sorted(components(network, 2))))
    elif mode == "parent":
        # every locality with children in the network heads a cluster holding its descendants
        index = {loc["id"]: i for i, loc in enumerate(localities)}
        for i, loc in enumerate(localities):
            children = [j for j, other in enumerate(localities)
                        if other.get("parent") == loc["id"] and j != i]
            name = "cluster_" + ids[i]
            if children and name not in clusters:
                # in a parent cycle one link is cut: the child may have become the root
                if not any(localities[j]["id"] in cycle_ids(localities) for j in children):
                    fail("%s: %s missing" % (what, name[:60]))
            if name in clusters and ids[i] not in clusters[name]:
                fail("%s: %s does not hold its own locality" % (what, name[:60]))
            for j in children:
                if name in clusters and ids[j] not in clusters[name] and \
                        loc["id"] not in cycle_ids(localities):
                    fail("%s: %s does not hold child %r" % (what, name[:60], ids[j][:60]))
        del index


def cycle_ids(localities):
    parent = {loc["id"]: loc.get("parent") for loc in localities}
    on_cycle = set()
    for start in parent:
        seen, at = [], start
        while at is not None and at not in seen:
            seen.append(at)
            at = parent.get(at)
        if at is not None:
            on_cycle.update(seen[seen.index(at):])
    return on_cycle


def components(network, minimum):
    ids = [loc["id"] for loc in network["localities"]]
    root = {i: i for i in ids}

    def find(x):
        while root[x] != x:
            root[x] = root[root[x]]
            x = root[x]
        return x
    for p in network["partnerships"]:
        root[find(p["a"])] = find(p["b"])
    sizes = {}
    for i in ids:
        sizes[find(i)] = sizes.get(find(i), 0) + 1
    return [s for s in sizes.values() if s >= minimum]


def svg_node_texts(svg_bytes, what):
    try:
        root = ElementTree.fromstring(svg_bytes)
    except ElementTree.ParseError as error:
        fail("%s: the SVG is not well-formed XML: %s" % (what, error))
        return None
    ns = "{http://www.w3.org/2000/svg}"
    nodes = []
    for group in root.iter(ns + "g"):
        if group.get("class") == "node":
            nodes.append([t.text or "" for t in group.iter(ns + "text")])
    return nodes, [t.text or "" for t in root.iter(ns + "text")]


def locnet_renders(locnet):
    return b"with Graphviz" in run([locnet, "--version"]).stdout


def check_svg(locnet, path, network, what):
    # nodes are drawn in the order they are declared: locality order without clusters
    dot_text = run([locnet, "dot", "--size-by", "none", "--no-columns", "--keep-isolated",
                    path]).stdout
    result = run(["dot", "-Tsvg"], dot_text)
    if result.returncode != 0:
        fail("%s: dot -Tsvg failed" % what)
        return
    parsed = svg_node_texts(result.stdout, what)
    if parsed is None:
        return
    nodes, _ = parsed
    for loc, texts in zip(network["localities"], nodes):
        # Graphviz's SVG writes a run of spaces as no-break spaces, so that viewers show them
        texts = [text.replace("\xa0", " ") for text in texts]
        want = [line.replace("\xa0", " ") for line in shown_lines(loc["name"]) if line != ""]
        if texts != want:
            fail("%s: SVG shows %r for %r" % (what, repr(texts)[:200], repr(want)[:200]))


def check_bundled(locnet, dataset):
    """The bundled diagram shows every locality with a partnership (the others are left out by
    default)."""
    with open(dataset, encoding="utf-8") as f:
        data = json.load(f)
    linked = {end for p in data["partnerships"] for end in (p["a"], p["b"])}
    names = [loc["name"] for loc in data["localities"] if loc["id"] in linked]
    left_out = [loc["name"] for loc in data["localities"] if loc["id"] not in linked]
    drawings = []
    if locnet_renders(locnet):
        with tempfile.TemporaryDirectory() as folder:
            target = os.path.join(folder, "fr-vn.svg")
            result = run([locnet, "dot", "--render", "svg", "-o", target, dataset])
            if result.returncode != 0:
                fail("bundled: locnet dot --render svg exited %d: %s" % (
                    result.returncode, result.stderr[:300]))
                return
            if sorted(os.listdir(folder)) != ["fr-vn.svg"]:
                fail("bundled: --render left %r behind" % os.listdir(folder))
            with open(target, "rb") as f:
                drawings.append(("locnet dot --render svg", f.read()))
            # a Graphviz that cannot lay out (no plugins found) fails cleanly, leaving no file
            failed = subprocess.run([locnet, "dot", "--render", "png", "-o",
                                     os.path.join(folder, "failed.png"), dataset],
                                    capture_output=True,
                                    env=dict(os.environ, GVBINDIR=os.path.join(folder, "none")))
            if failed.returncode != 70 or b"graphviz could not draw" not in failed.stderr or \
                    sorted(os.listdir(folder)) != ["fr-vn.svg"]:
                fail("bundled: a failing Graphviz gave exit %d, %r, files %r" % (
                    failed.returncode, failed.stderr[:200], os.listdir(folder)))
            # a full disk is a write failure (74), not Graphviz ending the process
            if os.path.exists("/dev/full"):
                full = run([locnet, "dot", "--render", "png", "-o", "/dev/full", dataset])
                if full.returncode != 74 or b"write failure" not in full.stderr:
                    fail("bundled: --render png -o /dev/full gave exit %d, %r" % (
                        full.returncode, full.stderr[:200]))
    else:
        print("note: this locnet is built without Graphviz's library; checking dot -Tsvg only")
        refused = run([locnet, "dot", "--render", "svg", dataset])
        if refused.returncode != 64 or b"| dot -Tsvg" not in refused.stderr:
            fail("bundled: --render without libgvc gave exit %d, %r" % (
                refused.returncode, refused.stderr[:300]))
    dot_text = run([locnet, "dot", dataset]).stdout
    drawings.append(("locnet dot | dot -Tsvg", run(["dot", "-Tsvg"], dot_text).stdout))
    for what, svg in drawings:
        parsed = svg_node_texts(svg, "bundled (%s)" % what)
        if parsed is None:
            continue
        _, texts = parsed
        missing = [name for name in names if name not in texts]
        shown = [name for name in left_out if name in texts and name not in names]
        if missing or shown:
            fail("bundled (%s): the SVG lacks %r; it shows isolated %r" % (what, missing, shown))
        else:
            print("ok: %s shows all %d linked locality names" % (what, len(names)))


def check_readme_diagram(locnet, dataset, diagram, options=()):
    with open(diagram, "rb") as f:
        committed = svg_node_texts(f.read(), diagram)
    fresh = svg_node_texts(run(["dot", "-Tsvg"], run([locnet, "dot", *options, dataset]).stdout).stdout,
                           "fresh drawing")
    if committed is None or fresh is None:
        return
    if sorted(committed[1]) != sorted(fresh[1]):
        fail("%s is out of date: regenerate it with `locnet dot %s--render svg -o %s`; texts "
             "only in it: %r; only in a fresh drawing: %r" % (
                 diagram, "".join(o + " " for o in options), diagram,
                 sorted(set(committed[1]) - set(fresh[1])),
                 sorted(set(fresh[1]) - set(committed[1]))))
    else:
        print("ok: %s matches a fresh drawing of %s" % (diagram, dataset))


def main():
    if len(sys.argv) not in (3, 4, 5):
        sys.exit(__doc__)
    locnet, dataset = sys.argv[1], sys.argv[2]
    if shutil.which("dot") is None:
        print("skipped: Graphviz's dot is not installed (CI installs the graphviz package)")
        sys.exit(77)
    with tempfile.TemporaryDirectory() as folder:
        huge = os.path.join(folder, "hostile_huge.json")
        small = os.path.join(folder, "hostile.json")
        huge_network, small_network = hostile_network(True), hostile_network(False)
        for path, network in ((huge, huge_network), (small, small_network)):
            with open(path, "w", encoding="utf-8") as f:
                json.dump(network, f, ensure_ascii=False)

        checked = check_graph(locnet, huge, huge_network, ["--no-columns"], "names")
        if checked:
            check_legend(checked[0], huge_network, "names")
        check_svg(locnet, huge, huge_network, "svg names")
        for mode in ("country", "parent", "component"):
            checked = check_graph(locnet, small, small_network, ["--cluster", mode],
                                  "cluster " + mode)
            if checked:
                check_clusters(checked[0], small_network, checked[2], mode, "cluster " + mode)
        for mode in ("themes", "since"):
            checked = check_graph(locnet, small, small_network, ["--edge-label", mode],
                                  "edge label " + mode)
            if checked:
                check_edge_labels(checked[0], small_network, checked[2], mode,
                                  "edge label " + mode)
        for layout in ("neato", "circo"):
            check_graph(locnet, small, small_network, ["--layout", layout], "layout " + layout)
    check_bundled(locnet, dataset)
    if len(sys.argv) >= 4:
        check_readme_diagram(locnet, dataset, sys.argv[3])
    if len(sys.argv) == 5:
        check_readme_diagram(locnet, dataset, sys.argv[4], ("--layout", "geo"))
    if FAILURES:
        print("%d check(s) failed" % len(FAILURES))
        sys.exit(1)
    print("ok: Graphviz read every locnet dot output back exactly")


if __name__ == "__main__":
    main()
