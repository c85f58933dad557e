#!/usr/bin/python3
"""Generate locnet's independent reference data with NetworkX 2.8.8.

Run from the repository root with Debian's interpreter (it carries NetworkX 2.8.8):

    /usr/bin/python3 tests/reference/generate.py

It writes, next to this file:
  classic/NAME_extra_networkx-2.8.8.csv   coreness and reachable count for the classic graphs
  generated/NAME.json                     a locnet/1 network
  generated/NAME.expected.json            NetworkX 2.8.8's answers for that network

Only the standard library and networkx are imported here.  Everything is deterministic:
each network draws from its own random.Random(seed), never from the global generator.
See README.md for the meaning of every field.
"""

import csv
import importlib.util
import json
import os
import random
import sys

import networkx as nx

NX_VERSION = "2.8.8"
HERE = os.path.dirname(os.path.abspath(__file__))
CLASSIC_DIR = os.path.join(HERE, "classic")
GEN_DIR = os.path.join(HERE, "generated")

EIG_MAX_ITER = 10000
EIG_TOL = 1e-12
PR_TOL = 1e-12
PR_MAX_ITER = 10000   # NetworkX's default 100 is too few for tol=1e-12 on small graphs

VN_LEVELS = ["province", "district", "commune"]
FR_LEVELS = ["region", "department", "epci", "commune"]


# --------------------------------------------------------------------------------------------
# helpers


def write_text(path, text):
    """Write text atomically-ish (temporary file, then rename), always with \n newlines."""
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, path)


def lid(i):
    """Locality id for 1-based index i: L001, L002, ..."""
    return "L%03d" % i


def country_of(i):
    """Countries alternate VN, FR, VN, ... by 1-based index."""
    return "VN" if i % 2 == 1 else "FR"


def make_localities(n, rng, names=None):
    locs = []
    for i in range(1, n + 1):
        c = country_of(i)
        level = rng.choice(VN_LEVELS if c == "VN" else FR_LEVELS)
        name = names[i - 1] if names else "Locality %d" % i
        locs.append({"id": lid(i), "name": name, "country": c, "level": level})
    return locs


def make_partnerships(pairs, rng, shuffle=True):
    """pairs: list of (id_a, id_b), repeated pairs allowed.  Adds kind and since, shuffles
    the order and randomly swaps a/b so no test can rely on the file's order."""
    out = []
    for a, b in pairs:
        assert a != b
        kind = "agreement" if rng.random() < 0.75 else "cochair"
        since = rng.randint(1989, 2024)
        if rng.random() < 0.5:
            a, b = b, a
        out.append({"a": a, "b": b, "kind": kind, "since": since})
    if shuffle:
        rng.shuffle(out)
    return out


def dump_network(path, localities, partnerships):
    """locnet/1 JSON, one locality / partnership per line (readable diffs)."""
    lines = ['{"format": "locnet/1",', ' "localities": [']
    lines.append(",\n".join("  " + json.dumps(l, ensure_ascii=False) for l in localities))
    lines.append(" ],")
    lines.append(' "partnerships": [')
    lines.append(",\n".join("  " + json.dumps(p, ensure_ascii=False) for p in partnerships))
    lines.append(" ]")
    lines.append("}")
    write_text(path, "\n".join(lines) + "\n")


def validate_network(localities, partnerships):
    ids = [l["id"] for l in localities]
    assert len(ids) == len(set(ids)), "ids not unique"
    idset = set(ids)
    for i, l in enumerate(localities, 1):
        assert l["country"] == country_of(i)
    for p in partnerships:
        assert p["a"] in idset and p["b"] in idset, p
        assert p["a"] != p["b"], p
        assert p["kind"] in ("agreement", "cochair"), p
        assert isinstance(p["since"], int) and 1989 <= p["since"] <= 2024, p


# --------------------------------------------------------------------------------------------
# NetworkX answers


def rayleigh(H, x):
    num = sum(2.0 * x[u] * x[v] for u, v in H.edges())
    den = sum(v * v for v in x.values())
    return num / den


