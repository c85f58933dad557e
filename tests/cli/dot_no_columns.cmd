locnet dot --no-columns --kind cochair --no-legend ../../data/fr-vn.json
