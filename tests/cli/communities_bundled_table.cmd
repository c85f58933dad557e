locnet communities --format table ../../data/fr-vn.json
