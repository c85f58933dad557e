# bash completion for locnet: installed as share/bash-completion/completions/locnet.
#
# It completes what the program itself says, so that it cannot drift from it: the commands are
# those `locnet help` lists, and a command's options, with the values of an option written
# A|B|C, are those `locnet COMMAND -h` lists (asked once per command and shell). FILE arguments
# and options whose value is a file complete file names.

# The commands `locnet help` lists, one per line.
_locnet_commands()
{
    "$1" help 2>/dev/null | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\)  .*/\1/p'
}

# "OPTION VALUE" lines for the options `locnet COMMAND -h` lists, VALUE being the option's
# value as the help writes it (FILE, N, table|csv|json|md, ...), or nothing for a flag.
_locnet_options()
{
    "$1" "$2" -h 2>/dev/null |
        sed -nE 's/^ +(-[a-zA-Z0-9]), (--[a-z][-a-z0-9]*)( ([^ ]+))?( {2,}.*)?$/\1 \4\n\2 \4/p
                 s/^ +(--?[a-zA-Z][-a-zA-Z0-9]*)( ([^ ]+))?( {2,}.*)?$/\1 \3/p'
}

_locnet()
{
    local program=${COMP_WORDS[0]} cur=${COMP_WORDS[COMP_CWORD]} prev=
    [ "$COMP_CWORD" -gt 0 ] && prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()
    if [ "$COMP_CWORD" -eq 1 ]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_locnet_commands "$program") help --version" -- "$cur")
        return 0
    fi
    local command=${COMP_WORDS[1]}
    if [ "$command" = help ]; then
        [ "$COMP_CWORD" -eq 2 ] &&
            mapfile -t COMPREPLY < <(compgen -W "$(_locnet_commands "$program")" -- "$cur")
        return 0
    fi

    declare -gA _locnet_help_cache
    local key="$program $command"
    [ -n "${_locnet_help_cache[$key]+set}" ] ||
        _locnet_help_cache[$key]=$(_locnet_options "$program" "$command")
    local options=${_locnet_help_cache[$key]}

    # The value of the option before the cursor: its choices, a file name, or nothing to offer.
    local value
    value=$(printf '%s\n' "$options" | awk -v option="$prev" '$1 == option { print $2; exit }')
    if [ -n "$value" ]; then
        case $value in
            *'|'*) mapfile -t COMPREPLY < <(compgen -W "${value//|/ }" -- "$cur") ;;
            FILE | OUT) compopt -o filenames 2>/dev/null
                        mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
        esac
        return 0
    fi
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(printf '%s\n' "$options" | cut -d' ' -f1) -h" -- "$cur")
        return 0
    fi
    compopt -o filenames 2>/dev/null
    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
}

complete -F _locnet locnet
