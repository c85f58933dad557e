locnet communities --format json ../../data/fr-vn.json
