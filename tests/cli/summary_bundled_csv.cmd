locnet summary --format csv ../../data/fr-vn.json
