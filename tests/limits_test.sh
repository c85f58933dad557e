#!/bin/sh
# Hostile sizes: each input gives a clear error or works, within a time and memory bound.
# usage: limits_test.sh LOCNET_BINARY [--no-memory-limit]
# (a sanitizer build reserves terabytes of shadow address space: it runs without the limit)
set -u
locnet=$1
memory_limit="ulimit -v 2097152;"
[ "${2:-}" = "--no-memory-limit" ] && memory_limit=""
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

# run NAME EXPECTED_EXIT EXPECTED_STDERR_PATTERN FILE: at most 60 s and 2 GiB of address space.
run() {
    name=$1 expected=$2 pattern=$3 file=$4
    sh -c "$memory_limit"' exec timeout 60 "$0" validate "$1"' "$locnet" "$file" >"$work/out" 2>"$work/err"
    code=$?
    if [ "$code" != "$expected" ]; then
        echo "FAIL $name: exit $code, expected $expected"; head -c 500 "$work/err"; failures=$((failures + 1))
    elif ! grep -q -- "$pattern" "$work/err" "$work/out"; then
        echo "FAIL $name: no \"$pattern\" in the output"; head -c 500 "$work/err"; failures=$((failures + 1))
    else
        echo "ok   $name: exit $code, $(head -n 1 "$work/err" "$work/out" 2>/dev/null | grep -v '^==' | grep . | head -n 1 | cut -c1-100)"
    fi
}

head_json='{"format": "locnet/1", "localities": ['

# nesting 200,000 levels deep
{ printf '{"format": "locnet/1", "x": '; awk 'BEGIN { for (i = 0; i < 200000; i++) printf "["; for (i = 0; i < 200000; i++) printf "]"; print "}" }'; } >"$work/deep.json"
run "200,000 levels of nesting" 65 "nesting too deep" "$work/deep.json"

# a 10 MB line: 100,000 localities on one line
{ printf '%s' "$head_json"; awk 'BEGIN { for (i = 0; i < 100000; i++) printf "%s{\"id\": \"L%d\", \"name\": \"Locality %d with a long enough name\", \"country\": \"FR\", \"level\": \"commune\"}", (i ? "," : ""), i, i; print "]}" }'; } >"$work/long_line.json"
run "a 10 MB line" 0 "valid locnet/1 network: 100000 localities" "$work/long_line.json"

# a 1 MB name
{ printf '%s{"id": "A", "country": "VN", "level": "province", "name": "' "$head_json"; awk 'BEGIN { for (i = 0; i < 1048576; i++) printf "x"; }'; printf '"}]}\n'; } >"$work/long_name.json"
run "a 1 MB name" 0 "valid locnet/1 network: 1 locality" "$work/long_name.json"

# a million duplicate ids
{ printf '%s' "$head_json"; awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "%s\n{\"id\": \"A\", \"name\": \"A\", \"country\": \"FR\", \"level\": \"commune\"}", (i ? "," : ""); print "]}" }'; } >"$work/duplicates.json"
run "a million duplicate ids" 65 "999999 problems found" "$work/duplicates.json"

# 100,000 records whose problems are found in another order than they are written (aliases
# before lat in the text, checked after it): positions must not be recomputed from the start
{ printf '%s' "$head_json"; awk 'BEGIN { for (i = 0; i < 100000; i++) printf "%s\n{\"id\": \"L%d\", \"name\": \"L\", \"country\": \"FR\", \"level\": \"commune\", \"aliases\": \"x\", \"lat\": \"21.0\"}", (i ? "," : ""), i; print "]}" }'; } >"$work/unordered.json"
run "100,000 records with problems out of text order" 65 "200000 problems found" "$work/unordered.json"

# a year of 1e999
printf '%s{"id": "A", "name": "A", "country": "FR", "level": "commune"}, {"id": "B", "name": "B", "country": "VN", "level": "province"}], "partnerships": [{"a": "A", "b": "B", "kind": "agreement", "since": 1e999}]}\n' "$head_json" >"$work/year.json"
run "a year of 1e999" 65 "not 1e999" "$work/year.json"

# an empty file, and a directory
: >"$work/empty.json"
run "an empty file" 65 "empty input" "$work/empty.json"
mkdir "$work/folder.json"
run "a directory" 66 "is a directory" "$work/folder.json"

# /dev/zero: NUL bytes without end, named as any format or read from standard input
run "/dev/zero" 65 "NUL byte in the input: not a text file" /dev/zero
ln -s /dev/zero "$work/zero.json"
run "/dev/zero as zero.json" 65 "zero.json:1:1: NUL byte in the input" "$work/zero.json"
ln -s /dev/zero "$work/zero.csv"
run "/dev/zero as zero.csv" 65 "zero.csv:1:1: NUL byte in the input" "$work/zero.csv"

# running out of memory in validate: a message, not a bare exit 70 (300,000 localities need
# more than 120 MB of address space)
if [ -n "$memory_limit" ]; then
    { printf '%s' "$head_json"; awk 'BEGIN { for (i = 0; i < 300000; i++) printf "%s\n{\"id\": \"L%d\", \"name\": \"Locality %d\", \"country\": \"FR\", \"level\": \"commune\"}", (i ? "," : ""), i, i; print "]}" }'; } >"$work/many.json"
    saved_limit=$memory_limit
    memory_limit="ulimit -v 122880;"
    run "out of memory in validate" 70 "many.json: out of memory while reading it" "$work/many.json"
    memory_limit=$saved_limit
fi

[ "$failures" = 0 ] && echo "all limits hold" || { echo "$failures limit(s) broken"; exit 1; }
