# -o writes the report to a file; with no --format it is csv there (not a terminal)
tmp=$(mktemp -d) && { locnet components --bridges -o "$tmp/bridges.csv" --of 'Ha Noi' ../../data/fr-vn.json; echo "exit $?"; cat "$tmp/bridges.csv"; rm -rf "$tmp"; }
