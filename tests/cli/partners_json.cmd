locnet partners 'ha noi' --format json ../../data/fr-vn.json
