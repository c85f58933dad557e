#!/bin/sh
# Builds the libFuzzer targets with clang and runs each for a bounded time on its seed corpus
# (tests/fuzz/corpus/NAME, copied so the committed seeds stay as they are).
# usage: tests/fuzz/run.sh [SECONDS_PER_TARGET]   (default 60)
set -eu
seconds=${1:-60}
top=$(cd "$(dirname "$0")/../.." && pwd)
build=$top/build-fuzz
CC=${CC:-clang} cmake -S "$top" -B "$build" -DLOCNET_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" -j2 >/dev/null
status=0
for target in "$build"/tests/fuzz/fuzz_*; do
    name=$(basename "$target")
    corpus=$(mktemp -d)
    cp -r "$top/tests/fuzz/corpus/${name#fuzz_}/." "$corpus/" 2>/dev/null || true
    echo "== $name for $seconds s"
    if "$target" -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=2048 \
            -artifact_prefix="$build/$name-" "$corpus" 2>"$build/$name.log"; then
        grep -E "^(#[0-9]+ *DONE|Done [0-9]+ runs)" "$build/$name.log" | tail -n 1
    else
        echo "$name found a crash; its log and input are in $build:"; tail -n 40 "$build/$name.log"
        status=1
    fi
    rm -rf "$corpus"
done
exit $status
