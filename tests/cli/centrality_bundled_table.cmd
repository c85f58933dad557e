locnet centrality --format table ../../data/fr-vn.json
