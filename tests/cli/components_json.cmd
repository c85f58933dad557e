locnet components --format json ../../data/fr-vn.json