def eigenvector_answer(G):
    """Return (values or None, note).  The eigenvector is well defined only when the largest
    adjacency eigenvalue is simple; on a disconnected graph that means exactly one component
    attains the largest spectral radius.  That is checked component by component first."""
    radii = []
    for comp in nx.connected_components(G):
        if len(comp) < 2:
            radii.append((0.0, min(comp)))
            continue
        # Build the component in G's own order: G.subgraph() iterates a set, whose order
        # changes with PYTHONHASHSEED and would perturb the last bits of the result.
        H = nx.Graph()
        H.add_nodes_from(v for v in G if v in comp)
        H.add_edges_from((u, v) for u, v in G.edges() if u in comp)
        x = nx.eigenvector_centrality(H, max_iter=EIG_MAX_ITER, tol=EIG_TOL)
        radii.append((rayleigh(H, x), min(comp)))
    radii.sort(key=lambda t: (-round(t[0], 9), t[1]))
    lam1 = radii[0][0]
    if lam1 == 0.0:
        return None, "omitted: the network has no partnership, every eigenvector is ill-defined"
    if len(radii) > 1 and abs(lam1 - radii[1][0]) <= 1e-9 * lam1:
        return None, (
            "omitted: ill-defined, the largest adjacency eigenvalue %.12g is attained by more "
            "than one component (those holding %s and %s), so the leading eigenspace has "
            "dimension > 1 and any answer (power iteration or ARPACK) is arbitrary"
            % (lam1, radii[0][1], radii[1][1]))
    try:
        ev = nx.eigenvector_centrality(G, max_iter=EIG_MAX_ITER, tol=EIG_TOL)
        note = ("nx.eigenvector_centrality(G, max_iter=%d, tol=%g) converged; largest "
                "eigenvalue %.12g in the component holding %s"
                % (EIG_MAX_ITER, EIG_TOL, lam1, radii[0][1]))
        if len(radii) > 1:
            note += ("; next component's largest eigenvalue %.12g (holding %s)"
                     % (radii[1][0], radii[1][1]))
    except nx.PowerIterationFailedConvergence:
        if importlib.util.find_spec("numpy") is None:
            return None, "omitted: power iteration did not converge and numpy is absent"
        ev = nx.eigenvector_centrality_numpy(G)
        note = ("nx.eigenvector_centrality did not converge in %d iterations; values from "
                "nx.eigenvector_centrality_numpy(G)" % EIG_MAX_ITER)
    if len(radii) > 1:
        dominant = nx.node_connected_component(G, radii[0][1])
        outside = max((ev[v] for v in G if v not in dominant), default=0.0)
        note += ("; the graph is disconnected: mathematically every locality outside that "
                 "component has eigenvector 0, power iteration leaves at most %.3g there"
                 % outside)
    return ev, note


def reachable_counts(G):
    return {v: len(nx.node_connected_component(G, v)) - 1 for v in G}


def graphs(localities, partnerships):
    """M: every locality (isolated ones too) and every partnership; G = nx.Graph(M), the simple
    graph, where repeated partnerships count once."""
    M = nx.MultiGraph()
    M.add_nodes_from(l["id"] for l in localities)
    M.add_edges_from((p["a"], p["b"]) for p in partnerships)
    G = nx.Graph(M)
    assert G.number_of_nodes() == len(localities)
    return M, G


def structure_answer(M, G):
    """Components (by size, then first id), articulation points, the bridges of G whose pair
    has a single partnership in M, and biconnected components; plus how many bridges G has."""
    comps = [sorted(c) for c in nx.connected_components(G)]
    comps.sort(key=lambda c: (-len(c), c[0]))
    arts = sorted(nx.articulation_points(G))
    bridges = []
    g_bridges = 0
    for u, v in nx.bridges(G):
        g_bridges += 1
        if M.number_of_edges(u, v) == 1:
            bridges.append(sorted((u, v)))
    bridges.sort()
    bicomps = sorted(sorted(c) for c in nx.biconnected_components(G))
    return comps, arts, bridges, g_bridges, bicomps


