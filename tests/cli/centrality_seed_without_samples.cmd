# exit 64
locnet centrality --seed 3 ../../data/fr-vn.json
