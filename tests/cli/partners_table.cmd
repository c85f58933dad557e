locnet partners 'ha noi' --format table ../../data/fr-vn.json
