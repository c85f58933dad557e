locnet partners 'ha noi' --format md ../../data/fr-vn.json
