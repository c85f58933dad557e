# CSV cells that a spreadsheet would run as formulas get a ' (numbers do not); locnet reads them back as they were; --raw-csv writes them as they are
t=$(mktemp -d)
locnet convert nets/formulas.json -o "$t/a.json"
locnet convert "$t/a.json" -o "$t/e.csv" --localities-out "$t/l.csv" && cat "$t/e.csv" "$t/l.csv"
locnet convert "$t/e.csv" --localities "$t/l.csv" -o "$t/b.json" && cmp "$t/a.json" "$t/b.json" && echo "guarded tables read back: same"
locnet convert "$t/a.json" -o "$t/inline.csv" && locnet convert "$t/inline.csv" -o "$t/c.json" 2>/dev/null &&
    locnet partners L1 --format json "$t/a.json" >"$t/p1" && locnet partners L1 --format json "$t/c.json" >"$t/p2" && cmp "$t/p1" "$t/p2" && echo "guarded edge table read back: same partners"
# Python's csv module (a peer reader) finds no cell that a spreadsheet would run, but numbers
/usr/bin/python3 -c '
import csv, re, sys
number = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
cells = [c for name in sys.argv[1:] for row in csv.reader(open(name, newline="")) for c in row]
bad = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r") and not number.match(c)]
print(f"python csv: {len(cells)} cells, {len(bad)} would run as formulas")' "$t/e.csv" "$t/l.csv"
echo "-- raw:"
locnet convert "$t/a.json" --raw-csv -o "$t/r.csv" --localities-out "$t/rl.csv" && cat "$t/r.csv"
rm -rf "$t"
