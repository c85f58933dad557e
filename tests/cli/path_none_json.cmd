locnet path --format json 'Ha Noi' Rennes ../../data/fr-vn.json
