# exit 64
locnet dot --render pdf ../../data/fr-vn.json
