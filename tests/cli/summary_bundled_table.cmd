locnet summary --format table ../../data/fr-vn.json
