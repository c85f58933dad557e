locnet timeline --format table ../../data/fr-vn.json
