# exit 64
locnet dot --size-by closeness ../../data/fr-vn.json
