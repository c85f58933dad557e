# -o writes the file and nothing to standard output
tmp=$(mktemp -d) && locnet summary --format csv -o "$tmp/out.csv" nets/two.json && cat "$tmp/out.csv" && ls "$tmp" && rm -rf "$tmp"
