locnet path --pairs nets/pairs.csv --format json ../../data/fr-vn.json
