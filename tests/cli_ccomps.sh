#!/bin/sh
# Checks that `locnet components` finds the components Graphviz's `ccomps -v` finds in
# locnet's own DOT export: the same number, and the same sizes.
# usage: cli_ccomps.sh LOCNET_BINARY SOURCE_DIR
# Exits 77 (reported by ctest as skipped) only while `locnet dot` is not a command yet.
# With LOCNET_TEST_WRAPPER set (as for the golden tests), locnet runs under it.
set -u
binary=$1
source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
locnet() { ${LOCNET_TEST_WRAPPER:-} "$binary" "$@"; }

if ! locnet dot -h >/dev/null 2>"$work/err"; then
    if grep -q 'unknown command "dot"' "$work/err"; then
        echo "skipped: this locnet has no 'dot' command yet, so there is no DOT export to give ccomps"
        exit 77
    fi
    echo "locnet dot -h failed:"; cat "$work/err"
    exit 1
fi
if ! command -v ccomps >/dev/null 2>&1; then
    echo "ccomps (Debian package graphviz) is not installed"
    exit 1
fi

status=0
check() {
    label=$1
    shift
    # ccomps -v prints one line per component, "(   0)      12 nodes      11 edges", then a
    # total line, on standard error; it exits 1 when a graph has several components.
    if ! locnet dot --keep-isolated --no-legend "$@" >"$work/net.dot" 2>"$work/err"; then
        echo "$label: locnet dot failed:"; cat "$work/err"; status=1; return
    fi
    ccomps -v "$work/net.dot" >/dev/null 2>"$work/ccomps"
    code=$?
    if [ "$code" -gt 1 ]; then
        echo "$label: ccomps failed ($code):"; cat "$work/ccomps"; status=1; return
    fi
    sed -n 's/^( *[0-9]*) *\([0-9]*\) nodes .*/\1/p' "$work/ccomps" | sort -n >"$work/theirs"
    if ! locnet components --format csv "$@" >"$work/components.csv" 2>"$work/err"; then
        echo "$label: locnet components failed:"; cat "$work/err"; status=1; return
    fi
    # one row per locality: component,size,...; one size per component
    tail -n +2 "$work/components.csv" | cut -d, -f1,2 | sort -u | cut -d, -f2 | sort -n >"$work/ours"
    if ! cmp -s "$work/ours" "$work/theirs"; then
        echo "$label: component sizes differ (ours, then ccomps -v's):"
        paste "$work/ours" "$work/theirs"
        status=1
        return
    fi
    echo "ok: $label: $(wc -l <"$work/ours") components"
}

check "bundled dataset" "$source/data/fr-vn.json"
check "bundled dataset --until 1999" --until 1999 "$source/data/fr-vn.json"
for network in "$source"/tests/reference/generated/*.json; do
    case "$network" in *.expected.json | *_networkx-*.json) continue ;; esac  # answers, not networks
    check "$(basename "$network")" "$network"
done
exit $status
