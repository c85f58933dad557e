"""A `locnet report` page read back with Python's own HTML parser, for the tests: the element tree,
the page's JSON data, and every data table's rows, those written as HTML and those written as
JSON for the page's script (io/write/html_writer.h)."""

import json
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
# SVG elements that Graphviz writes self-closed
SELF_CLOSED = {"polygon", "ellipse", "path", "polyline", "line", "rect", "circle", "stop"}


class Element:
    def __init__(self, tag, attributes, parent):
        self.tag, self.attributes, self.parent, self.children = tag, dict(attributes), parent, []

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self):
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.walk()

    def find_all(self, tag=None, **attributes):
        for element in self.walk():
            if tag is not None and element.tag != tag:
                continue
            if all(element.attributes.get(k.rstrip("_")) == v for k, v in attributes.items()):
                yield element

    def find(self, tag=None, **attributes):
        return next(self.find_all(tag, **attributes), None)

    def classes(self):
        return (self.attributes.get("class") or "").split()


class TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {}, None)
        self.current = self.root
        self.errors = []

    def handle_starttag(self, tag, attributes):
        element = Element(tag, attributes, self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_startendtag(self, tag, attributes):
        self.current.children.append(Element(tag, attributes, self.current))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        at = self.current
        while at is not None and at.tag != tag:
            at = at.parent
        if at is None:
            self.errors.append("stray </%s>" % tag)
            return
        if at is not self.current:
            self.errors.append("</%s> closes <%s>" % (tag, self.current.tag))
        self.current = at.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(text):
    builder = TreeBuilder()
    builder.feed(text)
    builder.close()
    return builder.root, builder.errors


def data_of(root):
    script = root.find("script", id="report-data")
    return json.loads(script.text()) if script is not None else None


def cell_text(cell):
    """A JSON row's cell as the page shows it: a text, or texts and links joined by ", "."""
    if isinstance(cell, str):
        return cell
    return ", ".join(part if isinstance(part, str) else part[0] for part in cell)


def table_rows(table):
    """Every row of a data table as lists of cell texts: the JSON rows when the table has them
    (they hold every row), else the HTML rows."""
    wrap = table.parent
    for sibling in wrap.children:
        if isinstance(sibling, Element) and sibling.tag == "script" and \
                "table-rows" in sibling.classes():
            return [[cell_text(c) for c in row] for row in json.loads(sibling.text())]
    return html_rows(table)


def html_rows(table):
    body = table.find("tbody")
    return [[td.text() for td in tr.find_all("td")] for tr in body.find_all("tr")]

