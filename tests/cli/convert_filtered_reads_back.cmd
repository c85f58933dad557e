# A filtered network written in every format reads back: parents, successors, event places and
# co-chairs that the filters left out are cleared (with a note), those kept stay
t=$(mktemp -d)
for filter in "--kind twinning" "--largest" "--since 2010" "--theme education"; do
    for to in json ndjson graphml csv; do
        locnet convert $filter ../../data/fr-vn.json --to $to -o "$t/f.$to" \
            --localities-out "$t/l.csv" --sources-out "$t/s.csv" --events-out "$t/e.csv" 2>/dev/null ||
            locnet convert $filter ../../data/fr-vn.json --to $to -o "$t/f.$to" 2>/dev/null
        if [ $to = csv ]; then
            locnet validate "$t/f.csv" --localities "$t/l.csv" --sources "$t/s.csv" --events "$t/e.csv" >/dev/null
        else
            locnet validate "$t/f.$to" >/dev/null
        fi && echo "$filter, $to: reads back"
    done
done
locnet convert --kind twinning ../../data/fr-vn.json -o "$t/t.json"
grep -o '"parent":"[^"]*"' "$t/t.json"
rm -rf "$t"
