#!/bin/sh
# Makes locnet's manual pages from the program's own help and from docs/format.md, so that a page
# and the help it documents cannot drift apart:
#  - locnet.1 from `locnet --help`, with locnet.h2m (files, environment, see also);
#  - locnet-COMMAND.1 from `locnet COMMAND -h` for every command `locnet help` lists, named by the
#    command's one-line summary there;
#  - locnet-format.5 from docs/format.md through go-md2man.
# The date of the pages is SOURCE_DATE_EPOCH's month when it is set (reproducible builds).
# usage: [HELP2MAN=PATH] [GO_MD2MAN=PATH] make_pages.sh LOCNET VERSION SOURCE_DIR OUT_DIR
# (OUT_DIR/man1 and OUT_DIR/man5 are made anew)
set -eu
locnet=$1
version=$2
source=$3
out=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -rf "$out/man1" "$out/man5"
mkdir -p "$out/man1" "$out/man5"

# The commands and their summaries: the lines "  NAME  summary" under "Commands:".
"$locnet" help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\)  *\(.*\)$/\1 \2/p' > "$work/commands"
[ -s "$work/commands" ] || { echo "make_pages.sh: 'locnet help' lists no command" >&2; exit 1; }

see_also() {  # see_also PAGE...: a [SEE ALSO] section for help2man naming every other page
    printf '[SEE ALSO]\n'
    { echo "locnet(1)"; sed 's/ .*//; s/.*/locnet-&(1)/' "$work/commands"; echo "locnet-format(5)"; } |
        grep -vxF "$1" | sed 's/\(.*\)(\(.\))$/.BR \1 (\2)/; $!s/$/ ,/'
}

# page NAME SUMMARY HELP_COMMAND...: runs help2man on a wrapper that prints that help, with
# "usage:" as help2man's "Usage:" so that it makes the SYNOPSIS.
page() {
    name=$1 summary=$2
    shift 2
    printf '#!/bin/sh\n' > "$work/$name"
    printf '"%s"' "$1" >> "$work/$name"
    shift
    printf ' %s' "$@" >> "$work/$name"
    printf ' | sed "1s/^usage:/Usage:/"\n' >> "$work/$name"
    chmod +x "$work/$name"
    cp "$work/see_also" "$work/$name.h2m"
    [ "$name" = locnet ] && cat "$source/docs/man/locnet.h2m" >> "$work/$name.h2m"
    "${HELP2MAN:-help2man}" --locale=C.UTF-8 --no-info --no-discard-stderr --section=1 --source="locnet $version" \
        --version-string="$version" --name="$summary" --include="$work/$name.h2m" \
        --output="$out/man1/$name.1" "$work/$name"
}

see_also "locnet(1)" > "$work/see_also"
summary=$("$locnet" help | awk 'NR == 3 { sub(/\.$/, ""); print tolower(substr($0, 1, 1)) substr($0, 2) }')
page locnet "$summary" "$locnet" --help
while read -r command summary; do
    see_also "locnet-$command(1)" > "$work/see_also"
    page "locnet-$command" "$summary" "$locnet" "$command" -h
done < "$work/commands"

# locnet-format(5): the document's title becomes the page's header and NAME; its sections (##)
# become the page's sections.
month=$(LC_ALL=C date ${SOURCE_DATE_EPOCH:+-u -d "@$SOURCE_DATE_EPOCH"} +"%B %Y")
{
    printf '%% LOCNET-FORMAT 5 "%s" "locnet %s" "File Formats"\n\n' "$month" "$version"
    printf '# NAME\n\nlocnet-format - the locnet/1 format of networks of localities\n\n'
    printf '# DESCRIPTION\n\n'
    sed '1{/^# /d}; s/^## \(.*\)/# \U\1/' "$source/docs/format.md"
    printf '\n# SEE ALSO\n\n'
    sed 's/ .*//; s/.*/**locnet-&**(1), /' "$work/commands" | tr -d '\n'
    printf '**locnet**(1)\n'
} > "$work/format.md"
"${GO_MD2MAN:-go-md2man}" -in "$work/format.md" -out "$out/man5/locnet-format.5"
