# exit 64
locnet report --format csv ../../data/fr-vn.json
