locnet summary --format table --until 1999 ../../data/fr-vn.json
