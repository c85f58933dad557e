locnet path --format csv 'Lao Cai' 'Grand Poitiers' ../../data/fr-vn.json
