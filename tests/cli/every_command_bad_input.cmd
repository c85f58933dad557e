# every command that reads a network: bad input exits 65, writes nothing on standard output, and
# gives the same FILE:LINE:COL messages as validate
validate=$(locnet validate bad/many_problems.json 2>&1 >/dev/null | grep -v 'problems found')
for command in summary centrality components dot timeline "partners Hanoi" "path Hanoi Rennes" validate; do
    out=$(locnet $command bad/many_problems.json 2>"${TMPDIR:-/tmp}/locnet-err.$$")
    code=$?
    err=$(grep -v 'problems found' "${TMPDIR:-/tmp}/locnet-err.$$")
    same=different; [ "$err" = "$validate" ] && same=same
    echo "$command: exit $code, ${#out} bytes on stdout, $same messages as validate"
done
rm -f "${TMPDIR:-/tmp}/locnet-err.$$"
