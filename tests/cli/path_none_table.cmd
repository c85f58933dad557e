locnet path --format table 'Ha Noi' 'Son La' ../../data/fr-vn.json
