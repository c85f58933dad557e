# exit 64
locnet centrality --measure degree,degree ../../data/fr-vn.json
