locnet path --format md 'Lao Cai' 'Grand Poitiers' ../../data/fr-vn.json
