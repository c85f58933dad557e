# exit 64
locnet report --seed 3 ../../data/fr-vn.json
