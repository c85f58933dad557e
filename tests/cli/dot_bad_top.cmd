# exit 64
locnet dot --top 0 ../../data/fr-vn.json
