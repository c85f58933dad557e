# exit 64
locnet dot --format csv ../../data/fr-vn.json
