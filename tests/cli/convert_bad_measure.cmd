# exit 64
locnet convert --with-measures pagerank,fame -o x.graphml ../../data/fr-vn.json
