#!/bin/sh
# Installs locnet into a temporary prefix and builds examples/top5.c against the installed library
# as another project would: with `pkg-config --cflags --libs locnet` (shared), with
# `pkg-config --static` (liblocnet.a), and through find_package(locnet) in CMake. Each build runs
# on the installed dataset and its output is checked against NetworkX (install/check_top5.py).
# It also checks that only the two public headers are installed and that the shared library
# exports exactly the functions <locnet/locnet.h> declares.
# usage: install_library_test.sh BUILD_DIR SOURCE_DIR [CFLAGS]
# (CFLAGS: what the build compiled with that programs using it need too, such as sanitizers)
set -eu
build=$1
source=$(cd "$2" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
example=$source/examples/top5.c
data=$prefix/share/locnet/fr-vn.json
cflags="-std=c11 -Wall -Wextra -Wpedantic -Werror ${3:-}"
cmake --install "$build" --prefix "$prefix" >/dev/null

fail() { echo "FAIL: $*"; exit 1; }

# run_checked NAME PROGRAM: runs PROGRAM on the installed dataset and checks it with NetworkX.
run_checked() {
    "$2" "$data" > "$work/$1.out" || fail "$1 exited with $?"
    /usr/bin/python3 "$source/tests/install/check_top5.py" "$data" "$work/$1.out" ||
        fail "$1: output above disagrees with NetworkX"
    echo "ok: $1"
}

headers=$(cd "$prefix/include" && find . -type f | sort | tr '\n' ' ')
[ "$headers" = "./locnet/locnet.h ./locnet/status.h " ] || fail "installed headers: $headers"
echo "ok: installed headers are $headers"

pc=$(find "$prefix" -name locnet.pc)
[ -n "$pc" ] || fail "no locnet.pc installed"
PKG_CONFIG_PATH=$(dirname "$pc")
export PKG_CONFIG_PATH
libdir=$(pkg-config --variable=libdir locnet)
[ -f "$libdir/liblocnet.so.0" ] || fail "pkg-config's libdir $libdir holds no liblocnet.so.0"

# The exported symbols are the LOCNET_API functions of the installed header, no more, no less.
declared=$(grep -o '^LOCNET_API [^(]*(' "$prefix/include/locnet/locnet.h" |
           sed 's/.*[ *]\(locnet_[a-z_]*\)($/\1/' | sort | tr '\n' ' ')
exported=$(nm -D --defined-only "$libdir/liblocnet.so.0" | awk '{print $3}' | sort | tr '\n' ' ')
[ "$declared" = "$exported" ] || fail "liblocnet.so.0 exports [$exported], the header declares [$declared]"
soname=$(readelf -d "$libdir/liblocnet.so.0" | sed -n 's/.*SONAME.*\[\(.*\)\]/\1/p')
[ "$soname" = liblocnet.so.0 ] || fail "SONAME is '$soname'"
echo "ok: liblocnet.so.0 (SONAME $soname) exports exactly the $(echo "$declared" | wc -w) declared functions"

# shellcheck disable=SC2046,SC2086 # pkg-config's flags are words
cc $cflags "$example" -o "$work/top5-pkg-config" $(pkg-config --cflags --libs locnet) ||
    fail "top5.c does not build with pkg-config --cflags --libs locnet"
LD_LIBRARY_PATH=$libdir run_checked top5-pkg-config "$work/top5-pkg-config"

# liblocnet.a, with locnet's own Libs.private (depth 2: locnet and no further) and its
# requirements: igraph's own private libraries name -dev packages Debian's libigraph-dev does
# not bring, so igraph and the rest are linked shared.
# shellcheck disable=SC2046
others=$(echo " $(pkg-config --static --libs --maximum-traverse-depth=2 locnet) \
    $(pkg-config --libs locnet $(pkg-config --print-requires-private locnet)) " | sed 's/ -llocnet / /g')
# shellcheck disable=SC2046,SC2086
cc $cflags "$example" -o "$work/top5-pkg-config-static" $(pkg-config --cflags locnet) \
    -L"$libdir" -Wl,-Bstatic -llocnet -Wl,-Bdynamic $others ||
    fail "top5.c does not build with liblocnet.a and locnet.pc's private libraries"
ldd "$work/top5-pkg-config-static" | grep -q liblocnet && fail "the static build needs liblocnet.so"
run_checked top5-pkg-config-static "$work/top5-pkg-config-static"

if ! { cmake -S "$source/tests/install/find_package" -B "$work/cmake" -DCMAKE_PREFIX_PATH="$prefix" \
             -DLOCNET_EXAMPLE="$example" -DCMAKE_C_FLAGS="$cflags" &&
         cmake --build "$work/cmake"; } > "$work/cmake.log" 2>&1; then
    cat "$work/cmake.log"
    fail "find_package(locnet) project does not build"
fi
run_checked top5-find-package-shared "$work/cmake/top5-shared"
run_checked top5-find-package-static "$work/cmake/top5-static"
