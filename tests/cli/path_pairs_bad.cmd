# exit 65
locnet path --pairs nets/pairs_bad.csv ../../data/fr-vn.json
