#!/bin/sh
# Builds the Debian package with cpack in BUILD_DIR, installs it with dpkg -i, uses what it
# installed (the program on its bundled data, the manual pages, the manual, the library through
# pkg-config with the packaged example, the bash completion), then removes it with dpkg -r.
# usage: .ci/deb_check.sh BUILD_DIR   (as root, on a machine without a locnet package)
set -eu
build=$1
if dpkg-query -W -f='${Status}' locnet 2>/dev/null | grep -q "install ok installed"; then
    echo "a locnet package is installed already; remove it first (dpkg -r locnet)"
    exit 1
fi
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/locnet_*.deb)
dpkg-deb --info "$deb" | grep -E '^ (Package|Version|Depends):'
work=$(mktemp -d)
trap 'dpkg -r locnet >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
dpkg -i "$deb"

cd "$work"
env -u LOCNET_DATA /usr/bin/locnet validate
env -u LOCNET_DATA /usr/bin/locnet summary
man -w locnet locnet-centrality locnet-format
ls /usr/share/doc/locnet/README.md /usr/share/doc/locnet/docs/manual.md /usr/share/doc/locnet/docs/format.md
# shellcheck disable=SC2046 # pkg-config's flags are words
cc /usr/share/doc/locnet/examples/top5.c $(pkg-config --cflags --libs locnet) -o top5
./top5 /usr/share/locnet/fr-vn.json
bash -c '. /usr/share/bash-completion/completions/locnet && complete -p locnet'

dpkg -r locnet
trap 'rm -rf "$work"' EXIT
if [ -e /usr/bin/locnet ] || [ -e /usr/lib/liblocnet.so.0 ]; then
    echo "dpkg -r left locnet's files behind"
    exit 1
fi
echo "the package installed, ran and was removed"