def expected_for(localities, partnerships, extra_pagerank_alphas=()):
    M, G = graphs(localities, partnerships)
    comps, arts, bridges, g_bridges, bicomps = structure_answer(M, G)

    deg = dict(G.degree())
    strength = dict(M.degree())
    btw = nx.betweenness_centrality(G)
    btw_raw = nx.betweenness_centrality(G, normalized=False)
    clo = nx.closeness_centrality(G)
    clo_reach = nx.closeness_centrality(G, wf_improved=False)
    reach = reachable_counts(G)
    harm = nx.harmonic_centrality(G)
    ev, ev_note = eigenvector_answer(G)
    pr = nx.pagerank(G, alpha=0.85, tol=PR_TOL, max_iter=PR_MAX_ITER)
    extra_pr = {a: nx.pagerank(G, alpha=a, tol=PR_TOL, max_iter=PR_MAX_ITER) for a in extra_pagerank_alphas}
    core = nx.core_number(G)

    cent = {}
    for l in localities:
        v = l["id"]
        d = {
            "degree": deg[v],
            "strength": strength[v],
            "betweenness": float(btw[v]),
            "betweenness_raw": float(btw_raw[v]),
            "closeness": float(clo[v]),
            "closeness_reachable": float(clo_reach[v]),
            "reachable": reach[v],
            "harmonic": float(harm[v]),      # NetworkX gives int 0 for an isolated node
        }
        if ev is not None:
            d["eigenvector"] = float(ev[v])
        d["pagerank"] = float(pr[v])
        for a, vals in extra_pr.items():
            d["pagerank_d%g" % a] = float(vals[v])
        d["coreness"] = core[v]
        cent[v] = d

    meta = {
        "networkx": nx.__version__,
        "localities": len(localities),
        "partnerships": len(partnerships),
        "distinct_pairs": G.number_of_edges(),
        "components": len(comps),
        "isolated": sum(1 for c in comps if len(c) == 1),
        "bridges_in_simple_graph": g_bridges,
        "bridges_excluded_as_repeated": g_bridges - len(bridges),
        "eigenvector": ev_note,
    }
    return {
        "meta": meta,
        "components": comps,
        "articulation_points": arts,
        "bridges": bridges,
        "biconnected_components": bicomps,
        "centrality": cent,
    }


STRUCTURE_KEYS = ("components", "articulation_points", "bridges", "biconnected_components")


def format_expected(exp, list_keys=STRUCTURE_KEYS, mapping_key="centrality"):
    """JSON with one component / bridge / locality per line: the lists of list_keys, then the
    mapping of mapping_key one entry per line.  Floats are written by json, i.e. with repr()
    precision (shortest string that reads back to the same double)."""
    def dumps(x):
        return json.dumps(x, ensure_ascii=False, allow_nan=False)
    out = ["{", ' "meta": ' + json.dumps(exp["meta"], indent=2, ensure_ascii=False)
           .replace("\n", "\n ") + ","]
    for key in list_keys:
        items = exp[key]
        if key == "articulation_points" or not items:
            out.append(' "%s": %s,' % (key, dumps(items)))
        else:
            out.append(' "%s": [' % key)
            out.append(",\n".join("  " + dumps(it) for it in items))
            out.append(" ],")
    out.append(' "%s": {' % mapping_key)
    out.append(",\n".join("  %s: %s" % (dumps(v), dumps(d))
                          for v, d in exp[mapping_key].items()))
    out.append(" }")
    out.append("}")
    text = "\n".join(out) + "\n"
    assert json.loads(text) == exp
    return text


# --------------------------------------------------------------------------------------------
# the networks


