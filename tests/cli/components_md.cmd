locnet components --format md ../../data/fr-vn.json
