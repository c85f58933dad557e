locnet summary --degrees --format table ../../data/fr-vn.json
