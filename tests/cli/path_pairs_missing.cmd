# exit 66
locnet path --pairs nets/no-such-pairs.csv ../../data/fr-vn.json
