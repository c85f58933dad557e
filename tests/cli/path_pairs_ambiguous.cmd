# exit 65
locnet path --pairs nets/pairs_two_hue.csv nets/two_hue.json
