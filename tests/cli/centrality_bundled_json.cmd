locnet centrality --format json ../../data/fr-vn.json
