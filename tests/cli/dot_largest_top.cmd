locnet dot --largest --top 3 --by strength --no-legend ../../data/fr-vn.json
