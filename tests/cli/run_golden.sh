#!/bin/sh
# Runs one golden test of the command line: run_golden.sh LOCNET_BINARY TEST.cmd
#
# TEST.cmd is a shell fragment run in tests/cli/ with `locnet` standing for the binary. Its
# first line may be `# exit N`: the exit code expected (0 otherwise). Standard output must equal
# TEST.out and standard error TEST.err (an absent file means empty). With LOCNET_GOLDEN_UPDATE=1
# the expected files are written instead: read every change before committing it.
# With LOCNET_TEST_WRAPPER set (for example to a valgrind command line), the binary runs under
# it; a wrapper's own failure must show as a distinct exit code or on standard error.
set -u
binary=$1
command=$2
dir=$(dirname "$command")
base=${command%.cmd}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

expected_code=$(sed -n '1s/^# exit \([0-9][0-9]*\)$/\1/p' "$command")
expected_code=${expected_code:-0}

cd "$dir" || exit 2
LOCNET_BINARY=$binary LC_ALL=C.UTF-8 sh -c 'locnet() { ${LOCNET_TEST_WRAPPER:-} "$LOCNET_BINARY" "$@"; }; . "$1"' sh "$command" \
    >"$work/out" 2>"$work/err"
code=$?

if [ "${LOCNET_GOLDEN_UPDATE:-0}" = 1 ]; then
    cp "$work/out" "$base.out"
    if [ -s "$work/err" ]; then cp "$work/err" "$base.err"; else rm -f "$base.err"; fi
    [ "$code" = "$expected_code" ] || echo "note: exit code $code, expected $expected_code"
    exit 0
fi

status=0
if [ "$code" != "$expected_code" ]; then
    echo "exit code $code, expected $expected_code"
    status=1
fi
if [ -f "$base.out" ]; then
    diff -u "$base.out" "$work/out" || { echo "standard output differs from $base.out"; status=1; }
elif [ -s "$work/out" ]; then
    echo "unexpected standard output:"; head -c 2000 "$work/out"; status=1
fi
if [ -f "$base.err" ]; then
    diff -u "$base.err" "$work/err" || { echo "standard error differs from $base.err"; status=1; }
elif [ -s "$work/err" ]; then
    echo "unexpected standard error:"; cat "$work/err"; status=1
fi
exit $status
