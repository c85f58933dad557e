# exit 65
# a table of 5,000 columns (over the 4,096 locnet reads) is refused at once, at the first column too many
t=$(mktemp -d)
awk 'BEGIN { printf "a,b,kind"; for (i = 0; i < 4997; i++) printf ",x%d", i; print ""; printf "A,B,agreement"; for (i = 0; i < 4997; i++) printf ",1"; print "" }' >"$t/wide.csv"
cd "$t" && locnet validate wide.csv
code=$?
cd - >/dev/null && rm -rf "$t"
exit $code
