#!/usr/bin/python3
"""The colours of `locnet dot` stay apart for readers with a colour-vision deficiency, and the
names written on them stay readable.

    /usr/bin/python3 tests/dot/palette_test.py LOCNET_BINARY

A network of nine countries (sizes 9 down to 1) is drawn with `locnet dot`; from the DOT:
  - the seven largest countries get seven different colours, FR its blue and VN its vermilion,
    and the two others the grey, which the legend names "2 other countries";
  - every two colours drawn (the grey included) differ by a CIE76 ΔE of at least 12 as seen
    with normal vision and, simulated with Machado, Oliveira and Fernandes's (2009) matrices at
    full severity, with protanopia, deuteranopia and tritanopia (the palette locnet had before,
    Tableau 10 in part, falls to 4.3 under protanopia);
  - every name's colour contrasts with its fill by at least 4.5:1 (WCAG 2 AA).
Exits 1 on the first failure.
"""
import itertools
import json
import math
import os
import re
import subprocess
import sys
import tempfile

MACHADO = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                   [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                     [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                   [0.004733, 0.691367, 0.303900]],
}
MINIMUM_DELTA_E = 12


def linear(colour):
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    return [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]


def lab(rgb):
    r, g, b = (min(1.0, max(0.0, c)) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t):
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116
    return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))


def seen(colour, matrix):
    rgb = linear(colour)
    if matrix is not None:
        rgb = [sum(matrix[i][j] * rgb[j] for j in range(3)) for i in range(3)]
    return lab(rgb)


def luminance(colour):
    r, g, b = linear(colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def network():
    countries = ["DE", "IT", "VN", "US", "PL", "FR", "GB", "JP", "ES"]
    localities, partnerships = [], []
    for rank, country in enumerate(countries):
        for i in range(9 - rank):
            localities.append({"id": "%s-%d" % (country, i), "name": "%s %d" % (country, i),
                               "country": country, "level": "city"})
    for a, b in zip(localities, localities[1:]):
        partnerships.append({"a": a["id"], "b": b["id"], "kind": "twinning"})
    return {"format": "locnet/1", "localities": localities, "partnerships": partnerships}


def fail(message):
    print("FAIL " + message)
    sys.exit(1)


def main():
    locnet = sys.argv[1]
    with tempfile.TemporaryDirectory() as work:
        path = os.path.join(work, "nine.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(network(), f)
        dot = subprocess.run([locnet, "dot", path], capture_output=True, check=True).stdout.decode()
    fills = {}
    for node, fill, text in re.findall(
            r'"([A-Z]{2})-\d+" \[label="[^"]*", shape="[^"]*", fillcolor="(#[0-9a-f]{6})", '
            r'fontcolor="(#[0-9a-f]{6})"', dot):
        fills.setdefault(node, set()).add((fill, text))
    colours = {country: next(iter(pairs))[0] for country, pairs in fills.items()}
    if any(len(pairs) != 1 for pairs in fills.values()) or len(colours) != 9:
        fail("one colour per country expected, got %r" % fills)
    if colours["FR"] != "#0072b2" or colours["VN"] != "#d55e00":
        fail("FR and VN take %s and %s" % (colours["FR"], colours["VN"]))
    largest = ["DE", "IT", "VN", "US", "PL", "FR", "GB"]
    if len({colours[c] for c in largest}) != 7 or colours["JP"] != colours["ES"] or \
            colours["ES"] in {colours[c] for c in largest}:
        fail("the seven largest countries do not have seven colours of their own: %r" % colours)
    if "2 other countries (3)" not in dot:
        fail("the legend does not name the 2 other countries")
    palette = sorted(set(colours.values()))
    for vision, matrix in [("normal vision", None)] + list(MACHADO.items()):
        for a, b in itertools.combinations(palette, 2):
            distance = math.dist(seen(a, matrix), seen(b, matrix))
            if distance < MINIMUM_DELTA_E:
                fail("%s and %s differ by ΔE %.1f with %s" % (a, b, distance, vision))
    for pairs in fills.values():
        for fill, text in pairs:
            light, dark = sorted((luminance(fill), luminance(text)), reverse=True)
            if (light + 0.05) / (dark + 0.05) < 4.5:
                fail("%s names on %s contrast %.2f:1" % (text, fill, (light + 0.05) / (dark + 0.05)))
    print("ok   %d colours, FR and VN their own, the rest grey; ΔE >= %d with normal vision, "
          "protanopia, deuteranopia and tritanopia; names contrast >= 4.5:1" % (
              len(palette), MINIMUM_DELTA_E))


if __name__ == "__main__":
    main()
