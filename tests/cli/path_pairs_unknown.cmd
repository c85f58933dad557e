# exit 65
locnet path --pairs nets/pairs_unknown.csv ../../data/fr-vn.json
