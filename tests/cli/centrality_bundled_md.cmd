locnet centrality --format md ../../data/fr-vn.json
