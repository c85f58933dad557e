# The bundled network (with its events, cochair partnerships that name them and ended localities)
# through every format in turn, JSON -> NDJSON -> CSV tables -> GraphML -> JSON, comes back the
# same, byte for byte; so does a network whose events use every field
t=$(mktemp -d)
for net in ../../data/fr-vn.json nets/events.json; do
    locnet convert "$net" -o "$t/a.json" &&
    locnet convert "$t/a.json" -o "$t/b.ndjson" &&
    locnet convert "$t/b.ndjson" -o "$t/c.csv" --localities-out "$t/c-localities.csv" --sources-out "$t/c-sources.csv" --events-out "$t/c-events.csv" &&
    locnet convert "$t/c.csv" --localities "$t/c-localities.csv" --sources "$t/c-sources.csv" --events "$t/c-events.csv" -o "$t/d.graphml" &&
    locnet convert "$t/d.graphml" -o "$t/e.json" &&
    cmp "$t/a.json" "$t/e.json" && echo "$(basename "$net"): same after ndjson, csv and graphml"
    grep -c '"event"' "$t/e.json"
done
rm -rf "$t"
