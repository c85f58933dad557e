#!/usr/bin/python3
"""`locnet report` in a real browser: Debian's chromium, headless, driven by chromium-driver
through python3-selenium.

    /usr/bin/python3 tests/report/browser_test.py LOCNET_BINARY [--no-diagram]
                              [--scale | --scale-only] [--screenshot FILE.png]

- The bundled network's page, opened from a file: no console message of level SEVERE (a script
  error, a blocked load or a Content Security Policy violation would be one), nothing fetched,
  one diagram node per locality of data/fr-vn.json with a partnership and none for the others
  (`locnet dot` leaves them out; the note under the diagram gives their number, counted from
  the file), hovering over a node shows its name, country, level and degree (NetworkX's
  degree), clicking a column's heading sorts the rows
  both ways, the search box filters the rows ignoring case, spaces and accents ("ha noi" finds
  Hà Nội, "dong da" Đống Đa), "show all" shows every row, the tabs switch rankings, the rows
  a table keeps as JSON render and sort, and the diagram zooms, fits and pans.
- The hostile network's page (tests/report/hostile.py): no alert opens, nothing written into
  window.__pwned runs, no SEVERE message, while every table is shown whole and searched.
- --scale (--scale-only: that alone): a network the size of the world twin-town list (17,717 localities, 25,914
  partnerships, made by bench/generate.py) is written within a time limit, and its page opens,
  searches, and answers while it adds its 25,914 partnerships to the table, within limits; the
  times are printed.
- --screenshot: saves the bundled page's first screen (1280 x 2000 pixels) to FILE.png.
Chromium is started as in the machines' notes: --headless --no-sandbox --disable-gpu and no
background networking. Exits 1 after listing every failure.
"""

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import unicodedata

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from checks import check, fail, finish, isolated_localities, left_out_statement, write_report  # noqa: E402
from hostile import report_hostile_network  # noqa: E402

try:
    from selenium import webdriver
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
except ImportError:
    sys.exit("FAIL python3-selenium is needed (apt-get install chromium chromium-driver "
             "python3-selenium)")

DATASET = os.path.join(ROOT, "data", "fr-vn.json")
CHROMIUM, DRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
# --scale limits: processor seconds for writing the page (wall time on a shared two-core machine
# says more about the other jobs), wall seconds for the browser, generous for a loaded machine
WRITE_LIMIT, OPEN_LIMIT, ACTION_LIMIT = 15, 20, 10


def browser(work):
    options = Options()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                     "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                     "--user-data-dir=" + os.path.join(work, "profile")):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_window_size(1280, 1000)
    return driver


def open_page(driver, page):
    start = time.monotonic()
    driver.get("file://" + page)
    return time.monotonic() - start


def console_errors(driver, name):
    for entry in driver.get_log("browser"):
        if entry["level"] == "SEVERE":
            fail("%s: console: %s" % (name, entry["message"][:300]))


def js(driver, script, *arguments):
    return driver.execute_script(script, *arguments)


def rows_of(driver, selector):
    return js(driver, """return Array.from(document.querySelectorAll(arguments[0] + ' tbody tr'))
        .filter(r => !r.hidden).map(r => Array.from(r.cells).map(c => c.textContent));""", selector)


def click_heading(driver, selector, text):
    for th in driver.find_elements(By.CSS_SELECTOR, selector + " thead th"):
        if th.text.strip() == text:
            th.click()
            return
    fail("no heading %r in %s" % (text, selector))


def search(driver, text):
    box = driver.find_element(By.ID, "search")
    box.clear()
    if text:
        box.send_keys(text)
    else:  # clear() sends no input event
        js(driver, "arguments[0].dispatchEvent(new Event('input'))", box)


def fold(text):
    """The command line's look-up key (graph/lookup.h), written here with Python's unicodedata:
    compatibility decomposition, marks stripped, d with stroke as d, case folded, without
    white space and dashes."""
    text = unicodedata.normalize("NFKD", text).replace("\u0110", "d").replace("\u0111", "d")
    text = "".join(c for c in text if not unicodedata.category(c).startswith("M"))
    return "".join(c for c in text.casefold()
                   if unicodedata.category(c) not in ("Zs", "Pd") and c not in "\t\n\r")


def matching(network, query):
    """The names of the localities whose name or an alias holds query, as the page should find."""
    key = fold(query)
    return sorted(l["name"] for l in network["localities"]
                  if any(key in fold(text) for text in [l["name"]] + l.get("aliases", [])))


