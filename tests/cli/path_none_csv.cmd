locnet path --format csv 'Ha Noi' Rennes ../../data/fr-vn.json
