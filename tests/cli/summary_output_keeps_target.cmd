# -o keeps the permissions of the file it replaces, writes through a symbolic link (which stays one), and takes a name of 255 bytes
t=$(mktemp -d)
echo old >"$t/private.csv" && chmod 600 "$t/private.csv"
locnet summary --format csv -o "$t/private.csv" nets/two.json && stat -c "%a %s" "$t/private.csv"
echo old >"$t/target.csv" && ln -s target.csv "$t/link.csv"
locnet summary --format csv -o "$t/link.csv" nets/two.json && test -L "$t/link.csv" && head -n 1 "$t/target.csv"
long=$(printf 'n%.0s' $(seq 251)).csv
locnet summary --format csv -o "$t/$long" nets/two.json && test -s "$t/$long" && echo "a 255-byte name: written"
ls "$t" | wc -l
rm -rf "$t"
