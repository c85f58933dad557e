locnet centrality --format csv ../../data/fr-vn.json
