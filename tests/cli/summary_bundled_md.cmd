locnet summary --format md ../../data/fr-vn.json
