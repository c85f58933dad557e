#!/bin/sh
# Installs locnet into a temporary prefix and checks that the installed program finds the
# installed copy of the bundled dataset (not the one in the source tree), and that the manual
# is installed with the documents and pictures it links to.
# usage: install_test.sh BUILD_DIR
set -eu
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
output=$(env -u LOCNET_DATA "$prefix/bin/locnet" validate)
case "$output" in
    "$prefix/bin/../share/locnet/fr-vn.json: valid locnet/1 network:"*) echo "ok: $output" ;;
    *) echo "the installed locnet did not read the installed dataset: $output"; exit 1 ;;
esac

doc=$prefix/share/doc/locnet
for document in manual.md format.md; do
    [ -f "$doc/$document" ] || { echo "$document is not installed in $doc"; exit 1; }
done
# the manual's links within share/doc/locnet (not ../README.md, outside it; not web addresses)
grep -o '](\([^)]*\))' "$doc/manual.md" | sed 's/^](//; s/)$//; s/#.*//' |
    grep -v -e '^$' -e '://' -e '^\.\./' | sort -u > "$prefix/links"
while read -r target; do
    [ -f "$doc/$target" ] || { echo "the installed manual links to $target, not installed"; exit 1; }
done < "$prefix/links"
echo "ok: manual.md, format.md and the $(wc -l < "$prefix/links") files manual.md links to in $doc"
