# exit 65
locnet partners --since 2020 'Lao Cai' ../../data/fr-vn.json
