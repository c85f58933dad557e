locnet components --format table ../../data/fr-vn.json
