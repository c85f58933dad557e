locnet centrality --country XX --format csv ../../data/fr-vn.json
