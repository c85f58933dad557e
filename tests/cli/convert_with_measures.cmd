# measures and communities as locality attributes, here in the localities table of CSV
# (id and the last three columns: degree, pagerank, community)
out=$(mktemp -d)
locnet convert --with-measures degree,pagerank --with-communities ../../data/fr-vn.json -o "$out/edges.csv" --localities-out "$out/places.csv"
grep -E '^(id|VN-HN|VN-SG|FR-IDF|FR-BRE),' "$out/places.csv" | sed -E 's/^([^,]*),.*,([^,]*),([^,]*),([^,]*)$/\1,\2,\3,\4/'
rm -r "$out"
