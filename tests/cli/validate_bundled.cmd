locnet validate ../../data/fr-vn.json
