#!/bin/sh
# Checks that Graphviz's dot parses and lays out every DOT output of the golden tests:
# parse_goldens.sh TESTS_CLI_FOLDER. Each tests/cli/*.out that starts with a DOT graph is fed
# to `dot -Tsvg`, which must exit 0 without an error. Exits 77 (skipped) without Graphviz.
set -u
folder=$1
if ! command -v dot >/dev/null 2>&1; then
    echo "skipped: Graphviz's dot is not installed (CI installs the graphviz package)"
    exit 77
fi
status=0
count=0
for out in "$folder"/*.out; do
    head -n 1 "$out" | grep -q '^graph "locnet" {$' || continue
    count=$((count + 1))
    errors=$(dot -Tsvg "$out" 2>&1 >/dev/null)
    code=$?
    if [ "$code" != 0 ] || printf '%s' "$errors" | grep -q '^Error'; then
        echo "FAIL: dot rejects $(basename "$out") (exit $code): $errors"
        status=1
    fi
done
if [ "$count" = 0 ]; then
    echo "FAIL: no DOT output found among the golden tests in $folder"
    exit 1
fi
[ "$status" = 0 ] && echo "ok: dot parsed all $count DOT outputs of the golden tests"
exit $status
