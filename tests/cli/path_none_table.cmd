locnet path --format table 'Ha Noi' Rennes ../../data/fr-vn.json
