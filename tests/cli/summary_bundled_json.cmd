locnet summary --format json ../../data/fr-vn.json
