locnet partners --format table 'Khanh Hoa' ../../data/fr-vn.json
