locnet centrality --measure degree,closeness --top 3 ../../data/fr-vn.json
