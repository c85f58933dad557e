locnet dot --top 6 --by betweenness ../../data/fr-vn.json
