# exit 64
locnet report --rows 0 ../../data/fr-vn.json
