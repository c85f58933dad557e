locnet centrality --raw --measure betweenness,closeness,harmonic --top 12 --format csv ../../data/fr-vn.json
