locnet dot --kind cochair,twinning --no-legend ../../data/fr-vn.json
