# exit 64
locnet dot --radius 2 ../../data/fr-vn.json
