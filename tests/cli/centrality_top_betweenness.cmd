locnet centrality --measure betweenness,pagerank --top 10 --format table ../../data/fr-vn.json