def net_disconnected():
    """About 40 localities: components of 22, 12 and 4 localities and 2 isolated ones.
    Structure is written with indices 0..39; a seeded permutation maps them to ids so that
    components do not occupy contiguous id ranges."""
    rng = random.Random(20240601)
    n = 40
    E = []
    # component A: indices 0..21
    E += [(0, 1), (1, 2), (2, 3), (3, 4), (4, 0), (1, 3)]        # 5-cycle with a chord
    E += [(4, 5), (5, 6), (6, 4)]                                # triangle hanging on 4
    E += [(6, 7), (7, 8), (7, 9), (8, 10)]                       # tree: bridges, cut points
    E += [(2, 11), (11, 12), (12, 13), (13, 11)]                 # bridge 2-11 + triangle
    E += [(13, 14), (13, 14)]                                    # leaf 14 linked ONLY by a doubled partnership
    E += [(0, 15), (0, 15), (0, 15)]                             # tripled link into a triangle
    E += [(15, 16), (16, 17), (17, 15)]
    E += [(3, 18), (18, 19), (19, 20), (19, 20), (20, 21)]       # path with one doubled link
    E += [(2, 3), (5, 6)]                                        # repeated links inside cycles
    # component B: indices 22..33
    E += [(22, 23), (23, 24), (24, 25), (25, 26), (26, 27), (27, 22)]   # 6-cycle
    E += [(24, 27), (24, 27)]                                    # doubled chord
    E += [(22, 28), (28, 29), (28, 29), (28, 30), (30, 31), (30, 32), (32, 33)]
    # component C: indices 34..37
    E += [(34, 35), (35, 36), (35, 36), (35, 36), (36, 37), (37, 35)]
    # 38 and 39 stay isolated
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    idx = {k: lid(perm[k]) for k in range(n)}
    locs = make_localities(n, rng)
    parts = make_partnerships([(idx[a], idx[b]) for a, b in E], rng)
    return locs, parts


TIES_NAMES = [
    "Yen Bai", "Vienne", "Tay Ninh", "Saint-Denis", "Quang Ninh", "Poitiers",
    "Nam Dinh", "Lyon", "Hai Phong", "Brest", "Bac Giang",
]


def net_ties():
    """Two isomorphic 5-locality components (a triangle with a 2-step tail) and one isolated
    locality.  Ids interleave between the components; names run in reverse alphabetical
    order of ids, so 'smallest id' and 'smallest name' tie-breaks disagree."""
    rng = random.Random(20240602)
    n = 11
    # kite: triangle a-b-c, tail c-d-e
    kite = [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("d", "e")]
    one = {"a": 5, "b": 9, "c": 1, "d": 4, "e": 8}
    two = {"a": 10, "b": 2, "c": 7, "d": 3, "e": 6}
    pairs = [(lid(one[x]), lid(one[y])) for x, y in kite]
    pairs += [(lid(two[x]), lid(two[y])) for x, y in kite]
    pairs.append((lid(two["a"]), lid(two["b"])))   # one repeated partnership: strength differs
    # L011 stays isolated
    locs = make_localities(n, rng, TIES_NAMES)
    parts = make_partnerships(pairs, rng)
    return locs, parts


def net_random_multi():
    """300 localities: 290 grown by preferential attachment (each newcomer links to 1, 2 or 3
    distinct earlier localities chosen with probability proportional to degree), then about
    10% of partnerships repeat an existing pair, and 10 localities stay isolated."""
    rng = random.Random(20240603)
    n, n_isolated = 300, 10
    n_pa = n - n_isolated
    perm = list(range(1, n + 1))
    rng.shuffle(perm)                      # structural index k -> id number perm[k]
    pairs = [(0, 1), (1, 2), (2, 0)]        # seed triangle
    urn = [0, 1, 1, 2, 2, 0]               # each node once per incident edge
    for k in range(3, n_pa):
        r = rng.random()
        m = 1 if r < 0.30 else (2 if r < 0.85 else 3)
        targets = set()
        while len(targets) < m:
            targets.add(rng.choice(urn))
        for t in sorted(targets):
            pairs.append((k, t))
            urn += [k, t]
    distinct = list(pairs)
    n_rep = round(len(distinct) / 9)       # repeats are ~10% of all partnerships
    for _ in range(n_rep):
        pairs.append(rng.choice(distinct))
    locs = make_localities(n, rng)
    parts = make_partnerships([(lid(perm[a]), lid(perm[b])) for a, b in pairs], rng)
    return locs, parts


def net_star_and_path():
    """L001 is the centre of a star with leaves L002..L005 and is also joined to the path
    L006-L007-L008-L009.  L001-L002 is a doubled partnership.  Not shuffled: easy to read."""
    rng = random.Random(20240604)
    pairs = [("L001", "L002"), ("L001", "L002"), ("L001", "L003"), ("L001", "L004"),
             ("L001", "L005"), ("L001", "L006"), ("L006", "L007"), ("L007", "L008"),
             ("L008", "L009")]
    locs = make_localities(9, rng)
    parts = make_partnerships(pairs, rng, shuffle=False)
    return locs, parts


