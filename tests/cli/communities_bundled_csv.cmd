locnet communities --format csv ../../data/fr-vn.json
