locnet dot --size-by eigenvector --top 5 --by closeness --no-legend ../../data/fr-vn.json
