"""Hostile networks for `locnet report`: the names, ids, levels, kinds and themes the DOT tests
use (tests/dot/check_exact.py), and what a web page must survive on top: markup and script in
every text, "</script>" inside the page's JSON, comment and CDATA openers, C1 control
characters, noncharacters, line and paragraph separators, and source links that must not become
links (javascript:, data:, a URL that closes its attribute).

Also `displayed(text)`: what the page shows for a text, written here independently of locnet
(io/write/html_writer.h says the same in words)."""

import os
import sys
import unicodedata

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "dot"))
from check_exact import hostile_network  # noqa: E402  (the DOT tests' hostile network)

# Each sets window.__pwned if it ever runs.
PAGE_NAMES = [
    '<script>window.__pwned = 1</script>',
    '</script><script>window.__pwned = 2</script>',
    '<img src=x onerror="window.__pwned = 3">',
    '"><svg onload="window.__pwned = 4">',
    "'><iframe src=javascript:window.__pwned=5>",
    '<!-- an unclosed comment', ']]> and <![CDATA[', '</textarea></title></style>',
    'c1 \x85 and \x9b controls', 'nonchar \ufffe \uffff \ufdd0', 'line\u2028para\u2029end',
    'rtl \u202e override', 'zero\u200bwidth', '&#x3C;script&#x3E; &lt;b&gt;',
    '{{template}} ${literal} `back`', 'Hà Nội', 'Đống Đa',
]
PAGE_SOURCES = [
    {"id": "js", "title": "<script>window.__pwned = 6</script>", "publisher": '"onmouseover="x',
     "date": "2026", "url": "javascript:window.__pwned = 7"},
    {"id": "data-url", "title": "t", "publisher": "p", "date": "2026",
     "url": "data:text/html,<script>window.__pwned=8</script>"},
    {"id": "closing", "title": "t", "publisher": "p", "date": "2026",
     "url": 'https://example.org/"><script>window.__pwned = 9</script>'},
    {"id": "</script>", "title": "fine", "publisher": "p", "date": "2026",
     "url": "https://example.org/fine"},
]


def report_hostile_network(with_huge=False):
    """The DOT tests' hostile network, with the page's own hostile names and sources."""
    network = hostile_network(with_huge)
    first = len(network["localities"])
    for i, name in enumerate(PAGE_NAMES):
        network["localities"].append({"id": "page%d" % i, "name": name,
                                      "country": ["FR", "VN", "XX"][i % 3],
                                      "level": "<b>level</b>" if i % 2 else "commune",
                                      "aliases": ["alias <i>%d</i>" % i]})
    network["sources"] += PAGE_SOURCES
    ids = [loc["id"] for loc in network["localities"]]
    for i in range(first, len(ids) - 1):
        network["partnerships"].append({
            "a": ids[i], "b": ids[i + 1] if i % 5 else ids[0], "kind": "<i>kind</i>",
            "since": 2000 + i % 20, "themes": ["<script>window.__pwned = 10</script>"],
            "sources": [PAGE_SOURCES[i % len(PAGE_SOURCES)]["id"], "s"]})
    return network


def shown_name(name):
    """What the page shows for a locality's name: locnet keeps names in Unicode NFC."""
    return displayed(unicodedata.normalize("NFC", name))


def displayed(text):
    """What the page shows for text: CR LF and CR as LF; C0 controls but tab and LF as control
    pictures, DEL as U+2421; C1 controls and noncharacters as U+FFFD."""
    shown = []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for c in text:
        code = ord(c)
        if code < 0x20 and c not in "\t\n":
            shown.append(chr(0x2400 + code))
        elif code == 0x7F:
            shown.append("\u2421")
        elif 0x80 <= code <= 0x9F or 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE:
            shown.append("\ufffd")
        else:
            shown.append(c)
    return "".join(shown)
