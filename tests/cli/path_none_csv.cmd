locnet path --format csv 'Ha Noi' 'Son La' ../../data/fr-vn.json
