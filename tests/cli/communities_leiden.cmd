locnet communities --method leiden --resolution 2 --seed 4 --format table ../../data/fr-vn.json
