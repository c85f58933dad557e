/* locnet report: the page's script (ASCII only; compiled into locnet, allowed by the page's
 * Content Security Policy through its hash). Sortable tables, "show all", the ranking search,
 * the tabs, and the diagram's zoom, pan and hover. Text from the data is only ever set with
 * textContent. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var places = data.localities; /* [id, name, key, country, level, degree] */

  /* The command line's look-up key (graph/lookup.h): compatibility decomposition, marks
   * stripped, d with stroke as d, case folded, spaces and dashes removed. */
  function fold(text) {
    return text.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[\u0110\u0111]/g, "d")
      .toUpperCase().toLowerCase().replace(/[\p{Zs}\p{Pd}\t\n\r]/gu, "");
  }

  function grouped(number) {
    var text = String(number);
    return text.length > 4 ? text.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : text;
  }

  function numeric(text) {
    var value = parseFloat(text.replace(/,/g, ""));
    return isNaN(value) ? null : value;
  }

  /* ---- tables: a model of rows, sorted, filtered and cut, rendered into the tbody ---- */
  /* The model is built on first use, and each column's sort values when it is first sorted:
   * a page of tens of thousands of rows opens without that work. */

  function domRows(table) {
    return Array.prototype.map.call(table.tBodies[0].rows, function (tr) {
      return { element: tr, sort: [], key: null, text: function (c) { return tr.cells[c].textContent; } };
    });
  }

  /* A cell of JSON rows: a text, or a list of texts and [text, fragment] links. */
  function cellText(cell) {
    if (typeof cell === "string") return cell;
    return cell.map(function (part) { return typeof part === "string" ? part : part[0]; }).join(", ");
  }

  function jsonRows(script) {
    return JSON.parse(script.textContent).map(function (cells) {
      return { element: null, cells: cells, sort: [], key: null, text: function (c) { return cellText(cells[c]); } };
    });
  }

  function rankingRows(ranking) {
    return ranking.order.map(function (v, r) {
      var place = places[v], values = ranking.values[v];
      var cells = [grouped(r + 1), place[1], place[3], place[4]].concat(values);
      return { element: null, cells: cells, sort: [r + 1, place[2], undefined, undefined, -(r + 1)],
               key: place[2], text: function (c) { return cells[c]; } };
    });
  }

  function fillCell(td, cell) {
    if (typeof cell === "string") {
      /* as locnet_html_cell: a text of more than 300 bytes in a box that scrolls */
      if (cell.length > 75 && new TextEncoder().encode(cell).length > 300) {
        var box = document.createElement("div");
        box.className = "clip";
        box.textContent = cell;
        td.appendChild(box);
      } else {
        td.textContent = cell;
      }
      return;
    }
    cell.forEach(function (part, i) {
      if (i > 0) td.appendChild(document.createTextNode(", "));
      if (typeof part === "string") {
        td.appendChild(document.createTextNode(part));
        return;
      }
      var link = document.createElement("a");
      link.href = "#" + part[1];
      link.textContent = part[0];
      td.appendChild(link);
    });
  }

  function rowElement(row, kinds) {
    if (!row.element) {
      var tr = document.createElement("tr");
      row.cells.forEach(function (cell, c) {
        var td = document.createElement("td");
        if (kinds[c] !== "text") td.className = kinds[c] === "number" ? "num" : "long";
        fillCell(td, cell);
        tr.appendChild(td);
      });
      row.element = tr;
    }
    row.element.hidden = false;
    return row.element;
  }

  function setUpTable(table) {
    var ranking = table.closest(".ranking");
    var heads = table.tHead ? Array.prototype.slice.call(table.tHead.rows[0].cells) : [];
    var kinds = table.dataset.kinds.split(" ");
    var script = table.nextElementSibling;
    var more = table.parentNode.nextElementSibling;
    var button = more && more.classList.contains("more") ? more.querySelector("button") : null;
    var model = null;
    var state = { shown: +table.dataset.shown, all: false, column: -1, direction: 1, query: "" };

    function rows() {
      if (!model) {
        model = ranking ? rankingRows(data.rankings[+ranking.dataset.ranking])
              : script && script.classList.contains("table-rows") ? jsonRows(script) : domRows(table);
      }
      return model;
    }
    function sortValue(row, c) {
      if (row.sort[c] === undefined) {
        var text = row.text(c);
        row.sort[c] = kinds[c] === "number" ? numeric(text) : fold(text);
      }
      return row.sort[c];
    }
    function compare(a, b) {
      var x = sortValue(a, state.column), y = sortValue(b, state.column);
      if (x === y) return 0;
      if (x === null) return 1;
      if (y === null) return -1;
      return (x < y ? -1 : 1) * state.direction;
    }
    /* Past MANY rows, the table shows in a box that scrolls and holds only the rows in sight
     * (one line each), between two spacers as tall as the rows above and below: tens of
     * thousands of rows show at once without the browser laying them all out. */
    var MANY = 2000, wrap = table.parentNode, list = [], lineHeight = 0, first = -1;
    function spacer(height) {
      var tr = document.createElement("tr");
      tr.className = "spacer";
      tr.style.height = height + "px";
      return tr;
    }
    function showWindow() {
      var body = table.tBodies[0];
      if (!lineHeight) {
        body.replaceChildren(rowElement(list[0], kinds));
        lineHeight = body.rows[0].getBoundingClientRect().height || 24;
      }
      var top = wrap.scrollTop - table.tHead.offsetHeight;
      var start = Math.max(0, Math.floor(top / lineHeight) - 20);
      var end = Math.min(list.length, start + Math.ceil(wrap.clientHeight / lineHeight) + 40);
      if (start === first && body.rows.length > 0) return;
      first = start;
      var rows = document.createDocumentFragment();
      rows.appendChild(spacer(start * lineHeight));
      for (var i = start; i < end; i++) rows.appendChild(rowElement(list[i], kinds));
      rows.appendChild(spacer((list.length - end) * lineHeight));
      body.replaceChildren(rows);
    }
    wrap.addEventListener("scroll", function () { if (wrap.classList.contains("window")) showWindow(); });

    function render() {
      list = rows();
      if (state.query) list = list.filter(function (row) { return row.key.indexOf(state.query) >= 0; });
      if (state.column >= 0) list = list.slice().sort(compare);
      var windowed = state.all && list.length > MANY;
      wrap.classList.toggle("window", windowed);
      table.dataset.rows = String(state.all ? list.length : Math.min(state.shown, list.length));
      first = -1;
      if (windowed) {
        showWindow();
      } else {
        var body = document.createDocumentFragment();
        for (var i = 0; i < Number(table.dataset.rows); i++) body.appendChild(rowElement(list[i], kinds));
        table.tBodies[0].replaceChildren(body);
      }
      if (button) {
        button.hidden = list.length <= state.shown;
        button.textContent = state.all ? "Show the first " + grouped(state.shown)
                                       : "Show all " + grouped(list.length) + " rows";
      }
      return list.length;
    }

    heads.forEach(function (th, c) {
      th.classList.add("sortable");
      th.tabIndex = 0;
      th.setAttribute("aria-sort", "none");
      function sort() {
        state.direction = state.column === c ? -state.direction : kinds[c] === "number" ? -1 : 1;
        state.column = c;
        heads.forEach(function (other) { other.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", state.direction > 0 ? "ascending" : "descending");
        render();
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sort(); }
      });
    });
    if (button) {
      button.addEventListener("click", function () { state.all = !state.all; render(); });
    }
    return { state: state, render: render, ranking: ranking };
  }

  var tables = Array.prototype.map.call(document.querySelectorAll("table.data"), setUpTable);

  /* ---- rankings: tabs and search ---- */

  var tabs = document.querySelector(".tabs");
  var rankings = document.querySelectorAll(".ranking");
  function select(index) {
    Array.prototype.forEach.call(tabs.querySelectorAll("button"), function (button) {
      button.setAttribute("aria-selected", String(+button.dataset.ranking === index));
    });
    Array.prototype.forEach.call(rankings, function (div) {
      div.hidden = +div.dataset.ranking !== index;
    });
  }
  if (tabs && rankings.length > 1) {
    tabs.hidden = false;
    tabs.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (button) select(+button.dataset.ranking);
    });
    select(0);
  }

  var search = document.getElementById("search");
  var count = document.getElementById("search-count");
  if (search) {
    search.addEventListener("input", function () {
      var query = fold(search.value), matches = 0;
      tables.forEach(function (table) {
        if (!table.ranking) return;
        table.state.query = query;
        matches = table.render();
      });
      count.textContent = query ? grouped(matches) + (matches === 1 ? " locality matches" : " localities match") : "";
    });
  }

  /* ---- the diagram: zoom, pan, hover ---- */

  var svg = document.getElementById("diagram-svg");
  var tip = document.getElementById("tooltip");
  if (!svg) return;
  document.querySelector(".diagram-tools").hidden = false;
  Array.prototype.forEach.call(svg.querySelectorAll("g.node > title, g.edge > title"), function (title) {
    title.remove();
  });
  var base = svg.viewBox.baseVal, home = [base.x, base.y, base.width, base.height];
  var box = home.slice();
  /* the frame as tall as the drawing at its natural size (one unit a pixel) or at the frame's
   * width, whichever is smaller: the whole drawing shows, readable, and the page scrolls
   * through a tall one (up to four windows; a taller one is fitted into that) */
  var frame = svg.parentNode;
  var natural = home[3] * Math.min(1, frame.clientWidth / home[2]);
  frame.style.height = Math.round(Math.min(Math.max(natural, 320), 4 * window.innerHeight)) + "px";

  function show(next) {
    var width = Math.min(Math.max(next[2], home[2] / 50), home[2] * 4);
    var ratio = width / next[2];
    box = [next[0], next[1], width, next[3] * ratio];
    svg.setAttribute("viewBox", box.join(" "));
  }
  function toDiagram(x, y) {
    var point = svg.createSVGPoint();
    point.x = x;
    point.y = y;
    return point.matrixTransform(svg.getScreenCTM().inverse());
  }
  function zoom(factor, x, y) {
    var p = toDiagram(x, y), width = box[2] * factor;
    factor = Math.min(Math.max(width, home[2] / 50), home[2] * 4) / box[2];
    show([p.x - (p.x - box[0]) * factor, p.y - (p.y - box[1]) * factor, box[2] * factor, box[3] * factor]);
  }
  function centre() {
    var r = svg.getBoundingClientRect();
    return [r.left + r.width / 2, r.top + r.height / 2];
  }
  svg.addEventListener("wheel", function (event) {
    if (!event.ctrlKey && !event.metaKey) return; /* the page scrolls; a pinch comes with ctrl */
    event.preventDefault();
    zoom(Math.exp(event.deltaY * 0.0015), event.clientX, event.clientY);
  }, { passive: false });
  document.querySelector(".diagram-tools").addEventListener("click", function (event) {
    var button = event.target.closest("button"), c = centre();
    if (!button) return;
    if (button.dataset.zoom === "fit") show(home);
    else zoom(button.dataset.zoom === "in" ? 1 / 1.4 : 1.4, c[0], c[1]);
  });
  var drag = null;
  svg.addEventListener("pointerdown", function (event) {
    drag = { x: event.clientX, y: event.clientY, box: box.slice(), scale: svg.getScreenCTM().a };
    svg.setPointerCapture(event.pointerId);
    svg.classList.add("dragging");
  });
  svg.addEventListener("pointermove", function (event) {
    if (!drag) return;
    show([drag.box[0] - (event.clientX - drag.x) / drag.scale,
          drag.box[1] - (event.clientY - drag.y) / drag.scale, drag.box[2], drag.box[3]]);
  });
  function endDrag() { drag = null; svg.classList.remove("dragging"); }
  svg.addEventListener("pointerup", endDrag);
  svg.addEventListener("pointercancel", endDrag);

  function place(node) {
    var match = /^v(\d+)$/.exec(node.id);
    return match ? places[+match[1]] : null;
  }
  function showTip(node, x, y) {
    var p = place(node);
    if (!p) return;
    var name = document.createElement("strong");
    name.textContent = p[1];
    var where = document.createElement("span");
    where.textContent = p[3] + " \u00b7 " + p[4];
    var degree = document.createElement("div");
    degree.textContent = "degree " + grouped(p[5]);
    tip.replaceChildren(name, where, degree);
    tip.hidden = false;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    tip.style.left = Math.max(4, Math.min(x + 14, window.innerWidth - w - 8)) + "px";
    tip.style.top = Math.max(4, y + 14 + h > window.innerHeight ? y - h - 10 : y + 14) + "px";
  }
  Array.prototype.forEach.call(svg.querySelectorAll("g.node"), function (node) {
    node.setAttribute("tabindex", "0");
    node.addEventListener("pointerenter", function (event) { showTip(node, event.clientX, event.clientY); });
    node.addEventListener("pointermove", function (event) { if (!drag) showTip(node, event.clientX, event.clientY); });
    node.addEventListener("pointerleave", function () { tip.hidden = true; });
    node.addEventListener("focus", function () {
      var r = node.getBoundingClientRect();
      showTip(node, r.right, r.top);
    });
    node.addEventListener("blur", function () { tip.hidden = true; });
  });
})();
