locnet timeline --format json ../../data/fr-vn.json
