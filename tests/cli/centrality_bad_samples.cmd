# exit 64
locnet centrality --samples ten ../../data/fr-vn.json
