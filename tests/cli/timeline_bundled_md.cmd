locnet timeline --format md ../../data/fr-vn.json
