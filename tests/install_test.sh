#!/bin/sh
# Installs locnet into a temporary prefix and checks that the installed program finds the
# installed copy of the bundled dataset (not the one in the source tree).
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
