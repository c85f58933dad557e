# exit 64
locnet dot --render jpg ../../data/fr-vn.json
