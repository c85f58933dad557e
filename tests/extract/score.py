#!/usr/bin/python3
"""Measures `locnet extract` against labelled articles.

usage: score.py LOCNET LABELS.json ARTICLE_DIR MIN_RECALL MIN_PRECISION

Runs the real command on every article of LABELS.json (with the publisher and date the labels
give, as a user would), reads the locnet/1 JSON it writes, and counts per article the
French-Vietnamese pairs found (true), not stated (false) and missed. It also checks every piece
of evidence independently: the quoted text must be exactly the file's characters [start, end)
(Python string indices), and it must contain the names as written. Prints precision and
recall; exits 1 below the bars or on any evidence error.
"""
import json
import os
import subprocess
import sys


def expected_pairs(labels):
    pairs = []
    for french, vietnamese, kind in labels:
        pairs.append((set(french.split("|")), set(vietnamese.split("|")), kind))
    return pairs


def run(locnet, path, article):
    command = [locnet, "extract", path]
    for option in ("publisher", "date", "lang"):
        if option in article:
            command += ["--" + option, article[option]]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)}: exit {done.returncode}: {done.stderr}")
    if done.stderr:
        print(done.stderr, end="", file=sys.stderr)
    return json.loads(done.stdout)


def check_evidence(path, document):
    text = open(path, encoding="utf-8").read()
    problems = 0
    for partnership in document["partnerships"]:
        quoted = "".join(item["text"] for item in partnership["evidence"])
        for item in partnership["evidence"]:
            if text[item["start"]:item["end"]] != item["text"]:
                print(f"{path}: evidence at {item['start']}-{item['end']} is not the file's text")
                problems += 1
        for name in partnership["written"]:
            if name not in quoted:
                print(f"{path}: \"{name}\" is not in the evidence of {partnership['a']}-{partnership['b']}")
                problems += 1
    return problems


def main():
    locnet, labels_path, folder = sys.argv[1:4]
    min_recall, min_precision = float(sys.argv[4]), float(sys.argv[5])
    if not os.path.isdir(folder):
        sys.exit(f"no article folder \"{folder}\" (set LOCNET_SEEDS_DIR to the seed articles)")
    labels = json.load(open(labels_path, encoding="utf-8"))
    found = false = missed = kinds_right = problems = 0
    for article in labels["articles"]:
        path = os.path.join(folder, article["file"])
        document = run(locnet, path, article)
        problems += check_evidence(path, document)
        got = {}
        for p in document["partnerships"]:
            ends = sorted((p["a"], p["b"]), key=lambda id_: not id_.startswith("FR-"))
            got.setdefault(tuple(ends), set()).add(p["kind"])
        expected = expected_pairs(article["pairs"])
        matched = set()
        for french, vietnamese, kind in expected:
            hit = [pair for pair in got if pair[0] in french and pair[1] in vietnamese]
            if hit:
                found += 1
                matched.update(hit)
                kinds_right += any(kind in got[pair] for pair in hit)
            else:
                missed += 1
                print(f"{article['file']}: missed {'|'.join(sorted(french))} - {'|'.join(sorted(vietnamese))}")
        for pair in got:
            if pair not in matched:
                false += 1
                print(f"{article['file']}: false {pair[0]} - {pair[1]}")
    recall = found / (found + missed) if found + missed else 1.0
    precision = found / (found + false) if found + false else 1.0
    print(f"{labels_path}: {found + missed} stated pairs, {found} found, {missed} missed, "
          f"{false} false; recall {recall:.3f}, precision {precision:.3f}; "
          f"kind right for {kinds_right} of {found}")
    if problems or recall < min_recall or precision < min_precision:
        sys.exit(1)


if __name__ == "__main__":
    main()
