# exit 65
locnet components --of hue nets/two_hue.json
