locnet path --pairs nets/pairs.csv --format table ../../data/fr-vn.json
