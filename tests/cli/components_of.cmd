locnet components --of 'Ha Noi' --format table ../../data/fr-vn.json
locnet components --of VN-06 --format csv ../../data/fr-vn.json
locnet components --of 'FR-16' --format json ../../data/fr-vn.json