# ---- the bundled page ----

def check_diagram(driver, network, expect_diagram):
    nodes = driver.find_elements(By.CSS_SELECTOR, "#diagram-svg g.node")
    if not expect_diagram:
        check(not nodes and "No diagram" in driver.find_element(By.ID, "diagram").text,
              "bundled: a build without Graphviz's library must say there is no diagram")
        return
    graph = nx.Graph()
    graph.add_nodes_from(l["id"] for l in network["localities"])
    graph.add_edges_from((p["a"], p["b"]) for p in network["partnerships"])
    places = js(driver, "return JSON.parse(document.getElementById('report-data').textContent).localities")
    index = {p[0]: i for i, p in enumerate(places)}
    isolated = isolated_localities(network)
    drawn = [l for l in network["localities"] if l not in isolated]
    check(len(nodes) == len(drawn), "bundled: %d diagram nodes for %d localities with a partnership"
          % (len(nodes), len(drawn)))
    check(all(len(driver.find_elements(By.ID, "v%d" % index[l["id"]])) == 1 for l in drawn) and
          not any(driver.find_elements(By.ID, "v%d" % index[l["id"]]) for l in isolated),
          "bundled: the diagram does not draw each locality with a partnership once and no other")
    under = driver.find_elements(By.CSS_SELECTOR, "#diagram > p.note")[-1].text
    check(under.startswith(left_out_statement(len(isolated))),
          "bundled: under the diagram, %r does not say that %d localities are left out" % (
              under[:120], len(isolated)))
    for locality in drawn[:3] + [l for l in drawn if l["id"] == "VN-HN"]:
        node = driver.find_element(By.ID, "v%d" % index[locality["id"]])
        js(driver, "arguments[0].scrollIntoView({block: 'center'})", node)
        ActionChains(driver).move_to_element(node).perform()
        tip = driver.find_element(By.ID, "tooltip")
        want = [locality["name"], locality["country"] + " \u00b7 " + locality["level"],
                "degree %d" % graph.degree(locality["id"])]
        check(tip.is_displayed() and tip.text.splitlines() == want,
              "bundled: hovering over %s shows %r, not %r" % (locality["id"], tip.text, want))
    ActionChains(driver).move_to_element(driver.find_element(By.CSS_SELECTOR, "#diagram h2")).perform()
    check(not driver.find_element(By.ID, "tooltip").is_displayed(), "bundled: the tooltip stays")
    box = lambda: [float(x) for x in js(driver, "return document.getElementById('diagram-svg').getAttribute('viewBox')").split()]
    home = box()
    driver.find_element(By.CSS_SELECTOR, "button[data-zoom=in]").click()
    check(box()[2] < home[2] * 0.8, "bundled: zooming in does not narrow the view")
    frame = driver.find_element(By.ID, "diagram-svg")
    js(driver, "arguments[0].scrollIntoView({block: 'center'})", frame)
    before = box()
    ActionChains(driver).move_to_element(frame).click_and_hold().move_by_offset(120, 40).release().perform()
    check(box()[0] < before[0], "bundled: dragging does not move the view")
    driver.find_element(By.CSS_SELECTOR, "button[data-zoom=fit]").click()
    check(all(abs(a - b) < 1e-3 for a, b in zip(box(), home)),
          "bundled: Fit shows %r, not the whole diagram %r" % (box(), home))


