locnet dot --colour-by community --top 12 ../../data/fr-vn.json
