locnet centrality --measure pagerank,betweenness --top 10 --format table ../../data/fr-vn.json