def check_ranking_table(driver, network):
    table = "#ranking-degree table"
    count = len(network["localities"])
    js(driver, "document.getElementById('rankings').scrollIntoView()")
    first = rows_of(driver, table)
    check(len(first) == 20 and [r[0] for r in first] == [str(i) for i in range(1, 21)],
          "bundled: the degree table does not open on ranks 1 to 20")
    click_heading(driver, table, "rank")
    check(rows_of(driver, table)[0][0] == str(count), "bundled: sorting by rank does not reverse it")
    click_heading(driver, table, "country")
    countries = [r[2] for r in rows_of(driver, table)]
    check(countries == sorted(countries) and countries[0] != countries[-1] or len(set(countries)) == 1,
          "bundled: sorting by country gives %r" % countries)
    click_heading(driver, table, "degree")
    degrees = [int(r[4]) for r in rows_of(driver, table)]
    check(degrees == sorted(degrees, reverse=True), "bundled: sorting by degree gives %r" % degrees)
    click_heading(driver, table, "degree")
    degrees = [int(r[4]) for r in rows_of(driver, table)]
    check(degrees == sorted(degrees), "bundled: sorting by degree again gives %r" % degrees)
    driver.find_element(By.CSS_SELECTOR, "#ranking-degree button.show-all").click()
    check(len(rows_of(driver, table)) == count, "bundled: show all does not show %d rows" % count)
    for query, name in (("ha noi", "Hà Nội"), ("DONG  DA", "Đống Đa"), ("hồ chí", "Thành phố Hồ Chí Minh"),
                        ("île-de", "Île-de-France"), ("hue", "Huế")):
        search(driver, query)
        names = [r[1] for r in rows_of(driver, table)]
        want = matching(network, query)
        check(sorted(names) == want and name in names,
              "bundled: searching %r shows %r, not %r" % (query, names, want))
    search(driver, "zzzz")
    check(rows_of(driver, table) == [] and "0 localities" in driver.find_element(By.ID, "search-count").text,
          "bundled: a search that matches nothing shows rows")
    search(driver, "")
    check(len(rows_of(driver, table)) == count, "bundled: clearing the search does not bring every row back")


def check_tabs_and_json_rows(driver, network):
    driver.find_element(By.CSS_SELECTOR, ".tabs button[data-ranking='6']").click()
    check(driver.find_element(By.ID, "ranking-pagerank").is_displayed() and
          not driver.find_element(By.ID, "ranking-degree").is_displayed(),
          "bundled: the pagerank tab does not show the pagerank ranking alone")
    table = "#partnership-table"
    js(driver, "document.getElementById('partnership-table').scrollIntoView()")
    button = driver.find_element(By.CSS_SELECTOR, "#provenance button.show-all")
    button.click()
    rows = rows_of(driver, table)
    check(len(rows) == len(network["partnerships"]),
          "bundled: the partnerships table shows %d rows of %d" % (len(rows), len(network["partnerships"])))
    links = js(driver, "return document.querySelectorAll('#partnership-table a[href^=\"#source-\"]').length")
    cited = sum(len(p.get("sources", [])) for p in network["partnerships"])
    check(links == cited, "bundled: %d links to sources for %d citations" % (links, cited))
    click_heading(driver, table, "since")
    years = [r[3] for r in rows_of(driver, table)]
    given = [int(y) for y in years if y]
    check(given == sorted(given, reverse=True) and years[len(given):] == [""] * (len(years) - len(given)),
          "bundled: sorting partnerships by year gives %r" % years)


def check_bundled(driver, locnet, work, expect_diagram, screenshot):
    with open(DATASET, encoding="utf-8") as f:
        network = json.load(f)
    page = os.path.join(work, "bundled.html")
    if not write_report(locnet, DATASET, page, "--title", "French\u2013Vietnamese decentralised cooperation"):
        return
    open_page(driver, page)
    if screenshot:
        driver.set_window_size(1280, 2000)
        driver.save_screenshot(screenshot)
        driver.set_window_size(1280, 1000)
    check(js(driver, "return performance.getEntriesByType('resource').length") == 0,
          "bundled: the page fetched something")
    check_diagram(driver, network, expect_diagram)
    check_ranking_table(driver, network)
    check_tabs_and_json_rows(driver, network)
    console_errors(driver, "bundled")


# ---- the hostile page ----

def no_alert(driver, name):
    try:
        alert = driver.switch_to.alert
        fail("%s: an alert opened: %r" % (name, alert.text))
        alert.dismiss()
    except NoAlertPresentException:
        pass


