locnet centrality --measure pagerank --damping 0.5 --top 5 --format csv ../../data/fr-vn.json
