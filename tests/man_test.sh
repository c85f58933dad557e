#!/bin/sh
# Checks the manual pages the build made (docs/man/make_pages.sh) against the program's help:
# every command `locnet help` lists has its page locnet-COMMAND(1), and every option in
# `locnet --help` and in each `locnet COMMAND -h` appears in locnet(1) and in that page; every
# section of docs/format.md appears in locnet-format(5); man renders each page without a warning.
# usage: man_test.sh LOCNET MAN_DIR SOURCE_DIR
set -u
locnet=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
man=$(cd "$2" && pwd)
source=$(cd "$3" && pwd)
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# text PAGE: the page's roff source with escapes undone (\- is -, fonts and \(xx go).
text() { sed 's/\\-/-/g; s/\\f[BIRP]//g; s/\\(..//g; s/\\&//g' "$1"; }

# options: the options of the help on standard input, from the lines that list them
# ("  -o, --output FILE  ...", "  --largest  ...").
options() {
    grep -oE '^ +-[-a-zA-Z0-9]+(, -[-a-zA-Z0-9]+)*' | grep -oE -- '-[-a-zA-Z0-9]+' | sort -u
}

# check_page PAGE HELP_COMMAND...: every option of that help appears in PAGE, as a whole word.
check_page() {
    page=$1
    shift
    [ -s "$page" ] || { fail "$page is missing"; return; }
    "$@" | options > options.tmp
    [ -s options.tmp ] || fail "'$*' lists no option"
    count=0
    while read -r option; do
        count=$((count + 1))
        text "$page" | grep -qE -- "(^|[^-a-zA-Z0-9])$option([^-a-zA-Z0-9]|\$)" ||
            fail "$(basename "$page") lacks $option, which '$*' lists"
    done < options.tmp
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "man warns about $(basename "$page"): $warnings"
    echo "checked $(basename "$page"): $count options of '$*'"
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

"$locnet" help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\)  .*/\1/p' > commands
[ -s commands ] || fail "'locnet help' lists no command"
check_page "$man/man1/locnet.1" "$locnet" --help
while read -r command; do
    text "$man/man1/locnet.1" | grep -q "^$command\$" ||
        fail "locnet.1 does not list the command $command"
    text "$man/man1/locnet.1" | grep -q "locnet-$command (1)" ||
        fail "locnet.1 does not refer to locnet-$command(1)"
    check_page "$man/man1/locnet-$command.1" "$locnet" "$command" -h
done < commands
pages=$(find "$man/man1" -name "*.1" | wc -l)
[ "$pages" -eq $(($(wc -l < commands) + 1)) ] || fail "man1 holds $pages pages, not locnet.1 and one for each of $(wc -l < commands) commands"

format=$man/man5/locnet-format.5
[ -s "$format" ] || fail "locnet-format.5 is missing"
grep '^##* ' "$source/docs/format.md" | sed '1d; s/^#* //' | while read -r heading; do
    text "$format" | grep -qixF -e ".SH $heading" -e ".SS $heading" || echo "$heading"
done > missing
[ ! -s missing ] || fail "locnet-format.5 lacks the sections: $(tr '\n' ' ' < missing)"
echo "checked locnet-format.5: the sections of docs/format.md"

[ "$failures" -eq 0 ] || { echo "$failures failures"; exit 1; }
