# exit 65
locnet dot --around hue nets/two_hue.json
