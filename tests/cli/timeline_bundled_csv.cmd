locnet timeline --format csv ../../data/fr-vn.json