def check_hostile(driver, locnet, work, expect_diagram):
    network = report_hostile_network(False)
    source = os.path.join(work, "hostile.json")
    with open(source, "w", encoding="utf-8") as f:
        json.dump(network, f, ensure_ascii=False)
    page = os.path.join(work, "hostile.html")
    if not write_report(locnet, source, page, "--title", "<script>window.__pwned = 11</script>", "--rows", "5"):
        return
    open_page(driver, page)
    no_alert(driver, "hostile")
    if expect_diagram:
        nodes = len(driver.find_elements(By.CSS_SELECTOR, "#diagram-svg g.node"))
        drawn = len(network["localities"]) - len(isolated_localities(network))
        check(nodes == drawn, "hostile: %d diagram nodes for %d localities with a partnership" % (
            nodes, drawn))
        for node in driver.find_elements(By.CSS_SELECTOR, "#diagram-svg g.node")[-8:]:
            ActionChains(driver).move_to_element(node).perform()
    for button in driver.find_elements(By.CSS_SELECTOR, "button.show-all"):
        js(driver, "arguments[0].click()", button)
    for query in ("<script>", "pwned", "hanoi", "\\"):
        search(driver, query)
    for th in driver.find_elements(By.CSS_SELECTOR, "#partnership-table thead th"):
        js(driver, "arguments[0].click()", th)
    no_alert(driver, "hostile")
    check(js(driver, "return window.__pwned") is None, "hostile: a script from the data ran")
    check(driver.title == "<script>window.__pwned = 11</script>", "hostile: the title is %r" % driver.title)
    console_errors(driver, "hostile")


# ---- scale ----

def table_end(driver):
    """The last row of the partnerships table's JSON rows, as the page shows it."""
    return js(driver, """var rows = JSON.parse(document.getElementById('partnership-table')
        .nextElementSibling.textContent); var last = rows[rows.length - 1];
        return last.map(c => typeof c === 'string' ? c : c.map(p => typeof p === 'string' ? p : p[0]).join(', '));""")


def check_scale(driver, locnet, work):
    network = os.path.join(work, "twin-sized.json")
    subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "bench", "generate.py"), "--localities",
                    "17717", "--partnerships", "25914", "-o", network], check=True)
    page = os.path.join(work, "twin-sized.html")
    before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.monotonic()
    if not write_report(locnet, network, page):
        return
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    print("scale: page of 17,717 localities written in %.1f s (%.1f s of CPU), %.1f MB" % (
        wall, cpu, os.path.getsize(page) / 1e6))
    check(cpu < WRITE_LIMIT, "scale: writing the page took %.1f s of CPU" % cpu)
    opened = open_page(driver, page)
    print("scale: opened in %.1f s" % opened)
    check(opened < OPEN_LIMIT, "scale: opening the page took %.1f s" % opened)
    start = time.monotonic()
    search(driver, "a")
    count = len(rows_of(driver, "#ranking-degree table"))
    searched = time.monotonic() - start
    print("scale: searched in %.2f s" % searched)
    check(count == 20 and searched < ACTION_LIMIT, "scale: searching took %.1f s (%d rows)" % (searched, count))
    start = time.monotonic()
    js(driver, "document.querySelector('#provenance button.show-all').click()")
    first = rows_of(driver, "#partnership-table")
    shown = time.monotonic() - start
    js(driver, "var wrap = document.getElementById('partnership-table').parentNode; wrap.scrollTop = wrap.scrollHeight;")
    time.sleep(0.5)
    last = rows_of(driver, "#partnership-table")
    print("scale: 25,914 partnerships shown in %.2f s" % shown)
    check(js(driver, "return document.getElementById('partnership-table').dataset.rows") == "25914" and
          first and last and first[1] != last[-1] and shown < ACTION_LIMIT,
          "scale: showing every partnership took %.1f s" % shown)
    ends = [r for r in last if len(r) == 7]
    check(len(ends) > 0 and ends[-1] == table_end(driver),
          "scale: scrolled to the end, the last partnership is not shown")
    console_errors(driver, "scale")


def main():
    arguments = sys.argv[1:]
    if not arguments or arguments[0].startswith("-"):
        sys.exit(__doc__)
    locnet, expect_diagram = arguments[0], "--no-diagram" not in arguments
    screenshot = arguments[arguments.index("--screenshot") + 1] if "--screenshot" in arguments else None
    for path in (CHROMIUM, DRIVER):
        if not os.path.exists(path):
            sys.exit("FAIL %s is needed (apt-get install chromium chromium-driver python3-selenium)" % path)
    with tempfile.TemporaryDirectory() as work:
        driver = browser(work)
        try:
            if "--scale-only" not in arguments:
                check_bundled(driver, locnet, work, expect_diagram, screenshot)
                check_hostile(driver, locnet, work, expect_diagram)
            if "--scale" in arguments or "--scale-only" in arguments:
                check_scale(driver, locnet, work)
        finally:
            driver.quit()
    finish("the pages work in Chromium")


if __name__ == "__main__":
    main()
