# exit 64
locnet centrality --top 0 ../../data/fr-vn.json
