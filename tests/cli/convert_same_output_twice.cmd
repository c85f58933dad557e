# exit 64
# two tables of one conversion given the same file (by name, or through another spelling or a link) is a usage error, and nothing is written
t=$(mktemp -d) e=$(mktemp)
locnet convert nets/two.json -o "$t/a.csv" --localities-out "$t/a.csv" 2>"$e"; code=$?
sed "s|$t|DIR|g" "$e"
locnet convert nets/two.json -o "$t/a.csv" --localities-out "$t/l.csv" --sources-out "$t/./l.csv" 2>&1 | sed "s|$t|DIR|g"
ln -s a.csv "$t/link.csv"
locnet convert nets/two.json -o "$t/link.csv" --localities-out "$t/a.csv" 2>&1 | sed "s|$t|DIR|g"
locnet convert nets/two.json -o "$t/a.csv" --localities-out "" 2>&1
ls "$t"
rm -rf "$t" "$e"
exit $code
