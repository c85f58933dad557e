# a bad input leaves an existing output file untouched
tmp=$(mktemp -d) && echo old > "$tmp/out.csv" && { locnet summary --format csv -o "$tmp/out.csv" bad/self_loop.json; echo "exit $?"; cat "$tmp/out.csv"; ls "$tmp"; rm -rf "$tmp"; }
