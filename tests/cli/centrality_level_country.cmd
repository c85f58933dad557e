locnet centrality --level country --format csv ../../data/fr-vn.json
