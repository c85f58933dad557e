locnet partners --format table 'Finistere' ../../data/fr-vn.json
