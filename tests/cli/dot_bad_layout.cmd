# exit 64
locnet dot --layout twopi ../../data/fr-vn.json
