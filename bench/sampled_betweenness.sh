#!/bin/sh
# bench/sampled_betweenness.sh: exact against sampled betweenness on a generated heavy-tailed
# network: the time and peak memory of each (whole process, median of 3 runs) and the estimate's
# error against the exact values.
#
# usage: bench/sampled_betweenness.sh LOCNET_BINARY [LOCALITIES [SAMPLES...]]
#        (defaults: 20000 localities; 100 200 1000 2000 sources)
# Needs /usr/bin/time and /usr/bin/python3. Writes only to a temporary folder.
set -eu
binary=$1
localities=${2:-20000}
[ $# -ge 2 ] && shift 2 || shift $#
samples=${*:-100 200 1000 2000}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

/usr/bin/python3 "$here/make_network.py" --localities "$localities" "$work/net.json"
echo "network: $localities localities, $(grep -c '"a":' "$work/net.json") partnerships (bench/make_network.py, default seed)"

# run NAME ARGS...: runs locnet centrality three times, prints the median time and memory
run() {
    name=$1
    shift
    for i in 1 2 3; do
        /usr/bin/time -f '%e %M' -o "$work/time.$i" "$binary" centrality "$@" --format csv \
            -o "$work/$name.csv" "$work/net.json"
    done
    cat "$work/time.1" "$work/time.2" "$work/time.3" | sort -n | sed -n 2p |
        awk -v name="$name" '{ printf "%-22s %7.2f s %8d KB   (median of 3)\n", name, $1, $2 }'
}

"$binary" summary "$work/net.json" >/dev/null  # warm-up: the file in the page cache
run "load only (degree)" --measure degree
run exact --measure betweenness
for k in $samples; do
    run "samples $k" --measure betweenness --samples "$k" --seed 1
done
for k in $samples; do
    echo
    echo "--samples $k --seed 1 against exact:"
    /usr/bin/python3 "$here/compare_betweenness.py" "$work/exact.csv" "$work/samples $k.csv"
done
