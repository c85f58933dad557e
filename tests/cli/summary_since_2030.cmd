locnet summary --since 2030 --format table ../../data/fr-vn.json
