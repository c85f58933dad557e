locnet path --format table 'Ha Noi' toulouse ../../data/fr-vn.json
