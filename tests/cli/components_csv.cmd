locnet components --format csv ../../data/fr-vn.json
