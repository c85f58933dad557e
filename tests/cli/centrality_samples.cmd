locnet centrality --samples 20 --seed 7 --measure betweenness --top 8 --format csv ../../data/fr-vn.json
