locnet path --format table 'Ha Noi' VN-HN ../../data/fr-vn.json