NETWORKS = [
    ("disconnected", net_disconnected, (0.5,)),
    ("ties", net_ties, ()),
    ("random_multi", net_random_multi, ()),
    ("star_and_path", net_star_and_path, ()),
]


# --------------------------------------------------------------------------------------------
# classic graphs


def read_edges(path):
    with open(path, newline="", encoding="utf-8") as f:
        return [(r["source"], r["target"]) for r in csv.DictReader(f)]


def read_centrality(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def classic_extra(name):
    edges = read_edges(os.path.join(CLASSIC_DIR, "%s_edges.csv" % name))
    shipped = read_centrality(
        os.path.join(CLASSIC_DIR, "%s_centrality_networkx-%s.csv" % (name, NX_VERSION)))
    G = nx.Graph()
    G.add_nodes_from(r["node"] for r in shipped)
    G.add_edges_from(edges)                        # weights ignored
    assert G.number_of_nodes() == len(shipped), name

    # Cross-check: the shipped values must be what NetworkX gives on this unweighted graph.
    ours = {
        "degree": dict(G.degree()),
        "degree_centrality": nx.degree_centrality(G),
        "betweenness_raw": nx.betweenness_centrality(G, normalized=False),
        "betweenness_norm": nx.betweenness_centrality(G),
        "closeness": nx.closeness_centrality(G),
        "harmonic": nx.harmonic_centrality(G),
        "eigenvector_unweighted": nx.eigenvector_centrality(G, max_iter=EIG_MAX_ITER, tol=EIG_TOL),
        "pagerank_0.85_unweighted": nx.pagerank(G, alpha=0.85, tol=PR_TOL, max_iter=PR_MAX_ITER),
    }
    worst = 0.0
    for r in shipped:
        for col, vals in ours.items():
            diff = abs(float(r[col]) - vals[r["node"]])
            worst = max(worst, diff)
            assert diff < 1e-6, (name, r["node"], col, r[col], vals[r["node"]])

    core = nx.core_number(G)
    reach = reachable_counts(G)
    out = os.path.join(CLASSIC_DIR, "%s_extra_networkx-%s.csv" % (name, NX_VERSION))
    rows = ["node,coreness,closeness_raw_reachable"]
    rows += ["%s,%d,%d" % (r["node"], core[r["node"]], reach[r["node"]]) for r in shipped]
    write_text(out, "\n".join(rows) + "\n")
    return G.number_of_nodes(), G.number_of_edges(), worst


# --------------------------------------------------------------------------------------------


def main():
    if nx.__version__ != NX_VERSION:
        sys.exit("generate.py: needs networkx %s, this interpreter (%s) has %s; "
                 "run it with /usr/bin/python3" % (NX_VERSION, sys.executable, nx.__version__))
    os.makedirs(GEN_DIR, exist_ok=True)

    for name in ("karate", "florentine", "lesmis"):
        n, m, worst = classic_extra(name)
        print("classic/%s: %d nodes, %d edges; shipped CSV agrees within %.1e"
              % (name, n, m, worst))

    for name, build, alphas in NETWORKS:
        locs, parts = build()
        validate_network(locs, parts)
        dump_network(os.path.join(GEN_DIR, name + ".json"), locs, parts)
        exp = expected_for(locs, parts, alphas)
        exp["meta"]["network"] = name
        write_text(os.path.join(GEN_DIR, name + ".expected.json"), format_expected(exp))
        m = exp["meta"]
        print("generated/%s: %d localities, %d partnerships (%d distinct pairs), "
              "%d components (%d isolated), %d bridges (+%d excluded as repeated), "
              "%d articulation points; eigenvector: %s"
              % (name, m["localities"], m["partnerships"], m["distinct_pairs"],
                 m["components"], m["isolated"], len(exp["bridges"]),
                 m["bridges_excluded_as_repeated"], len(exp["articulation_points"]),
                 m["eigenvector"]))


if __name__ == "__main__":
    main()
