#!/usr/bin/python3
"""bench/make_network.py: writes a heavy-tailed locnet/1 network for benchmarks.

Localities are grown by preferential attachment from a triangle: each newcomer links to 1 (30 %),
2 (55 %) or 3 (15 %) distinct earlier localities chosen with probability proportional to their
degree, so a few localities gather hundreds of partnerships. Then 10 % more partnerships repeat
randomly chosen existing pairs (repeated partnerships, as in real data). Ids are L00001, ...;
countries alternate VN, FR. Deterministic for a given --seed: it draws only from its own
random.Random(seed). Standard library only.

usage: /usr/bin/python3 bench/make_network.py [--localities N] [--seed S] OUTPUT.json
"""
import argparse
import json
import random

LEVELS = {"VN": ["province", "district", "commune"],
          "FR": ["region", "department", "epci", "commune"]}


def grow(rng, count):
    """Returns the list of (a, b) pairs, vertices numbered from 0."""
    pairs = [(0, 1), (1, 2), (0, 2)]
    ends = [0, 1, 1, 2, 0, 2]  # each vertex once per incident partnership: degree-proportional
    for new in range(3, count):
        draw = rng.random()
        links = 1 if draw < 0.30 else 2 if draw < 0.85 else 3
        chosen = set()
        while len(chosen) < links:
            chosen.add(rng.choice(ends))
        for old in sorted(chosen):
            pairs.append((old, new))
            ends += [old, new]
    repeats = [rng.choice(pairs) for _ in range(len(pairs) // 10)]
    return pairs + repeats


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--localities", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=20240605)
    parser.add_argument("output")
    args = parser.parse_args()
    if args.localities < 3:
        parser.error("--localities must be at least 3")
    rng = random.Random(args.seed)
    pairs = grow(rng, args.localities)
    rng.shuffle(pairs)
    width = len(str(args.localities))
    ids = ["L%0*d" % (width, i + 1) for i in range(args.localities)]
    with open(args.output, "w", encoding="utf-8") as out:
        out.write('{"format": "locnet/1",\n "localities": [\n')
        for i, ident in enumerate(ids):
            country = "VN" if i % 2 == 0 else "FR"
            record = {"id": ident, "name": "Locality %d" % (i + 1), "country": country,
                      "level": rng.choice(LEVELS[country])}
            out.write("  " + json.dumps(record, ensure_ascii=False)
                      + ("," if i + 1 < len(ids) else "") + "\n")
        out.write(' ],\n "partnerships": [\n')
        for i, (a, b) in enumerate(pairs):
            if rng.random() < 0.5:
                a, b = b, a
            record = {"a": ids[a], "b": ids[b],
                      "kind": "agreement" if rng.random() < 0.75 else "cochair",
                      "since": rng.randint(1989, 2024)}
            out.write("  " + json.dumps(record) + ("," if i + 1 < len(pairs) else "") + "\n")
        out.write(" ]\n}\n")


if __name__ == "__main__":
    main()
