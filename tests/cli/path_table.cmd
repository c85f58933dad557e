locnet path --format table 'Lao Cai' 'Grand Poitiers' ../../data/fr-vn.json
