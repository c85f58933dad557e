locnet dot ../../data/fr-vn.json
