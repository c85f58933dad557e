locnet partners 'ha noi' --format csv ../../data/fr-vn.json
