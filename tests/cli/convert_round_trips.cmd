# JSON -> NDJSON, GraphML, CSV tables -> JSON gives back the same network, byte for byte
t=$(mktemp -d)
locnet convert ../../data/fr-vn.json -o "$t/a.json"
locnet convert "$t/a.json" -o "$t/b.ndjson" && locnet convert "$t/b.ndjson" -o "$t/b.json" && cmp "$t/a.json" "$t/b.json" && echo ndjson: same
locnet convert "$t/a.json" -o "$t/c.graphml" && locnet convert "$t/c.graphml" -o "$t/c.json" && cmp "$t/a.json" "$t/c.json" && echo graphml: same
locnet convert "$t/a.json" -o "$t/d.csv" --localities-out "$t/d-localities.csv" --sources-out "$t/d-sources.csv" --events-out "$t/d-events.csv" &&
    locnet convert "$t/d.csv" --localities "$t/d-localities.csv" --sources "$t/d-sources.csv" --events "$t/d-events.csv" -o "$t/d.json" &&
    cmp "$t/a.json" "$t/d.json" && echo csv tables: same
locnet convert nets/gephi.graphml -o "$t/e.graphml" 2>/dev/null && locnet convert "$t/e.graphml" -o "$t/f.graphml" && cmp "$t/e.graphml" "$t/f.graphml" && echo graphml with other attributes: same
locnet convert nets/gephi.graphml -o "$t/g.csv" --localities-out "$t/g-localities.csv" 2>/dev/null &&
    locnet convert "$t/g.csv" --localities "$t/g-localities.csv" -o "$t/h.csv" --localities-out "$t/h-localities.csv" &&
    cmp "$t/g.csv" "$t/h.csv" && cmp "$t/g-localities.csv" "$t/h-localities.csv" && echo csv with other columns: same
rm -rf "$t"
