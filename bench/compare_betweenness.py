#!/usr/bin/python3
"""bench/compare_betweenness.py: how far a sampled betweenness report is from the exact one.

Both files are `locnet centrality --measure betweenness --format csv` reports (columns rank, id,
..., betweenness). Prints, over every locality: the mean and largest absolute error, the mean
relative error over the exact top 20 and top 1 %, Spearman's rank
correlation (average ranks for ties), and how many of the exact top 20 and top 100 the estimate
also puts in its top 20 and top 100. Standard library only.

usage: /usr/bin/python3 bench/compare_betweenness.py EXACT.csv ESTIMATE.csv
"""
import csv
import sys


def read(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return {row["id"]: float(row["betweenness"]) for row in csv.DictReader(handle)}


def ranks(values, ids):
    """Average ranks (1 = largest) of values[id] for ids."""
    order = sorted(ids, key=lambda i: -values[i])
    result = {}
    at = 0
    while at < len(order):
        end = at
        while end + 1 < len(order) and values[order[end + 1]] == values[order[at]]:
            end += 1
        for i in order[at:end + 1]:
            result[i] = (at + end) / 2 + 1
        at = end + 1
    return result


def spearman(exact, estimate, ids):
    rx, ry = ranks(exact, ids), ranks(estimate, ids)
    n = len(ids)
    mx = sum(rx.values()) / n
    my = sum(ry.values()) / n
    cov = sum((rx[i] - mx) * (ry[i] - my) for i in ids)
    vx = sum((rx[i] - mx) ** 2 for i in ids)
    vy = sum((ry[i] - my) ** 2 for i in ids)
    return cov / (vx * vy) ** 0.5


def top(values, ids, k):
    return set(sorted(ids, key=lambda i: (-values[i], i))[:k])


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[-1])
    exact, estimate = read(sys.argv[1]), read(sys.argv[2])
    if exact.keys() != estimate.keys():
        sys.exit("the two reports do not list the same localities")
    ids = sorted(exact)
    errors = [abs(estimate[i] - exact[i]) for i in ids]
    order = sorted(ids, key=lambda i: -exact[i])

    def relative(count):
        heads = order[:count]
        return 100 * sum(abs(estimate[i] - exact[i]) / exact[i] for i in heads) / len(heads)

    rows = [("localities", "%d" % len(ids)),
            ("mean absolute error", "%.3g" % (sum(errors) / len(errors))),
            ("max absolute error", "%.3g (largest exact value %.4g)" % (max(errors), exact[order[0]])),
            ("mean relative error, exact top 20", "%.1f %%" % relative(20)),
            ("mean relative error, exact top 1 %%", "%.1f %% (%d localities)" % (
                relative(max(1, len(ids) // 100)), max(1, len(ids) // 100))),
            ("Spearman rank correlation", "%.4f" % spearman(exact, estimate, ids))]
    for k in (20, 100):
        rows.append(("top-%d overlap" % k, "%d / %d" % (len(top(exact, ids, k) & top(estimate, ids, k)), k)))
    for label, value in rows:
        print("%-36s %s" % (label.replace("%%", "%"), value))

if __name__ == "__main__":
    main()
