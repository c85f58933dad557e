# exit 64
locnet centrality --damping 1.5 ../../data/fr-vn.json
