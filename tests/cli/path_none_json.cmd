locnet path --format json 'Ha Noi' 'Son La' ../../data/fr-vn.json
