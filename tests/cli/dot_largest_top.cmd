locnet dot --largest --top 6 --by strength --no-legend ../../data/fr-vn.json
