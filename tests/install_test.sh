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
for document in README.md docs/manual.md docs/format.md; do
    [ -f "$doc/$document" ] || { echo "$document is not installed in $doc"; exit 1; }
done
# every relative link of the installed README and manual holds (web addresses aside)
links=0
for document in README.md docs/manual.md; do
    from=$(dirname "$doc/$document")
    for target in $(grep -o -e '](\([^)]*\))' -e 'src="[^"]*"' "$doc/$document" |
                    sed 's/^](//; s/)$//; s/^src="//; s/"$//; s/#.*//' |
                    grep -v -e '^$' -e '://' | sort -u); do
        [ -f "$from/$target" ] ||
            { echo "the installed $document links to $target, not installed"; exit 1; }
        links=$((links + 1))
    done
done
echo "ok: README.md, the manual and the $links files they link to, installed in $doc"
