locnet centrality --largest --measure betweenness,closeness,coreness --format table ../../data/fr-vn.json
