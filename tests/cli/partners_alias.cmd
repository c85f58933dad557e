locnet partners --format table 'thua thien hue' ../../data/fr-vn.json
