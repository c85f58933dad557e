# exit 64
locnet centrality --measure degree,influence ../../data/fr-vn.json
