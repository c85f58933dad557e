locnet communities --format md --top 5 ../../data/fr-vn.json
