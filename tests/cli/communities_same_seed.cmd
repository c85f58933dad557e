locnet communities --seed 11 --format json ../reference/classic/lesmis_edges.csv > "${TMPDIR:-/tmp}/locnet-seed-a.$$"
locnet communities --seed 11 --format json ../reference/classic/lesmis_edges.csv > "${TMPDIR:-/tmp}/locnet-seed-b.$$"
cmp "${TMPDIR:-/tmp}/locnet-seed-a.$$" "${TMPDIR:-/tmp}/locnet-seed-b.$$" && echo "seed 11 twice: the same bytes"
rm -f "${TMPDIR:-/tmp}/locnet-seed-a.$$" "${TMPDIR:-/tmp}/locnet-seed-b.$$"
