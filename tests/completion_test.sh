#!/bin/bash
# Runs the bash completion script (completion/locnet.bash) as readline would: sources it, takes
# the function `complete -p locnet` names, sets COMP_WORDS, COMP_CWORD, COMP_LINE and COMP_POINT
# for a command line and calls the function with the command, the current and the previous word;
# then checks COMPREPLY. Every command of `locnet help` must complete, and for each command every
# option its -h lists.
# usage: completion_test.sh LOCNET SOURCE_DIR
set -u
locnet=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
source_dir=$(cd "$2" && pwd)
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# shellcheck source=../completion/locnet.bash
source "$source_dir/completion/locnet.bash"
function=$(complete -p locnet | sed -n 's/.*-F \([^ ]*\) .*/\1/p')
[ -n "$function" ] || { echo "FAIL: the script registers no completion function for locnet"; exit 1; }

# complete_line LINE: COMPREPLY for LINE with the cursor at its end, sorted, one per line.
complete_line() {
    read -r -a COMP_WORDS <<< "$1"
    [[ $1 == *' ' ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE=$1
    COMP_POINT=${#1}
    COMP_WORDS[0]=$locnet
    COMPREPLY=()
    "$function" locnet "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]:-}"
    printf '%s\n' "${COMPREPLY[@]}" | sort
}

# expect LINE WORD...: LINE completes to exactly these words.
expect() {
    local line=$1
    shift
    local got want
    got=$(complete_line "$line" | tr '\n' ' ')
    want=$(printf '%s\n' "$@" | sort | tr '\n' ' ')
    [ "$got" = "$want" ] || fail "'$line' completes to [$got], not [$want]"
}

# expect_some LINE WORD...: LINE's completions include these words.
expect_some() {
    local line=$1 word completions
    shift
    completions=$(complete_line "$line")
    for word in "$@"; do
        grep -qxF -- "$word" <<< "$completions" || fail "'$line' does not offer $word"
    done
}

cd "$source_dir" || exit 1
expect "locnet ce" centrality
expect "locnet co" communities components convert
expect "locnet help pa" partners path
expect "locnet --v" --version
expect "locnet centrality --me" --measure
expect "locnet centrality --format " table csv json md
expect "locnet centrality --format j" json
expect "locnet dot --render s" svg
expect "locnet convert --to nd" ndjson
expect "locnet centrality --top " 
expect "locnet summary data/fr-v" data/fr-vn.json
expect "locnet convert -o data/fr-v" data/fr-vn.json
expect_some "locnet components --" --cut-vertices --bridges --largest --output --format
expect_some "locnet components -" -o -h

commands=$("$locnet" help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\)  .*/\1/p')
[ -n "$commands" ] || fail "'locnet help' lists no command"
# shellcheck disable=SC2086 # one word per command
expect "locnet " $commands help --version
for command in $commands; do
    # the options as the man page test reads them from the help
    # shellcheck disable=SC2046
    expect_some "locnet $command -" $("$locnet" "$command" -h |
        grep -oE '^ +-[-a-zA-Z0-9]+(, -[-a-zA-Z0-9]+)*' | grep -oE -- '-[-a-zA-Z0-9]+')
done
echo "checked the completion of $(wc -w <<< "$commands") commands and their options"
[ "$failures" -eq 0 ] || { echo "$failures failures"; exit 1; }
