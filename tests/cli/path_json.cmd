locnet path --format json 'Lao Cai' 'Grand Poitiers' ../../data/fr-vn.json
